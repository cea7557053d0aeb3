"""Figures for issue 10 part B: rows/s written to DuckDB (and SQLite through SQLAlchemy) for
2,000 MTSamples notes, and XMI -> spaCy -> XMI round-trip fidelity (annotations in vs out).

The MTSamples subset has fewer than 2,000 notes; note i is the (i mod N)-th note under its
own document id, so every document's rows are written. The pipeline runs once per distinct
note; the timing covers only the database writes.

    python scripts/bench_db.py [--shared ../shared] [--notes 2000] [--jobs 2]
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from cassis import load_cas_from_xmi

from ctakes_py.interop.spacy_bridge import annotation_counts, from_spacy, to_spacy
from ctakes_py.io.database import connect, document_rows
from ctakes_py.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def load_notes(shared: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(shared / "data" / "mtsamples" / "mtsamples_subset.csv", encoding="utf-8", newline="") as fh:
        return [row["transcription"] for row in csv.DictReader(fh) if row["transcription"].strip()]


def fidelity(cases: list) -> tuple[Counter, Counter, int]:
    """Annotation counts of the XMI-loaded CASes and of XMI after spaCy, and exact matches."""
    before, after, exact = Counter(), Counter(), 0
    for cas in cases:
        xmi_in = load_cas_from_xmi(cas.to_xmi(), typesystem=cas.typesystem)
        out = load_cas_from_xmi(from_spacy(to_spacy(xmi_in), xmi_in.typesystem).to_xmi(),
                                typesystem=cas.typesystem)
        a, b = annotation_counts(xmi_in), annotation_counts(out)
        before.update(a)
        after.update(b)
        exact += a == b
    return before, after, exact


def time_writes(url: str, docs: list, batch: int) -> tuple[float, int]:
    start = time.perf_counter()
    rows = 0
    with connect(url) as db:
        for i in range(0, len(docs), batch):
            rows += db.write(docs[i:i + batch])
    return time.perf_counter() - start, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    notes = load_notes(args.shared)
    nlp = Pipeline.from_descriptor("default")
    start = time.perf_counter()
    cases = list(nlp.pipe(notes, n_process=args.jobs))
    print(f"pipeline: {len(cases)} distinct notes in {time.perf_counter() - start:.1f}s")

    before, after, exact = fidelity(cases)
    print(f"XMI->spaCy->XMI: {sum(before.values())} annotations in, {sum(after.values())} out; "
          f"{exact}/{len(cases)} documents with identical per-type counts")
    for name in sorted(set(before) | set(after)):
        print(f"  {name:32s} {before[name]:7d} {after[name]:7d}")

    start = time.perf_counter()
    docs = [document_rows(cases[i % len(cases)], f"mts-{i:05d}") for i in range(args.notes)]
    print(f"row extraction: {time.perf_counter() - start:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        for label, url in (("duckdb", f"duckdb:///{tmp}/bench.duckdb"), ("sqlite", f"sqlite:///{tmp}/bench.sqlite")):
            for run in ("first", "rerun"):
                seconds, rows = time_writes(url, docs, args.batch)
                print(f"{label} {run}: {rows} rows for {len(docs)} notes in {seconds:.2f}s "
                      f"= {rows / seconds:,.0f} rows/s")


if __name__ == "__main__":
    main()
