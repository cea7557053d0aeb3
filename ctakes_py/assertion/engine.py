"""The ConText-style engine: trigger matches + scope -> one decision per mention and feature.

Per sentence, every trigger whose scope reaches a mention proposes a value for the feature
its category sets; per (mention, feature) the nearest proposing trigger decides (for
``subject`` that is the whole rule: ``his brother ... the patient has X`` is the patient's;
for the yes/no features any trigger suffices and the nearest is kept as the cue). A short
sentence ending in a colon (``PAST MEDICAL HISTORY:``) is joined to the next one, as
headers are split off as sentences of their own.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Sequence

from .matcher import TriggerMatch, TriggerMatcher
from .rules import TriggerRule
from .scope import ScopeSettings, SentenceScope
from .token_view import TokenView

HEADER_MAX_TOKENS = 8


@dataclass(frozen=True)
class Decision:
    """Feature ``attribute`` of mention number ``mention`` gets ``value``, because of
    ``rule`` matched at tokens ``match`` (both None for decisions made elsewhere)."""

    mention: int
    attribute: str
    value: str
    rule: TriggerRule | None = None
    match: TriggerMatch | None = None
    distance: int = 0


def join_headers(sentences: Sequence[tuple[int, int]], words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of sentences, a short one that ends in ``:`` joined to its successor."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end in sentences:
        if carry is not None:
            start, carry = carry, None
        if end - start <= HEADER_MAX_TOKENS and end > start and words[end - 1] == ":":
            carry = start
            continue
        out.append((start, end))
    if carry is not None:
        out.append((carry, sentences[-1][1]))
    return out


class ContextEngine:
    """Trigger rules compiled once; :meth:`assess` runs them over one document."""

    def __init__(self, rules: Iterable[TriggerRule], settings: ScopeSettings = ScopeSettings()) -> None:
        rules = list(rules)
        self.settings = settings
        self.skip_words = frozenset(r.phrase for r in rules if r.category == "SKIP")
        self.list_words = frozenset(r.phrase for r in rules if r.category == "LIST")
        self.rules = [r for r in rules if r.category not in ("SKIP", "LIST", "IGNORE")]
        self.matcher = TriggerMatcher(self.rules)

    def assess(self, view: TokenView, sentences: Sequence[tuple[int, int]],
               mentions: Sequence[tuple[int, int]]) -> list[Decision]:
        """Decisions for ``mentions`` (token ranges ``[start, end)`` in ``view``), given
        sentence token ranges (sorted). Mentions outside every sentence get none."""
        matches = self.matcher.find(view)
        match_starts = [m.start for m in matches]
        spans = join_headers(sentences, view.words)
        sentence_starts = [s for s, _ in spans]
        by_sentence: dict[int, list[int]] = {}
        for index, (begin, end) in enumerate(mentions):
            k = bisect_left(sentence_starts, begin + 1) - 1
            if end > begin and k >= 0 and begin < spans[k][1]:
                by_sentence.setdefault(k, []).append(index)
        decisions: list[Decision] = []
        for k, members in by_sentence.items():
            start, end = spans[k]
            inside = matches[bisect_left(match_starts, start):bisect_left(match_starts, end)]
            if not any(r.attribute for m in inside for r in m.rules):
                continue
            scope = SentenceScope(view.words, start, end, inside, self.skip_words, self.list_words,
                                  self.settings)
            for index in members:
                decisions.extend(self._decide(index, mentions[index], scope))
        return decisions

    @staticmethod
    def _decide(index: int, span: tuple[int, int], scope: SentenceScope) -> list[Decision]:
        begin, end = span
        best: dict[str, Decision] = {}
        for match in scope.reachable(begin, end):
            if match.start < end and begin < match.end:
                continue  # a trigger inside the mention is part of its name
            for rule in match.rules:
                attribute = rule.attribute
                if attribute is None:
                    continue
                distance = scope.distance(rule, match, begin, end)
                if distance is None:
                    continue
                current = best.get(attribute)
                if current is None or distance < current.distance:
                    best[attribute] = Decision(index, attribute, rule.feature_value, rule, match, distance)
        return list(best.values())
