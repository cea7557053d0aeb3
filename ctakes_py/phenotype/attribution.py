"""Whose condition is it? Attach a condition mention to the person(s) who have it.

Rules, in order (person mentions already carry their resolved person):

1. **explicit holder**: the condition is followed by "in" and a person ("DM in mother",
   "MI in father at 52", "breast ca in maternal grandmother") or by a dash, colon or
   parenthesis and a person ("Breast cancer - mother", "CAD (father)");
2. **nearest holder before it** in its sentence: the closest preceding person mention
   ("Her mother had breast cancer", "his brother ...; he also has afib", "her son, who has
   asthma"), skipping clinicians and the objects of by/with/from ("brought in by her
   husband with chest pain", "seen by Dr. Ito for CKD") unless a relative clause about them
   follows ("her son, who has asthma"); a holder conjoined with others ("her mother and
   maternal aunt both had breast cancer") gives all of them;
3. **no person in the sentence**: the patient, except in a family-history section: there
   the relative heading a list item ("Mother:\n- breast cancer"), else nobody in particular
   ("FH: DM." names no relative).

Plural relatives nearer than any person ("Both parents had diabetes", "DM in several
relatives", "runs in the family") mean the family in general, not a person. So does a
family cue before the condition in its clause ("no family history of colon cancer",
"family history significant for MI"): unless rule 1 names the relative, the condition has
no holder (and never goes to the patient).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

_HOLDER_AFTER = re.compile(r"(?:[\s,(]*\bin\s+(?:both\s+)?|\s*[-–:(]\s*)$", re.I)
_RELATIVE_CLAUSE = re.compile(r"\s*,?\s*(?:who|whose|that)\b", re.I)
_BY_WITH = re.compile(r"\b(?:by|with|from|to)\s+$", re.I)
_PLURAL_KIN = (r"(?:parents|siblings|brothers|sisters|children|kids|sons|daughters|grandparents|aunts|uncles|"
               r"cousins|relatives|family\s+members|family)")
_PLURAL_BEFORE = re.compile(rf"\b{_PLURAL_KIN}\b", re.I)
_PLURAL_AFTER = re.compile(rf"[\s,(]*(?:\b(?:runs?|ran|is\s+common|are\s+common)\s+)?\bin\s+"
                           rf"(?:both\s+|several\s+|multiple\s+|two\s+|three\s+)?"
                           rf"(?:(?:her|his|their|the)\s+)?(?:\w+\s+)?{_PLURAL_KIN}\b", re.I)
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
_CONJOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:her|his|the|both)\s+)?$", re.I)


@dataclass(frozen=True)
class PersonRef:
    """A person mention: span, the person it refers to, and whether that person is a
    clinician (never the holder of a patient's condition)."""

    begin: int
    end: int
    person: str
    clinician: bool = False


@dataclass(frozen=True)
class Attribution:
    """``holders``: person ids (empty: no specific person); ``mentions``: for each holder,
    the index of its mention nearest to the condition (the Has_Condition argument, -1 when
    the holder has no mention); ``rule``: which rule decided."""

    holders: tuple[str, ...]
    mentions: tuple[int, ...]
    rule: str


class Attributor:
    """Attribution for the conditions of one document."""

    def __init__(self, text: str, persons: Sequence[PersonRef], sentence_starts: Sequence[int],
                 family_spans: Sequence[tuple[int, int]] = (), patient: str = "P0") -> None:
        self.text = text
        self.persons = sorted(persons, key=lambda p: p.begin)
        self.begins = [p.begin for p in self.persons]
        self.sentence_starts = sorted(set(sentence_starts) | {0})
        self.family_spans = sorted(family_spans)
        self.patient = patient
        # each person's mentions (indexes into persons, in text order) and their begins
        self._mine: dict[str, list[int]] = {}
        for k, p in enumerate(self.persons):
            self._mine.setdefault(p.person, []).append(k)
        self._mine_begins = {person: [self.persons[k].begin for k in ks] for person, ks in self._mine.items()}

    def _sentence_range(self, sentence: int, begins: list[int]) -> tuple[int, int]:
        """Positions ``[lo, hi)`` in sorted ``begins`` of those that fall in sentence ``sentence``."""
        start = self.sentence_starts[sentence]
        stop = self.sentence_starts[sentence + 1] if sentence + 1 < len(self.sentence_starts) else None
        return bisect_left(begins, start), (bisect_left(begins, stop) if stop is not None else len(begins))

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def in_family_section(self, offset: int) -> bool:
        return any(b <= offset < e for b, e in self.family_spans)

    def attribute(self, begin: int, end: int, family_cue: bool = False) -> Attribution:
        """Holders of the condition at ``[begin, end)``; ``family_cue``: a family-history
        cue precedes it in its clause."""
        sentence = self.sentence_of(begin)
        same = range(*self._sentence_range(sentence, self.begins))     # persons are in text order
        after = bisect_left(self.begins, end, same.start, same.stop)
        if after < same.stop and _HOLDER_AFTER.match(self.text[end:self.persons[after].begin]):
            return self._holders(self._with_conjoined(after, same), begin, end, "explicit")
        if family_cue or _PLURAL_AFTER.match(self.text, end):
            return Attribution((), (), "family_cue")
        sentence_start = self.sentence_starts[sentence]
        plural = [m.end() for m in _PLURAL_BEFORE.finditer(self.text, sentence_start, begin)]
        for k in reversed(same):
            if self.persons[k].end > begin or self._skipped(k):
                continue
            if plural and plural[-1] > self.persons[k].end:
                break
            return self._holders(self._with_conjoined(k, same), begin, end, "nearest")
        if plural:  # "Both parents had diabetes": the family, no one in particular
            return Attribution((), (), "plural")
        if self.in_family_section(begin):
            k = self._list_holder(begin)
            if k is not None:
                return self._holders(self._with_conjoined(k, [k]), begin, end, "list")
            return Attribution((), (), "family_section")
        return self._holders([], begin, end, "patient")

    def _list_holder(self, begin: int) -> int | None:
        """In a family-history list ("Mother:\n- breast cancer\n- HTN"), the relative heading
        the item: the nearest person before it with no full stop between."""
        k = bisect_right(self.begins, begin) - 1
        if k < 0 or not self.in_family_section(self.persons[k].begin):
            return None
        gap = self.text[self.persons[k].end:begin]
        return k if len(gap) < 120 and not _FULL_STOP.search(gap) and not self.persons[k].clinician else None

    def _skipped(self, k: int) -> bool:
        p = self.persons[k]
        if p.clinician:
            return True
        if _BY_WITH.search(self.text[max(0, p.begin - 8):p.begin]):
            return not _RELATIVE_CLAUSE.match(self.text, p.end)
        return False

    def _with_conjoined(self, k: int, same: Sequence[int]) -> list[int]:
        """Mention ``k`` and the mentions joined to it by "and" (either side)."""
        group = [k]
        position = same.index(k)
        for step in (-1, 1):
            j = position
            while 0 <= j + step < len(same):
                a, b = sorted((same[j], same[j + step]))
                if not _CONJOINED.fullmatch(self.text, self.persons[a].end, self.persons[b].begin):
                    break
                j += step
                group.append(same[j])
        return sorted(group)

    def _holders(self, ks: list[int], begin: int, end: int, rule: str) -> Attribution:
        people = list(dict.fromkeys(self.persons[k].person for k in ks)) or [self.patient]
        return Attribution(tuple(people), tuple(self.nearest_mention(p, begin, end) for p in people), rule)

    def nearest_mention(self, person: str, begin: int, end: int) -> int:
        """Index of ``person``'s mention nearest to the condition in its sentence, else the
        nearest before it, else the first after it (the guideline's Has_Condition argument)."""
        mine = self._mine.get(person)
        if not mine:
            return -1
        begins = self._mine_begins[person]
        lo, hi = self._sentence_range(self.sentence_of(begin), begins)
        if lo < hi:
            persons = self.persons
            return min(mine[lo:hi], key=lambda k: min(abs(persons[k].begin - end), abs(begin - persons[k].end)))
        # the last mention ending before the condition (one beginning after it cannot)
        for i in range(bisect_right(begins, begin) - 1, -1, -1):
            if self.persons[mine[i]].end <= begin:
                return mine[i]
        return mine[0]
