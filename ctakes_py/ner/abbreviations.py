"""Abbreviation definitions in a text, after Schwartz & Hearst (PSB 2003).

``long form (SF)``: a short form in parentheses (at most two words, at most 10
characters, starts with a letter or digit, has a letter) defines an abbreviation when its
characters can be found, right to left and in order, in the words before the
parenthesis, the first one at the start of a word. The long form is the shortest such
run of at most ``min(|SF| + 5, 2 |SF|)`` words (|SF| in characters), not crossing a
sentence end, a semicolon or another parenthesis.

:func:`find_definitions` returns the definitions; :func:`short_form_occurrences` finds
every later use of each short form as a whole word.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_CANDIDATE = re.compile(r"\(\s*([^()\s](?:[^()]{0,10}?))\s*\)")
_WORD = re.compile(r"[^\s()\[\];]+")
_STOP = re.compile(r"[.;:!?\])(\[]\s|[;()\[\]]")


class Definition(NamedTuple):
    short_begin: int
    short_end: int
    long_begin: int
    long_end: int


def _is_short_form(short: str) -> bool:
    return (len(short) <= 10 and len(short.split()) <= 2 and short[0].isalnum()
            and any(c.isalpha() for c in short))


def _match_start(short: str, long: str) -> int:
    """Start index in ``long`` of the Schwartz-Hearst match of ``short``, or -1."""
    s, l_ = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l_ >= 0 and (long[l_].lower() != c or (s == 0 and l_ > 0 and long[l_ - 1].isalnum())):
            l_ -= 1
        if l_ < 0:
            return -1
        s -= 1
        l_ -= 1
    return l_ + 1


def find_definitions(text: str) -> list[Definition]:
    """Definitions ``long form (SHORT)`` in ``text``, in text order."""
    out = []
    for m in _CANDIDATE.finditer(text):
        short = m.group(1).strip()
        if not _is_short_form(short):
            continue
        open_paren = m.start()
        window_start = max(0, open_paren - 200)
        head = text[window_start:open_paren]
        stops = list(_STOP.finditer(head))
        if stops:
            window_start += stops[-1].end()
        words = list(_WORD.finditer(text, window_start, open_paren))
        if not words:
            continue
        words = words[-min(len(short) + 5, 2 * len(short)):]
        begin, end = words[0].start(), words[-1].end()
        start = _match_start(short, text[begin:end])
        if start < 0:
            continue
        long_begin = next(w.start() for w in reversed(words) if w.start() <= begin + start)
        if end - long_begin > len(short) and text[long_begin:end].lower() != short.lower():
            out.append(Definition(m.start(1), m.start(1) + len(short), long_begin, end))
    return out


def short_form_occurrences(text: str, short: str) -> list[tuple[int, int]]:
    """Every whole-word, case-sensitive occurrence of ``short`` in ``text``."""
    rx = re.compile(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])")
    return [m.span() for m in rx.finditer(text)]
