"""Property tests: arbitrary bytes and unicode given to the readers never raise anything
but the project's own typed errors, and every CAS's text matches what was read."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctakes_py.errors import CtakesError
from ctakes_py.io.tabular_reader import CsvReader, JsonlReader
from ctakes_py.io.text import TextDirectoryReader
from ctakes_py.io.xmi import XmiDirectoryReader
from ctakes_py.typesystem import load_typesystem

TS = load_typesystem()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load_all(reader) -> list:
    """Every source of ``reader`` loaded; typed errors are expected, anything else fails."""
    cases = []
    try:
        sources = list(reader.sources())
    except CtakesError:
        return cases
    for source in sources:
        try:
            cases.append(reader.load(source, TS))
        except CtakesError:
            continue
    return cases


def _write(name: str, data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="prop-"))
    (folder / name).write_bytes(data)
    return folder / name


@SETTINGS
@given(st.binary(max_size=400))
def test_text_reader_on_arbitrary_bytes(data: bytes):
    for cas in _load_all(TextDirectoryReader(_write("n.txt", data))):
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        assert cas.sofa_string == text and text.strip()


@SETTINGS
@given(st.text(max_size=300))
def test_text_reader_keeps_any_unicode_exactly(text: str):
    cases = _load_all(TextDirectoryReader(_write("n.txt", text.encode("utf-8"))))
    if text.strip() and not text.startswith("\ufeff") and "\x00" not in text:
        assert [c.sofa_string for c in cases] == [text]


@SETTINGS
@given(st.lists(st.one_of(
    st.binary(max_size=60),
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}).encode(), st.text(max_size=5), st.text(max_size=40)),
), max_size=6))
def test_jsonl_reader_on_arbitrary_lines(lines: list[bytes]):
    path = _write("n.jsonl", b"\n".join(lines))
    for cas in _load_all(JsonlReader(path)):
        assert cas.sofa_string.strip()


@SETTINGS
@given(st.binary(max_size=300))
def test_csv_reader_on_arbitrary_bytes(data: bytes):
    path = _write("n.csv", b"id,text\n" + data)
    for cas in _load_all(CsvReader(path)):
        assert cas.sofa_string.strip()


@SETTINGS
@given(st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: ('<?xml version="1.0"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
                                         f'xmlns:cas="http:///uima/cas.ecore">{t}</xmi:XMI>').encode()),
))
def test_xmi_reader_on_arbitrary_input(data: bytes):
    _load_all(XmiDirectoryReader(_write("n.xmi", data)))


@SETTINGS
@given(st.integers(min_value=1, max_value=6))
def test_entity_expansion_bomb_is_refused(depth: int):
    entities = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10 if i else "boom"}">' for i in range(depth))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE x [{entities}]>'
            f'<xmi:XMI xmlns:xmi="http://www.omg.org/XMI">&e{depth - 1};</xmi:XMI>').encode()
    assert _load_all(XmiDirectoryReader(_write("bomb.xmi", bomb))) == []
