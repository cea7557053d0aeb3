from __future__ import annotations

import pytest

from ctakes_py.errors import InputError
from ctakes_py.io.json_cas import JsonCasWriter
from ctakes_py.io.mentions import CsvMentionWriter, ParquetMentionWriter
from ctakes_py.io.select import make_reader, make_writer, make_writers, reader_name_for
from ctakes_py.io.tabular_reader import CsvReader, JsonlReader
from ctakes_py.io.text import TextDirectoryReader
from ctakes_py.io.xmi import XmiDirectoryReader, XmiWriter


def test_reader_from_file_extension(fixtures_dir):
    io_dir = fixtures_dir / "io"
    assert reader_name_for(io_dir / "notes.csv") == "csv"
    assert reader_name_for(io_dir / "notes.jsonl") == "jsonl"
    assert reader_name_for(io_dir / "notes" / "alpha.txt") == "text"
    assert reader_name_for(fixtures_dir / "ctakes" / "mts_sample_note_97_1152.txt.xmi") == "xmi"
    assert isinstance(make_reader(io_dir / "notes.csv"), CsvReader)
    reader = make_reader(io_dir / "mtsamples_like.csv", text_column="transcription")
    assert reader.columns["text_column"] == "transcription"


def test_reader_from_folder_contents(fixtures_dir, tmp_path):
    assert isinstance(make_reader(fixtures_dir / "io" / "notes"), TextDirectoryReader)  # README.md ignored
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt.xmi").write_text("<x/>", encoding="utf-8")
    with pytest.raises(InputError, match="mixes formats") as err:
        make_reader(tmp_path)
    assert "--reader" in err.value.fix
    assert isinstance(make_reader(tmp_path, "xmi", lenient=True), XmiDirectoryReader)


def test_reader_by_name_and_errors(fixtures_dir, tmp_path):
    assert isinstance(make_reader(fixtures_dir / "io" / "notes.csv", "jsonl"), JsonlReader)
    with pytest.raises(InputError, match="unknown reader 'no_such_reader'") as err:
        make_reader(tmp_path, "no_such_reader")
    assert "jsonl" in err.value.fix
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no reader handles") as err:
        make_reader(tmp_path)
    assert ".csv (csv)" in err.value.fix
    with pytest.raises(InputError, match="does not exist"):
        make_reader(tmp_path / "missing")


def test_writers_by_name(tmp_path):
    writers = make_writers(["xmi", "json", "csv", "parquet", "xmi"], tmp_path)
    assert [type(w) for w in writers] == [XmiWriter, JsonCasWriter, CsvMentionWriter,
                                          ParquetMentionWriter]
    assert all(w.outdir == tmp_path for w in writers)
    with pytest.raises(InputError, match="unknown writer 'html'") as err:
        make_writer("html", tmp_path)
    assert "parquet" in err.value.fix
    with pytest.raises(InputError, match="is not a writer"):
        make_writer("ctakes_py.io.text.TextDirectoryReader", tmp_path)
