"""Where each person mention sits: sentence, clause, section, reporting-verb context.

Built once per document from the mentions, the sentence spans and the section spans; the
sieves, the pair features and the phenotype attribution read positions from it.
Utterances are coordinate clauses: sentences cut at ``;`` ``:`` and ", and/but/so".
Clauses are also cut at relative pronouns (who, whose, which, that), subordinators
(because, if, whether, when) and after a reporting verb ("states", "is concerned"), so
"Her daughter states | she stopped warfarin" is one utterance of two clauses.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from .mentions import PersonMention
from .triggers import TriggerWindows

# coordinate breaks start a new utterance (and clause); subordinate breaks only a clause
_COORDINATE = re.compile(r";|:|\s-\s|,\s*(?:and|but|so|yet)\b|\s(?:and|but|so)\s+(?=(?:he|she|his|her)\b)"
                         r"|\bbut\b|,\s*(?=(?:he|she)\b)", re.I)
_SUBORDINATE = re.compile(r"\b(?:who|whose|which|that|because|while|whereas|so|when|if|whether|although|though|"
                          r"since|after|before|until|unless)\b", re.I)
_BREAKS = re.compile(rf"(?P<coordinate>{_COORDINATE.pattern})|(?P<subordinate>{_SUBORDINATE.pattern})", re.I)
_CONJOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:her|his|the)\s+)?$", re.I)
_BY_WITH = re.compile(r"\b(?:by|with|from|to|of|for)\s+$", re.I)
FAMILY_SECTIONS = frozenset({"family_history"})


class ReportingFinder:
    """Reporting-verb phrases (optionally followed by "that") and "per X," / "according to
    X," ("Per her daughter, she has ..."): one pattern, run around its trigger words."""

    def __init__(self, phrases: Sequence[str]) -> None:
        ordered = sorted(phrases, key=len, reverse=True)
        alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
        self.pattern = re.compile(rf"\b(?:{alternation})\b(?:\s+that\b)?|\b(?:per|according\s+to)\s+[^,.;:\n]{{1,40}},",
                                  re.I)
        self.windows = TriggerWindows([max(p.split(), key=len) for p in ordered] + ["per", "according"], 30, 50)

    def find(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.windows.finditer(self.pattern, text)]


@dataclass
class Discourse:
    """Positions of the mentions of one document (all lists are indexed like ``mentions``).

    ``sentence``: sentence number; ``clause``: global clause number (clauses never span
    sentences); ``section``: section id or ""; ``clause_first``: the mention is the first
    one of its clause (a subject, roughly); ``after_by_with``: the mention is the object
    of by/with/from/to ("brought in by her husband"); ``utterance``: coordinate clause
    number (sentences cut at ``;`` and ", and"; subordinate clauses stay in their
    utterance); ``conjoined``: the mention is one member of "X and Y" (a plural, not an
    antecedent for "he"/"she"); ``reporting``: ``(begin, end)`` of reporting-verb matches."""

    text: str
    mentions: list[PersonMention]
    sentence_starts: list[int]
    clause_starts: list[int]
    utterance_starts: list[int]
    sections: list[tuple[int, int, str]]
    reporting: list[tuple[int, int]]
    family_sections: frozenset[str] = FAMILY_SECTIONS
    sentence: list[int] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    clause_first: list[bool] = field(default_factory=list)
    after_by_with: list[bool] = field(default_factory=list)
    utterance: list[int] = field(default_factory=list)
    conjoined: list[bool] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, mentions: list[PersonMention], sentences: Sequence[tuple[int, int]],
              sections: Sequence[tuple[int, int, str]], reporting: ReportingFinder,
              family_sections: frozenset[str] = FAMILY_SECTIONS) -> "Discourse":
        """``sentences``: sorted ``(begin, end)``; ``sections``: sorted ``(begin, end, id)``."""
        sentence_starts = [b for b, _ in sentences] or [0]
        if sentence_starts[0] > 0:
            sentence_starts.insert(0, 0)
        report = reporting.find(text)
        coordinate, cuts = [], [e for _, e in report]
        for m in _BREAKS.finditer(text):
            (coordinate if m.lastgroup == "coordinate" else cuts).append(m.start())
        cuts += coordinate
        clause_starts = sorted(set(sentence_starts) | set(cuts))
        utterance_starts = sorted(set(sentence_starts) | set(coordinate))
        d = cls(text, mentions, sentence_starts, clause_starts, utterance_starts, list(sections), report,
                frozenset(family_sections))
        d._locate()
        return d

    def _locate(self) -> None:
        self._begins = [m.begin for m in self.mentions]
        self._section_begins = [s[0] for s in self.sections]
        self._report_ends = [e for _, e in self.reporting]
        section_begins = self._section_begins
        last_clause = -1
        for m in self.mentions:
            self.sentence.append(self.sentence_at(m.begin))
            clause = self.clause_at(m.begin)
            self.clause.append(clause)
            self.clause_first.append(clause != last_clause)
            last_clause = clause
            k = bisect_right(section_begins, m.begin) - 1
            inside = k >= 0 and m.begin < self.sections[k][1]
            self.section.append(self.sections[k][2] if inside else "")
            self.after_by_with.append(bool(_BY_WITH.search(self.text[max(0, m.begin - 8):m.begin])))
            self.utterance.append(self.utterance_at(m.begin))
        self.conjoined = [False] * len(self.mentions)
        for k in range(1, len(self.mentions)):
            prev, cur = self.mentions[k - 1], self.mentions[k]
            if self.sentence[k] == self.sentence[k - 1] and _CONJOINED.fullmatch(self.text, prev.end, cur.begin):
                self.conjoined[k - 1] = self.conjoined[k] = True

    def sentence_at(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def clause_at(self, offset: int) -> int:
        return bisect_right(self.clause_starts, offset) - 1

    def utterance_at(self, offset: int) -> int:
        return bisect_right(self.utterance_starts, offset) - 1

    def section_at(self, offset: int) -> str:
        k = bisect_right(self._section_begins, offset) - 1
        return self.sections[k][2] if k >= 0 and offset < self.sections[k][1] else ""

    def in_family_section(self, index: int) -> bool:
        return self.section[index] in self.family_sections

    def reporting_before(self, offset: int) -> tuple[int, int] | None:
        """The reporting-verb match that ends right before ``offset`` (spaces between), if any."""
        k = bisect_right(self._report_ends, offset) - 1
        if k >= 0:
            begin, end = self.reporting[k]
            if not self.text[end:offset].strip():
                return begin, end
        return None

    def mentions_before(self, offset: int) -> int:
        """Number of mentions that begin before ``offset``."""
        return bisect_right(self._begins, offset - 1)
