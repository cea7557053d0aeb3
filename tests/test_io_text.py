from __future__ import annotations

import pytest

from ctakes_py.document import get_document_id
from ctakes_py.errors import InputError
from ctakes_py.io.text import TextDirectoryReader


def _load_all(reader, typesystem):
    return {s.document_id: reader.load(s, typesystem) for s in reader.sources()}


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_files(fixtures_dir, typesystem):
    root = fixtures_dir / "io" / "notes"
    sources = list(TextDirectoryReader(root).sources())
    # visit.txt exists twice, so those two get their relative path; unique stems stay stems.
    assert [s.document_id for s in sources] == ["alpha", "beta", "clinic1/visit", "clinic2/visit"]
    assert sources == list(TextDirectoryReader(root).sources())  # deterministic
    cas = TextDirectoryReader(root).load(sources[2], typesystem)
    assert cas.sofa_string == (root / "clinic1" / "visit.txt").read_text(encoding="utf-8")
    assert get_document_id(cas) == "clinic1/visit"


def test_single_file(fixtures_dir, typesystem):
    path = fixtures_dir / "io" / "notes" / "alpha.txt"
    reader = TextDirectoryReader(path)
    (source,) = reader.sources()
    cas = reader.load(source, typesystem)
    assert source.document_id == "alpha"
    assert cas.sofa_string.startswith("Patient denies chest pain.")


def test_text_is_kept_verbatim_and_bom_dropped(tmp_path, typesystem):
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbfLine one\r\nLine two \xc3\xa9\r\n")
    cas = _load_all(TextDirectoryReader(tmp_path), typesystem)["crlf"]
    assert cas.sofa_string == "Line one\r\nLine two \u00e9\r\n"


@pytest.mark.parametrize("data, message, position", [
    (b"abc\x00\x01\x02", "NUL byte", "byte 3"),
    (b"caf\xe9 au lait", "not valid UTF-8", "byte 3"),
    (b"\xef\xbb\xbfok then \xff", "not valid UTF-8", "byte 11"),
    (b"", "empty document", None),
    (b" \n\t\r\n ", "empty document", None),
])
def test_bad_files_fail_in_load_only(tmp_path, typesystem, data, message, position):
    (tmp_path / "good.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(data)
    reader = TextDirectoryReader(tmp_path)
    sources = {s.document_id: s for s in reader.sources()}  # listing never fails
    assert reader.load(sources["good"], typesystem).sofa_string == "fine"
    with pytest.raises(InputError) as err:
        reader.load(sources["bad"], typesystem)
    assert message in err.value.message
    assert err.value.document == "bad"
    assert err.value.file == str(tmp_path / "bad.txt")
    assert err.value.position == position


def test_file_removed_after_listing_is_an_input_error(tmp_path, typesystem):
    path = tmp_path / "gone.txt"
    path.write_text("x", encoding="utf-8")
    reader = TextDirectoryReader(tmp_path)
    (source,) = reader.sources()
    path.unlink()
    with pytest.raises(InputError, match="cannot read"):
        reader.load(source, typesystem)


def test_five_megabyte_note(tmp_path, typesystem):
    text = "Patient reports chest pain. " * (5_000_000 // 28 + 1)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    cas = _load_all(TextDirectoryReader(tmp_path), typesystem)["big"]
    assert len(cas.sofa_string) == len(text) > 5_000_000


def test_stems_differing_only_in_extension_case_stay_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("1", encoding="utf-8")
    (tmp_path / "a" / "x.TXT").write_text("2", encoding="utf-8")
    ids = [s.document_id for s in TextDirectoryReader(tmp_path).sources()]
    assert len(set(ids)) == 2


def test_missing_path_and_unknown_option(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        list(TextDirectoryReader(tmp_path / "nope").sources())
    with pytest.raises(InputError, match="unknown option"):
        TextDirectoryReader(tmp_path, text_colum="x")
