"""Local batch engine: error isolation, determinism across worker counts, resume."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctakes_py import Pipeline
from ctakes_py.engine.local import WorkerSpec, run_batch
from ctakes_py.typesystem import SIGN_SYMPTOM_MENTION

AGGREGATE = str(Path(__file__).parent / "fixtures" / "descriptors" / "Aggregate.xml")


@pytest.fixture()
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(12):
        (folder / f"good{i:02d}.txt").write_text(f"Note {i}: fever and cough, nausea x{i} days.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (folder / "latin1.txt").write_bytes("fi\xe8vre".encode("latin-1"))
    (folder / "empty.txt").write_text("   \n")
    (folder / "boom.txt").write_text("fever BOOM cough\n")
    return folder


def _spec(notes: Path, out: Path, writers=("xmi", "csv")) -> WorkerSpec:
    return WorkerSpec(descriptor=AGGREGATE, overrides={}, reader=("text", str(notes), {}),
                      writers=tuple((w, {}) for w in writers), outdir=str(out))


def test_bad_documents_are_reported_and_the_rest_complete(notes: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run_batch(_spec(notes, out), n_process=1, progress=False)
    assert (result.total, result.processed, result.failed) == (16, 12, 4)
    rows = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    by_doc = {r["document"]: r for r in rows}
    assert set(by_doc) == {"binary", "latin1", "empty", "boom"}
    assert by_doc["binary"]["stage"] == "reader" and "byte 0" in by_doc["binary"]["message"]
    assert by_doc["latin1"]["stage"] == "reader" and by_doc["latin1"]["code"] == "E200"
    assert by_doc["boom"]["stage"] == "Exploder" and "BOOM" in by_doc["boom"]["message"]
    assert sorted(p.stem for p in out.glob("*.xmi")) == [f"good{i:02d}" for i in range(12)]
    assert result.summary().startswith("processed 12, failed 4")


def test_output_is_identical_with_one_or_two_workers(notes: Path, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(_spec(notes, one), n_process=1, progress=False)
    run_batch(_spec(notes, two), n_process=2, progress=False)
    for xmi in one.glob("*.xmi"):
        assert xmi.read_bytes() == (two / xmi.name).read_bytes()
    assert (one / "mentions.csv").read_bytes() == (two / "mentions.csv").read_bytes()
    assert len((one / "mentions.csv").read_text().splitlines()) == 1 + 12 * 3


def test_resume_skips_finished_documents(notes: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_batch(_spec(notes, out), n_process=1, progress=False)
    (out / "good03.xmi").unlink()
    again = run_batch(_spec(notes, out, writers=("xmi",)), n_process=1, resume=True, progress=False)
    assert again.skipped == 11
    assert again.processed == 1 and again.failed == 4  # bad notes are retried and fail again
    assert (out / "good03.xmi").exists()


def test_duplicate_ids_are_reported(tmp_path: Path):
    (tmp_path / "in.jsonl").write_text(
        '{"id": "a", "text": "fever"}\n{"id": "a", "text": "cough"}\n{"id": "b", "text": "chills"}\n')
    out = tmp_path / "out"
    spec = WorkerSpec(descriptor=AGGREGATE, overrides={}, reader=("jsonl", str(tmp_path / "in.jsonl"), {}),
                      writers=(("xmi", {}),), outdir=str(out))
    result = run_batch(spec, n_process=1, progress=False)
    assert (result.processed, result.failed) == (2, 1)
    assert "duplicate document id" in result.failures[0].message


def test_pipe_keeps_input_order_across_processes():
    nlp = Pipeline.from_descriptor(AGGREGATE)
    texts = [("fever " * (i % 4 + 1)).strip() for i in range(10)]
    counts = [len(cas.select(SIGN_SYMPTOM_MENTION)) for cas in nlp.pipe(texts, n_process=2)]
    assert counts == [i % 4 + 1 for i in range(10)]


def test_a_document_that_kills_its_worker_is_reported_and_the_batch_goes_on(tmp_path: Path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(20):
        (folder / f"n{i:02d}.txt").write_text("CRASH now" if i in (5, 13) else f"fine note {i}")
    out = tmp_path / "out"
    spec = WorkerSpec(descriptor=str(Path(AGGREGATE).with_name("Crasher.xml")), overrides={},
                      reader=("text", str(folder), {}), writers=(("xmi", {}),), outdir=str(out))
    result = run_batch(spec, n_process=2, progress=False)
    assert (result.processed, result.failed) == (18, 2)
    assert sorted(f.document for f in result.failures) == ["n05", "n13"]
    assert all(f.stage == "worker" and f.code == "E301" for f in result.failures)
    assert len(list(out.glob("*.xmi"))) == 18


def test_a_reader_that_cannot_list_its_input_is_reported(tmp_path: Path):
    src = tmp_path / "notes.csv"
    src.write_text("id,body\n1,fever\n")
    spec = WorkerSpec(descriptor=AGGREGATE, overrides={}, reader=("csv", str(src), {}),
                      writers=(("xmi", {}),), outdir=str(tmp_path / "out"))
    result = run_batch(spec, n_process=1, progress=False)
    assert (result.processed, result.failed) == (0, 1)
    assert result.failures[0].document == "<listing>" and "no text column 'text'" in result.failures[0].message


def test_malformed_csv_row_fails_the_rest_of_that_file_only(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_bytes(b"id,text\n1,fever\n2,co\rugh\x00\n")
    (folder / "b.csv").write_text("id,text\nb1,chills\n")
    spec = WorkerSpec(descriptor=AGGREGATE, overrides={}, reader=("csv", str(folder), {}),
                      writers=(("xmi", {}),), outdir=str(tmp_path / "out"))
    result = run_batch(spec, n_process=1, progress=False)
    assert result.processed == 2 and result.failed == 1
    assert "malformed CSV" in result.failures[0].message


@pytest.mark.integration
def test_default_pipeline_output_does_not_depend_on_the_process_hash_seed(tmp_path: Path):
    import os
    import subprocess
    import sys

    notes = Path(__file__).parent / "fixtures" / "notes"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "ctakes_py.cli", "process", "-i", str(notes), "-o", str(out),
                               "-f", "xmi,csv", "-j", "1", "--no-progress"], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outputs.append(out)
    xmis = sorted(p.name for p in outputs[0].glob("*.xmi"))
    assert xmis and xmis == sorted(p.name for p in outputs[1].glob("*.xmi"))
    for name in xmis + ["mentions.csv"]:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def test_outputs_get_the_usual_file_mode(tmp_path: Path):
    import os
    import stat

    from ctakes_py.io.base import atomic_write_bytes

    target = tmp_path / "x.xmi"
    atomic_write_bytes(target, b"data")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
