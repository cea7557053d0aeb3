"""Event-time TLINKs inside a sentence: which event a time expression anchors, and how.

Each time expression (not QUANTIFIER or PREPOSTEXP) links to at most one event of its
sentence: the nearest event before it in the same clause ("diagnosed with X in 2015",
"started Y on 3/2", "Z x 7 days"; a medication before a frequency or duration is preferred
to a nearer non-drug event), else, for a fronted time ("In 2015, ..."), the event after it. DATE/TIME links get
their category from cue rows (``lexicons/temporal/tlink_cues.tsv``): BEGINS-ON ("since"),
ENDS-ON ("until", "stopped"), BEFORE ("prior to"), else CONTAINS; DURATION and SET links
are OVERLAP. Direction follows THYME: CONTAINS is time -> event, the others event -> time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import LexiconError
from .timex import Timex

CONTAINS, OVERLAP = "CONTAINS", "OVERLAP"
CATEGORIES = ("CONTAINS", "BEFORE", "OVERLAP", "BEGINS-ON", "ENDS-ON")
_UNLINKED = ("QUANTIFIER", "PREPOSTEXP")
_POINT = ("DATE", "TIME")
_CLAUSE_BREAK = re.compile(r"[;:,.!?]")
_SKIP_TO = re.compile(r"\b(?:to|until|through|till|-)\s*$", re.I)
MAX_LEFT_GAP = 60
MAX_RIGHT_GAP = 40
EVENT_LEFT = 30
TIME_LEFT = 15


@dataclass(frozen=True)
class Span:
    """An event's offsets; ``medication`` events take frequencies and durations first."""

    begin: int
    end: int
    medication: bool = False


@dataclass(frozen=True)
class TLink:
    """``event`` and ``timex`` are indexes into the lists given to :meth:`TLinker.link`."""

    event: int
    timex: int
    category: str

    @property
    def time_first(self) -> bool:
        """True when the time is arg1 (CONTAINS)."""
        return self.category == CONTAINS


def load_tlink_cues(path: str | Path) -> list[tuple[str, str, re.Pattern]]:
    path = Path(path)
    if not path.is_file():
        raise LexiconError(f"TLINK cue file missing: {path}", file=str(path))
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or cols[0] not in CATEGORIES or cols[1] not in ("event_left", "between"):
            raise LexiconError("expected category<TAB>event_left|between<TAB>regex", file=str(path), position=number)
        rows.append((cols[0], cols[1], re.compile(cols[2], re.I)))
    return rows


class TLinker:
    """Links events to time expressions; one instance serves many documents."""

    def __init__(self, cues: list[tuple[str, str, re.Pattern]]) -> None:
        self.cues = cues

    def link(self, text: str, sentence: tuple[int, int], events: Sequence[Span],
             timexes: Sequence[Timex]) -> list[TLink]:
        """Links for one sentence; ``events`` and ``timexes`` are that sentence's, by offset."""
        out = []
        for ti, t in enumerate(timexes):
            if t.timex_class in _UNLINKED:
                continue
            ei = self._left_event(text, sentence, events, timexes, t)
            if ei is None:
                ei = self._right_event(text, events, timexes, t)
            if ei is not None:
                out.append(TLink(ei, ti, self._category(text, sentence, events[ei], t)))
        return out

    def _left_event(self, text: str, sentence: tuple[int, int], events: Sequence[Span],
                    timexes: Sequence[Timex], t: Timex) -> int | None:
        left = [ei for ei, e in enumerate(events) if e.end <= t.begin and t.begin - e.end <= MAX_LEFT_GAP]
        if not left:
            return None
        best = max(left, key=lambda ei: events[ei].end)
        if t.timex_class not in _POINT and not events[best].medication:
            drugs = [ei for ei in left
                     if events[ei].medication and not _CLAUSE_BREAK.search(text[events[ei].end:t.begin])]
            best = max(drugs, key=lambda ei: events[ei].end) if drugs else best
        e = events[best]
        gap = text[e.end:t.begin]
        if _CLAUSE_BREAK.search(gap):
            return None
        between = [x for x in timexes if e.end <= x.begin and x.end <= t.begin]
        if any(x.timex_class in _POINT for x in between) and not _SKIP_TO.search(gap):
            return None
        return best

    def _right_event(self, text: str, events: Sequence[Span], timexes: Sequence[Timex], t: Timex) -> int | None:
        for ei, e in enumerate(events):
            if e.begin >= t.end and e.begin - t.end <= MAX_RIGHT_GAP:
                gap = text[t.end:e.begin]
                fronted = gap.lstrip().startswith(",")  # "In 2015, she had an MI"
                blocked = ";" in gap or "." in gap or any(t.end <= x.begin and x.end <= e.begin for x in timexes)
                return ei if fronted and not blocked else None
        return None

    def _category(self, text: str, sentence: tuple[int, int], e: Span, t: Timex) -> str:
        if t.timex_class not in _POINT:
            return OVERLAP
        if e.end <= t.begin:
            between = text[e.end:t.begin]
        else:
            between = text[max(sentence[0], t.begin - TIME_LEFT):t.begin] + " " + text[t.end:e.begin]
        event_left = text[max(sentence[0], e.begin - EVENT_LEFT):e.begin]
        event_left = re.split(r"[;,.]", event_left)[-1]
        for category, where, regex in self.cues:
            if regex.search(event_left if where == "event_left" else between):
                return category
        return CONTAINS
