"""negspacy, two ways: its clinical termsets as trigger rules for the ConText engine, and
its ``Negex`` spaCy component run on a ``Doc`` built from the CAS tokens (no model).

:func:`termset_rules` turns a negspacy termset (``en_clinical``) into rules: preceding ->
NEGATED forward, following -> NEGATED backward, pseudo -> PSEUDO, termination ->
TERMINATE for NEGATED and POSSIBLE. The trigger files may re-classify or drop any of them
(see :func:`ctakes_py.assertion.rules.merge_rules`).

:class:`NegexRunner` is the ``negationEngine=negspacy`` path: one spaCy ``Doc`` per
document from the view's tokens (sentence starts from our sentences, each mention a span
in ``doc.spans``), negspacy's component decides polarity.
"""
from __future__ import annotations

from typing import Sequence

from ..errors import ResourceError
from .rules import TriggerRule, normalize_phrase
from .token_view import TokenView

_KINDS = {
    "preceding_negations": ("NEGATED", "forward"),
    "following_negations": ("NEGATED", "backward"),
    "pseudo_negations": ("PSEUDO", "-"),
    "termination": ("TERMINATE", "-"),
}


def _termset(name: str) -> dict[str, list[str]]:
    from negspacy.termsets import LANGUAGES
    if name not in LANGUAGES:
        raise ResourceError(f"negspacy has no termset {name!r}",
                            fix=f"use one of {sorted(LANGUAGES)} or '' for none")
    return LANGUAGES[name]


def termset_rules(name: str, tokenize) -> list[TriggerRule]:
    """negspacy's termset ``name`` as trigger rules (empty name: none)."""
    if not name:
        return []
    rules = []
    for kind, phrases in _termset(name).items():
        category, direction = _KINDS[kind]
        stops = frozenset({"NEGATED", "POSSIBLE"}) if category == "TERMINATE" else frozenset()
        for phrase in phrases:
            normalized = normalize_phrase(phrase, tokenize)
            if normalized:
                rules.append(TriggerRule(normalized, category, direction, stops=stops,
                                         source=f"negspacy:{name}:{kind}"))
    return rules


class NegexRunner:
    """negspacy's ``Negex`` on a spaCy ``Doc`` built from our tokens."""

    SPAN_KEY = "ctakes_mentions"

    def __init__(self, termset: str = "en_clinical") -> None:
        import negspacy.negation  # noqa: F401  (registers the "negex" factory)
        import spacy
        self.nlp = spacy.blank("en")
        self.negex = self.nlp.add_pipe("negex", config={
            "neg_termset": {k: list(v) for k, v in _termset(termset or "en_clinical").items()},
            "span_keys": [self.SPAN_KEY], "extension_name": "ctakes_negex"})

    def negated(self, document: str, view: TokenView, sentences: Sequence[tuple[int, int]],
                mentions: Sequence[tuple[int, int]]) -> list[tuple[int, int, int] | None]:
        """Per mention: ``(trigger_start, trigger_end, mention)`` token indices of the
        trigger that negated it (None: not negated)."""
        from spacy.tokens import Doc, Span
        if not len(view):
            return [None] * len(mentions)
        words = [document[b:e] for b, e in zip(view.begins, view.ends)]
        spaces = [view.begins[i + 1] > view.ends[i] for i in range(len(words) - 1)] + [False]
        starts = [False] * len(words)
        for start, _ in sentences:
            if start < len(words):
                starts[start] = True
        starts[0] = True
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
        valid = [i for i, (b, e) in enumerate(mentions) if e > b]
        doc.spans[self.SPAN_KEY] = [Span(doc, *mentions[i], label="MENTION") for i in valid]
        doc = self.negex(doc)
        preceding, following, _ = self.negex.process_negations(doc)
        out: list[tuple[int, int, int] | None] = [None] * len(mentions)
        for index, span in zip(valid, doc.spans[self.SPAN_KEY]):
            if span._.ctakes_negex:
                out[index] = self._nearest(span, preceding, following) + (index,)
        return out

    @staticmethod
    def _nearest(span, preceding, following) -> tuple[int, int]:
        before = [(s, e) for _, s, e in preceding if s < span.start]
        if before:
            return max(before)
        after = [(s, e) for _, s, e in following if e > span.end]
        return min(after) if after else (span.start, span.end)
