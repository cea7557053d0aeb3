"""Tabular mention output: one row per ``IdentifiedAnnotation`` (every subtype).

:func:`mention_rows` turns a CAS into rows (dicts keyed by :data:`MENTION_COLUMNS`); the
CSV and Parquet writers store one part file per document under ``OUTDIR/mentions.parts/``
(so ``--resume`` and any worker count give the same result) and :meth:`finalize` merges the
parts, in input order, into ``OUTDIR/mentions.csv`` / ``OUTDIR/mentions.parquet``. Parts are
kept after the merge so a resumed batch can merge again.

Concept columns join the values of the mention's ``ontologyConceptArr`` with ``;``: ``cuis``,
``tuis`` and ``preferred_text`` without repeats (cTAKES makes one UmlsConcept per
CUI/code pair), ``codes`` and ``coding_schemes`` pairwise aligned (the n-th scheme belongs to
the n-th code). ``section`` is the ``id`` of the innermost Segment containing the mention.

MedicationMention rows also carry their attributes (strength, dose, route, frequency,
duration, form, status_change: the text of the linked modifier), so the table has one row
per medication with its attributes. To add other columns, subclass a writer and override
``columns``, ``column_types`` and :meth:`rows`, reusing :func:`mention_rows`.
"""
from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.parquet as pq
from cassis import Cas

from ..document import PATIENT_ID, get_document_id, get_metadata
from ..errors import CtakesError
from ..medication.cas import MEDICATION_COLUMNS, medication_columns
from ..typesystem import IDENTIFIED_ANNOTATION, SEGMENT
from .base import Writer, atomic_output, atomic_write_bytes, safe_file_stem

MENTION_COLUMNS: tuple[str, ...] = (
    "doc_id", "patient_id", "type", "begin", "end", "text", "cuis", "tuis", "codes",
    "coding_schemes", "preferred_text", "polarity", "uncertainty", "conditional", "generic",
    "subject", "history_of", "discovery_technique", "confidence", "section",
    *MEDICATION_COLUMNS,
)
# Arrow types of the columns; a column not listed here is a string.
COLUMN_TYPES: dict[str, pa.DataType] = {
    "begin": pa.int32(), "end": pa.int32(), "polarity": pa.int32(), "uncertainty": pa.int32(),
    "conditional": pa.bool_(), "generic": pa.bool_(), "history_of": pa.int32(),
    "discovery_technique": pa.int32(), "confidence": pa.float64(),
}
PARTS_DIR = "mentions.parts"


def mention_rows(cas: Cas, document_id: str | None = None) -> list[dict[str, Any]]:
    """One dict per IdentifiedAnnotation of the default view, ordered by (begin, end, type).

    Keys are :data:`MENTION_COLUMNS`; absent values are None. ``document_id`` defaults to
    the CAS's ``DocumentID``.
    """
    doc_id = document_id if document_id is not None else get_document_id(cas)
    patient = get_metadata(cas).get(PATIENT_ID)
    text = cas.sofa_string or ""
    section_of = _SectionIndex(cas)
    mentions = sorted(cas.select(IDENTIFIED_ANNOTATION), key=lambda a: (a.begin, a.end, a.type.name))
    rows = []
    for m in mentions:
        row = {"doc_id": doc_id, "patient_id": patient, "type": m.type.name.rsplit(".", 1)[-1],
               "begin": m.begin, "end": m.end, "text": text[m.begin:m.end]}
        row.update(_concept_columns(m.ontologyConceptArr))
        row.update(polarity=m.polarity, uncertainty=m.uncertainty, conditional=m.conditional,
                   generic=m.generic, subject=m.subject, history_of=m.historyOf,
                   discovery_technique=m.discoveryTechnique, confidence=m.confidence,
                   section=section_of(m.begin, m.end))
        row.update(medication_columns(m))
        rows.append(row)
    return rows


