#!/usr/bin/env python3
"""Throughput of pipelines on MTSamples notes, and XMI write+read time per note.

Prints one summary line per configuration; compare configurations within one run (this
machine is noisy: ratios hold, absolute numbers drift).

    python scripts/bench_pipeline.py                        # default pipeline, 1 and 2 workers
    python scripts/bench_pipeline.py -p default -p base --jobs 1
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from cassis import load_cas_from_xmi

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py import Pipeline  # noqa: E402
from ctakes_py.engine.local import WorkerSpec, run_batch  # noqa: E402
from ctakes_py.resources import find_descriptor  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"


def load_notes(path: Path, count: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        texts = [row["transcription"] for row in csv.DictReader(fh) if row["transcription"].strip()]
    return list(islice(cycle(texts), count))


def bench_batch(descriptor: str, jsonl: Path, jobs: int, n: int, megabytes: float) -> None:
    spec = WorkerSpec(descriptor=descriptor, overrides={}, reader=("jsonl", str(jsonl), {}),
                      writers=(), outdir=tempfile.mkdtemp(prefix="bench-out-"))
    result = run_batch(spec, n_process=jobs, progress=False)
    assert result.failed == 0, result.failures[:3]
    rate = n / result.seconds
    print(f"batch  pipeline={Path(descriptor).stem:<12} jobs={jobs}  {rate:8.1f} notes/s  "
          f"{megabytes / result.seconds:6.2f} MB/s  {rate / jobs:8.1f} notes/s/core  "
          f"({n} notes, {result.seconds:.1f} s, incl. start-up and reading)")


def bench_in_process(descriptor: str, texts: list[str], megabytes: float, keep: int) -> list:
    """Annotator time only; keeps the first ``keep`` CASes (holding all would measure GC)."""
    nlp = Pipeline.from_descriptor(descriptor)
    cases = []
    start = time.perf_counter()
    for text in texts:
        cas = nlp(text)
        if len(cases) < keep:
            cases.append(cas)
    elapsed = time.perf_counter() - start
    print(f"inproc pipeline={Path(descriptor).stem:<12} jobs=1  {len(texts) / elapsed:8.1f} notes/s  "
          f"{megabytes / elapsed:6.2f} MB/s  {elapsed / len(texts) * 1000:8.2f} ms/note (annotators only)")
    return cases


def bench_xmi(cases: list, nlp_ts, sample: int) -> None:
    times = []
    for cas in cases[:sample]:
        start = time.perf_counter()
        data = cas.to_xmi()
        load_cas_from_xmi(data, typesystem=nlp_ts)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p90 = times[int(len(times) * 0.9)]
    print(f"xmi    write+read median {statistics.median(times):.2f} ms/note, p90 {p90:.2f} ms "
          f"({len(times)} notes)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-p", "--pipeline", action="append", help="descriptor name or path (repeatable)")
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2", help="worker counts, comma-separated")
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="MTSamples CSV")
    ap.add_argument("--xmi-sample", type=int, default=322)
    args = ap.parse_args()
    texts = load_notes(args.csv, args.notes)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} notes, {megabytes:.2f} MB, mean {megabytes * 1e6 / len(texts):.0f} bytes/note")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "notes.jsonl"
        with open(jsonl, "w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"note{i:05d}", "text": text}) + "\n")
        for name in args.pipeline or ["default"]:
            descriptor = str(find_descriptor(name))
            cases = bench_in_process(descriptor, texts, megabytes, args.xmi_sample)
            for jobs in (int(j) for j in args.jobs.split(",")):
                bench_batch(descriptor, jsonl, jobs, len(texts), megabytes)
            bench_xmi(cases, cases[0].typesystem, args.xmi_sample)


if __name__ == "__main__":
    main()
