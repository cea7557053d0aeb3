"""Chemical-induced disease relations (BC5CDR CID) with the CID model's extras.

A :class:`~ctakes_py.annotators.relation.RelationExtractor` whose candidates also get the
training corpus's pair knowledge (``cid_pairs.json`` beside ``model.json``: in how many
training abstracts each chemical-disease MeSH pair was related or not) and which, in a
document where no candidate reaches the threshold, keeps the most probable one when its
probability is at least the card's ``fallback_floor`` (see :mod:`ctakes_py.relation.cid`).
When the model folder has ``cid_rerank.json``, the first-stage probabilities of a document's
candidates are rescored by that second stage (competition among the document's candidates),
and the threshold applies to the second-stage probabilities. When it has
``disease_hierarchy.json`` (MeSH id -> MeSH ids of its MeSH tree-number ancestors), candidates
also get the ``h:`` features of :func:`~ctakes_py.relation.cid_hierarchy.hierarchy_features`;
when it has ``cid_classes.json`` (disease MeSH classes and the training abstracts relating them),
the ``kdc:`` features of :func:`~ctakes_py.relation.cid_classes.disease_class_features`
(the ``e:`` features of :mod:`~ctakes_py.relation.cid_cause` need no file).
"""
from __future__ import annotations

import json

from cassis import Cas

from ..annotator import Parameter, UimaContext
from ..errors import ResourceError
from ..relation.cid import PAIRS_FILE, RERANK_FILE, load_reranker, score_document
from ..relation.cid_classes import CLASSES_FILE, load_classes
from ..relation.cid_hierarchy import HIERARCHY_FILE, load_hierarchy
from ..relation.training import candidates_of
from .relation import MODEL_TECHNIQUE, RelationExtractor, _role


class CidRelationExtractor(RelationExtractor):
    """Document-level CID relations (see the module docstring)."""

    parameters = RelationExtractor.parameters + (
        Parameter("fallback", "Boolean", default=True,
                  description="Give a document without relations its most probable candidate "
                              "(if at least the model card's fallback_floor)."),
    )

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        path = context.get_resource("model") / PAIRS_FILE
        try:
            self.pairs = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
            path = context.get_resource("model") / RERANK_FILE
            self.reranker = load_reranker(path, self.config)
            path = context.get_resource("model") / HIERARCHY_FILE
            self.hierarchy = load_hierarchy(path)
            path = context.get_resource("model") / CLASSES_FILE
            self.classes = load_classes(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise ResourceError(f"cannot read CID model extras: {exc!r}", file=str(path)) from None
        floor = self.model.card.get("training", {}).get("fallback_floor")
        self.floor = float(floor) if self.fallback and floor is not None else None

    def process(self, cas: Cas) -> None:
        view, cands, mentions = candidates_of(cas, self.config, self.techniques, self.model.names)
        self.candidates_seen += len(cands)
        cas.add_all([self._relation(
            category=self.config.category, confidence=p, discoveryTechnique=MODEL_TECHNIQUE,
            arg1=self._argument(argument=cand.arg1, role=_role(self.config.arg1_role, cand.key1)),
            arg2=self._argument(argument=cand.arg2, role=_role(self.config.arg2_role, cand.key2)))
            for cand, p in score_document(self.model, self.pairs, view, cands, mentions, self.cutoff, self.floor,
                                          self.reranker, self.hierarchy, self.classes)])
