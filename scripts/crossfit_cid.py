#!/usr/bin/env python
"""Cross-fitted end-to-end CID F1 on BC5CDR train: the harness for end-to-end design choices.

BC5CDR dev is scored once per shipped design (scripts/evaluate_relations.py cid); choices
that only show end to end (normalization, mention filters, thresholds) are made here. BC5CDR
train is cut into 5 parts by a hash of the PubMed id. For each part: a CRF with models/bc5cdr's
recipe (its card's c1, c2, iterations, gazetteer and post-processing) trained on the other
parts, a MeshNormalizer names table without the part's gold names (``cid_names`` of
scripts/train_relations.py) and a CID model trained on the other parts' gold entities; the
part's abstracts then go through descriptors/pipelines/cid.xml with those three, and the
document-level (chemical, disease) MeSH pairs are scored against the gold.

    python scripts/crossfit_cid.py [--work DIR]   # the five CRFs are kept in DIR and reused (~10 min once)

2026-11-29 (MeSH names, hierarchy and classes; default+mesh gazetteer): P 0.477 R 0.520
F1 0.4975 (tp 540 fp 593 fn 498); BC5CDR dev with a train-only CRF: 0.513. Measured with it and
not kept: the normalizer backoffs recorded in ctakes_py/relation/normalization.py; the CID model
trained on the other folds' end-to-end CASes (CRF mentions, gold pairs as labels) instead of their
gold entities 0.4988 (P 0.514 R 0.485), on both 0.4549 (P 0.593 R 0.369).
2026-11-29 (composite gold ids, BC5CDR-era MeSH ids; see ctakes_py/relation/normalization.py for
the variants): P 0.4916 R 0.5356 F1 0.5127 (tp 556 fp 575 fn 482); BC5CDR dev with a train-only
CRF: 0.526. lexicons/default's terms are read once per run (``read_lexicon_terms``), not per fold.
An end-to-end threshold offset on the CID model's (gold-entity) threshold, tried on the same
folds: -0.05 0.5080, -0.02 0.5126, +0.02 0.5156, +0.05 0.5142, +0.1 0.5062; fallback floor moved or
off: 0.5124-0.5127. Flat within noise, so the pipeline keeps the model's own threshold.
With the CID model's C at 0.05 (ctakes_py.relation.cid_folder.CID_C, chosen on gold-entity nested CV): P 0.505 R 0.516
F1 0.5105 (tp 536 fp 526 fn 502); threshold offsets again flat (-0.05 0.5125, +0.02 0.5122, +0.1 0.5056).
CRF alternative spans as extra arguments (SoftCrfNer as in CrfNerAde.xml, markov span scores, technique 4
mentions normalized and paired like the Viterbi ones), at C 0.05: alternativeThreshold 0.3 0.5136 (tp 547 fp
545), 0.1 0.5149 (tp 554 fp 560), 0.05 0.5141, 0.02 0.5066: +18 true positives for +34 false ones at best,
not kept.
Diseases of the NCBI-disease CRF (models/ncbi-disease) that overlap no BC5CDR CRF mention, added
before the normalizer: all 0.5136 (tp 558 fp 577), confidence >= 0.8 0.5152 (tp 560 fp 576): not kept.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_relations import _swap_resources  # noqa: E402
from train_relations import DEFAULT_DATA, cid_names, preprocessing_pipeline  # noqa: E402

from ctakes_py.io.pubtator import read_pubtator  # noqa: E402
from ctakes_py.lexicon.mesh import fetch_mesh, mesh_terms  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.relation.cid import score_document  # noqa: E402
from ctakes_py.relation.cid import train_cid as fit_cid  # noqa: E402
from ctakes_py.relation.cid_classes import mesh_classes  # noqa: E402
from ctakes_py.relation.cid_folder import CID_C, CID_CONFIG  # noqa: E402
from ctakes_py.relation.cid_hierarchy import mesh_ancestors  # noqa: E402
from ctakes_py.relation.corpora import pubtator_cases  # noqa: E402
from ctakes_py.relation.normalization import legacy_ids, read_lexicon_terms  # noqa: E402
from ctakes_py.relation.training import candidates_of  # noqa: E402

FOLDS = 5
CRF_TECHNIQUE = 3


def split_train(train: Path, work: Path) -> list[tuple[Path, Path, set[str]]]:
    """``(training part file, held-out part file, held-out PMIDs)`` per fold (PubTator blocks)."""
    blocks = [b for b in train.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    parts: list[list[str]] = [[] for _ in range(FOLDS)]
    for block in blocks:
        pmid = block.split("|", 1)[0].strip()
        parts[int(hashlib.sha1(f"fold:{pmid}".encode()).hexdigest(), 16) % FOLDS].append(block)
    out = []
    for k in range(FOLDS):
        rest, held = work / f"train{k}.PubTator", work / f"fold{k}.PubTator"
        rest.write_text("\n\n".join(b for j, p in enumerate(parts) if j != k for b in p) + "\n\n", encoding="utf-8")
        held.write_text("\n\n".join(parts[k]) + "\n\n", encoding="utf-8")
        out.append((rest, held, {b.split("|", 1)[0].strip() for b in parts[k]}))
    return out


def train_crf(corpus: Path, out: Path) -> None:
    """A CRF with models/bc5cdr's recipe on ``corpus`` (skipped when ``out`` has one)."""
    if (out / "card.json").exists():
        return
    card = json.loads((ROOT / "models" / "bc5cdr" / "card.json").read_text(encoding="utf-8"))
    post = ",".join(k for k, on in card["postprocess"].items() if on) or "none"
    subprocess.run([sys.executable, "-m", "ctakes_py.ner.cli", "train", "ner", "--train", str(corpus),
                    "--out", str(out), "--name", out.name, "--c1", str(card["training"]["c1"]),
                    "--c2", str(card["training"]["c2"]), "--max-iterations", str(card["training"]["max_iterations"]),
                    "--lexicon", card["gazetteer"]["lexicon"], "--postprocess", post,
                    "--stacked" if card["features"].get("stacked") else "--no-stacked"],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ctakes_py-crossfit-cid",
                        help="fold files and CRFs (reused)")
    parser.add_argument("--mesh-cache", type=Path, default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    descriptors, supplementary = fetch_mesh(args.mesh_cache)
    terms = mesh_terms(descriptors, supplementary)
    lexicon = read_lexicon_terms(ROOT / "lexicons" / "default")
    legacy = legacy_ids(descriptors, supplementary)
    hierarchy = {k: frozenset(v) for k, v in mesh_ancestors(descriptors, supplementary).items()}
    classes = mesh_classes(descriptors, supplementary)
    text_nlp = Pipeline.from_descriptor("text")
    nlp = preprocessing_pipeline("cid", drop=("RelationExtractorCid",))
    tp = fp = fn = 0
    for k, (rest, held, pmids) in enumerate(split_train(args.data / "bc5cdr" / "CDR_TrainingSet.PubTator.txt",
                                                         args.work)):
        train_crf(rest, args.work / f"crf{k}")
        _swap_resources(nlp, "CrfNer", {"model": args.work / f"crf{k}"})
        names = cid_names(args.data, terms, with_dev=False, train=rest, exclude=pmids, lexicon=lexicon, legacy=legacy)
        for step, annotator in zip(nlp.steps, nlp.annotators):
            if step.key == "MeshNormalizer":
                annotator.names = names
        model, reranker, counts, report = fit_cid(list(pubtator_cases(rest, text_nlp)), CID_CONFIG, c=CID_C,
                                                  hierarchy=hierarchy, disease_classes=classes, log=lambda *a: None)
        for doc in read_pubtator(held):
            gold = {(r.arg1, r.arg2) for r in doc.relations if r.type == "CID"}
            view, cands, mentions = candidates_of(nlp(doc.text, document_id=doc.pmid), CID_CONFIG, (CRF_TECHNIQUE,),
                                                  model.names)
            found = {(c.key1, c.key2) for c, _ in score_document(
                model, counts, view, cands, mentions, model.threshold, report["fallback_floor"], reranker,
                hierarchy, model.class_table)}
            tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
        print(f"fold {k + 1}/{FOLDS} done", flush=True)
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    print(f"CID end to end, cross-fitted on train: P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r) if p + r else 0:.4f} "
          f"(tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    main()
