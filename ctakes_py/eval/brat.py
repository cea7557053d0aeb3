"""Score predicted brat (or XMI) annotations against a brat gold folder.

Documents are paired by id (file stem; ``note.txt.xmi`` -> ``note``). Entities are scored
per label, strict and lenient (:mod:`.ner`); relations per label, with arguments matched
strictly or leniently (:mod:`.relations`). A gold document without a prediction counts
all its annotations as missed; predictions without gold are reported and ignored.

    report = evaluate_folders(gold_dir, pred_dir)
    print(format_report(report))
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..io.brat import BratDocument, BratMapping, cas_to_document, iter_brat_folder
from .ner import LENIENT, STRICT, Counts, Span, match_spans, score_spans, summarize
from .relations import RelationTuple, match_relations, score_relations

MODES = (STRICT, LENIENT)


def entity_spans(doc_id: str, doc: BratDocument, labels: Iterable[str] | None = None) -> list[Span]:
    """Entity spans of one document (a discontinuous entity spans first to last fragment)."""
    keep = set(labels) if labels is not None else None
    return [Span(doc_id, e.begin, e.end, e.label) for e in doc.entities.values()
            if keep is None or e.label in keep]


def relation_tuples(doc_id: str, doc: BratDocument) -> list[RelationTuple]:
    """Relations whose two arguments are entities, as span tuples."""
    out = []
    for r in doc.relations.values():
        a1, a2 = doc.entities.get(r.arg1), doc.entities.get(r.arg2)
        if a1 is None or a2 is None:
            continue
        out.append(RelationTuple(doc_id, r.label, Span(doc_id, a1.begin, a1.end, a1.label),
                                 Span(doc_id, a2.begin, a2.end, a2.label)))
    return out


@dataclass
class EvaluationReport:
    """Counts per mode (``strict``/``lenient``) and label, for entities and relations."""

    entities: dict[str, dict[str, Counts]] = field(default_factory=dict)
    relations: dict[str, dict[str, Counts]] = field(default_factory=dict)
    documents: int = 0
    missing_predictions: list[str] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)
    ignored_labels: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self, kind: str, mode: str, labels: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
        """Micro/macro of ``kind`` (``entities``/``relations``) in ``mode``, over ``labels``."""
        table = getattr(self, kind)[mode]
        if labels is not None:
            table = {k: table.get(k, Counts()) for k in labels}
        return summarize(table)

    def to_dict(self) -> dict[str, Any]:
        def block(kind: str) -> dict[str, Any]:
            return {mode: {"per_label": {k: c.as_dict() for k, c in getattr(self, kind)[mode].items()},
                           **self.summary(kind, mode)} for mode in getattr(self, kind)}
        return {"documents": self.documents, "entities": block("entities"),
                "relations": block("relations"), "missing_predictions": self.missing_predictions,
                "ignored_labels": self.ignored_labels,
                "unmatched_predictions": self.unmatched_predictions}


def evaluate_documents(gold: dict[str, BratDocument], pred: dict[str, BratDocument],
                       entity_labels: Iterable[str] | None = None,
                       relation_labels: Iterable[str] | None = None,
                       texts: dict[str, str] | None = None) -> EvaluationReport:
    """Score ``pred`` against ``gold`` (both keyed by document id). ``entity_labels`` /
    ``relation_labels`` choose the scored labels; by default those the gold uses."""
    report = EvaluationReport(documents=len(gold))
    report.missing_predictions = sorted(set(gold) - set(pred))
    report.unmatched_predictions = sorted(set(pred) - set(gold))
    g_spans = [s for d, doc in gold.items() for s in entity_spans(d, doc)]
    p_spans = [s for d, doc in pred.items() if d in gold for s in entity_spans(d, doc)]
    g_rels = [r for d, doc in gold.items() for r in relation_tuples(d, doc)]
    p_rels = [r for d, doc in pred.items() if d in gold for r in relation_tuples(d, doc)]
    # by default the gold's labels are scored; predicted labels the gold never uses are listed
    ent_labels = sorted(entity_labels if entity_labels is not None else {s.label for s in g_spans})
    rel_labels = sorted(relation_labels if relation_labels is not None else {r.label for r in g_rels})
    report.ignored_labels = sorted(({s.label for s in p_spans} - set(ent_labels))
                                   | ({r.label for r in p_rels} - set(rel_labels)))
    for mode in MODES:
        report.entities[mode] = score_spans(g_spans, p_spans, mode, ent_labels)
        report.relations[mode] = score_relations(g_rels, p_rels, mode, rel_labels)
    report.errors = _errors(g_spans, p_spans, g_rels, p_rels, ent_labels, rel_labels, texts or {})
    return report


def _errors(g_spans, p_spans, g_rels, p_rels, ent_labels, rel_labels, texts) -> list[dict[str, Any]]:
    """Strict-mode errors: missed and spurious entities and relations, with their text and,
    for entities, whether a lenient match exists (a boundary error)."""
    if ent_labels is not None:
        g_spans = [s for s in g_spans if s.label in ent_labels]
        p_spans = [s for s in p_spans if s.label in ent_labels]
    if rel_labels is not None:
        g_rels = [r for r in g_rels if r.label in rel_labels]
        p_rels = [r for r in p_rels if r.label in rel_labels]
    _, missed, spurious = match_spans(g_spans, p_spans, STRICT)
    lenient_pairs, _, _ = match_spans(missed, spurious, LENIENT)
    partner = {g: p for g, p in lenient_pairs}
    partner.update({p: g for g, p in lenient_pairs})

    def text(s: Span) -> str:
        return texts.get(s.doc, "")[s.begin:s.end]

    rows = []
    for kind, spans in (("FN", missed), ("FP", spurious)):
        for s in spans:
            other = partner.get(s)
            rows.append({"doc": s.doc, "error": kind, "kind": "entity", "label": s.label,
                         "begin": s.begin, "end": s.end, "text": text(s),
                         "boundary_match": f"{other.begin}-{other.end} {text(other)}" if other else ""})
    _, r_missed, r_spurious = match_relations(g_rels, p_rels, STRICT)
    for kind, rels in (("FN", r_missed), ("FP", r_spurious)):
        for r in rels:
            rows.append({"doc": r.doc, "error": kind, "kind": "relation", "label": r.label,
                         "begin": r.arg1.begin, "end": r.arg1.end,
                         "text": f"{text(r.arg1)} -> {text(r.arg2)} [{r.arg2.begin}-{r.arg2.end}]",
                         "boundary_match": ""})
    rows.sort(key=lambda x: (x["doc"], x["begin"], x["kind"], x["error"]))
    return rows


def load_brat_folder(folder: str | os.PathLike, *, check: bool = True
                     ) -> tuple[dict[str, BratDocument], dict[str, str]]:
    """Annotations and texts of every ``.ann`` under ``folder``, keyed by document id."""
    docs, texts = {}, {}
    for doc_id, text, doc in iter_brat_folder(folder, check=check):
        docs[doc_id] = doc
        if text is not None:
            texts[doc_id] = text
    return docs, texts


def load_xmi_folder(folder: str | os.PathLike, mapping: BratMapping | None = None,
                    typesystem_path: str | None = None) -> dict[str, BratDocument]:
    """XMI predictions turned into brat annotations through ``mapping`` (cTAKES type ->
    label; links as ``BinaryTextRelation`` categories)."""
    from ..io.xmi import XmiDirectoryReader
    from ..typesystem import load_typesystem

    ts = load_typesystem(typesystem_path)
    reader = XmiDirectoryReader(folder, lenient=True)
    return {src.document_id: cas_to_document(reader.load(src, ts), mapping, normalizations=False)
            for src in reader.sources()}


def load_predictions(folder: str | os.PathLike, mapping: BratMapping | None = None,
                     typesystem_path: str | None = None) -> dict[str, BratDocument]:
    """brat ``.ann`` files when the folder has any, else XMI files."""
    folder = Path(folder)
    if not folder.exists():
        raise InputError("prediction folder does not exist", file=str(folder))
    if folder.is_file() and folder.suffix.lower() == ".xmi" or (
            folder.is_dir() and not any(folder.rglob("*.ann")) and any(folder.rglob("*.xmi"))):
        return load_xmi_folder(folder, mapping, typesystem_path)
    return load_brat_folder(folder, check=False)[0]


def evaluate_folders(gold_dir: str | os.PathLike, pred_dir: str | os.PathLike,
                     mapping: BratMapping | None = None, entity_labels: Iterable[str] | None = None,
                     relation_labels: Iterable[str] | None = None,
                     typesystem_path: str | None = None) -> EvaluationReport:
    """Score a prediction folder (brat or XMI) against a brat gold folder."""
    gold, texts = load_brat_folder(gold_dir)
    if not gold:
        raise InputError("no .ann files in the gold folder", file=str(gold_dir))
    pred = load_predictions(pred_dir, mapping, typesystem_path)
    return evaluate_documents(gold, pred, entity_labels, relation_labels, texts)


# --- output --------------------------------------------------------------------------------
def format_table(title: str, table: dict[str, Counts]) -> str:
    """Per-label tp/fp/fn/P/R/F1 rows plus micro and macro lines."""
    width = max([len(k) for k in table] + [12])
    lines = [title, f"{'label':<{width}}  {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}"]
    for label, c in table.items():
        lines.append(f"{label:<{width}}  {c.tp:>5} {c.fp:>5} {c.fn:>5}  "
                     f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")
    s = summarize(table)
    mi, ma = s["micro"], s["macro"]
    lines.append(f"{'micro':<{width}}  {mi['tp']:>5} {mi['fp']:>5} {mi['fn']:>5}  "
                 f"{mi['precision']:>6.3f} {mi['recall']:>6.3f} {mi['f1']:>6.3f}")
    lines.append(f"{'macro':<{width}}  {'':>5} {'':>5} {'':>5}  "
                 f"{ma['precision']:>6.3f} {ma['recall']:>6.3f} {ma['f1']:>6.3f}")
    return "\n".join(lines)


def format_report(report: EvaluationReport) -> str:
    parts = [f"documents: {report.documents}"]
    if report.missing_predictions:
        parts.append(f"no prediction for {len(report.missing_predictions)} document(s): "
                     + ", ".join(report.missing_predictions[:10]))
    if report.unmatched_predictions:
        parts.append(f"{len(report.unmatched_predictions)} prediction(s) without gold (ignored)")
    if report.ignored_labels:
        parts.append("predicted labels not scored: " + ", ".join(report.ignored_labels))
    for kind in ("entities", "relations"):
        for mode in MODES:
            if getattr(report, kind).get(mode):
                parts.append("")
                parts.append(format_table(f"{kind} ({mode})", getattr(report, kind)[mode]))
    return "\n".join(parts)


def write_errors(report: EvaluationReport, path: str | os.PathLike) -> None:
    """Errors as TSV (``.tsv``/``.txt``) or JSON lines (``.jsonl``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = ("doc", "error", "kind", "label", "begin", "end", "text", "boundary_match")
    with path.open("w", encoding="utf-8") as fh:
        if path.suffix.lower() == ".jsonl":
            for row in report.errors:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        fh.write("\t".join(columns) + "\n")
        for row in report.errors:
            fh.write("\t".join(str(row[c]).replace("\t", " ").replace("\n", " ") for c in columns) + "\n")
