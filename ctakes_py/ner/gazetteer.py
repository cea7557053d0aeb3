"""Gazetteer feature: dictionary-lookup matches as per-token tags.

A :class:`Gazetteer` runs the :class:`~ctakes_py.annotators.dictionary.DictionaryLookup`
matcher (all-overlaps consumer, so a term inside a longer term still shows) over a CAS
and marks each NER token with ``B-GROUP`` / ``I-GROUP`` for every semantic group whose
match covers it (``DRUG``, ``DISORDER``, ``FINDING``...). The settings are recorded in the
model card so tagging computes the feature exactly as training did.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any

from cassis import Cas

from ..annotator import UimaContext
from ..annotators.dictionary import DictionaryLookup
from .tokens import NerDocument

DEFAULT_SETTINGS: dict[str, Any] = {
    "consumer": "default", "plurals": True, "permutations": True, "abbreviationDefinitions": True,
    "minimumSpan": 3,
}


class Gazetteer:
    """Dictionary-lookup tags for NER tokens; ``lexicon`` is a lexicon folder."""

    def __init__(self, lexicon: Path, typesystem: Any, settings: dict[str, Any] | None = None) -> None:
        self.settings = dict(DEFAULT_SETTINGS, **(settings or {}))
        self.lookup = DictionaryLookup()
        self.lookup.initialize(UimaContext(parameters=dict(self.settings), resources={"lexicon": Path(lexicon)},
                                           typesystem=typesystem, key="CrfNer.gazetteer"))

    def matches(self, cas: Cas) -> list[tuple[int, int, str]]:
        """``(begin, end, group)`` of every lexicon match in the CAS."""
        return [(b, e, g) for b, e, g, _ in self.lookup.find(cas)]

    def annotate(self, cas: Cas, doc: NerDocument) -> None:
        """Fill ``doc.gazetteer`` from the matches in ``cas``."""
        doc.gazetteer = token_tags(doc.tokens, self.matches(cas))


def token_tags(tokens: list[tuple[int, int]], matches: list[tuple[int, int, str]]) -> list[tuple[str, ...]]:
    """One tuple of ``B-GROUP``/``I-GROUP`` tags per token (sorted, no duplicates)."""
    tags: list[set[str]] = [set() for _ in tokens]
    begins = [b for b, _ in tokens]
    ends = [e for _, e in tokens]
    for begin, end, group in matches:
        first, last = bisect_right(ends, begin), bisect_left(begins, end) - 1
        for i in range(first, last + 1):
            tags[i].add(("B-" if i == first else "I-") + group)
    return [tuple(sorted(t)) for t in tags]
