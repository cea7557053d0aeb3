#!/usr/bin/env python3
"""Quick single-core benchmark of SectionAnnotator + SentenceDetector + Tokenizer.

Reads the MTSamples CSV (``transcription`` column) from ../shared/data/mtsamples/ next to
the repository (or ``--csv``), runs the three annotators on fresh CASes and prints one
summary line per configuration (notes/s, annotations/note), as the house benchmarks do.

    python scripts/bench_text_annotators.py [--csv FILE] [--repeat 3]
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotator import UimaContext  # noqa: E402
from ctakes_py.annotators.section import SectionAnnotator  # noqa: E402
from ctakes_py.annotators.sentence import SentenceDetector  # noqa: E402
from ctakes_py.annotators.tokenizer import Tokenizer  # noqa: E402
from ctakes_py.document import create_cas  # noqa: E402
from ctakes_py.typesystem import load_typesystem  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"


def load_notes(path: Path) -> list[str]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["transcription"] for row in csv.DictReader(fh) if row.get("transcription", "").strip()]


def build(names: list[str], ts) -> list:
    annotators = []
    for cls in (SectionAnnotator, SentenceDetector, Tokenizer):
        if cls.__name__ in names:
            annotator = cls()
            annotator.initialize(UimaContext(parameters={}, resources={}, typesystem=ts))
            annotators.append(annotator)
    return annotators


def run(notes: list[str], annotators: list, ts, repeat: int) -> tuple[float, float]:
    """Best notes/s over ``repeat`` passes, and annotations per note."""
    best = 0.0
    count = 0
    for _ in range(repeat):
        count = 0
        elapsed = 0.0
        for i, text in enumerate(notes):
            start = time.perf_counter()
            cas = create_cas(text, ts, f"doc{i}")
            for annotator in annotators:
                annotator.process(cas)
            elapsed += time.perf_counter() - start
            count += len(cas.select_all_annotations())  # not timed
        best = max(best, len(notes) / elapsed)
    return best, count / len(notes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.csv.is_file():
        parser.error(f"MTSamples CSV not found: {args.csv}")
    notes = load_notes(args.csv)
    ts = load_typesystem()
    avg = sum(map(len, notes)) / len(notes)
    print(f"{len(notes)} notes, avg {avg:.0f} chars, best of {args.repeat} passes, one core")
    configs = [[], ["SectionAnnotator"], ["SentenceDetector"], ["Tokenizer"],
               ["SectionAnnotator", "SentenceDetector", "Tokenizer"]]
    for names in configs:
        rate, per_note = run(notes, build(names, ts), ts, args.repeat)
        label = "+".join(names) or "(create_cas only)"
        print(f"{label:45s} {rate:8.1f} notes/s  {per_note:7.1f} annotations/note")
    return 0


if __name__ == "__main__":
    sys.exit(main())
