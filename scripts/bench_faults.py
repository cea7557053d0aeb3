#!/usr/bin/env python3
"""Fault-injection batch: bad inputs, an annotator failure, kill -9 and --resume.

Builds a batch of MTSamples notes plus a binary file, invalid UTF-8, an empty note, a
5 MB note and a note that makes an annotator raise (FaultInjector appended to the default
pipeline), runs `ctakes-py process` on it, then runs it again, kills it with SIGKILL part
way and resumes. A second, XMI batch adds an XMI that does not parse, one with a DOCTYPE
entity and one with a type unknown to the type system. Prints counts and times.

    python scripts/bench_faults.py --notes 300
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"
MARKER = "__CTAKES_PY_FAULT__"


def notes(count: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(MTSAMPLES, newline="", encoding="utf-8") as fh:
        texts = [r["transcription"] for r in csv.DictReader(fh) if r["transcription"].strip()]
    return [texts[i % len(texts)] for i in range(count)]


def make_batch(folder: Path, count: int) -> int:
    texts = notes(count)
    for i, text in enumerate(texts):
        (folder / f"note{i:05d}.txt").write_text(text, encoding="utf-8")
    (folder / "bad_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (folder / "bad_latin1.txt").write_bytes("Patient c\xe9phal\xe9e, fi\xe8vre.".encode("latin-1"))
    (folder / "bad_empty.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "bad_annotator.txt").write_text(texts[0] + "\n" + MARKER, encoding="utf-8")
    big = "\n".join(texts)
    (folder / "big_5mb.txt").write_text((big * (5_000_000 // len(big) + 1))[:5_000_000], encoding="utf-8")
    return count + 5


def pipeline_with_faults(folder: Path) -> Path:
    default = REPO / "descriptors" / "pipelines" / "default.xml"
    fault = REPO / "descriptors" / "annotators" / "FaultInjector.xml"
    path = folder / "faulty.xml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <primitive>false</primitive>
  <delegateAnalysisEngineSpecifiers>
    <delegateAnalysisEngine key="Default"><import location="{default}"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="Fault"><import location="{fault}"/></delegateAnalysisEngine>
  </delegateAnalysisEngineSpecifiers>
  <analysisEngineMetaData><name>default+faults</name></analysisEngineMetaData>
</analysisEngineDescription>""", encoding="utf-8")
    return path


def command(pipeline: Path, inp: Path, out: Path, jobs: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ctakes_py.cli", "process", "-p", str(pipeline), "-i", str(inp), "-o", str(out),
            "-f", "xmi,csv", "-j", str(jobs), "--no-progress", *extra]


def run(cmd: list[str]) -> tuple[float, str, int]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    last_line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return time.perf_counter() - start, last_line, done.returncode


def errors(out: Path) -> list[dict]:
    path = out / "errors.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    inp = tmp / "notes"
    inp.mkdir()
    total = make_batch(inp, args.notes)
    pipeline = pipeline_with_faults(tmp)

    out = tmp / "out"
    seconds, summary, code = run(command(pipeline, inp, out, args.jobs))
    errs = errors(out)
    print(f"fault batch: {total} in -> {summary!r} (exit {code}) in {seconds:.1f} s")
    for e in errs:
        print(f"  failed {e['document']:<14} stage={e['stage']:<10} {e['code']} {e['message'][:90]}")
    good = sorted(p.name for p in out.glob("*.xmi"))

    killed = tmp / "killed"
    proc = subprocess.Popen(command(pipeline, inp, killed, args.jobs), cwd=REPO, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while len(list(killed.glob("*.xmi"))) < len(good) * 0.4 and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = len(list(killed.glob("*.xmi")))
    seconds, summary, code = run(command(pipeline, inp, killed, args.jobs, "--resume"))
    after = sorted(p.name for p in killed.glob("*.xmi"))
    rows_a = (out / "mentions.csv").read_bytes()
    rows_b = (killed / "mentions.csv").read_bytes()
    print(f"kill -9 after {before} outputs, resume: {summary!r} in {seconds:.1f} s; outputs complete: "
          f"{after == good}; mentions.csv identical to the uninterrupted run: {rows_a == rows_b}; "
          f"temporaries left: {len(list(killed.rglob('*.tmp')))}")

    xin = tmp / "xmi_in"
    xin.mkdir()
    small = [name for name in good if name.startswith("note")][:20]  # the 5 MB note's XMI is 190 MB
    for name in small:
        shutil.copy(out / name, xin / name)
    (xin / "bad_truncated.xmi").write_bytes((out / small[0]).read_bytes()[:500])
    (xin / "bad_doctype.xmi").write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                         '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI">&e;</xmi:XMI>')
    text = (out / small[1]).read_text(encoding="utf-8")
    (xin / "bad_unknown_type.xmi").write_text(text.replace("textspan:Sentence", "textspan:SentenceX"), encoding="utf-8")
    fault_only = REPO / "descriptors" / "annotators" / "FaultInjector.xml"
    xout = tmp / "xmi_out"
    seconds, summary, code = run(command(fault_only, xin, xout, args.jobs))
    print(f"xmi batch: {len(list(xin.iterdir()))} in -> {summary!r} (exit {code}) in {seconds:.1f} s")
    for e in errors(xout):
        print(f"  failed {e['document']:<18} stage={e['stage']:<8} {e['code']} {e['message'][:90]}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
