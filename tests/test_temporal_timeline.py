"""Timeline rows and the ``timeline`` command."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from ctakes_py.document import CREATION_TIME
from ctakes_py.temporal.cli import timeline
from ctakes_py.temporal.timeline import TIMELINE_COLUMNS, timeline_rows

NOTE = ("HPI: Diabetes diagnosed in 2015. Started metformin 500 mg daily last month. "
        "Stopped lisinopril in January.\nPlan: colonoscopy next year.\n")


@pytest.fixture(scope="module")
def cas():
    from ctakes_py.pipeline import Pipeline
    return Pipeline.from_descriptor("temporal")(NOTE, document_id="n1", metadata={CREATION_TIME: "2019-03-14"})


def test_rows_carry_dates_links_and_medication_dates(cas):
    rows = {r["event"]: r for r in timeline_rows(cas)}
    assert set(TIMELINE_COLUMNS) == set(next(iter(rows.values())))
    assert rows["Diabetes"]["date"] == "2015"
    assert rows["metformin"]["start"] == "2019-02"
    assert rows["metformin"]["frequency"] == "R/P1D"
    assert rows["lisinopril"]["stop"] == "2019-01"
    assert rows["colonoscopy"]["doctimerel"] == "AFTER"
    assert rows["colonoscopy"]["date"] == "2020"


def test_rows_are_in_time_order(cas):
    order = [r["event"] for r in timeline_rows(cas)]
    assert order.index("Diabetes") < order.index("lisinopril") < order.index("metformin") < order.index("colonoscopy")


def test_timeline_command_csv_and_jsonl(tmp_path):
    (tmp_path / "n1.txt").write_text("Date of service: 03/14/2019\nCough x 3 days.\n")
    runner = CliRunner()
    result = runner.invoke(timeline, [str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["document_id"], r["event"], r["duration"]) for r in rows] == [("n1", "Cough", "P3D")]
    out = tmp_path / "t.jsonl"
    args = [str(tmp_path / "n1.txt"), "--format", "jsonl", "-o", str(out), "--dct", "2020-01-01"]
    result = runner.invoke(timeline, args)
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["document_creation_time"] == "2020-01-01" and row["doctimerel"] == "BEFORE/OVERLAP"
