"""Relation evaluation beyond :mod:`ctakes_py.eval.relations` (which does the matching):

- :func:`ade_end_to_end`: raw ADE-corpus sentences through a pipeline, predicted
  (drug, effect) pairs against the gold pairs of each sentence (ADE-NEG sentences have
  none), strict (same spans) and lenient (overlapping spans) P/R/F1, with the false
  positives/negatives and their sentences for an error report; :func:`ade_corpus_report`
  does it for whole documents (``ctakes-py evaluate ade`` and scripts/evaluate_relations.py);
- :func:`concept_pair_scores`: BC5CDR-style document-level CID scoring of concept-id pairs,
  with :func:`gold_concept_pairs` (a PubTator file's), :func:`concept_pairs` (a CAS's predicted
  pairs), :func:`gold_entity_concept_pairs` (a
  relation model on a PubTator file's gold entities), :func:`pipeline_concept_pairs` (a pipeline
  on the raw documents) and :func:`concept_error_lines` (the ``--errors`` report of ``ctakes-py
  evaluate cid`` and scripts/evaluate_relations.py cid);
- :func:`timed_process`: run a pipeline step by step, adding each step's seconds up;
- :func:`score_relation_tuples`, :func:`sentence_context` and :func:`error_lines`: the
  per-category strict/lenient tables and the error report shared by ``ctakes-py evaluate
  re`` and scripts/evaluate_relations.py.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
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
    out: dict[str, Any] = {"texts": texts, "errors": {}, "seconds": seconds, "gold": gold, "pred": pred}
    for mode, (counts, missed, spurious) in score_relation_tuples(gold, pred).items():
        out[mode] = counts
        out["errors"][mode] = (missed, spurious)
    return out


ADE_ROLES = {"ADE": ("Drug", "AdverseEffect"), "DOSAGE": ("Drug", "Dose")}


def ade_corpus_report(pipeline: Any, docs: Sequence[Any], category: str = "ADE") -> tuple[dict[str, Any], list[str]]:
    """End-to-end scores of ``pipeline`` on ADE-Corpus-V2 documents (:func:`ctakes_py.io.ade.read_ade`)
    and the strict ``--errors`` lines.

    Every sentence goes in raw, ADE-NEG ones included (their gold is empty). The report holds
    counts of documents and sentences, strict and lenient P/R/F1 and, for ``ADE``, the same
    on the sentences with a gold relation only (how the published 0.78-0.83 figures are
    measured). ``DOSAGE`` is scored on the documents with a drug-dose relation, the only
    ones DRUG-DOSE.rel annotates."""
    from ..io.ade import documents_with, iter_sentences

    if category not in ADE_ROLES:
        raise ValueError(f"category must be one of {sorted(ADE_ROLES)}, not {category!r}")
    if category == "DOSAGE":
        docs = documents_with(docs, category)
    sentences = list(iter_sentences(docs))
    positive = {sid for sid, s in sentences if any(r[0] == category for r in s.relations)}
    started = time.perf_counter()
    result = ade_end_to_end(pipeline, sentences, category, ADE_ROLES[category])
    report: dict[str, Any] = {"documents": len(docs), "sentences": len(sentences),
                              "negative_sentences": len(sentences) - len(positive),
                              "seconds": round(time.perf_counter() - started, 1)}
    for mode in (STRICT, LENIENT):
        report[mode] = result[mode].as_dict()
    if category == "ADE":
        scores = score_relation_tuples(result["gold"], [r for r in result["pred"] if r.doc in positive])
        report["positive_sentences_only"] = {mode: scores[mode][0].as_dict() for mode in (STRICT, LENIENT)}
    missed, spurious = result["errors"][STRICT]
    lines = error_lines(missed, spurious, result["texts"], lenient_missed=result["errors"][LENIENT][0])
    return report, lines


def score_relation_tuples(gold: Sequence[RelationTuple], pred: Sequence[RelationTuple]
                          ) -> dict[str, tuple[Counts, list[RelationTuple], list[RelationTuple]]]:
    """``{mode: (counts over all categories, missed, spurious)}`` for strict and lenient
    (:func:`ctakes_py.eval.relations.match_relations`; per category, one-to-one)."""
    out = {}
    for mode in (STRICT, LENIENT):
        matched, missed, spurious = match_relations(gold, pred, mode)
        out[mode] = (Counts(len(matched), len(spurious), len(missed)), missed, spurious)
    return out


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])|\n")


def sentence_context(text: str, begin: int, end: int) -> str:
    """The sentence(s) of ``text`` around ``[begin, end)`` (breaks after ``.!?`` before a
    capital or digit, and at newlines), on one line."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, begin)), default=0)
    stop = next((m.start() for m in _SENTENCE_BREAK.finditer(text, end)), len(text))
    return " ".join(text[start:stop].split())


