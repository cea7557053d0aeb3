"""Per-document timeline: one row per event with its DocTimeRel, linked times and dates.

Columns (:data:`TIMELINE_COLUMNS`): document id, creation time, event text / type /
offsets, polarity, DocTimeRel, ``times`` (every linked time as ``CATEGORY text=value``,
``; ``-joined), ``date`` (the value of a CONTAINS-linked DATE/TIME), ``start`` / ``stop``
(BEGINS-ON / ENDS-ON values, or a medication's startDate / endDate), ``duration`` and
``frequency`` (linked DURATION / SET values; for medications, falling back to the
medication attributes' time expression or text), plus the medication attributes' own text.
Rows are ordered by their best known date (date, start, stop), then undated rows by DocTimeRel
(BEFORE, BEFORE/OVERLAP, OVERLAP, AFTER), then by offset.
"""
from __future__ import annotations

from typing import Any

from cassis import Cas

from ..document import CREATION_TIME, get_document_id, get_metadata
from ..medication.cas import medication_columns
from ..typesystem import MEDICATION_MENTION
from .cas import DEFAULT_EVENT_TYPES, TEMPORAL_TEXT_RELATION, TIME_MENTION, event_mentions, get_doctimerel, kind_of

TIMELINE_COLUMNS: tuple[str, ...] = (
    "document_id", "document_creation_time", "event", "event_type", "begin", "end", "polarity",
    "doctimerel", "date", "start", "stop", "duration", "frequency", "times",
    "medication_frequency", "medication_duration")
_BUCKET = {"BEFORE": "0", "BEFORE/OVERLAP": "1", "OVERLAP": "2", "AFTER": "3"}


def _value(fs: Any) -> str:
    return (fs.time.normalizedForm or "") if fs is not None and fs.time is not None else ""


def _links(cas: Cas) -> dict[int, list[tuple[str, Any]]]:
    """Event (by id()) -> [(category, TimeMention)]."""
    out: dict[int, list[tuple[str, Any]]] = {}
    for r in cas.select(TEMPORAL_TEXT_RELATION):
        a1, a2 = r.arg1.argument, r.arg2.argument
        time, event = (a1, a2) if a1.type.name == TIME_MENTION else (a2, a1)
        if time.type.name == TIME_MENTION:
            out.setdefault(id(event), []).append((r.category, time))
    return out


def _covering_time(times: list[Any], modifier_span: tuple[int, int] | None, timex_class: str) -> str:
    if modifier_span is None:
        return ""
    for t in times:
        if t.timeClass == timex_class and t.begin < modifier_span[1] and modifier_span[0] < t.end:
            return _value(t)
    return ""


def timeline_rows(cas: Cas, document_id: str | None = None) -> list[dict[str, Any]]:
    """Timeline rows of one processed CAS (see module docstring), in time order."""
    doc_id = document_id or get_document_id(cas) or ""
    dct = get_metadata(cas).get(CREATION_TIME, "")
    links = _links(cas)
    times = list(cas.select(TIME_MENTION))
    rows = []
    for fs in event_mentions(cas, DEFAULT_EVENT_TYPES):
        linked = links.get(id(fs), [])
        by_cat = {}
        for category, t in linked:
            by_cat.setdefault((category, t.timeClass), _value(t))
        row = {
            "document_id": doc_id, "document_creation_time": dct, "event": fs.get_covered_text(),
            "event_type": kind_of(fs), "begin": fs.begin, "end": fs.end, "polarity": fs.polarity,
            "doctimerel": get_doctimerel(fs) or "",
            "date": by_cat.get(("CONTAINS", "DATE")) or by_cat.get(("CONTAINS", "TIME")) or "",
            "start": by_cat.get(("BEGINS-ON", "DATE")) or by_cat.get(("BEGINS-ON", "TIME")) or "",
            "stop": by_cat.get(("ENDS-ON", "DATE")) or by_cat.get(("ENDS-ON", "TIME")) or "",
            "duration": by_cat.get(("OVERLAP", "DURATION"), ""),
            "frequency": by_cat.get(("OVERLAP", "SET"), ""),
            "times": "; ".join(f"{c} {t.get_covered_text()}={_value(t)}" for c, t in linked),
            "medication_frequency": "", "medication_duration": "",
        }
        if fs.type.name == MEDICATION_MENTION:
            _medication(fs, row, times)
        rows.append(row)
    rows.sort(key=_sort_key)
    return rows


def _sort_key(row: dict[str, Any]) -> tuple[str, int]:
    """Dated rows by date (ISO strings sort in time order), then undated ones by DocTimeRel."""
    return row["date"] or row["start"] or row["stop"] or "~" + _BUCKET.get(row["doctimerel"], "9"), row["begin"]


def _medication(fs: Any, row: dict[str, Any], times: list[Any]) -> None:
    attrs = medication_columns(fs)
    row["medication_frequency"] = attrs.get("frequency") or ""
    row["medication_duration"] = attrs.get("duration") or ""
    row["start"] = row["start"] or _value(fs.startDate)
    row["stop"] = row["stop"] or _value(fs.endDate)
    for column, feature, cls in (("frequency", "medicationFrequency", "SET"),
                                 ("duration", "medicationDuration", "DURATION")):
        modifier = getattr(fs, feature, None)
        if not row[column] and modifier is not None:
            row[column] = _covering_time(times, (modifier.begin, modifier.end), cls)
