"""Alternative entity spans from CRF marginals, for a downstream model to choose from.

The Viterbi path gives one segmentation; a relation model sees more of what the CRF
considered when it also gets the spans the marginals support. A span of label ``L`` over
tokens ``i..j`` (one sentence) scores

    P(B-L at i) * P(I-L at i+1) * ... * P(I-L at j) * (1 - P(I-L at j+1))

(a product of token marginals, an approximation of the span's probability that needs no
constrained forward-backward). That product treats the tokens as independent, so a long span
scores far below its real probability (given ``B-L`` at i, ``I-L`` at i+1 is likely). The
``markov`` score conditions each token on the previous one instead: ``I-L`` can only follow
``B-L``/``I-L``, so ``P(I-L at k | L at k-1) = P(I-L at k) / P(L at k-1)`` from the marginals
alone, and a span scores

    P(B-L at i) * prod_k min(1, P(I-L at k) / P(L at k-1)) * (1 - min(1, P(I-L at j+1) / P(L at j)))

(a first-order approximation; ``L at k`` = ``B-L`` or ``I-L``). :func:`marginal_spans` lists
every span scoring at least ``threshold``; :class:`SoftCrfNer` is :class:`~ctakes_py.annotators.crf_ner.CrfNer` that
also adds the non-Viterbi ones as mentions with ``discoveryTechnique`` 4
(:data:`ALTERNATIVE`) and the span score as ``confidence``. The relation extractor can use
them as arguments and remove those it did not relate (``dropUnrelatedTechniques``).
"""
from __future__ import annotations

from collections.abc import Sequence

from cassis import Cas

from ..annotator import Parameter, UimaContext
from ..annotators.crf_ner import CrfNer, new_mention
from ..errors import ResourceError
from ..typesystem import ALTERNATIVE_SPAN
from .tagger import Entity, NerTagger, entity_confidences

ALTERNATIVE = ALTERNATIVE_SPAN     # discoveryTechnique of an alternative (non-Viterbi) CRF span


PRODUCT, MARKOV = "product", "markov"
SPAN_SCORES = (PRODUCT, MARKOV)


def marginal_spans(tokens: Sequence[tuple[int, int]], marginals: Sequence[dict[str, float]],
                   sentences: Sequence[tuple[int, int]], labels: Sequence[str], threshold: float,
                   method: str = PRODUCT) -> list[Entity]:
    """Spans (character offsets) of ``labels`` whose score (``method``: ``product`` or
    ``markov``, see the module docstring) is >= ``threshold`` (``threshold`` > 0), inside one
    sentence each (``sentences``: token-index ranges)."""
    out = []
    markov = method == MARKOV
    for start, end in sentences:
        for label in labels:
            b_key, i_key = "B-" + label, "I-" + label
            for i in range(start, end):
                score = marginals[i].get(b_key, 0.0)
                j = i
                while score >= threshold:
                    following = marginals[j + 1].get(i_key, 0.0) if j + 1 < end else 0.0
                    if markov and following:
                        inside = marginals[j].get(b_key, 0.0) + marginals[j].get(i_key, 0.0)
                        following = min(1.0, following / inside) if inside > 0 else 1.0
                    if score * (1.0 - following) >= threshold:
                        out.append(Entity(tokens[i][0], tokens[j][1], label, round(score * (1.0 - following), 4)))
                    if j + 1 >= end:
                        break
                    score *= following
                    j += 1
    return out


def tag_with_alternatives(tagger: NerTagger, cas: Cas, threshold: float, method: str = PRODUCT
                          ) -> tuple[list[Entity], list[Entity]]:
    """(Viterbi entities with confidences, alternative spans not on the Viterbi path) of a CAS,
    from one marginals computation (``method``: the span score, see :func:`marginal_spans`)."""
    doc = tagger.document(cas)
    tags, margs = tagger.tag_document(doc, marginals=True)
    entities = entity_confidences(doc, tagger.spans(doc, tags), margs)
    if threshold <= 0 or not margs:
        return entities, []
    labels = sorted({t[2:] for m in margs[:1] for t in m if t != "O"})
    taken = {(e.begin, e.end, e.label) for e in entities}
    alternatives = [e for e in marginal_spans(doc.tokens, margs, doc.sentences, labels, threshold, method)
                    if (e.begin, e.end, e.label) not in taken]
    return entities, alternatives


class SoftCrfNer(CrfNer):
    """CrfNer plus alternative spans (``alternativeThreshold`` > 0) as technique-4 mentions."""

    parameters = CrfNer.parameters + (
        Parameter("alternativeThreshold", "Float", default=0.0,
                  description="Also add non-Viterbi spans whose marginal score is at least this, as "
                              "mentions with discoveryTechnique 4 (0: none)."),
        Parameter("spanScore", "String", default=PRODUCT,
                  description="How alternative spans are scored from the token marginals: product "
                              "(independent tokens) or markov (each token given the previous one)."),
    )

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.threshold = float(self.alternativeThreshold or 0.0)
        if self.spanScore not in SPAN_SCORES:
            raise ResourceError(f"spanScore must be one of {SPAN_SCORES}, not {self.spanScore!r}",
                                file=context.descriptor, element="spanScore")

    def process(self, cas: Cas) -> None:
        if self.threshold <= 0:
            super().process(cas)
            return
        entities, alternatives = tag_with_alternatives(self.tagger, cas, self.threshold, self.spanScore)
        entities = self.trimmed(cas, entities)
        out = self._mentions(cas, entities, scored=True)
        taken = {(e.begin, e.end, e.label) for e in entities}
        for ent in self.trimmed(cas, alternatives):
            if (ent.begin, ent.end, ent.label) in taken:
                continue
            taken.add((ent.begin, ent.end, ent.label))
            type_ = self.types.get(ent.label)
            if type_ is not None:
                out.append(new_mention(type_, ent, ALTERNATIVE))
        cas.add_all(out)
