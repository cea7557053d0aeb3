"""Relation extraction with a trained feature-based model (:mod:`ctakes_py.relation`).

Builds candidate argument pairs from the CAS's mentions (the model card's argument types
and scope: same sentence, or one per concept pair of the document as BC5CDR CID scores
it), scores each with the model's logistic regression and writes a cTAKES
``BinaryTextRelation`` (``category`` = the task, e.g. ``ADE``, ``CID``, ``DOSAGE``;
``arg1``/``arg2`` ``RelationArgument`` s with the card's roles, ``Role:conceptId`` for
document scope, whose arguments are the concepts' first mentions; ``confidence`` = the
probability; ``discoveryTechnique`` 3) for every pair at or above the threshold.

A model card may ask for the sentence-context and pairing features (``feature_options.context``,
``feature_options.pairing``, see :func:`ctakes_py.relation.features.context_features` and
:func:`~ctakes_py.relation.features.pairing_features`), for candidates that nest a drug
inside its effect (``candidate_options.nested``), for a second-stage reranker (``reranker``: a
model subfolder scoring :func:`~ctakes_py.relation.features.rerank_features` of the first
stage's probabilities; its threshold then decides) and for overlap suppression
(``suppress_overlaps``: of sentence-scope pairs whose arguments overlap on both sides,
only the most probable is kept). ``dropUnrelatedTechniques`` removes the argument
mentions of those discoveryTechniques that end up in no relation (the alternative CRF
spans of :class:`ctakes_py.ner.soft.SoftCrfNer`, technique 4). ``skipNegated`` leaves out the pairs
whose argument in a role is negated by the assertion step (the ADE pipeline skips negated effects).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..errors import ResourceError
from ..relation.candidates import SCOPES, Candidate, expand_type
from ..relation.features import candidate_features, rerank_features
from ..relation.model import RelationModel
from ..relation.training import candidate_key, candidates_of, suppress_overlapping
from ..typesystem import (
    BASE_TOKEN,
    BINARY_TEXT_RELATION,
    EXPLICIT_AE,
    IDENTIFIED_ANNOTATION,
    RELATION_ARGUMENT,
    SENTENCE,
)

MODEL_TECHNIQUE = EXPLICIT_AE


class RelationExtractor(Annotator):
    """Adds BinaryTextRelations between mentions (see the module docstring)."""

    parameters = (
        Parameter("category", "String", default="",
                  description="Relation category to write; empty: the model's (ADE, CID, DOSAGE ...)."),
        Parameter("threshold", "Float", default=-1.0,
                  description="Minimum probability; negative: the threshold chosen at training."),
        Parameter("argumentTechniques", "Integer", multi_valued=True, default=(),
                  description="Use only argument mentions with one of these discoveryTechnique values "
                              "(1 dictionary, 2 gold, 3 CRF); empty: all."),
        Parameter("arg1Types", "String", multi_valued=True, default=(),
                  description="Override the model's arg1 mention types (short textsem names allowed)."),
        Parameter("arg2Types", "String", multi_valued=True, default=(),
                  description="Override the model's arg2 mention types."),
        Parameter("scope", "String", default="",
                  description="sentence or document; empty: the model's."),
        Parameter("window", "Integer", default=-1,
                  description="Maximum tokens between sentence-scope arguments (0: no limit; negative: the model's)."),
        Parameter("dropUnrelatedTechniques", "Integer", multi_valued=True, default=(),
                  description="Remove argument mentions with these discoveryTechnique values that are in no "
                              "relation (e.g. 4: alternative CRF spans); empty: keep all."),
        Parameter("skipNegated", "String", multi_valued=True, default=(),
                  description="arg1 and/or arg2: no relation whose argument there is negated (polarity -1; "
                              "document scope: every mention of the concept), e.g. arg2 for ADE: 'no rash "
                              "after amoxicillin' reports no adverse effect; empty: negation is only a feature."),
    )
    resources = (ExternalResource("model", "A relation model folder (model.json + card.json).", default="models/ade"),)
    inputs = (BASE_TOKEN, SENTENCE, IDENTIFIED_ANNOTATION)
    outputs = (BINARY_TEXT_RELATION, RELATION_ARGUMENT)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        folder = context.get_resource("model")
        self.model = RelationModel.load(folder)
        reranker = self.model.card.get("reranker")
        self.reranker = RelationModel.load(Path(folder) / reranker) if reranker else None
        config = self.model.config
        changes = {k: v for k, v in {
            "category": self.category or None,
            "arg1_types": list(self.arg1Types or ()) or None,
            "arg2_types": list(self.arg2Types or ()) or None,
            "scope": self.scope or None,
            "window": self.window if (self.window or 0) >= 0 else None}.items() if v is not None}
        self.config = replace(config, **changes)
        if self.config.scope not in SCOPES:
            raise ResourceError(f"scope must be one of {SCOPES}, not {self.config.scope!r}",
                                file=context.descriptor, element="scope")
        for name in self.config.arg1_types + self.config.arg2_types:
            if not context.typesystem.contains_type(expand_type(name)):
                raise ResourceError(f"argument type {name!r} is not in the type system",
                                    file=context.descriptor, element="arg1Types/arg2Types")
        decider = self.reranker or self.model
        self.cutoff = self.threshold if (self.threshold or 0) >= 0 else decider.threshold
        self.techniques = tuple(self.argumentTechniques or ())
        options = self.model.card.get("feature_options") or {}
        self.context, self.pairing = bool(options.get("context")), bool(options.get("pairing"))
        self.nested = bool((self.model.card.get("candidate_options") or {}).get("nested"))
        self.suppress = bool(self.model.card.get("suppress_overlaps")) and self.config.scope != "document"
        self.drop_unrelated = set(self.dropUnrelatedTechniques or ())
        self.skip_negated = tuple(self.skipNegated or ())
        if set(self.skip_negated) - {"arg1", "arg2"}:
            raise ResourceError(f"skipNegated takes arg1 and/or arg2, not {list(self.skip_negated)}",
                                file=context.descriptor, element="skipNegated")
        ts = context.typesystem
        self._relation, self._argument = ts.get_type(BINARY_TEXT_RELATION), ts.get_type(RELATION_ARGUMENT)
        self.candidates_seen = 0

    def process(self, cas: Cas) -> None:
        view, cands, mentions = candidates_of(cas, self.config, self.techniques, self.model.names, self.nested)
        if self.skip_negated:
            cands = [c for c in cands if not any(_negated(c, role) for role in self.skip_negated)]
        self.candidates_seen += len(cands)
        probs = [self.model.probability(candidate_features(view, cand, mentions, self.context, self.pairing))
                 for cand in cands]
        keys = [(0, *candidate_key(c, self.config)) for c in cands]
        if self.reranker is not None and self.config.scope != "document":
            probs = [self.reranker.probability(f) for f in rerank_features(probs, keys, [cas.sofa_string or ""])]
        chosen = suppress_overlapping(probs, keys) if self.suppress else range(len(cands))
        out, related = [], set()
        for i in chosen:
            cand, p = cands[i], probs[i]
            if p >= self.cutoff:
                related.update((id(cand.arg1), id(cand.arg2)))
                out.append(self._relation(
                    category=self.config.category, confidence=p, discoveryTechnique=MODEL_TECHNIQUE,
                    arg1=self._argument(argument=cand.arg1, role=_role(self.config.arg1_role, cand.key1)),
                    arg2=self._argument(argument=cand.arg2, role=_role(self.config.arg2_role, cand.key2))))
        cas.add_all(out)
        if self.drop_unrelated:
            self._drop_unrelated(cas, related)

    def _drop_unrelated(self, cas: Cas, related: set[int]) -> None:
        for m in list(cas.select(IDENTIFIED_ANNOTATION)):
            if m.discoveryTechnique in self.drop_unrelated and id(m) not in related:
                cas.remove(m)


def _negated(cand: Candidate, role: str) -> bool:
    """Whether the candidate's ``role`` argument (``arg1``/``arg2``) is negated: its mention, or
    for a document-scope concept every mention of it."""
    mentions = (cand.mentions1 if role == "arg1" else cand.mentions2) or [getattr(cand, role)]
    return all(getattr(m, "polarity", 1) == -1 for m in mentions)


def _role(role: str, concept: str) -> str:
    """``Role:conceptId`` for document-scope relations (which concept pair was related)."""
    return f"{role}:{concept}" if concept else role
