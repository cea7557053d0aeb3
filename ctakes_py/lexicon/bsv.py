"""Build from cTAKES BSV dictionaries (``BsvRareWordDictionary`` rows).

Row forms (``|``-separated, ``//`` and ``#`` start comment lines)::

    CUI|text
    CUI|TUI|text
    CUI|TUI|text|preferred text

An empty TUI (``C1||text``) or the two-column form takes the builder's ``tui``/``group``
(cTAKES: the dictionary's entity type). Malformed rows are reported with file and line
and skipped.
"""
from __future__ import annotations

import os
from pathlib import Path

from .filters import looks_like_abbreviation
from .format import LexiconWriter
from .report import read_lines
from .semantic import GROUPS, group_of_tui, normalize_tui


def add_bsv(writer: LexiconWriter, path: str | os.PathLike, *, tui: str | None = None,
            group: str | None = None, scheme: str | None = None,
            case_sensitive_abbreviations: bool = True) -> int:
    """Add the rows of one BSV file; returns the number of terms kept."""
    path = Path(path)
    name = str(path)
    scheme = scheme or writer.default_scheme
    default_tui = normalize_tui(tui) if tui else None
    kept = 0
    tui_of_cui: dict[str, str] = {}  # a row without TUI takes the CUI's TUI from earlier rows
    for number, raw in read_lines(name, writer.report):
        line = raw.strip()
        if not line or line.startswith(("//", "#")):
            continue
        writer.report.rows_read[name] += 1
        row = _parse(line)
        if isinstance(row, str):
            writer.report.bad_line(name, number, row)
            continue
        cui, row_tui, text, preferred = row
        row_tui = row_tui or tui_of_cui.get(cui) or default_tui
        if row_tui:
            tui_of_cui.setdefault(cui, row_tui)
        row_group = group_of_tui(row_tui) if row_tui else (group or "UNKNOWN")
        cid = writer.concept(cui, row_tui or GROUPS[row_group].default_tui, preferred or text,
                             [(scheme, cui)], group=row_group)
        upper = case_sensitive_abbreviations and looks_like_abbreviation(text)
        kept += writer.add_term(text, cid, case_sensitive=upper, source=path.name)
    return kept


def _parse(line: str) -> tuple[str, str | None, str, str | None] | str:
    """(cui, tui or None, text, preferred or None), or a reason string when malformed."""
    cols = [c.strip() for c in line.split("|")]
    if len(cols) == 2:
        cui, tui_text, text, preferred = cols[0], "", cols[1], ""
    elif len(cols) in (3, 4):
        cui, tui_text, text = cols[:3]
        preferred = cols[3] if len(cols) == 4 else ""
    else:
        return f"expected 2 to 4 '|'-separated columns, found {len(cols)}"
    if not cui:
        return "empty CUI"
    if not text:
        return "empty term text"
    tui = None
    if tui_text:
        tui = normalize_tui(tui_text)
        if tui is None:
            return f"TUI {tui_text!r} is not like T047"
    return cui, tui, text, preferred or None
