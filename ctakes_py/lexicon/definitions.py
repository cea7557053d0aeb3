"""Abbreviations a note defines for itself: ``congestive heart failure (CHF)``.

After the lookup, a hit followed by a parenthesized short form that passes Schwartz &
Hearst's letter check (A. Schwartz, M. Hearst, PSB 2003) defines that short form for the
note: every whole-word occurrence of it gets the hit's semantic group and concepts.
"""
from __future__ import annotations

import re

_DEFINITION = re.compile(r"\s?\(\s*([^\W_][\w\-]{1,9})\s*\)")


def is_short_form(short: str, long: str) -> bool:
    """Schwartz & Hearst's test: SHORT has a capital, starts with the long form's first
    letter, and its letters and digits occur in order in the long form."""
    if not any(ch.isupper() for ch in short) or short.isdigit() or len(short) >= len(long):
        return False
    chars = [ch for ch in short.lower() if ch.isalnum()]
    low = long.lower()
    if not chars or chars[0] != low[0]:
        return False
    position = 0
    for ch in chars:
        position = low.find(ch, position) + 1
        if position == 0:
            return False
    return True


def add_defined_abbreviations(text: str, found: dict[tuple[int, int, str], list[int]]) -> None:
    """For each longest hit followed by ``(SHORT)``, add every whole-word occurrence of
    SHORT in ``text`` to ``found`` with the hit's group and concepts (in place)."""
    longest: dict[tuple[int, str], tuple[int, int, str]] = {}
    for key in found:
        begin, end, group = key
        if (end, group) not in longest or begin < longest[(end, group)][0]:
            longest[(end, group)] = key
    for (end, group), key in longest.items():
        m = _DEFINITION.match(text, end)
        if m is None or not is_short_form(m.group(1), text[key[0]:end]):
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])")
        for occurrence in pattern.finditer(text):
            have = found.setdefault((occurrence.start(), occurrence.end(), group), [])
            have.extend(c for c in found[key] if c not in have)
