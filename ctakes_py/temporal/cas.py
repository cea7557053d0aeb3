"""Read and write the cTAKES temporal types.

- ``textsem.TimeMention``: ``timeClass`` = TIMEX3 class; the value in ``time`` ->
  ``refsem.Time.normalizedForm`` (where cTAKES keeps it).
- ``textsem.EventMention`` (disorders, symptoms, procedures, medications...): ``event`` ->
  ``refsem.Event.properties`` -> ``refsem.EventProperties.docTimeRel``.
- ``relation.TemporalTextRelation``: ``category`` CONTAINS/BEFORE/OVERLAP/BEGINS-ON/ENDS-ON.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable, Sequence

from cassis import Cas

from ..typesystem import (
    DISEASE_DISORDER_MENTION,
    EVENT_PROPERTIES,
    MEDICATION_MENTION,
    PROCEDURE_MENTION,
    REFSEM_EVENT,
    REFSEM_TIME,
    RELATION_ARGUMENT,
    SEGMENT,
    SENTENCE,
    SIGN_SYMPTOM_MENTION,
    TEMPORAL_TEXT_RELATION,
    TIME_MENTION,
)
from .timex import Timex

DEFAULT_EVENT_TYPES = (DISEASE_DISORDER_MENTION, SIGN_SYMPTOM_MENTION, PROCEDURE_MENTION, MEDICATION_MENTION)
KIND = {DISEASE_DISORDER_MENTION: "disorder", SIGN_SYMPTOM_MENTION: "symptom",
        PROCEDURE_MENTION: "procedure", MEDICATION_MENTION: "medication"}
ROLE_ARG1, ROLE_ARG2 = "Argument", "Related_to"
TEMPORAL_TECHNIQUE = 3  # cTAKES discoveryTechnique: rule based


def new_time_mention(cas: Cas, t: Timex) -> Any:
    ts = cas.typesystem
    time = ts.get_type(REFSEM_TIME)(normalizedForm=t.value or None)
    return ts.get_type(TIME_MENTION)(begin=t.begin, end=t.end, timeClass=t.timex_class, time=time,
                                     discoveryTechnique=TEMPORAL_TECHNIQUE)


def read_timexes(cas: Cas) -> list[tuple[Any, Timex]]:
    """``(TimeMention, Timex)`` pairs in text order (value "" when the mention has none)."""
    out = []
    for fs in cas.select(TIME_MENTION):
        value = fs.time.normalizedForm if fs.time is not None and fs.time.normalizedForm else ""
        out.append((fs, Timex(fs.begin, fs.end, fs.timeClass or "DATE", value, 0)))
    return out


def event_mentions(cas: Cas, type_names: Iterable[str]) -> list[Any]:
    """Mentions of the given types (and their subtypes), by offset, each once."""
    seen, out = set(), []
    for name in type_names:
        for fs in cas.select(name):
            if id(fs) not in seen:
                seen.add(id(fs))
                out.append(fs)
    return sorted(out, key=lambda f: (f.begin, f.end))


def kind_of(fs: Any) -> str:
    return KIND.get(fs.type.name, fs.type.name.rsplit(".", 1)[-1].replace("Mention", "").lower())


def get_doctimerel(fs: Any) -> str | None:
    event = getattr(fs, "event", None)
    props = event.properties if event is not None else None
    return props.docTimeRel if props is not None else None


def set_doctimerel(cas: Cas, fs: Any, label: str) -> None:
    """Set ``event.properties.docTimeRel``, creating the refsem objects when missing."""
    ts = cas.typesystem
    if fs.event is None:
        fs.event = ts.get_type(REFSEM_EVENT)()
    if fs.event.properties is None:
        fs.event.properties = ts.get_type(EVENT_PROPERTIES)()
    fs.event.properties.docTimeRel = label


def new_tlink(cas: Cas, arg1: Any, arg2: Any, category: str) -> Any:
    ts = cas.typesystem
    arg = ts.get_type(RELATION_ARGUMENT)
    return ts.get_type(TEMPORAL_TEXT_RELATION)(
        category=category, discoveryTechnique=TEMPORAL_TECHNIQUE,
        arg1=arg(argument=arg1, role=ROLE_ARG1), arg2=arg(argument=arg2, role=ROLE_ARG2))


class SpanIndex:
    """Which sentence / section covers an offset (both sorted, non-overlapping)."""

    def __init__(self, spans: Sequence[tuple[int, int, Any]]) -> None:
        self.spans = sorted(spans, key=lambda s: s[0])
        self.starts = [s[0] for s in self.spans]

    def at(self, offset: int) -> tuple[int, int, Any] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None


def sentence_index(cas: Cas) -> SpanIndex:
    """Sentences of the CAS; the whole text as one sentence when there are none."""
    spans = [(s.begin, s.end, None) for s in cas.select(SENTENCE)]
    if not spans:
        spans = [(0, len(cas.sofa_string or ""), None)]
    return SpanIndex(spans)


def section_index(cas: Cas) -> SpanIndex:
    return SpanIndex([(s.begin, s.end, s.id) for s in cas.select(SEGMENT)])
