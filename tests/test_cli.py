"""The ``ctakes-py`` command: process, describe, validate."""
from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from ctakes_py.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "descriptors"
AGGREGATE = str(FIXTURES / "Aggregate.xml")


def test_process_writes_outputs_and_fails_on_bad_notes(tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("fever and cough")
    (notes / "b.txt").write_text("BOOM")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["process", "-p", AGGREGATE, "-i", str(notes), "-o", str(out),
                                      "--format", "xmi,csv", "-j", "1", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "processed 1, failed 1" in result.output
    assert (out / "a.xmi").exists() and not (out / "b.xmi").exists()
    rows = list(csv.DictReader(open(out / "mentions.csv", encoding="utf-8")))
    assert [(r["doc_id"], r["text"]) for r in rows] == [("a", "fever"), ("a", "cough")]


def test_process_jsonl_with_metadata_columns(tmp_path: Path):
    src = tmp_path / "notes.jsonl"
    src.write_text('{"note_id": "n1", "body": "fever", "mrn": "P7"}\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["process", "-p", AGGREGATE, "-i", str(src), "-o", str(out), "-f", "csv",
                                      "-j", "1", "--no-progress", "--reader-option", "text_column=body",
                                      "--reader-option", "id_column=note_id",
                                      "--reader-option", "patient_column=mrn"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(open(out / "mentions.csv", encoding="utf-8")))
    assert [(r["doc_id"], r["patient_id"], r["text"]) for r in rows] == [("n1", "P7", "fever")]


def test_set_overrides_a_parameter(tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("rash")
    out = tmp_path / "out"
    args = ["process", "-p", AGGREGATE, "-i", str(notes), "-o", str(out), "-f", "csv", "-j", "1", "--no-progress"]
    CliRunner().invoke(cli, args)
    assert len((out / "mentions.csv").read_text().splitlines()) == 1  # header only: "rash" < 5 chars
    result = CliRunner().invoke(cli, args + ["--set", "Marker/minimumLength=2"])
    assert result.exit_code == 0, result.output
    assert len((out / "mentions.csv").read_text().splitlines()) == 2


def test_describe_and_validate():
    runner = CliRunner()
    result = runner.invoke(cli, ["describe", AGGREGATE])
    assert result.exit_code == 0 and "writes: SignSymptomMention" in result.output
    result = runner.invoke(cli, ["validate", AGGREGATE, "default"])
    assert result.exit_code == 0 and result.output.count("OK ") == 2


def test_validate_reports_broken_descriptor(tmp_path: Path):
    bad = tmp_path / "Bad.xml"
    bad.write_text((FIXTURES / "Words.xml").read_text().replace("support_annotators.WhitespaceWords", "nope.Nothing"))
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "unknown annotator class 'nope.Nothing'" in result.output and "Bad.xml" in result.output


def test_process_writes_fhir_bundles_and_a_database_idempotently(tmp_path: Path):
    import duckdb
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("Patient has hypertension. Metformin 500 mg PO BID.\n")
    out = tmp_path / "out"
    args = ["process", "-i", str(notes), "-o", str(out), "-f", "fhir", "-j", "1", "--no-progress",
            "--db", f"duckdb:///{tmp_path / 'notes.duckdb'}"]
    for _ in range(2):  # a rerun replaces the document's rows
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
    bundle = (out / "a.fhir.json").read_text()
    assert '"resourceType": "Bundle"' in bundle and "MedicationStatement" in bundle and "Condition" in bundle
    con = duckdb.connect(str(tmp_path / "notes.duckdb"))
    texts = [row[0] for row in con.sql("select text from mentions where doc_id = 'a' order by begin").fetchall()]
    assert texts.count("hypertension") == 1 and "Metformin" in texts
