"""Find trigger phrases in a :class:`TokenView`: one Aho-Corasick automaton for the
literal phrases plus one combined regex for the ``re:`` rows, then longest-match-wins
resolution of overlapping matches (so ``not ruled out`` beats ``not`` and ``ruled out``,
and a PSEUDO phrase silences every trigger it overlaps)."""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

import ahocorasick

from .rules import TriggerRule
from .token_view import TokenView


class TriggerMatch(NamedTuple):
    """Tokens ``[start, end)`` of a view matched by ``rules`` (all rows of one phrase)."""

    start: int
    end: int
    rules: tuple[TriggerRule, ...]


class TriggerMatcher:
    """Compiled trigger rules (every category except the word-set ones)."""

    def __init__(self, rules: Iterable[TriggerRule]) -> None:
        by_phrase: dict[str, list[TriggerRule]] = {}
        patterns: list[list[TriggerRule]] = []
        for rule in rules:
            if rule.is_regex:
                patterns.append([rule])
            else:
                by_phrase.setdefault(rule.phrase, []).append(rule)
        self._automaton = ahocorasick.Automaton() if by_phrase else None
        for phrase, group in by_phrase.items():
            self._automaton.add_word(f" {phrase} ", (len(phrase) + 2, tuple(group)))
        if self._automaton is not None:
            self._automaton.make_automaton()
        self._regex_rules = [tuple(group) for group in patterns]
        self._regex = None
        if patterns:
            body = "|".join(f"(?P<r{i}>{group[0].phrase})" for i, group in enumerate(patterns))
            self._regex = re.compile(f"(?<= )(?:{body})(?= )")

    def candidates(self, view: TokenView) -> list[TriggerMatch]:
        """Every match, overlapping ones included."""
        found: list[TriggerMatch] = []
        if self._automaton is not None:
            at_start = view.token_at_start
            for last, (length, rules) in self._automaton.iter(view.text):
                # ``last`` is the framing space after the phrase
                first = at_start[last - length + 2]
                end = view.token_at_end[last] + 1
                found.append(TriggerMatch(first, end, rules))
        if self._regex is not None:
            for m in self._regex.finditer(view.text):
                first = view.token_at_start.get(m.start())
                last = view.token_at_end.get(m.end())
                if first is not None and last is not None:
                    found.append(TriggerMatch(first, last + 1, self._regex_rules[int(m.lastgroup[1:])]))
        return found

    def find(self, view: TokenView) -> list[TriggerMatch]:
        """Non-overlapping matches in text order; of overlapping ones the longest wins,
        and of equally long ones the later (``were negative for``: ``negative for``;
        ``is not seen``: ``not seen``), as the later phrase is the one bound to the finding."""
        ranked = sorted(self.candidates(view), key=lambda m: (m.start - m.end, -m.start))
        taken = bytearray(len(view) + 1)
        kept = []
        for match in ranked:
            if not any(taken[match.start:match.end]):
                taken[match.start:match.end] = b"\x01" * (match.end - match.start)
                kept.append(match)
        kept.sort(key=lambda m: m.start)
        return kept