def concept_pair_scores(gold: dict[str, set[tuple[str, str]]], pred: dict[str, set[tuple[str, str]]]
                        ) -> tuple[Counts, list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Counts over (document, concept1, concept2) triples, the missed and the spurious ones."""
    g = {(d, a, b) for d, pairs in gold.items() for a, b in pairs}
    p = {(d, a, b) for d, pairs in pred.items() for a, b in pairs}
    return Counts(len(g & p), len(p - g), len(g - p)), sorted(g - p), sorted(p - g)


def gold_concept_pairs(docs: Iterable[Any], category: str) -> dict[str, set[tuple[str, str]]]:
    """Document id -> (arg1 id, arg2 id) pairs of the ``category`` relations of
    :class:`~ctakes_py.io.pubtator.PubtatorDocument` s."""
    return {d.pmid: {(r.arg1, r.arg2) for r in d.relations if r.type == category} for d in docs}


def concept_pairs(cas: Cas, category: str) -> set[tuple[str, str]]:
    """(arg1 concept id, arg2 concept id) pairs of the CAS's ``category`` relations (ids from
    the arguments' ``Role:ID`` roles, as document-level relation extractors write them)."""
    return {((rel.arg1.role or "").rpartition(":")[2], (rel.arg2.role or "").rpartition(":")[2])
            for rel in cas.select(BINARY_TEXT_RELATION) if rel.category == category and rel.arg1 and rel.arg2}


def gold_entity_concept_pairs(source: Any, model_dir: Any, preprocess: Any, category: str
                              ) -> dict[str, set[tuple[str, str]]]:
    """Document id -> predicted concept pairs of a document-level relation model (a
    :class:`~ctakes_py.annotators.cid_relation.CidRelationExtractor` folder, e.g. models/cid)
    run on the gold mentions and MeSH ids of a PubTator file (``source``: its path or its
    documents; tokenized by the ``preprocess`` pipeline; the gold relations removed first)."""
    from ..annotator import UimaContext
    from ..annotators.cid_relation import CidRelationExtractor
    from ..document import get_document_id
    from .corpora import pubtator_cases

    extractor = CidRelationExtractor()
    extractor.initialize(UimaContext({"argumentTechniques": (), "fallback": True}, {"model": Path(model_dir)},
                                     preprocess.typesystem, key="RelationExtractor"))
    out = {}
    for cas in pubtator_cases(source, preprocess):
        for rel in list(cas.select(BINARY_TEXT_RELATION)):
            cas.remove(rel)
        extractor.process(cas)
        out[get_document_id(cas) or ""] = concept_pairs(cas, category)
    return out


def pipeline_concept_pairs(docs: Iterable[Any], pipeline: Any, category: str,
                           seconds: dict[str, float] | None = None) -> dict[str, set[tuple[str, str]]]:
    """Document id -> concept pairs of ``category`` that ``pipeline`` finds in each
    :class:`~ctakes_py.io.pubtator.PubtatorDocument`'s raw text (``seconds``: per-step times)."""
    out = {}
    for doc in docs:
        cas = pipeline.make_cas(doc.text, doc.pmid)
        cas = timed_process(pipeline, cas, seconds) if seconds is not None else pipeline.process(cas)
        out[doc.pmid] = concept_pairs(cas, category)
    return out


def concept_error_lines(missed: Iterable[tuple[str, str, str]], spurious: Iterable[tuple[str, str, str]],
                        titles: dict[str, str]) -> list[str]:
    """TSV lines ``kind doc concept1 concept2 title`` (FN then FP) of :func:`concept_pair_scores`' errors."""
    lines = ["kind\tdoc\tconcept1\tconcept2\ttitle"]
    for kind, triples in (("FN", missed), ("FP", spurious)):
        lines += [f"{kind}\t{d}\t{a}\t{b}\t{_one_line(titles.get(d, ''))}" for d, a, b in triples]
    return lines


def error_lines(missed: Iterable[RelationTuple], spurious: Iterable[RelationTuple], texts: dict[str, str],
                lenient_missed: Iterable[RelationTuple] | None = None) -> list[str]:
    """TSV lines ``kind doc category arg1 arg2 offsets boundary sentence`` for an
    ``--errors`` report (strict errors; ``boundary`` is ``yes`` when the error disappears
    in lenient matching, i.e. an argument boundary error; needs ``lenient_missed``)."""
    lines = ["kind\tdoc\tcategory\targ1\targ2\toffsets\tboundary\tsentence"]
    lenient = set(lenient_missed) if lenient_missed is not None else None
    for kind, rels in (("FN", missed), ("FP", spurious)):
        for r in sorted(rels):
            text = texts.get(r.doc, "")
            boundary = "" if lenient is None or kind == "FP" else ("no" if r in lenient else "yes")
            context = sentence_context(text, min(r.arg1.begin, r.arg2.begin), max(r.arg1.end, r.arg2.end))
            lines.append("\t".join([kind, r.doc, r.label, _one_line(text[r.arg1.begin:r.arg1.end]),
                                    _one_line(text[r.arg2.begin:r.arg2.end]),
                                    f"{r.arg1.begin}-{r.arg1.end},{r.arg2.begin}-{r.arg2.end}", boundary, context]))
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- ``ctakes-py evaluate re``: brat gold folders ---------------------------------------------
def _brat_relations(doc_id: str, doc: Any) -> list[RelationTuple]:
    """Relations of a brat document, arguments labelled by position (``arg1``/``arg2``)."""
    out = []
    for r in doc.relations.values():
        a, b = doc.entities.get(r.arg1), doc.entities.get(r.arg2)
        if a is not None and b is not None:
            out.append(RelationTuple(doc_id, r.label, Span(doc_id, a.begin, a.end, "arg1"),
                                     Span(doc_id, b.begin, b.end, "arg2")))
    return out


def _cas_relations(cas: Cas, doc_id: str) -> list[RelationTuple]:
    out = []
    for rel in cas.select(BINARY_TEXT_RELATION):
        if rel.arg1 is not None and rel.arg2 is not None:
            a, b = rel.arg1.argument, rel.arg2.argument
            out.append(RelationTuple(doc_id, rel.category or rel.type.name.rsplit(".", 1)[-1],
                                     Span(doc_id, a.begin, a.end, "arg1"), Span(doc_id, b.begin, b.end, "arg2")))
    return out


def predicted_relations(gold_dir: Any, pred_dir: Any = None, pipeline: str | None = None, model_dir: Any = None,
                        preprocess: str = "text", entity_types: dict[str, str] | None = None
                        ) -> tuple[list[RelationTuple], list[RelationTuple], dict[str, str]]:
    """(gold relations, predicted relations, texts) for a brat gold folder. Predictions come
    from ``pred_dir`` (brat or XMI files), from running ``pipeline`` on each text (end to
    end), or from the relation model ``model_dir`` on the gold entities (``entity_types``:
    brat label -> mention type) after the ``preprocess`` pipeline."""
    from ..errors import InputError
    from ..eval.brat import load_brat_folder, load_predictions

    gold_docs, texts = load_brat_folder(gold_dir)
    if not gold_docs:
        raise InputError("no .ann files in the gold folder", file=str(gold_dir))
    gold = [r for d, doc in gold_docs.items() for r in _brat_relations(d, doc)]
    if pred_dir is not None:
        pred_docs = load_predictions(pred_dir)
        pred = [r for d, doc in pred_docs.items() if d in gold_docs for r in _brat_relations(d, doc)]
        return gold, pred, texts
    from ..pipeline import Pipeline

    if pipeline is not None:
        nlp = Pipeline.from_descriptor(pipeline)
        pred = [r for d in gold_docs for r in _cas_relations(nlp(texts.get(d, ""), document_id=d), d)]
        return gold, pred, texts
    return gold, _gold_entity_relations(gold_docs, texts, model_dir, Pipeline.from_descriptor(preprocess),
                                        entity_types or {}), texts


def _gold_entity_relations(gold_docs: dict[str, Any], texts: dict[str, str], model_dir: Any, nlp: Any,
                           entity_types: dict[str, str]) -> list[RelationTuple]:
    from ..annotator import UimaContext
    from ..annotators.relation import RelationExtractor
    from ..io.brat import document_to_cas
    from .corpora import brat_mapping

    mapping = brat_mapping(entity_types)
    extractor = RelationExtractor()
    extractor.initialize(UimaContext({}, {"model": model_dir}, nlp.typesystem, key="RelationExtractor"))
    pred = []
    for d, doc in gold_docs.items():
        cas = document_to_cas(texts.get(d, ""), doc, nlp.typesystem, d, mapping)
        for rel in list(cas.select(BINARY_TEXT_RELATION)):
            cas.remove(rel)
        for annotator in nlp.annotators:
            annotator.process(cas)
        extractor.process(cas)
        pred += _cas_relations(cas, d)
    return pred


def relation_report(gold: Sequence[RelationTuple], pred: Sequence[RelationTuple], texts: dict[str, str],
                    categories: Sequence[str] | None = None, ignore_direction: bool = False
                    ) -> tuple[dict[str, Any], list[str]]:
    """(``{"scores": {mode: {category|"micro": counts dict}}, "text": table}``, strict
    error TSV lines) over ``categories`` (default: the gold's)."""
    if ignore_direction:
        gold, pred = [_undirected(r) for r in gold], [_undirected(r) for r in pred]
    wanted = sorted(categories or {r.label for r in gold})
    gold = [r for r in gold if r.label in wanted]
    pred = [r for r in pred if r.label in wanted]
    scores: dict[str, dict[str, Any]] = {}
    lines = [f"{'category':<16} {'mode':<8} {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}"]
    for label in wanted + ["micro"]:
        g = gold if label == "micro" else [r for r in gold if r.label == label]
        p = pred if label == "micro" else [r for r in pred if r.label == label]
        results = score_relation_tuples(g, p)  # the last round ("micro") is over all categories
        for mode, (counts, _, _) in results.items():
            scores.setdefault(mode, {})[label] = counts.as_dict()
            lines.append(f"{label:<16} {mode:<8} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}  "
                         f"{counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f}")
    _, missed, spurious = results[STRICT]
    errors = error_lines(missed, spurious, texts, lenient_missed=results[LENIENT][1])
    return {"scores": scores, "text": "\n".join(lines)}, errors


def _undirected(r: RelationTuple) -> RelationTuple:
    a, b = sorted((r.arg1, r.arg2), key=lambda s: (s.begin, s.end))
    return RelationTuple(r.doc, r.label, a._replace(label="arg"), b._replace(label="arg"))
