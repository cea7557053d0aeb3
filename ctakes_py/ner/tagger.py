"""Tagging a document with a CRF model: features, Viterbi, spans, post-processing.

:class:`NerTagger` ties a :class:`~.model.CrfModel` to the gazetteer and feature extractor
its card names, and returns :class:`Entity` spans for a CAS (tokens and sentences are read
from the CAS; see :mod:`.tokens`). Post-processing (:mod:`.consistency`) follows the
card's ``postprocess`` switches unless overridden.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from cassis import Cas, TypeSystem

from ..errors import ResourceError
from ..resources import resolve_location
from .bio import tags_to_spans
from .consistency import propagate_abbreviations, propagate_strings
from .features import FeatureExtractor
from .gazetteer import Gazetteer
from .model import CrfModel
from .stacking import stage2_items, tag_sentences
from .tokens import NerDocument, document_from_cas


class Entity(NamedTuple):
    begin: int
    end: int
    label: str
    confidence: float


class NerTagger:
    """Tags documents with a model folder's CRF (``lexicon`` overrides the card's)."""

    def __init__(self, model: CrfModel | str | Path, typesystem: TypeSystem,
                 lexicon: Path | None = None, postprocess: dict[str, Any] | None = None) -> None:
        self.model = model if isinstance(model, CrfModel) else CrfModel(model)
        card = self.model.card
        self.extractor = FeatureExtractor(card.features, self.model.clusters)
        self.gazetteer = None
        if card.features.gazetteer and card.gazetteer:
            folder = lexicon or resolve_location(card.gazetteer["lexicon"])
            if folder is None:
                raise ResourceError(f"gazetteer lexicon {card.gazetteer['lexicon']!r} of the model is not found",
                                    file=str(self.model.folder / "card.json"),
                                    fix="bind the CrfNer 'lexicon' resource to the lexicon folder")
            self.gazetteer = Gazetteer(Path(folder), typesystem, card.gazetteer.get("settings"))
        self.postprocess = dict(card.postprocess, **(postprocess or {}))

    def document(self, cas: Cas) -> NerDocument:
        """The CRF's view of ``cas`` with the gazetteer tags filled in."""
        doc = document_from_cas(cas)
        if self.gazetteer is not None:
            self.gazetteer.annotate(cas, doc)
        return doc

    def tag_document(self, doc: NerDocument, marginals: bool = False) -> tuple[list[str], list[dict[str, float]]]:
        """Document-level BIO tags (and per-token marginals when asked)."""
        return self.tag_items(doc, self.extractor.document(doc), marginals)

    def final_items(self, doc: NerDocument, sentences: list) -> list:
        """The attribute lists the model tags: ``sentences`` (from the extractor), extended
        by a stacked model's first stage with :mod:`.stacking` features."""
        if self.model.stage1 is None:
            return sentences
        return stage2_items(doc, sentences, tag_sentences(self.model.stage1, sentences))

    def tag_items(self, doc: NerDocument, sentences: list, marginals: bool = False
                  ) -> tuple[list[str], list[dict[str, float]]]:
        """Tags of a document whose per-sentence extractor attribute lists are ``sentences``."""
        sentences = self.final_items(doc, sentences)
        tags: list[str] = []
        margs: list[dict[str, float]] = []
        for items in sentences:
            if not items:
                continue
            if marginals:
                t, m = self.model.tag_with_marginals(items)
                margs.extend(m)
            else:
                t = self.model.tag(items)
            tags.extend(t)
        return tags, margs

    def spans(self, doc: NerDocument, tags: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans from tags, after the enabled post-processing passes."""
        spans = tags_to_spans(doc.tokens, tags)
        if self.postprocess.get("abbreviations"):
            spans = propagate_abbreviations(doc.text, spans, doc.tokens,
                                            bool(self.postprocess.get("remove_undefined_abbreviations")))
        if self.postprocess.get("consistency"):
            spans = propagate_strings(doc.text, spans, doc.tokens)
        return spans

    def entities(self, cas: Cas, confidence: bool = True) -> list[Entity]:
        """Entities of one CAS; ``confidence`` is the mean marginal probability of the
        entity's ``B-``/``I-`` labels over its tokens (1.0 when not computed)."""
        doc = self.document(cas)
        tags, margs = self.tag_document(doc, marginals=confidence)
        spans = self.spans(doc, tags)
        if not confidence:
            return [Entity(b, e, label, 1.0) for b, e, label in spans]
        return entity_confidences(doc, spans, margs)


def entity_confidences(doc: NerDocument, spans: list[tuple[int, int, str]], margs: list[dict[str, float]]
                       ) -> list[Entity]:
    """Entities of ``spans`` with the mean marginal of their ``B-``/``I-`` labels as confidence."""
    starts = {b: i for i, (b, _) in enumerate(doc.tokens)}
    out = []
    for b, e, label in spans:
        i = starts[b]
        probs = [margs[i].get("B-" + label, 0.0)]
        i += 1
        while i < len(doc.tokens) and doc.tokens[i][0] < e:
            probs.append(margs[i].get("I-" + label, 0.0))
            i += 1
        out.append(Entity(b, e, label, round(sum(probs) / len(probs), 4)))
    return out
