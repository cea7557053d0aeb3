#!/usr/bin/env python
"""Figures of the shipped CRF NER models on the dev splits under ../shared/data.

For each corpus (BC5CDR dev, NCBI-disease dev):

- the dictionary-lookup baseline (DictionaryLookup, descriptor defaults, lexicons/default;
  DRUG -> Chemical, DISORDER + FINDING -> Disease);
- the model's dev figures as recorded in its card (the train-only model; the shipped model
  may have been retrained on train + dev, in which case tagging dev again would be unfair);
- tagging speed of the shipped model (tokens/s on one core, features + gazetteer +
  post-processing, over the dev texts), the whole CrfNer annotator on a CAS included;
- model size on disk and training time from the card.

Writes a Markdown table to stdout and the full report as JSON (``--json``).

Usage: python scripts/evaluate_ner.py [--shared ../shared/data] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotator import UimaContext  # noqa: E402
from ctakes_py.annotators.crf_ner import CrfNer  # noqa: E402
from ctakes_py.ner.corpus import load_examples  # noqa: E402
from ctakes_py.ner.evaluation import evaluate_dictionary  # noqa: E402
from ctakes_py.ner.model import CrfModel  # noqa: E402
from ctakes_py.typesystem import load_typesystem  # noqa: E402

CORPORA = {
    "BC5CDR dev": ("bc5cdr/CDR_DevelopmentSet.PubTator.txt", "models/bc5cdr", ["Chemical", "Disease"]),
    "NCBI-disease dev": ("ncbi_disease/pubtator/NCBIdevelopset_corpus.txt", "models/ncbi-disease", ["Disease"]),
}
GROUPS = {"DRUG": "Chemical", "DISORDER": "Disease", "FINDING": "Disease"}


def speed(model_dir: Path, examples, typesystem) -> dict:
    """Tokens/s of the CrfNer annotator (marginal confidences on) over the examples' CASes."""
    annotator = CrfNer()
    annotator.initialize(UimaContext(parameters={}, resources={"model": model_dir}, typesystem=typesystem))
    started = time.perf_counter()
    for ex in examples:
        annotator.process(ex.cas)
    seconds = time.perf_counter() - started
    tokens = sum(len(annotator.tagger.document(ex.cas).tokens) for ex in examples)
    return {"tokens": tokens, "seconds": round(seconds, 2), "tokens_per_second": round(tokens / seconds)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    ts = load_typesystem()
    out: dict = {}
    lines = ["| corpus | label | system | strict P | strict R | strict F1 | lenient F1 |",
             "|---|---|---|---:|---:|---:|---:|"]
    for corpus, (rel, model_rel, labels) in CORPORA.items():
        examples = load_examples(args.shared / rel, ts)
        base = evaluate_dictionary(examples, ts, "lexicons/default", GROUPS, labels)
        model_dir = REPO / model_rel
        model = CrfModel(model_dir)
        dev = model.card.metrics.get("dev") or {}
        out[corpus] = {"dictionary": base, "crf_dev_from_card": dev, "speed": speed(model_dir, examples, ts),
                       "model_bytes": sum(p.stat().st_size for p in model_dir.iterdir() if p.is_file()),
                       "training": {k: model.card.training.get(k) for k in
                                    ("c1", "c2", "train_seconds", "final_train_seconds", "tokens",
                                     "retrained_on_train_plus_dev")}}
        for label in labels:
            for system, report in (("dictionary", base), ("CRF + gazetteer", dev)):
                if not report:
                    continue
                s, le = report["strict"]["per_label"].get(label), report["lenient"]["per_label"].get(label)
                lines.append(f"| {corpus} | {label} | {system} | {s['precision']:.3f} | {s['recall']:.3f} | "
                             f"**{s['f1']:.3f}** | {le['f1']:.3f} |")
        sp = out[corpus]["speed"]
        lines.append(f"| {corpus} | speed | CrfNer | {sp['tokens_per_second']} tokens/s | "
                     f"{out[corpus]['model_bytes'] / 1e6:.1f} MB | train {out[corpus]['training']} | |")
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
