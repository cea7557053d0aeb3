"""One text analysis for lexicon terms and note text, so that both sides agree.

Text is cut into *units* (runs of letters and digits, lower-cased, accents folded) and
*barriers* (punctuation that ends a phrase: ``. , ; : ( ) [ ] "`` and the like). Joining
punctuation inside words (``-``, ``'``, ``/``) and whitespace only separate units. A term
key is its units joined by single spaces with ``|`` for each barrier, e.g.
``"Crohn's disease"`` -> ``"crohn s disease"``, ``"diabetes mellitus, type 2"`` ->
``"diabetes mellitus | type 2"``. A note is turned into the same string, padded with
spaces, and a lexicon key ``" " + key + " "`` can then only match whole units: no match
inside a word, and none across a barrier unless the term has that barrier too.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import NamedTuple

BARRIER = "|"
# A unit, or a barrier: brackets/quotes/sentence punctuation, and . , : unless a word
# character follows (so "2.5" and "e.coli" stay joined, "cancer." ends a phrase).
_BARRIER_CHAR = r"[()\[\]{}<>\"“”«»;!?|=+*&#@%$~^\\—]|[.,:](?!\w)"
_ANALYZE = re.compile(rf"([^\W_]+)|({_BARRIER_CHAR})")
# The same for a note, with a run of barriers (". (" ) as one match; and the same again
# for lower-case ASCII text, which the re module matches faster than Unicode classes.
_DOCUMENT = re.compile(rf"[^\W_]+|(?:{_BARRIER_CHAR})(?:\s*(?:{_BARRIER_CHAR}))*")
_ASCII_BARRIER = r"[()\[\]{}<>\";!?|=+*&#@%$~^\\]|[.,:](?![a-z0-9_])"
_DOCUMENT_ASCII = re.compile(rf"[a-z0-9]+|(?:{_ASCII_BARRIER})(?:[ \t\n\r\f\v]*(?:{_ASCII_BARRIER}))*")
# The same as one capturing group: ``split`` then gives gap, item, gap, ..., gap.
_SPLIT = re.compile(f"({_DOCUMENT.pattern})")
_SPLIT_ASCII = re.compile(f"({_DOCUMENT_ASCII.pattern})")
UNIT = re.compile(r"[^\W_]+")
# Punctuation that joins parts of one word and never acts as a barrier in token mode.
JOINERS = frozenset("-‐‑‒–'’‘/_")


class Unit(NamedTuple):
    """A unit (``text`` set) or a barrier (``text`` None) at ``[begin, end)`` of the source."""

    begin: int
    end: int
    text: str | None


def fold_unit(unit: str) -> str:
    """Lower-case a unit and strip accents (``Sjögren`` -> ``sjogren``)."""
    low = unit.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def analyze(text: str, begin: int = 0, end: int | None = None) -> list[Unit]:
    """Units and barriers of ``text[begin:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [
        Unit(m.start(), m.end(), fold_unit(m.group(1)) if m.group(1) else None)
        for m in _ANALYZE.finditer(text, begin, stop)
    ]


def key_from_units(units: Iterable[str | None]) -> str:
    """Join unit texts (None = barrier) into a key: runs of barriers collapse to one,
    leading and trailing barriers are dropped."""
    parts: list[str] = []
    for unit in units:
        if unit is None:
            if parts and parts[-1] != BARRIER:
                parts.append(BARRIER)
        else:
            parts.append(unit)
    if parts and parts[-1] == BARRIER:
        parts.pop()
    return " ".join(parts)


def term_key(text: str) -> str:
    """The lookup key of a term (``""`` when it has no letters or digits): the same units
    a note gets in the lookup (:func:`document_units`, cut where our tokenizer starts a
    token inside a letter/digit run, e.g. ``10mg`` -> ``10 mg``)."""
    from ..annotators.tokenizer import tokenize  # the tokenizer the default pipeline runs

    words, begins, ends = document_units(text)
    cuts = {t.begin for t in tokenize(text)}.difference(begins)
    if cuts:
        split_at(sorted(cuts), words, begins, ends)
    return key_from_units(w if w[0].isalnum() else None for w in words)


def key_units(key: str) -> list[str]:
    """The units of a key, barriers excluded."""
    return [u for u in key.split(" ") if u and u != BARRIER]


def document_units(text: str) -> tuple[list[str], list[int], list[int]]:
    """Units of a whole note as three parallel lists: folded unit text (a run of barriers
    is one item starting with a non-alphanumeric character), begin and end offsets.

    Same cut as :func:`analyze`, built with one compiled-regex split (gaps and items
    alternate, so running sums of their lengths are the offsets) rather than a per-unit
    Python loop."""
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lower case is longer: fold per unit
        low = text
    ascii_lower = low.isascii() and low is not text
    parts = (_SPLIT_ASCII if ascii_lower else _SPLIT).split(low)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    if not ascii_lower:
        words = [w if w.isascii() and w.islower() else fold_unit(w) for w in words]
    return words, offsets[0:-1:2], offsets[1::2]


def split_at(points: list[int], words: list[str], begins: list[int], ends: list[int]) -> None:
    """Cut the units (of :func:`document_units`) that contain one of ``points`` (sorted
    offsets), in place."""
    for point in reversed(points):
        i = bisect_right(begins, point) - 1
        if i < 0 or not begins[i] < point < ends[i] or not words[i][0].isalnum():
            continue
        cut = point - begins[i]
        words[i:i + 1] = [words[i][:cut], words[i][cut:]]
        begins.insert(i + 1, point)
        ends.insert(i, point)
