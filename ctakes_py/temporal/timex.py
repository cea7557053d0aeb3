"""Find TIMEX3 expressions in a text: every pattern's matches, overlaps resolved, values set.

    finder = TimexFinder(load_temporal_lexicon(folder))
    finder.find("s/p CABG 3 years ago", dct=date(2019, 3, 14))
    # [Timex(begin=9, end=20, timex_class='DATE', value='2016', ...)]
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from ..errors import LexiconError
from .lexicon import TemporalLexicon, TimexPattern
from .normalize import NORMALIZERS, Anchor, _number, _unit

_LEFT_CONTEXT = 20


@dataclass(frozen=True)
class Timex:
    """One time expression: character span, TIMEX3 class, normalized value, pattern row."""

    begin: int
    end: int
    timex_class: str
    value: str
    row: int


class TimexFinder:
    """Applies the lexicon's compiled patterns; one instance serves many documents."""

    def __init__(self, lexicon: TemporalLexicon) -> None:
        self.lexicon = lexicon
        for p in lexicon.patterns:
            if p.normalizer not in NORMALIZERS:
                raise LexiconError(f"unknown normalizer {p.normalizer!r}", position=p.row,
                                   fix=f"use one of {sorted(NORMALIZERS)}")

    def patient_birth(self, text: str, dct: date | None) -> date | None:
        """Birth date estimate from the first stated age ("67 yo M") and the DCT."""
        if dct is None:
            return None
        anchor = Anchor(self.lexicon, dct)
        for regex in self.lexicon.patient_age:
            m = regex.search(text)
            if m:
                n = _number(m.group("n"), anchor)
                unit = _unit(m.groupdict().get("unit"), anchor) or "Y"
                if isinstance(n, int):
                    return dct - relativedelta(**{"months" if unit == "M" else "years": n})
        return None

    def find(self, text: str, dct: date | None = None, birth: date | None = None) -> list[Timex]:
        """Non-overlapping time expressions of ``text``, in text order."""
        if birth is None:
            birth = self.patient_birth(text, dct)
        anchor = Anchor(self.lexicon, dct, birth)
        candidates = [c for p in self.lexicon.patterns for c in self._matches(p, text, anchor)]
        candidates.sort(key=lambda t: (-(t.end - t.begin), t.row, t.begin))
        taken: list[Timex] = []
        for cand in candidates:
            if all(cand.end <= t.begin or cand.begin >= t.end for t in taken):
                taken.append(cand)
        return sorted(taken, key=lambda t: t.begin)

    def _matches(self, pattern: TimexPattern, text: str, anchor: Anchor) -> list[Timex]:
        out = []
        normalizer = NORMALIZERS[pattern.normalizer]
        for m in pattern.regex.finditer(text):
            begin, end = m.span("span") if "span" in pattern.regex.groupindex else m.span()
            if begin == end or (pattern.reject_left is not None and
                                pattern.reject_left.search(text[max(0, begin - _LEFT_CONTEXT):begin])):
                continue
            value = normalizer(m, anchor)
            if value is not None:
                out.append(Timex(begin, end, pattern.timex_class, value, pattern.row))
        return out
