"""Spark engine (local[2]): same results as the local engine; DataFrame API."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import require_tool

from ctakes_py import Pipeline
from ctakes_py.engine.local import WorkerSpec, run_batch
from ctakes_py.io.mentions import MENTION_COLUMNS, mention_rows

try:
    import pyspark  # noqa: F401
    HAVE_SPARK = True
except ImportError:
    HAVE_SPARK = False

pytestmark = pytest.mark.integration
AGGREGATE = str(Path(__file__).parent / "fixtures" / "descriptors" / "Aggregate.xml")


@pytest.fixture(scope="module")
def spark():
    require_tool("pyspark", HAVE_SPARK)
    from ctakes_py.engine.spark import get_session

    # Spark's Python workers are fresh interpreters: give them the test annotators' folder.
    tests = Path(__file__).parent
    paths = [str(tests), str(tests.parent), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)

    session = get_session("local[2]")
    yield session
    session.stop()


def test_spark_batch_matches_local_engine(spark, tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(9):
        (notes / f"n{i}.txt").write_text(f"Note {i}: fever, cough and nausea.\n" * (i + 1))
    (notes / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    (notes / "boom.txt").write_text("fever BOOM")
    outputs = {}
    for engine in ("local", "spark"):
        out = tmp_path / engine
        spec = WorkerSpec(descriptor=AGGREGATE, overrides={}, reader=("text", str(notes), {}),
                          writers=(("xmi", {}), ("csv", {})), outdir=str(out))
        result = run_batch(spec, n_process=2, progress=False, engine=engine, master="local[2]")
        assert (result.processed, result.failed) == (9, 2), engine
        outputs[engine] = out
    local, remote = outputs["local"], outputs["spark"]
    assert sorted(p.name for p in local.glob("*.xmi")) == sorted(p.name for p in remote.glob("*.xmi"))
    for xmi in local.glob("*.xmi"):
        assert xmi.read_bytes() == (remote / xmi.name).read_bytes()
    assert (local / "mentions.csv").read_bytes() == (remote / "mentions.csv").read_bytes()
    errors = [json.loads(line)["document"] for line in (remote / "errors.jsonl").read_text().splitlines()]
    assert sorted(errors) == ["bad", "boom"]


def test_dataframe_api_returns_mentions_and_document_status(spark):
    rows = [("d1", "fever and cough", "P1"), ("d2", "", "P2"), ("d3", "BOOM fever", "P3"), ("d4", "nausea", None)]
    df = spark.createDataFrame(rows, ["note_id", "body", "mrn"])
    from ctakes_py.engine.spark import process_dataframe

    result = process_dataframe(
        df, AGGREGATE, id_column="note_id", text_column="body", patient_column="mrn", xmi=True)
    got = sorted(tuple(r[c] for c in MENTION_COLUMNS) for r in result.mentions.collect())
    nlp = Pipeline.from_descriptor(AGGREGATE)
    expected = []
    for doc, text, mrn in (("d1", "fever and cough", "P1"), ("d4", "nausea", None)):
        cas = nlp(text, document_id=doc, metadata={"patient_id": mrn} if mrn else None)
        expected += [tuple(r[c] for c in MENTION_COLUMNS) for r in mention_rows(cas)]
    assert got == sorted(expected) and len(got) == 3
    status = {r["doc_id"]: r for r in result.documents.collect()}
    assert status["d1"]["status"] == "ok" and status["d1"]["mentions"] == 2 and "<xmi:XMI" in status["d1"]["xmi"]
    assert status["d2"]["status"] == "failed" and status["d2"]["code"] == "E200"
    assert status["d3"]["status"] == "failed" and status["d3"]["stage"] == "Exploder"
