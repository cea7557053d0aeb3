"""Medication windows and attribute -> drug links.

A **window** is a stretch of text in which an attribute may modify a drug: a sentence or
clause (ended by ``.``/``!``/``?`` before a capital, or by ``;``) of one line. A line break
ends a window unless the next line continues the item (``Sig:``, ``Disp:``, ``Take``,
``then``), the line ends with a comma, hyphen, slash or connecting word, or the next line
is indented under a line ending with ``:`` (a sliding scale under its insulin).

**Links** (:func:`link_attributes`): an attribute modifies the nearest drug before it in
its window; it modifies the next drug instead when it is written right before that drug
("30 tabs of acetaminophen", "2.5 mg glipizide") and either no drug precedes it or a
separator (``,``, ``and``, ``plus``...) sits between it and the previous drug's
attributes, or it touches that drug (or is joined to it by "of") while other words part
it from the previous drug's attributes (``patch weekly (changed from oral clonidine``,
``(loading 600 mg of Dupixent``, also through attributes in between: ``390 mg IV of Stelara``).
A clause after ``;`` that names no drug and opens with a dose continues the previous clause
(``Lasix 40 mg qAM; extra 1 tab prn``). Attributes flagged ``needs_context`` (``once``,
``oral``, a spelled count) are kept only when chained (small gaps) to their drug. A status-change word modifies the
drug right after it (``started lisinopril``) or right before it (``amiodarone
discontinued``). A drug joined to the next by ``-``/``/``/``+`` (``losartan-HCTZ``,
``mFOLFOX6 + bevacizumab``) shares its attributes; a bare drug joined by ``and`` shares the
next one's frequency, route and duration (``vancomycin and zosyn for 5 days``). A time span
"of" something that is not a drug or a treatment (``for 2 days of confusion``) is not a
duration. After linking: a unit-less number after a drug is its strength (``lisinopril 20
qd``), a count between a taking verb and a drug its dosage (``took 1 NTG``), and a count
between a drug's form and its route or frequency its dosage (``suppository 1 PR BID``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .drugs import DrugSpan
from .patterns import DOSAGE, DURATION, FORM, FREQUENCY, ROUTE, STATUS_CHANGE, STRENGTH, WORD_NUMBERS, Attribute

_SENTENCE_END = re.compile(r"(?<![A-Za-z]\.[A-Za-z])(?<!\b[Dd]r)(?<!\bvs)[.!?](?=[ \t]+[A-Z(\[])|;")
_LINE_BREAK = re.compile(r"\n")
_CONTINUES_NEXT = re.compile(r"[ \t]*(?:Sig|SIG|sig|Disp|DISP|Dispense|Take|take|then|Then|Instructions|Dose)\b")
_CONTINUES_PREV = re.compile(r"(?:[,/\-(]|\b(?:and|or|of|to|with|for|then|plus|on))[ \t]*$", re.I)
_INDENTED = re.compile(r"[ \t]+\S")
_SEPARATOR = re.compile(r"[,;]|\b(?:and|plus|then|with|or|also|as well as|followed by)\b", re.I)
_FORWARD_FILLER = re.compile(r"(?:[ \t]|\bof\b|\bthe\b|\bto\b|\bon\b|\bx\b|-|,)*", re.I)
_SMALL_GAP = re.compile(r"[ \t,()\-/:|]*(?:of[ \t]+)?[ \t|]*")


def windows(text: str) -> list[tuple[int, int]]:
    """``(begin, end)`` of every window, in order, covering the text."""
    cuts = {m.end() for m in _SENTENCE_END.finditer(text)}
    opener = False  # inside a block of indented lines under a line ending with ":"
    for m in _LINE_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        indented_next = _INDENTED.match(text, m.end()) is not None
        if _INDENTED.match(text, line_start) is None:
            opener = text[line_start:m.start()].rstrip().endswith(":")
        if (opener and indented_next) or _CONTINUES_NEXT.match(text, m.end()) or \
                _CONTINUES_PREV.search(text, line_start, m.start()):
            continue
        cuts.add(m.end())
    bounds = [0] + sorted(c for c in cuts if 0 < c < len(text)) + [len(text)]
    return [(b, e) for b, e in zip(bounds, bounds[1:]) if e > b]


def _join_drugless_clauses(text: str, spans: list[tuple[int, int]], drugs: list[DrugSpan],
                           attributes: list[Attribute]) -> list[tuple[int, int]]:
    """A clause after ``;`` that names no drug and opens with a dose ("extra 1 tab prn",
    "increase to 50 mg daily", "may take 20 mg prn") continues the previous clause's drug
    ("Lasix 40 mg qAM; extra 1 tab prn")."""
    begins = sorted(d.begin for d in drugs)
    dose_begins = sorted(a.begin for a in attributes if a.kind != STATUS_CHANGE)
    out: list[tuple[int, int]] = []
    for b, e in spans:
        k = bisect_left(dose_begins, b)
        first = dose_begins[k] if k < len(dose_begins) and dose_begins[k] < e else None
        if out and text[b - 1:b] == ";" and first is not None and bisect_left(begins, b) == bisect_left(begins, e) \
                and _DOSE_OPENER.fullmatch(text, b, first):
            out[-1] = (out[-1][0], e)
        else:
            out.append((b, e))
    return out


# words that open a further dose of the same drug after ";"
_DOSE_OPENER = re.compile(r"[ \t]*(?:(?i:extra|additional|another|then|may|can|could|take|takes|give|use|"
                          r"increase|increased|decrease|decreased|reduce|reduced|titrate|change|changed|"
                          r"up|down|to|and|or|plus|repeat)\b[ \t]*)*")


@dataclass
class Links:
    """Attributes linked to each drug (by index into the drug list), and the unlinked."""

    by_drug: dict[int, list[Attribute]] = field(default_factory=dict)
    unlinked: list[Attribute] = field(default_factory=list)

    def add(self, drug: int, attribute: Attribute) -> None:
        found = self.by_drug.setdefault(drug, [])
        if attribute not in found:
            found.append(attribute)


def link_attributes(text: str, drugs: list[DrugSpan], attributes: list[Attribute],
                    spans: list[tuple[int, int]] | None = None) -> Links:
    """Link every attribute to its drug(s); see the module docstring."""
    spans = _join_drugless_clauses(text, spans if spans is not None else windows(text), drugs, attributes)
    starts = [b for b, _ in spans]
    drug_begins = [d.begin for d in drugs]
    attr_begins = [a.begin for a in attributes]
    groups = _combination_groups(text, drugs)
    chosen: dict[int, int] = {}  # attribute index -> drug index
    chain_end: dict[int, int] = {}  # drug index -> end of its last attribute so far
    for i, a in enumerate(attributes):
        w = bisect_right(starts, a.begin) - 1
        w_begin, w_end = spans[w] if w >= 0 else (0, len(text))
        in_window = [j for j in range(bisect_left(drug_begins, w_begin), bisect_left(drug_begins, w_end))
                     if drugs[j].end <= w_end]
        if a.kind == STATUS_CHANGE:
            target = _status_target(text, a, drugs, in_window)
        elif a.kind == DURATION and _of_something_else(text, a, drug_begins):
            target = None
        else:
            between = attributes[bisect_left(attr_begins, a.end):]
            target = _target(text, a, drugs, in_window, between, chain_end)
        if target is not None:
            chosen[i] = target
            if a.kind != STATUS_CHANGE:
                chain_end[target] = max(chain_end.get(target, 0), a.end)
    links = Links()
    for i, a in enumerate(attributes):
        j = chosen.get(i)
        if j is None or (a.needs_context and not _chained(text, i, j, attributes, chosen, drugs)):
            links.unlinked.append(a)
            continue
        for member in groups.get(j, [j]):
            links.add(member, a)
    _bare_strengths(text, drugs, attributes, links)
    _counts_before(text, drugs, attributes, links)
    _counts_after_form(text, attributes, links)
    _share_coordinated(text, drugs, links)
    return links


def _target(text: str, a: Attribute, drugs: list[DrugSpan], in_window: list[int],
            following: list[Attribute], chain_end: dict[int, int]) -> int | None:
    before = [j for j in in_window if drugs[j].end <= a.begin]
    after = [j for j in in_window if drugs[j].begin >= a.end]
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    forward = nxt is not None and _forward_gap_ok(text, a, drugs[nxt], following)
    if prev is None:
        return nxt if forward else None
    if forward:
        end = max(chain_end.get(prev, 0), drugs[prev].end)
        if end <= a.begin and _SEPARATOR.search(text, end, a.begin):
            return nxt
        # "weekly (changed from oral clonidine ...)": written right before the next drug and
        # parted from the previous drug's attributes by other words, it is the next drug's
        if a.kind != DURATION and end <= a.begin and _touches(text, a, drugs[nxt], following) \
                and _WORDS.search(text, end, a.begin):
            return nxt
    return prev


def _touches(text: str, a: Attribute, drug: DrugSpan, following: list[Attribute]) -> bool:
    """``a`` touches the drug, directly or through attributes written between them
    ("390 mg IV of Stelara")."""
    end = a.end
    for x in following:
        if x.begin >= drug.begin or not _BLANK.fullmatch(text, end, x.begin):
            break
        end = x.end
    return _TOUCHING.fullmatch(text, end, drug.begin) is not None


def _of_something_else(text: str, a: Attribute, drug_begins: list[int]) -> bool:
    """``for 2 days of increasing confusion``: a time span "of" something that is neither a
    drug nor a course of treatment is not how long a drug is taken."""
    m = _OF_AFTER.match(text, a.end)
    if m is None or _OF_TREATMENT.match(text, m.end()):
        return False
    k = bisect_left(drug_begins, m.end())
    return not (k < len(drug_begins) and drug_begins[k] == m.end())


def _forward_gap_ok(text: str, a: Attribute, drug: DrugSpan, following: list[Attribute]) -> bool:
    """Only filler words and other attributes between ``a`` and the drug after it
    (``following``: the attributes that start after ``a``, in order)."""
    if drug.begin - a.end > 60:
        return False
    gap = list(text[a.end:drug.begin])
    for x in following:
        if x.begin >= drug.begin:
            break
        if x.end <= drug.begin:
            gap[x.begin - a.end:x.end - a.end] = " " * (x.end - x.begin)
    rest = "".join(gap)
    return len(rest) <= 40 and bool(_FORWARD_FILLER.fullmatch(rest))


def _status_target(text: str, a: Attribute, drugs: list[DrugSpan], in_window: list[int]) -> int | None:
    direction = a.value.get("direction", "both")
    after = [j for j in in_window if drugs[j].begin >= a.end]
    before = [j for j in in_window if drugs[j].end <= a.begin]
    if direction in ("before", "both") and after:
        gap = text[a.end:drugs[after[0]].begin]
        if len(gap.split()) <= 4:
            return after[0]
    if direction in ("after", "both") and before:
        gap = text[drugs[before[-1]].end:a.begin]
        if len(gap.split()) <= 3 and not re.search(r"[;.]", gap):
            return before[-1]
    return None


def _chained(text: str, i: int, j: int, attributes: list[Attribute], chosen: dict[int, int],
             drugs: list[DrugSpan]) -> bool:
    """A context-needing attribute touches its drug, or (through small gaps) an attribute
    of the same drug that needs no context."""
    a = attributes[i]
    d = drugs[j]
    if _small_gap(text, d.end, a.begin) or _small_gap(text, a.end, d.begin):
        return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(attributes) and chosen.get(k) == j:
            b = attributes[k]
            if (_small_gap(text, b.end, a.begin) or _small_gap(text, a.end, b.begin)) and \
                    (not b.needs_context or _chained_once(text, k, j, attributes, chosen, drugs, i)):
                return True
    return False


def _chained_once(text, k, j, attributes, chosen, drugs, skip) -> bool:
    b, d = attributes[k], drugs[j]
    if _small_gap(text, d.end, b.begin) or _small_gap(text, b.end, d.begin):
        return True
    for m in (k - 1, k + 1):
        if m != skip and 0 <= m < len(attributes) and chosen.get(m) == j and not attributes[m].needs_context:
            c = attributes[m]
            if _small_gap(text, c.end, b.begin) or _small_gap(text, b.end, c.begin):
                return True
    return False


def _small_gap(text: str, begin: int, end: int) -> bool:
    return 0 <= end - begin <= 8 and bool(_SMALL_GAP.fullmatch(text, begin, end))


def _combination_groups(text: str, drugs: list[DrugSpan]) -> dict[int, list[int]]:
    """Drugs written as one product (``losartan-HCTZ``): index -> all indexes of the product."""
    groups: dict[int, list[int]] = {}
    current = [0] if drugs else []
    for j in range(1, len(drugs)):
        if _JOINER.fullmatch(text, drugs[j - 1].end, drugs[j].begin):
            current.append(j)
            continue
        for k in current:
            groups[k] = current
        current = [j]
    for k in current:
        groups[k] = current
    return groups


_TOUCHING = re.compile(r"[ \t]{1,2}(?:of[ \t]+)?")  # "600 mg of Dupixent"
_WORDS = re.compile(r"[A-Za-z]{2,}")
_BLANK = re.compile(r"[ \t]{1,2}")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?")
_OF_TREATMENT = re.compile(r"(?i:therapy|treatment|tx|antibiotics?|abx|dosing|doses|medications?|meds|"
                           r"steroids?|anticoagulation|oral|IV|PO)\b")
_JOINER = re.compile(r"-|/|[ \t]*\+[ \t]*")  # "losartan-HCTZ", "mFOLFOX6 + bevacizumab"
_BARE_NUMBER = re.compile(r"[ \t]+(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*)(?=[ \t]+)")


def _bare_strengths(text: str, drugs: list[DrugSpan], attributes: list[Attribute], links: Links) -> None:
    """``lisinopril 20 qd``, ``Percocet 5/325 1-2 tabs``: a unit-less number (or ratio)
    right after a drug and right before its frequency, route, form or dose is the drug's
    strength."""
    starts = {a.begin: a for a in attributes}
    for j, d in enumerate(drugs):
        m = _BARE_NUMBER.match(text, d.end)
        if m is None or m.start(1) in starts or any(x.kind == STRENGTH for x in links.by_drug.get(j, [])):
            continue
        nxt_begin = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t"))
        follower = starts.get(nxt_begin)
        if follower is not None and follower.kind in (FREQUENCY, ROUTE, FORM, DOSAGE) and \
                follower in links.by_drug.get(j, []):
            number = m.group(1)
            links.add(j, Attribute(STRENGTH, m.start(1), m.end(1), {"number": number, "unit": ""}))


_COUNT_BEFORE = re.compile(r"(?i:\b(?:take|takes|took|taking|give|gives|gave|given|use|uses|used|chew|chewed))"
                           r"[ \t]+(?P<n>\d+(?:-\d+)?|(?i:one|two|three|four))[ \t]+$")


def _counts_before(text: str, drugs: list[DrugSpan], attributes: list[Attribute], links: Links) -> None:
    """``took 1 NTG``, ``take 2 Tylenol``: a bare count between a taking verb and the drug
    is the drug's dosage."""
    taken = {(a.begin, a.end) for a in attributes}
    for j, d in enumerate(drugs):
        m = _COUNT_BEFORE.search(text, max(0, d.begin - 30), d.begin)
        if m is None or (m.start("n"), m.end("n")) in taken or \
                any(x.kind == DOSAGE for x in links.by_drug.get(j, [])):
            continue
        links.add(j, Attribute(DOSAGE, m.start("n"), m.end("n"),
                               {"number": str(WORD_NUMBERS.get(m.group("n").lower(), m.group("n"))), "unit": ""}))


