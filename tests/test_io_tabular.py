from __future__ import annotations

import json

import pytest

from ctakes_py.document import get_document_id, get_metadata
from ctakes_py.errors import InputError
from ctakes_py.io.tabular_reader import CsvReader, JsonlReader


def _outcomes(reader, typesystem):
    """document id -> CAS or the InputError its load raised."""
    out = {}
    for source in reader.sources():
        try:
            out[source.document_id] = reader.load(source, typesystem)
        except InputError as exc:
            out[source.document_id] = exc
    return out


# --- JSONL --------------------------------------------------------------------------------
def test_jsonl_reads_text_ids_and_metadata(fixtures_dir, typesystem):
    path = fixtures_dir / "io" / "notes.jsonl"
    docs = _outcomes(JsonlReader(path), typesystem)
    assert list(docs) == ["n1", "n2", "n3"]
    assert docs["n1"].sofa_string == "Patient has diabetes mellitus."
    assert get_document_id(docs["n1"]) == "n1"
    assert get_metadata(docs["n1"]) == {"patient_id": "p1", "document_creation_time": "2021-03-04",
                                        "note_type": "discharge"}
    assert get_metadata(docs["n2"]) == {"patient_id": "42"}
    assert docs["n2"].sofa_string == "No evidence of pneumonia.\nFollow up in 2 weeks."
    assert docs["n3"].sofa_string == "Caf\u00e9 au lait spots noted \u2014 r/o NF1."
    assert get_metadata(docs["n3"]) == {}
    sources = list(JsonlReader(path).sources())
    assert [s.position for s in sources] == ["line 1", "line 3", "line 4"]  # blank line 2 skipped


def test_jsonl_custom_columns(tmp_path, typesystem):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"note_id": 7, "body": "Cough.", "mrn": "M1", "when": "2019",
                                "kind": "ED"}) + "\n", encoding="utf-8")
    reader = JsonlReader(path, text_column="body", id_column="note_id", patient_column="mrn",
                         date_column="when", note_type_column="kind")
    (cas,) = _outcomes(reader, typesystem).values()
    assert get_document_id(cas) == "7"
    assert get_metadata(cas) == {"patient_id": "M1", "document_creation_time": "2019", "note_type": "ED"}


