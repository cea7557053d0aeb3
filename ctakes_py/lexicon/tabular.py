"""Build from a spreadsheet: a CSV or TSV custom dictionary with a header row.

Columns are found by header name (case and spaces ignored); only ``term`` is required::

    term            the text to find (one synonym per row)
    code / cui      the concept code (a UMLS CUI goes to ``cui`` too)
    scheme          coding scheme of ``code`` (``coding_scheme``, ``vocabulary``, ``sab``)
    tui             semantic type: a TUI (``T047``) or a group/mention type name
    mention_type    ``DiseaseDisorderMention``, ``Disorder``, ``Drug``... (``type``, ``group``)
    preferred_text  the concept's preferred name (``preferred``, ``name``, ``label``)

Rows sharing code (or, without a code, preferred text) and group are one concept with
several synonyms. A row without a semantic type or mention type takes the builder's
``group`` option; with neither it is reported as malformed.
"""
from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

from .filters import looks_like_abbreviation
from .format import LexiconWriter
from .normalize import term_key
from .semantic import GROUPS, group_from_name, group_of_tui, normalize_tui

_COLUMNS = {
    "term": ("term", "text", "string", "str", "synonym"),
    "code": ("code", "concept_code", "id", "concept_id"),
    "cui": ("cui", "umls_cui"),
    "scheme": ("scheme", "coding_scheme", "codingscheme", "vocabulary", "sab", "source"),
    "tui": ("tui", "semantic_type", "semantictype", "semtype", "sty"),
    "mention_type": ("mention_type", "mentiontype", "type", "group", "semantic_group", "category"),
    "preferred": ("preferred_text", "preferredtext", "preferred", "name", "label"),
}
_CUI = re.compile(r"^C\d{7}$")


def _canonical(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _column_map(header: list[str]) -> dict[str, int]:
    names = [_canonical(h) for h in header]
    found: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in names:
                found[field] = names.index(alias)
                break
    return found


def _dialect(path: Path, sample: str) -> str:
    if path.suffix.lower() in (".tsv", ".tab"):
        return "\t"
    if path.suffix.lower() == ".csv":
        return ","
    return "\t" if sample.count("\t") > sample.count(",") else ","


def add_table(writer: LexiconWriter, path: str | os.PathLike, *, group: str | None = None,
              scheme: str | None = None, case_sensitive_abbreviations: bool = True) -> int:
    """Add the rows of one CSV/TSV file; returns the number of terms kept."""
    path = Path(path)
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        writer.report.bad_line(name, 1, f"file is not UTF-8 ({exc.reason}); save it as UTF-8 CSV")
        return 0
    reader = csv.reader(io.StringIO(text), delimiter=_dialect(path, text[:4096]))
    header = next(reader, None) or []
    columns = _column_map(header)
    if "term" not in columns:
        writer.report.bad_line(name, 1, f"header {header!r} has no 'term' column")
        return 0
    kept = 0
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        writer.report.rows_read[name] += 1
        if len(row) != len(header):
            writer.report.bad_line(name, number, f"expected {len(header)} columns, found {len(row)}")
            continue
        parsed = _parse_row(row, columns, group, scheme or writer.default_scheme)
        if isinstance(parsed, str):
            writer.report.bad_line(name, number, parsed)
            continue
        term, cui, tui, row_group, codes, preferred = parsed
        ident = (codes[0] if codes else ("term", term_key(preferred))) + (row_group,)
        cid = writer.concept(cui, tui, preferred, codes, group=row_group, key=ident)
        upper = case_sensitive_abbreviations and looks_like_abbreviation(term)
        kept += writer.add_term(term, cid, case_sensitive=upper, source=path.name)
    return kept


def _parse_row(row: list[str], columns: dict[str, int], default_group: str | None, scheme: str):
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    term = cell("term")
    if not term:
        return "empty term"
    tui, group = None, None
    for value in (cell("tui"), cell("mention_type")):
        if not value:
            continue
        as_tui = normalize_tui(value)
        if as_tui:
            tui = tui or as_tui
            group = group or group_of_tui(as_tui)
        elif group_from_name(value):
            group = group or group_from_name(value)
        else:
            return f"unknown semantic type or mention type {value!r}"
    group = group or default_group
    if not group:
        return "no semantic type or mention type (add a tui or mention_type column, or pass --group)"
    tui = tui or GROUPS[group].default_tui
    code, cui = cell("code"), cell("cui")
    if not cui and _CUI.match(code):
        cui = code
    codes = [(cell("scheme") or scheme, code)] if code else []
    return term, cui, tui, group, codes, cell("preferred") or term