_COUNT_AFTER_FORM = re.compile(r"[ \t]+(?P<n>\d{1,2}(?:-\d{1,2})?|1/2|½)[ \t]+")


def _counts_after_form(text: str, attributes: list[Attribute], links: Links) -> None:
    """``suppository 1 PR BID``, ``tab 1 PO daily``: a bare count between a drug's form and
    its route or frequency is the drug's dosage."""
    starts = {a.begin: a for a in attributes}
    for attrs in links.by_drug.values():
        if any(x.kind == DOSAGE for x in attrs):
            continue
        for form in [x for x in attrs if x.kind == FORM]:
            m = _COUNT_AFTER_FORM.match(text, form.end)
            follower = starts.get(m.end()) if m else None
            if follower is not None and follower.kind in (ROUTE, FREQUENCY) and follower in attrs \
                    and m.start("n") not in starts:
                attrs.append(Attribute(DOSAGE, m.start("n"), m.end("n"), {"number": m.group("n"), "unit": ""}))
                break


_COORDINATION = re.compile(r"[ \t]*,?[ \t]*(?:and|&)[ \t]+")
_LIST_COMMA = re.compile(r"[ \t]*,[ \t]*")
_SHARED_KINDS = (DURATION, FREQUENCY, ROUTE)


def _share_coordinated(text: str, drugs: list[DrugSpan], links: Links) -> None:
    """``vancomycin and zosyn for 5 days``: a bare drug coordinated with the next one shares
    its schedule, route and duration (not its strength, dose or form); so do the earlier
    items of a comma list that ends that way (``Detrol, Ditropan, and Vesicare for 1 month``)."""
    sharing: set[int] = set()  # drugs that took attributes from the next one
    for j in range(len(drugs) - 2, -1, -1):
        gap = (drugs[j].end, drugs[j + 1].begin)
        if links.by_drug.get(j) or not (_COORDINATION.fullmatch(text, *gap) or
                                        (j + 1 in sharing and _LIST_COMMA.fullmatch(text, *gap))):
            continue
        for a in links.by_drug.get(j + 1, []):
            if a.kind in _SHARED_KINDS and a.begin > drugs[j + 1].end:
                links.add(j, a)
                sharing.add(j)
