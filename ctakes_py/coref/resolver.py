"""Person coreference for one document: mention detection, the sieves, then the
mention-pair classifier with best-first clustering.

For each mention in text order the sieves (:mod:`ctakes_py.coref.sieves`) decide or
abstain; a pronoun they leave open (two or more compatible candidate entities) is scored
against the first mention of each ranked candidate entity by the pair model and joins the
entity of the best-scoring one (best-first: a pronoun always has an antecedent). Without a
model, the best-ranked candidate wins (the deterministic ranking alone).

Training (:mod:`ctakes_py.coref.training`) runs the same loop with a *teacher* that knows
the gold cluster of each mention: the pairs met at the classifier step are recorded with
their gold labels, and the gold choice is followed so later decisions see a gold history.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .discourse import FAMILY_SECTIONS, Discourse, ReportingFinder
from .features import pair_features
from .lexicon import CorefLexicon
from .mentions import PRONOUN, MentionDetector, PersonMention
from .model import PairModel
from .relations import SELF, UNKNOWN
from .sieves import SIEVES, Entity, State, ranked_entities

Teacher = Callable[[int], "str | None"]


@dataclass
class Resolution:
    """Result for one document: mentions, their entity ids, the entities, how each mention
    was placed (sieve name or ``classifier`` / ``ranking``)."""

    mentions: list[PersonMention]
    entity_of: list[int]
    entities: list[Entity]
    discourse: Discourse
    decided_by: list[str] = field(default_factory=list)

    def clusters(self) -> list[list[int]]:
        """Mention indices per entity that has mentions, in order of first mention."""
        out: dict[int, list[int]] = {}
        for index, entity in enumerate(self.entity_of):
            out.setdefault(entity, []).append(index)
        return list(out.values())

    def role(self, entity_id: int) -> str:
        """``patient``, a kinship relation to the patient, ``relative``, ``clinician`` or ``other``."""
        entity = self.entities[entity_id]
        if entity.relation == SELF:
            return "patient"
        if entity.relation:
            return entity.relation
        return entity.category or "other"


class CorefResolver:
    """Built once (patterns compiled, model loaded); :meth:`resolve` per document."""

    def __init__(self, lexicon: CorefLexicon | None = None, model: PairModel | None = None,
                 family_sections: frozenset[str] = FAMILY_SECTIONS) -> None:
        self.lexicon = lexicon or CorefLexicon.load()
        self.detector = MentionDetector(self.lexicon)
        self.reporting = ReportingFinder(self.lexicon.reporting_verbs)
        self.model = model
        self.family_sections = family_sections
        self.examples: list[tuple[list[float], int]] = []

    def discourse(self, text: str, sentences: Sequence[tuple[int, int]] = (),
                  sections: Sequence[tuple[int, int, str]] = ()) -> Discourse:
        sentences = sorted(sentences) or _fallback_sentences(text)
        mentions = self.detector.detect(text, [b for b, _ in sentences])
        return Discourse.build(text, mentions, sentences, sorted(sections), self.reporting, self.family_sections)

    def resolve(self, text: str, sentences: Sequence[tuple[int, int]] = (),
                sections: Sequence[tuple[int, int, str]] = (), teacher: Teacher | None = None) -> Resolution:
        """Detect and resolve the person mentions of ``text``; ``sentences``: ``(begin, end)``;
        ``sections``: ``(begin, end, section id)``."""
        return self.resolve_discourse(self.discourse(text, sentences, sections), teacher)

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]] = (),
                      sections: Sequence[tuple[int, int, str]] = ()) -> Resolution:
        """Resolve given mention spans (from the CAS, or gold ones)."""
        sentences = sorted(sentences) or _fallback_sentences(text)
        mentions = self.detector.describe(text, spans, [b for b, _ in sentences])
        return self.resolve_discourse(Discourse.build(text, mentions, sentences, sorted(sections), self.reporting,
                                                      self.family_sections))

    def resolve_discourse(self, d: Discourse, teacher: Teacher | None = None) -> Resolution:
        """Place every mention of ``d`` in an entity (see the module docstring)."""
        state = State(d)
        decided = []
        for i in range(len(d.mentions)):
            how = "classifier"
            entity = None
            for sieve in SIEVES:
                entity = sieve(state, i)
                if entity is not None:
                    how = sieve.__name__
                    break
            if entity is None:
                entity, how = self._classify(state, i, teacher)
            state.assign(i, entity)
            decided.append(how)
        return Resolution(d.mentions, state.entity_of, state.entities, d, decided)

    def _classify(self, state: State, i: int, teacher: Teacher | None) -> tuple[int, str]:
        m = state.mentions[i]
        ranked = ranked_entities(state, m.begin, m.gender, m.form, exclude=i)
        if not ranked:
            return (0 if m.kind == PRONOUN else state.new(gender=m.gender)), "ranking"
        vectors = [pair_features(state, i, j, rank) for rank, (j, _) in enumerate(ranked)]
        if teacher is not None:
            return self._teach(state, i, ranked, vectors, teacher), "teacher"
        if self.model is None:
            return ranked[0][1], "ranking"
        scores = [self.model.probability(x) for x in vectors]
        best = max(range(len(ranked)), key=scores.__getitem__)
        return ranked[best][1], "classifier"

    def _teach(self, state: State, i: int, ranked: list[tuple[int, int]], vectors: list[list[float]],
               teacher: Teacher) -> int:
        gold = teacher(i)
        chosen = ranked[0][1]
        for (j, entity), x in zip(ranked, vectors):
            other = teacher(j)
            if gold is None or other is None:
                continue
            label = int(other == gold)
            self.examples.append((x, label))
            if label:
                chosen = entity
        return chosen


_SENTENCE_END = re.compile(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)(?<=[.!?])\s+|\n+")


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences when the CAS has none: cut after . ! ? and at line breaks."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out or [(0, len(text))]


__all__ = ["CorefResolver", "Resolution", "UNKNOWN"]