def _concept_columns(array: Any) -> dict[str, str | None]:
    concepts = array.elements if array is not None and array.elements else []
    pairs = _unique((getattr(c, "codingScheme", None), getattr(c, "code", None)) for c in concepts)
    pairs = [p for p in pairs if p != (None, None)]
    return {
        "cuis": _join(getattr(c, "cui", None) for c in concepts),
        "tuis": _join(getattr(c, "tui", None) for c in concepts),
        "codes": ";".join(code or "" for _, code in pairs) if pairs else None,
        "coding_schemes": ";".join(scheme or "" for scheme, _ in pairs) if pairs else None,
        "preferred_text": _join(getattr(c, "preferredText", None) for c in concepts),
    }


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _join(values) -> str | None:
    kept = _unique(v for v in values if v)
    return ";".join(kept) if kept else None


class _SectionIndex:
    """``(begin, end) -> id`` of the innermost Segment containing the span, by bisection."""

    def __init__(self, cas: Cas) -> None:
        self.segments = sorted(cas.select(SEGMENT), key=lambda s: (s.begin, -s.end))
        self.begins = [s.begin for s in self.segments]

    def __call__(self, begin: int, end: int) -> str | None:
        i = bisect_right(self.begins, begin) - 1
        while i >= 0:  # segments are few; nested ones end the walk quickly
            seg = self.segments[i]
            if seg.end >= end:
                return seg.id
            i -= 1
        return None


class _MentionWriter(Writer):
    """Per-document part files plus an ordered merge; subclasses choose the file format."""

    columns: ClassVar[tuple[str, ...]] = MENTION_COLUMNS
    column_types: ClassVar[dict[str, pa.DataType]] = COLUMN_TYPES
    merged_name: ClassVar[str] = "mentions"

    def output_path(self, document_id: str) -> Path:
        return self.outdir / PARTS_DIR / f"{safe_file_stem(document_id)}{self.extension}"

    @property
    def merged_path(self) -> Path:
        return self.outdir / f"{self.merged_name}{self.extension}"

    def rows(self, cas: Cas, document_id: str) -> list[dict[str, Any]]:
        return mention_rows(cas, document_id)

    def write(self, cas: Cas, document_id: str) -> None:
        atomic_write_bytes(self.output_path(document_id), self.encode(self.rows(cas, document_id)))

    def encode(self, rows: list[dict[str, Any]]) -> bytes:
        raise NotImplementedError

    def existing_parts(self, document_ids: list[str]) -> Iterator[Path]:
        """Parts in input order; documents that failed have none and are skipped."""
        for doc_id in document_ids:
            part = self.output_path(doc_id)
            if part.exists():
                yield part

    def stale_part(self, part: Path, found: Any) -> CtakesError:
        return CtakesError(
            f"part file has columns {found}, expected {list(self.columns)}", file=str(part),
            fix=f"it was written by another version; delete {self.outdir / PARTS_DIR} and rerun")


class CsvMentionWriter(_MentionWriter):
    """``OUTDIR/mentions.csv`` (UTF-8, header row, ``\\n`` line ends, RFC 4180 quoting)."""

    name = "csv"
    extension = ".csv"

    def encode(self, rows: list[dict[str, Any]]) -> bytes:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue().encode("utf-8")

    def finalize(self, document_ids: list[str]) -> None:
        header = self.encode([])
        with atomic_output(self.merged_path) as out:
            out.write(header)
            for part in self.existing_parts(document_ids):
                data = part.read_bytes()
                if not data.startswith(header):
                    raise self.stale_part(part, data.split(b"\n", 1)[0].decode("utf-8", "replace"))
                out.write(data[len(header):])


class ParquetMentionWriter(_MentionWriter):
    """``OUTDIR/mentions.parquet`` with typed columns (ints, booleans, float confidence)."""

    name = "parquet"
    extension = ".parquet"

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([(c, self.column_types.get(c, pa.string())) for c in self.columns])

    def encode(self, rows: list[dict[str, Any]]) -> bytes:
        table = pa.Table.from_pylist(rows, schema=self.schema)
        buf = io.BytesIO()
        pq.write_table(table, buf)
        return buf.getvalue()

    def finalize(self, document_ids: list[str]) -> None:
        schema = self.schema
        with atomic_output(self.merged_path) as out, pq.ParquetWriter(out, schema) as writer:
            for part in self.existing_parts(document_ids):
                table = pq.read_table(part)
                if table.schema.names != schema.names:
                    raise self.stale_part(part, table.schema.names)
                if table.num_rows:
                    writer.write_table(table.cast(schema))
