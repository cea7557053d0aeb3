"""Scoring NER output: strict and lenient entity P/R/F1 per type, and seqeval.

- ``strict``: same character offsets and label (:mod:`ctakes_py.eval.ner`);
- ``lenient``: overlapping spans with the same label, matched one-to-one;
- ``seqeval``: strict IOB2 chunk scores over the CRF's tokens (``seqeval`` package,
  ``mode="strict"``), from the gold spans and the predicted spans turned into tags.
  It differs from ``strict`` only where a gold span does not fall on token boundaries.

:func:`evaluate_tagger` tags examples with a model folder and adds the speed
(tokens per second on one core, features and post-processing included).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Sequence

from cassis import TypeSystem

from ..eval.ner import LENIENT, STRICT, Span, score_spans, summarize
from .bio import spans_to_tags
from .corpus import Example
from .tokens import NerDocument


def span_report(gold: Sequence[Span], pred: Sequence[Span], labels: Sequence[str] | None = None) -> dict[str, Any]:
    """``{"strict": ..., "lenient": ...}``, each with per-label counts, micro and macro."""
    out: dict[str, Any] = {}
    for mode in (STRICT, LENIENT):
        per_label = score_spans(gold, pred, mode, labels)
        out[mode] = {"per_label": {k: v.as_dict() for k, v in per_label.items()}, **summarize(per_label)}
    return out


def seqeval_report(gold_tags: list[list[str]], pred_tags: list[list[str]]) -> dict[str, Any]:
    """seqeval strict IOB2 report (per label and micro average)."""
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    report = classification_report(gold_tags, pred_tags, mode="strict", scheme=IOB2, output_dict=True,
                                   zero_division=0)
    return {k: {m: (round(float(v), 4) if m != "support" else int(v)) for m, v in row.items()}
            for k, row in report.items()}


def score_documents(docs: Sequence[NerDocument], gold: Sequence[list[tuple[int, int, str]]],
                    pred: Sequence[list[tuple[int, int, str]]], labels: Sequence[str] | None = None
                    ) -> dict[str, Any]:
    """Span and seqeval reports for parallel lists of documents, gold and predicted spans."""
    g_spans, p_spans, g_tags, p_tags = [], [], [], []
    for doc, g, p in zip(docs, gold, pred):
        g_spans += [Span(doc.doc_id, b, e, lab) for b, e, lab in g]
        p_spans += [Span(doc.doc_id, b, e, lab) for b, e, lab in p]
        g_tags.append(spans_to_tags(doc.tokens, g).tags)
        p_tags.append(spans_to_tags(doc.tokens, p).tags)
    report = span_report(g_spans, p_spans, labels)
    report["seqeval"] = seqeval_report(g_tags, p_tags)
    return report


def evaluate_tagger(model_dir: str | Path, examples: Sequence[Example], typesystem: TypeSystem,
                    featurized: Any = None, postprocess: dict[str, Any] | None = None) -> dict[str, Any]:
    """Tag ``examples`` with the model in ``model_dir`` and score them against their gold
    spans. With ``featurized`` (a :class:`~.training.Featurized` of the same examples and
    feature settings) the features are reused, and the speed is not measured."""
    from .tagger import NerTagger

    tagger = NerTagger(model_dir, typesystem, postprocess=postprocess)
    labels = tagger.model.card.labels
    docs, preds = [], []
    started = time.perf_counter()
    if featurized is not None:
        k = 0
        for doc in featurized.docs:
            n = sum(1 for s, e in doc.sentences if e > s)
            tags, _ = tagger.tag_items(doc, featurized.X[k:k + n])
            k += n
            docs.append(doc)
            preds.append(tagger.spans(doc, tags))
    else:
        for ex in examples:
            doc = tagger.document(ex.cas)
            doc.doc_id = ex.doc_id
            tags, _ = tagger.tag_document(doc)
            docs.append(doc)
            preds.append(tagger.spans(doc, tags))
    seconds = time.perf_counter() - started
    report = score_documents(docs, [ex.spans for ex in examples], preds, labels)
    tokens = sum(len(d.tokens) for d in docs)
    report.update({"documents": len(docs), "tokens": tokens})
    if featurized is None:
        report.update({"seconds": round(seconds, 2), "tokens_per_second": round(tokens / seconds) if seconds else None})
    return report


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table: strict, lenient and seqeval P/R/F1 per label and micro."""
    lines = [f"{'label':<12} {'mode':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for mode in (STRICT, LENIENT):
        block = report[mode]
        for label, c in list(block["per_label"].items()) + [("micro", block["micro"])]:
            lines.append(f"{label:<12} {mode:<8} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f} "
                         f"{c['tp']:6d} {c['fp']:6d} {c['fn']:6d}")
    seq = report.get("seqeval", {})
    for label, row in seq.items():
        if label in ("macro avg", "weighted avg"):
            continue
        lines.append(f"{label:<12} {'seqeval':<8} {row['precision']:6.3f} {row['recall']:6.3f} "
                     f"{row['f1-score']:6.3f} {'':>6} {'':>6} {row['support']:6d}")
    if report.get("tokens_per_second"):
        lines.append(f"{report['documents']} documents, {report['tokens']} tokens, "
                     f"{report['tokens_per_second']} tokens/s")
    return "\n".join(lines)


def evaluate_dictionary(examples: Sequence[Example], typesystem: TypeSystem, lexicon: str,
                        group_map: dict[str, str], labels: Sequence[str] | None = None) -> dict[str, Any]:
    """The dictionary-lookup baseline: DictionaryLookup with its descriptor defaults
    (precision consumer), matches of each semantic group in ``group_map`` labelled with its
    label (``DRUG`` -> ``Chemical``...), scored like a model."""
    from ..annotator import UimaContext
    from ..annotators.dictionary import DictionaryLookup
    from ..resources import resolve_location
    from .tokens import document_from_cas

    folder = resolve_location(lexicon)
    if folder is None:
        raise FileNotFoundError(f"lexicon {lexicon!r} not found")
    lookup = DictionaryLookup()
    lookup.initialize(UimaContext(parameters={}, resources={"lexicon": folder}, typesystem=typesystem))
    docs, preds = [], []
    started = time.perf_counter()
    for ex in examples:
        doc = document_from_cas(ex.cas, ex.doc_id)
        spans = {(b, e, group_map[g]) for b, e, g, _ in lookup.find(ex.cas) if g in group_map}
        docs.append(doc)
        preds.append(sorted(spans))
    seconds = time.perf_counter() - started
    report = score_documents(docs, [ex.spans for ex in examples], preds,
                             labels or sorted(set(group_map.values())))
    tokens = sum(len(d.tokens) for d in docs)
    report.update({"documents": len(docs), "tokens": tokens, "seconds": round(seconds, 2),
                   "tokens_per_second": round(tokens / seconds) if seconds else None})
    return report
