"""Relation evaluation beyond :mod:`ctakes_py.eval.relations` (which does the matching):

- :func:`ade_end_to_end`: raw ADE-corpus sentences through a pipeline, predicted
  (drug, effect) pairs against the gold pairs of each sentence (ADE-NEG sentences have
  none), strict (same spans) and lenient (overlapping spans) P/R/F1, with the false
  positives/negatives and their sentences for an error report;
- :func:`concept_pair_scores`: BC5CDR-style document-level CID scoring of concept-id pairs;
- :func:`timed_process`: run a pipeline step by step, adding each step's seconds up.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from cassis import Cas

from ..eval.ner import LENIENT, STRICT, Counts, Span
from ..eval.relations import RelationTuple, match_relations
from ..typesystem import BINARY_TEXT_RELATION


def timed_process(pipeline: Any, cas: Cas, seconds: dict[str, float]) -> Cas:
    """``pipeline.process(cas)`` one annotator at a time, adding each step's time to ``seconds``."""
    for step, annotator in zip(pipeline.steps, pipeline.annotators):
        started = time.perf_counter()
        annotator.process(cas)
        seconds[step.key] = seconds.get(step.key, 0.0) + time.perf_counter() - started
    return cas


def relation_tuples(cas: Cas, doc: str, category: str, roles: tuple[str, str]) -> list[RelationTuple]:
    """Relations of ``category`` in a CAS as :class:`RelationTuple` s with arguments labelled by ``roles``."""
    out = []
    for rel in cas.select(BINARY_TEXT_RELATION):
        if rel.category == category and rel.arg1 is not None and rel.arg2 is not None:
            a, b = rel.arg1.argument, rel.arg2.argument
            out.append(RelationTuple(doc, category, Span(doc, a.begin, a.end, roles[0]),
                                     Span(doc, b.begin, b.end, roles[1])))
    return out


def gold_ade_tuples(sid: str, sentence: Any, category: str, roles: tuple[str, str]) -> list[RelationTuple]:
    """Gold (drug, other) pairs of one :class:`~ctakes_py.io.ade.AdeSentence`."""
    out = []
    for cat, i, j in sentence.relations:
        if cat == category:
            a, b = sentence.mentions[i], sentence.mentions[j]
            out.append(RelationTuple(sid, category, Span(sid, a.begin, a.end, roles[0]),
                                     Span(sid, b.begin, b.end, roles[1])))
    return out


def ade_end_to_end(pipeline: Any, sentences: Sequence[tuple[str, Any]], category: str = "ADE",
                   roles: tuple[str, str] = ("Drug", "AdverseEffect"), seconds: dict[str, float] | None = None
                   ) -> dict[str, Any]:
    """Scores of ``pipeline`` on raw sentences: ``{"strict": Counts, "lenient": Counts,
    "errors": {mode: (missed, spurious)}, "texts": {sid: text}, "candidates": n}``."""
    gold, pred, texts = [], [], {}
    seconds = seconds if seconds is not None else {}
    for sid, sentence in sentences:
        cas = timed_process(pipeline, pipeline.make_cas(sentence.text, sid), seconds)
        texts[sid] = sentence.text
        gold += gold_ade_tuples(sid, sentence, category, roles)
        pred += relation_tuples(cas, sid, category, roles)
    out: dict[str, Any] = {"texts": texts, "errors": {}, "seconds": seconds}
    for mode in (STRICT, LENIENT):
        matched, missed, spurious = match_relations(gold, pred, mode)
        out[mode] = Counts(len(matched), len(spurious), len(missed))
        out["errors"][mode] = (missed, spurious)
    return out


def concept_pair_scores(gold: dict[str, set[tuple[str, str]]], pred: dict[str, set[tuple[str, str]]]
                        ) -> tuple[Counts, list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Counts over (document, concept1, concept2) triples, the missed and the spurious ones."""
    g = {(d, a, b) for d, pairs in gold.items() for a, b in pairs}
    p = {(d, a, b) for d, pairs in pred.items() for a, b in pairs}
    return Counts(len(g & p), len(p - g), len(g - p)), sorted(g - p), sorted(p - g)


def error_lines(missed: Iterable[RelationTuple], spurious: Iterable[RelationTuple], texts: dict[str, str]) -> list[str]:
    """TSV lines ``kind doc arg1 arg2 sentence`` for an ``--errors`` report."""
    lines = ["kind\tdoc\targ1\targ2\tsentence"]
    for kind, rels in (("FN", missed), ("FP", spurious)):
        for r in sorted(rels):
            text = texts.get(r.doc, "")
            lines.append(f"{kind}\t{r.doc}\t{text[r.arg1.begin:r.arg1.end]}\t{text[r.arg2.begin:r.arg2.end]}\t"
                         f"{text.replace(chr(9), ' ').replace(chr(10), ' ')}")
    return lines