def test_jsonl_bad_lines_fail_alone(tmp_path, typesystem):
    lines = [
        b'{"id": "ok1", "text": "Fine note."}',
        b'{"id": "broken", "text": "unterminated}',
        b'["not", "an", "object"]',
        b'{"id": "empty", "text": "   "}',
        b'{"id": "nontext", "text": 12}',
        b'{"id": "notext", "body": "x"}',
        b'{"id": "latin", "text": "caf\xe9"}',
        b'{"id": "ok1", "text": "Same id again."}',
        b'{"id": "nul", "text": "a\\u0000b"}',
        b'{"id": "ok2", "text": "Last fine note."}',
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    docs = _outcomes(JsonlReader(path), typesystem)
    assert docs["ok1"].sofa_string == "Fine note."
    assert docs["ok2"].sofa_string == "Last fine note."
    errors = {k: v for k, v in docs.items() if isinstance(v, InputError)}
    # unparsable lines get their line number as id
    assert set(errors) == {"2", "3", "empty", "nontext", "notext", "latin", "ok1@8", "nul"}
    assert "malformed JSON" in errors["2"].message and errors["2"].position.startswith("line 2")
    assert "JSON object" in errors["3"].message
    assert "empty document" in errors["empty"].message
    assert "not a string" in errors["nontext"].message
    assert "no text field" in errors["notext"].message
    latin_offset = sum(len(line) + 1 for line in lines[:6]) + lines[6].index(b"\xe9")
    assert errors["latin"].position == f"byte {latin_offset}"
    assert "duplicate document id 'ok1'" in errors["ok1@8"].message
    assert "NUL" in errors["nul"].message
    assert all(e.file == str(path) for e in errors.values())


def test_jsonl_explicit_id_column_missing_in_a_record(tmp_path, typesystem):
    path = tmp_path / "ids.jsonl"
    path.write_text('{"doc": "a", "text": "x y"}\n{"text": "no id"}\n', encoding="utf-8")
    docs = _outcomes(JsonlReader(path, id_column="doc"), typesystem)
    assert get_document_id(docs["a"]) == "a"
    assert "id column 'doc'" in docs["2"].message


def test_jsonl_without_ids_uses_line_numbers_and_folder_input_prefixes_stems(tmp_path, typesystem):
    (tmp_path / "a.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    (tmp_path / "b.ndjson").write_text('{"text": "three"}\n', encoding="utf-8")
    assert [s.document_id for s in JsonlReader(tmp_path / "a.jsonl").sources()] == ["1", "2"]
    docs = _outcomes(JsonlReader(tmp_path), typesystem)
    assert {k: v.sofa_string for k, v in docs.items()} == {"a-1": "one", "a-2": "two", "b-1": "three"}


def test_jsonl_five_megabyte_note(tmp_path, typesystem):
    text = "Patient has a long history. " * 190_000
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    assert len(text) > 5_000_000
    assert _outcomes(JsonlReader(path), typesystem)["big"].sofa_string == text


# --- CSV ----------------------------------------------------------------------------------
def test_csv_reads_quoted_multiline_fields_and_metadata(fixtures_dir, typesystem):
    path = fixtures_dir / "io" / "notes.csv"
    docs = _outcomes(CsvReader(path), typesystem)
    assert list(docs) == ["c1", "c2", "c3"]
    assert docs["c1"].sofa_string == "Chest pain, resolved."
    assert docs["c2"].sofa_string == 'Two lines:\nfirst, "quoted" second.'
    assert get_metadata(docs["c1"]) == {"patient_id": "p1", "document_creation_time": "2020-01-01",
                                        "note_type": "progress"}
    assert get_metadata(docs["c2"]) == {"patient_id": "p2"}
    positions = [s.position for s in CsvReader(path).sources()]
    assert positions == ["row 1 (line 2)", "row 2 (line 3)", "row 3 (line 5)"]


def test_csv_mtsamples_shape_unnamed_index_and_transcription(fixtures_dir, typesystem):
    path = fixtures_dir / "io" / "mtsamples_like.csv"
    docs = _outcomes(CsvReader(path, text_column="transcription"), typesystem)
    assert list(docs) == ["1", "2"]  # no id column: data row numbers
    assert docs["1"].sofa_string.startswith("SUBJECTIVE:,  Cough")
    by_index = _outcomes(CsvReader(path, text_column="transcription", id_column=""), typesystem)
    assert list(by_index) == ["0", "1"]  # the unnamed pandas index column


def test_csv_bad_rows_fail_alone(tmp_path, typesystem):
    rows = [
        b"id,text",
        b"a,Good note.",
        b"b,caf\xe9",
        b"c,",
        b'd,"too",many,fields',
        b",no id here",
        b"a,again",
        b"e,bin\x00ary",
        b"f,Fine again.",
    ]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(rows) + b"\r\n")
    docs = _outcomes(CsvReader(path), typesystem)
    assert docs["a"].sofa_string == "Good note."
    assert docs["f"].sofa_string == "Fine again."
    errors = {k: v for k, v in docs.items() if isinstance(v, InputError)}
    assert set(errors) == {"b", "c", "d", "5", "a@6", "e"}
    b_offset = sum(len(r) + 2 for r in rows[:2]) + rows[2].index(b"\xe9")
    assert errors["b"].position == f"byte {b_offset}"
    assert "empty document" in errors["c"].message and errors["c"].position == "row 3 (line 4)"
    assert "4 fields but the header has 2" in errors["d"].message
    assert "id column" in errors["5"].message
    assert "duplicate" in errors["a@6"].message
    assert "NUL" in errors["e"].message


def test_csv_header_problems_fail_the_listing(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="no header"):
        list(CsvReader(empty).sources())
    no_text = tmp_path / "notext.csv"
    no_text.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no text column 'text'") as err:
        list(CsvReader(no_text).sources())
    assert "'body'" in err.value.fix
    with pytest.raises(InputError, match="column 'mrn'"):
        list(CsvReader(no_text, text_column="body", patient_column="mrn").sources())
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("id,text\n1,x\n".encode("utf-16"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(CsvReader(utf16).sources())


def test_csv_five_megabyte_field_and_bom_header(tmp_path, typesystem):
    text = "Long history of present illness. " * 160_000
    path = tmp_path / "big.csv"
    path.write_bytes(b"\xef\xbb\xbfid,text\nbig," + text.encode("utf-8") + b"\n")
    assert len(text) > 5_000_000
    assert _outcomes(CsvReader(path), typesystem)["big"].sofa_string == text


def test_csv_delimiter_and_row_ids(tmp_path, typesystem):
    path = tmp_path / "notes.csv"
    path.write_text("text;other\nFirst;x\n\nSecond;y\n", encoding="utf-8")
    docs = _outcomes(CsvReader(path, delimiter=";"), typesystem)
    assert {k: v.sofa_string for k, v in docs.items()} == {"1": "First", "2": "Second"}


def test_sources_do_not_hold_the_text(fixtures_dir):
    for source in CsvReader(fixtures_dir / "io" / "notes.csv").sources():
        assert source.payload is None
        assert "Chest" not in repr(source)


def test_unknown_option_is_refused(fixtures_dir):
    with pytest.raises(InputError, match="unknown option"):
        CsvReader(fixtures_dir / "io" / "notes.csv", textcolumn="text")
    with pytest.raises(InputError, match="unknown option"):
        JsonlReader(fixtures_dir / "io" / "notes.jsonl", delimiter=";")


def test_tab_delimiter_from_the_command_line(tmp_path, typesystem):
    path = tmp_path / "notes.csv"
    path.write_text("id\ttext\nt1\tTab separated, with comma.\n", encoding="utf-8")
    docs = _outcomes(CsvReader(path, delimiter="\\t"), typesystem)
    assert docs["t1"].sofa_string == "Tab separated, with comma."
    assert _outcomes(CsvReader(path, delimiter="tab"), typesystem)["t1"].sofa_string.startswith("Tab")
    with pytest.raises(InputError, match="one character"):
        CsvReader(path, delimiter=";;")
