#!/usr/bin/env python
"""Build and score the temporal corpus (tests/temporal_corpus); train the DocTimeRel model.

    python scripts/evaluate_temporal.py build                # source.txt markup -> brat/ + metadata.tsv
    python scripts/evaluate_temporal.py evaluate             # dev and test figures (rules, and model if trained)
    python scripts/evaluate_temporal.py evaluate --errors    # also list each error
    python scripts/evaluate_temporal.py train                # fit DocTimeRel on dev
                                                             # -> lexicons/temporal/doctimerel_model.json
    python scripts/evaluate_temporal.py timing --notes 300   # ms/note added by the temporal steps on MTSamples

The system runs the ``temporal`` pipeline; each note's creation time comes from
metadata.tsv (``dct``), or from the note's header when it says ``header``.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotators.doctimerel import event_features  # noqa: E402
from ctakes_py.document import CREATION_TIME  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.temporal.cas import DEFAULT_EVENT_TYPES, event_mentions  # noqa: E402
from ctakes_py.temporal.corpus import load_corpus, parse_markup, write_corpus  # noqa: E402
from ctakes_py.temporal.dct import parse_date  # noqa: E402
from ctakes_py.temporal.doctimerel import load_doctimerel_lexicon, train  # noqa: E402
from ctakes_py.temporal.scoring import _best, score, system_note  # noqa: E402

CORPUS = REPO / "tests" / "temporal_corpus"
LEXICON = REPO / "lexicons" / "temporal"
MODEL = LEXICON / "doctimerel_model.json"
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"
TEMPORAL_STEPS = ("TimeExpressions", "DocTimeRel", "TemporalLinks")


def metadata_of(note) -> dict:
    dct = note.meta.get("dct", "")
    return {CREATION_TIME: dct} if dct and dct != "header" else {}


def run(nlp, notes):
    return [nlp(n.text, document_id=n.doc_id, metadata=metadata_of(n)) for n in notes]


def pipeline(use_model: bool):
    return Pipeline.from_descriptor("temporal", overrides={"DocTimeRel/useModel": use_model})


def cmd_build(args) -> None:
    notes = parse_markup((CORPUS / "source.txt").read_text(encoding="utf-8"))
    write_corpus(notes, CORPUS)
    print(f"{len(notes)} notes, {sum(len(n.timexes) for n in notes)} TIMEX3, "
          f"{sum(len(n.events) for n in notes)} events, {sum(len(n.tlinks) for n in notes)} TLINKs -> {CORPUS}")


def summary(result: dict) -> str:
    s, lenient = result["timex_strict"], result["timex_lenient"]
    t, u = result["tlink"], result["tlink_unlabelled"]
    return (f"TIMEX3 span strict P/R/F1 {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f} "
            f"(gold {s['gold']}, pred {s['pred']}); lenient F1 {lenient['f1']:.3f}\n"
            f"  class accuracy {result['timex_class_accuracy']:.3f}, value accuracy on strict spans "
            f"{result['timex_value_accuracy']:.3f} (lenient {result['timex_value_accuracy_lenient']:.3f})\n"
            f"DocTimeRel accuracy {result['doctimerel_accuracy']:.3f} on {result['doctimerel_matched']} "
            f"matched of {result['doctimerel_gold']} gold events (coverage {result['doctimerel_coverage']:.3f})\n"
            f"TLINK P/R/F1 {t['precision']:.3f}/{t['recall']:.3f}/{t['f1']:.3f} (gold {t['gold']}, pred "
            f"{t['pred']}); unlabelled F1 {u['f1']:.3f}")


def cmd_evaluate(args) -> None:
    report = {}
    systems = [("rules", False)] + ([("model", True)] if MODEL.is_file() else [])
    for name, use_model in systems:
        nlp = pipeline(use_model)
        for split in args.splits:
            notes = load_corpus(CORPUS, None if split == "all" else split)
            result = score(notes, [system_note(c) for c in run(nlp, notes)])
            report[f"{name}/{split}"] = {k: v for k, v in result.items() if k != "errors"}
            print(f"== {name} / {split} ({len(notes)} notes)\n{summary(result)}")
            if args.errors:
                for e in result["errors"]:
                    print("   ", json.dumps(e))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")


def cmd_train(args) -> None:
    nlp = pipeline(False)
    notes = load_corpus(CORPUS, args.split)
    cues = load_doctimerel_lexicon(LEXICON)
    xs, ys = [], []
    for note, cas in zip(notes, run(nlp, notes)):
        events = event_mentions(cas, DEFAULT_EVENT_TYPES)
        dct = parse_date(note.meta.get("dct")) or _header_dct(note)
        feats = event_features(cas, events, dct, cues)
        spans = [(e.begin, e.end) for e in events]
        for gold in note.events:
            i = _best((gold.begin, gold.end), spans)
            if i is not None:
                xs.append(feats[i])
                ys.append(gold.doctimerel)
    model = train(xs, ys, c=args.c)
    model.save(args.out)
    print(f"trained on {len(xs)} events of {len(notes)} '{args.split}' notes -> {args.out}")


def _header_dct(note):
    from ctakes_py.temporal.dct import header_date
    from ctakes_py.temporal.lexicon import load_temporal_lexicon
    return header_date(note.text, load_temporal_lexicon(LEXICON))


def cmd_timing(args) -> None:
    """Time spent in the three temporal annotators (wrapped), per note, over the temporal pipeline."""
    with open(args.mtsamples, newline="", encoding="utf-8") as fh:
        texts = [r["transcription"] for r in csv.DictReader(fh) if r.get("transcription", "").strip()]
    texts = texts[:args.notes]
    nlp = Pipeline.from_descriptor("temporal")
    spent = {name: 0.0 for name in TEMPORAL_STEPS}
    for step, annotator in zip(nlp.steps, nlp.annotators):
        if step.key in spent:
            annotator.process = _timed(annotator.process, spent, step.key)
    nlp(texts[0])  # warm up
    spent.update({name: 0.0 for name in spent})
    start = time.perf_counter()
    for text in texts:
        nlp(text, metadata={CREATION_TIME: "2019-03-14"})
    total = (time.perf_counter() - start) / len(texts) * 1000
    per = {k: v / len(texts) * 1000 for k, v in spent.items()}
    print(f"{len(texts)} MTSamples notes (mean {sum(map(len, texts)) / len(texts):.0f} characters): temporal "
          f"pipeline {total:.1f} ms/note, of which " + ", ".join(f"{k} {v:.2f}" for k, v in per.items())
          + f" = {sum(per.values()):.2f} ms/note added by the temporal steps")


def _timed(process, spent: dict, key: str):
    def wrapper(cas):
        start = time.perf_counter()
        try:
            return process(cas)
        finally:
            spent[key] += time.perf_counter() - start
    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("build").set_defaults(func=cmd_build)
    ev = sub.add_parser("evaluate")
    ev.add_argument("--splits", nargs="+", default=["dev", "test"])
    ev.add_argument("--errors", action="store_true")
    ev.add_argument("--json", help="write the figures as JSON here")
    ev.set_defaults(func=cmd_evaluate)
    tr = sub.add_parser("train")
    tr.add_argument("--split", default="dev")
    tr.add_argument("--c", type=float, default=1.0)
    tr.add_argument("--out", default=str(MODEL))
    tr.set_defaults(func=cmd_train)
    tm = sub.add_parser("timing")
    tm.add_argument("--notes", type=int, default=300)
    tm.add_argument("--mtsamples", default=str(MTSAMPLES))
    tm.set_defaults(func=cmd_timing)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
