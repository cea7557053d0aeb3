"""CRF named-entity recognizer: finds the chemicals, drugs and diseases a lexicon misses.

Reads the CAS's Sentences and BaseTokens (:mod:`ctakes_py.ner.tokens`), tags each sentence
with a trained CRF (:mod:`ctakes_py.ner.model`; crfsuite file + JSON card, no pickle; a
stacked model tags twice, see :mod:`ctakes_py.ner.stacking`),
applies the model's document-level post-processing (abbreviation definitions, label
consistency) and writes one mention per entity: the card maps each label to a cTAKES type
(``Chemical`` -> ``MedicationMention``, ``Disease`` -> ``DiseaseDisorderMention``),
overridable with ``labelTypes``. Mentions carry ``discoveryTechnique`` = 3
(``CONST.NE_DISCOVERY_TECH_EXPLICIT_AE``; dictionary lookup uses 1), ``confidence`` = the
mean marginal probability of the entity's tags, polarity 1 and subject ``patient``.

``merge`` decides how CRF mentions meet dictionary mentions (``discoveryTechnique`` 1) of
the same type already in the CAS:

- ``dedupe`` (default): a CRF mention with the same span as a dictionary mention is not added;
- ``keep``: every CRF mention is added;
- ``prefer-dictionary``: a CRF mention overlapping a dictionary mention is not added;
- ``prefer-crf``: dictionary mentions overlapping a CRF mention are removed (one with the same
  span first gives its UMLS concepts to the CRF mention).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..errors import ResourceError
from ..label_map import parse_label_map
from ..lexicon.semantic import mention_type_id
from ..ner.tagger import Entity, NerTagger
from ..typesystem import (
    BASE_TOKEN,
    DICT_LOOKUP,
    DISEASE_DISORDER_MENTION,
    EXPLICIT_AE,
    IDENTIFIED_ANNOTATION,
    MEDICATION_MENTION,
    SENTENCE,
)

MERGE_MODES = ("dedupe", "keep", "prefer-dictionary", "prefer-crf")
POSTPROCESS = ("abbreviations", "consistency", "remove_undefined_abbreviations")
_TEXTSEM = "org.apache.ctakes.typesystem.type.textsem."


def _expand(type_name: str) -> str:
    return type_name if "." in type_name else _TEXTSEM + type_name


class CrfNer(Annotator):
    """Adds CRF-found mentions (see the module docstring)."""

    parameters = (
        Parameter("labelTypes", "String", multi_valued=True, default=(),
                  description="LABEL=Type overrides of the model card's label -> mention type map "
                              "(e.g. Chemical=MedicationMention; short names are textsem types)."),
        Parameter("labels", "String", multi_valued=True, default=(),
                  description="Create mentions only for these model labels; empty: all."),
        Parameter("merge", "String", default="dedupe",
                  description="How CRF mentions meet dictionary mentions of the same type: dedupe, keep, "
                              "prefer-dictionary or prefer-crf."),
        Parameter("postprocess", "String", multi_valued=True, default=(),
                  description="Document-level passes to run: abbreviations, consistency, "
                              "remove_undefined_abbreviations, or none; empty: the model card's choice."),
        Parameter("confidence", "Boolean", default=True,
                  description="Compute each mention's confidence from the CRF marginals (slower)."),
        Parameter("minimumConfidence", "Float", default=0.0,
                  description="Drop mentions whose confidence is below this (needs confidence=true)."),
        Parameter("trimLeadingWords", "String", multi_valued=True, default=(),
                  description="Words cut off the front of an entity, case-insensitive (e.g. no, denies: a "
                              "negation cue is context for the assertion step, not part of the finding); an "
                              "entity made only of them is dropped; empty: spans as tagged."),
    )
    resources = (
        ExternalResource("model", "A CRF NER model folder (model.crfsuite + card.json).", default="models/bc5cdr"),
        ExternalResource("lexicon", "Gazetteer lexicon folder; default: the one named in the model card.",
                         optional=True),
    )
    inputs = (BASE_TOKEN, SENTENCE)
    outputs = (MEDICATION_MENTION, DISEASE_DISORDER_MENTION)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        if self.merge not in MERGE_MODES:
            raise ResourceError(f"merge must be one of {MERGE_MODES}, not {self.merge!r}",
                                file=context.descriptor, element="merge")
        lexicon = context.resources.get("lexicon")
        self.tagger = NerTagger(Path(context.get_resource("model")), context.typesystem,
                                lexicon=Path(lexicon) if lexicon else None, postprocess=self._postprocess(context))
        card = self.tagger.model.card
        label_types = {k: _expand(v) for k, v in card.label_types.items()}
        try:
            label_types.update((k, _expand(v)) for k, v in parse_label_map(self.labelTypes).items())
        except ValueError as exc:
            raise ResourceError(f"labelTypes: {exc}", file=context.descriptor, element="labelTypes") from None
        wanted = set(self.labels or ()) or set(card.labels)
        ts = context.typesystem
        for type_name in label_types.values():
            if not ts.contains_type(type_name):
                raise ResourceError(f"mention type {type_name!r} is not in the type system",
                                    file=context.descriptor, element="labelTypes")
        self.types = {label: ts.get_type(t) for label, t in label_types.items() if label in wanted}
        words = sorted({w.strip() for w in self.trimLeadingWords or () if w.strip()}, key=len, reverse=True)
        self.leading = re.compile(r"(?:(?:" + "|".join(map(re.escape, words)) + r")\b[\s,:;]*)+",
                                  re.IGNORECASE) if words else None

    def _postprocess(self, context: UimaContext) -> dict[str, Any] | None:
        chosen = [p.strip() for p in (self.postprocess or ()) if p.strip()]
        if not chosen:
            return None
        unknown = set(chosen) - set(POSTPROCESS) - {"none"}
        if unknown:
            raise ResourceError(f"unknown postprocess pass(es) {sorted(unknown)}", file=context.descriptor,
                                element="postprocess", fix=f"use {POSTPROCESS} or none")
        return {p: p in chosen for p in POSTPROCESS}

    def process(self, cas: Cas) -> None:
        entities = self.tagger.entities(cas, confidence=bool(self.confidence))
        cas.add_all(self._mentions(cas, self.trimmed(cas, entities), bool(self.confidence)))

    def trimmed(self, cas: Cas, entities: list[Entity]) -> list[Entity]:
        """``entities`` without their ``trimLeadingWords`` (dropped when nothing is left)."""
        if self.leading is None:
            return entities
        text, out = cas.sofa_string or "", []
        for ent in entities:
            cut = self.leading.match(text, ent.begin, ent.end)
            if cut is None or cut.end() == ent.begin:
                out.append(ent)
            elif cut.end() < ent.end:
                out.append(ent._replace(begin=cut.end()))
        return out

    def _mentions(self, cas: Cas, entities: list[Any], scored: bool) -> list[Any]:
        """The mentions to add for ``entities`` (merged with the dictionary's per ``merge``;
        with ``scored``, those below ``minimumConfidence`` are left out)."""
        by_type: dict[str, list[Any]] = {}
        for m in cas.select(IDENTIFIED_ANNOTATION):
            if m.discoveryTechnique == DICT_LOOKUP:
                by_type.setdefault(m.type.name, []).append(m)
        out = []
        for ent in entities:
            type_ = self.types.get(ent.label)
            if type_ is None or (scored and ent.confidence < (self.minimumConfidence or 0.0)):
                continue
            mention = self._merge(cas, ent, type_, by_type.get(type_.name, []))
            if mention is not None:
                out.append(mention)
        return out

    def _merge(self, cas: Cas, ent: Any, type_: Any, same_type: list[Any]) -> Any:
        """The CRF mention to add (or None), removing dictionary mentions for prefer-crf."""
        exact = [m for m in same_type if m.begin == ent.begin and m.end == ent.end]
        overlapping = [m for m in same_type if m.begin < ent.end and ent.begin < m.end]
        if self.merge == "dedupe" and exact:
            return None
        if self.merge == "prefer-dictionary" and overlapping:
            return None
        concepts = None
        if self.merge == "prefer-crf":
            concepts = exact[0].ontologyConceptArr if exact else None
            for m in overlapping:
                cas.remove(m)
                same_type.remove(m)
        return new_mention(type_, ent, EXPLICIT_AE, concepts)


def new_mention(type_: Any, ent: Any, technique: int, concepts: Any = None) -> Any:
    """A mention of ``type_`` (a cassis Type) for a tagged entity (``begin``, ``end``,
    ``confidence``): affirmed, about the patient, found by ``technique``."""
    return type_(begin=ent.begin, end=ent.end, typeID=mention_type_id(type_.name), discoveryTechnique=technique,
                 confidence=float(ent.confidence), polarity=1, uncertainty=0, historyOf=0, conditional=False,
                 generic=False, subject="patient", ontologyConceptArr=concepts)
