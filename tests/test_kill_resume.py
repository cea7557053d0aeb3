"""kill -9 in the middle of a batch, then --resume: complete output, nothing truncated."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cassis import load_cas_from_xmi

from ctakes_py.typesystem import load_typesystem

pytestmark = pytest.mark.integration
TESTS = Path(__file__).parent
SLOW = str(TESTS / "fixtures" / "descriptors" / "Slow.xml")


def _cmd(notes: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ctakes_py.cli", "process", "-p", SLOW, "-i", str(notes), "-o", str(out),
            "-f", "xmi,csv", "-j", "2", "--no-progress", *extra]


def test_kill_then_resume_completes_without_duplicates(tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    n = 80
    for i in range(n):
        (notes / f"n{i:03d}.txt").write_text(f"note {i} fever cough " * 50)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), str(TESTS.parent)]))
    proc = subprocess.Popen(_cmd(notes, out), env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("*.xmi"))) < 10:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(out.glob("*.xmi")))
    assert 10 <= done_before < n, "the batch must be killed mid-way"

    resumed = subprocess.run(_cmd(notes, out, "--resume"), env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert "processed" in resumed.stdout and "failed 0" in resumed.stdout
    skipped = int(resumed.stdout.split("skipped ")[1].split()[0])
    assert skipped >= done_before - 2  # a part file may lag its xmi by the kill

    ts = load_typesystem()
    xmis = sorted(out.glob("*.xmi"))
    assert [p.stem for p in xmis] == [f"n{i:03d}" for i in range(n)]
    for path in xmis:  # every file parses: nothing truncated
        with open(path, "rb") as fh:
            assert load_cas_from_xmi(fh, typesystem=ts).sofa_string.startswith("note ")
    assert not list(out.rglob("*.tmp"))
    import csv

    rows = list(csv.DictReader(open(out / "mentions.csv", encoding="utf-8")))
    keys = [(r["doc_id"], r["begin"]) for r in rows]
    assert len(keys) == len(set(keys)) == n * 100  # 50 x "fever" + 50 x "cough" per note, once each
