"""Tolerant match of misspelled drug names ("rifaximan", "Trileptol", "levetiracitam").

A word is a misspelled drug when it is not an ordinary word (``known_words.txt``), not a
drug name itself, and within a small edit distance of a one-word drug name
(``drug_name_words.txt``; both lists built by ``scripts/build_medication_vocabulary.py``):
distance 1 for 5-7 letters, 2 for 8 letters or more, with the same first letter (writers
rarely misspell the first letter, and it halves the false matches).

Lookup uses a single-deletion index (the "symmetric delete" idea): every name is stored
under itself and each string made by deleting one of its letters; a word's own deletions
find every name one substitution, insertion, deletion or transposition away, and the names
two edits away when the edits are one insertion and one deletion (two substitutions are not
looked for: writers rarely make them and they multiply false matches). Candidates are then
checked with an exact (Damerau-)Levenshtein distance.
Whether the word stands in a medication context is the caller's business
(:mod:`.drugs`).
"""
from __future__ import annotations

from typing import Iterable

MIN_LENGTH = 5
LONG = 8  # from this length on, two edits are tolerated


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance of ``a`` and ``b`` (substitution, insertion,
    deletion, adjacent transposition); any value > ``limit`` is returned as ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


class DrugSpelling:
    """Drug names (lower case) and ordinary words; :meth:`match` finds the name a
    misspelled word stands for."""

    def __init__(self, names: Iterable[str], known_words: Iterable[str]) -> None:
        self.names = frozenset(n.lower() for n in names if len(n) >= MIN_LENGTH)
        self.known = frozenset(w.lower() for w in known_words)
        self.index: dict[str, list[str]] = {}
        for name in self.names:
            for key in _deletions(name) | {name}:
                self.index.setdefault(key, []).append(name)

    def __bool__(self) -> bool:
        return bool(self.names)

    def match(self, word: str) -> str | None:
        """The drug name ``word`` misspells, or None (also for known words and exact names)."""
        w = word.lower()
        if len(w) < MIN_LENGTH or not w.isalpha() or w in self.known or w in self.names:
            return None
        limit = 2 if len(w) >= LONG else 1
        best, best_d = None, limit + 1
        for key in _deletions(w) | {w}:
            for name in self.index.get(key, ()):
                if name[0] != w[0] or (len(name) < LONG and limit > 1 and len(w) - len(name) > 1):
                    continue
                d = edit_distance(w, name, limit if len(name) >= LONG else 1)
                if d < best_d or (d == best_d and best is not None and name < best):
                    best, best_d = name, d
        return best
