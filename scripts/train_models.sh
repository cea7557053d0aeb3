#!/usr/bin/env bash
# Rebuild the shipped CRF NER models from the open corpora in ../shared/data:
#   models/bc5cdr        BC5CDR chemicals + diseases: stacked (two-stage) CRF; c1/c2 and
#                        post-processing chosen on dev; gazetteer lexicons/default+mesh
#                        (scripts/build_lexicons.py --mesh --out lexicons/default+mesh)
#   models/ncbi-disease  NCBI-disease diseases: single CRF (stacking did not help on its dev)
# Each is then retrained on train + dev with the chosen settings (the card keeps the dev
# figures of the train-only model and says so). Test splits are never read.
# Usage: scripts/train_models.sh [SHARED_DATA_DIR]   (default: ../shared/data next to the repo)
# Takes about 10 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared/data}"
PY="${PYTHON:-python}"
ITER="${MAX_ITERATIONS:-100}"

"$PY" -m ctakes_py.ner.cli train ner \
  --train "$SHARED/bc5cdr/CDR_TrainingSet.PubTator.txt" \
  --dev "$SHARED/bc5cdr/CDR_DevelopmentSet.PubTator.txt" \
  --out models/bc5cdr --name bc5cdr --stacked --search --retrain-on-dev --max-iterations "$ITER" \
  --lexicon lexicons/default+mesh

"$PY" -m ctakes_py.ner.cli train ner \
  --train "$SHARED/ncbi_disease/pubtator/NCBItrainset_corpus.txt" \
  --dev "$SHARED/ncbi_disease/pubtator/NCBIdevelopset_corpus.txt" \
  --out models/ncbi-disease --name ncbi-disease --search --retrain-on-dev --max-iterations "$ITER"
