"""Run expensive patterns only where they can match.

A pattern with a long alternation (kinship nouns, concept phrases) is slow to try at every
character of a note. Every match of such a pattern contains one of a few trigger words
(its head noun, a phrase's longest word), so one Aho-Corasick pass over the lower-cased
text finds the trigger words, and the pattern runs only in windows around them.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

import ahocorasick

_WORD_TAIL = re.compile(r"[\w'’-]*")


class TriggerWindows:
    """Whole-word trigger hits widened by ``before``/``after`` characters, merged."""

    def __init__(self, words: Iterable[str], before: int, after: int) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in {w.lower() for w in words if w}:
            self.automaton.add_word(word, len(word))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()
        self.before, self.after = before, after

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Sorted, disjoint ``(begin, end)`` windows (the whole text if lower-casing changes
        its length, so offsets would not line up)."""
        lower = text.lower()
        if len(lower) != len(text):
            return [(0, len(text))]
        if self.empty:
            return []
        spans = []
        for last, length in self.automaton.iter(lower):
            start, end = last - length + 1, last + 1
            if (start > 0 and lower[start - 1].isalnum()) or (end < len(lower) and lower[end].isalnum()):
                continue
            spans.append((max(0, start - self.before), _WORD_TAIL.match(text, min(len(text), end + self.after)).end()))
        out: list[tuple[int, int]] = []
        for begin, stop in sorted(spans):
            if out and begin <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], stop))
            else:
                out.append((begin, stop))
        return out

    def finditer(self, pattern: re.Pattern, text: str,
                 windows: list[tuple[int, int]] | None = None) -> Iterator[re.Match]:
        """``pattern``'s matches inside the trigger windows, in text order."""
        for begin, end in (self.windows(text) if windows is None else windows):
            yield from pattern.finditer(text, begin, end)
