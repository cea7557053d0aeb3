"""Dose expressions of drug literature (case reports, abstracts), for the ``literatureDoses``
option of the MedicationAttributes annotator (off by default: clinical notes rarely write them).

Two kinds, both :data:`~.patterns.DOSAGE` attributes:

* **qualitative doses** from ``dose_qualifiers.tsv``: a dose noun (``overdose``,
  ``overdosage``, ``OD``, ``single dose``) is its own span; a dose adjective (``high``,
  ``low``, ``excessive``, ``conventional``...) only counts right before ``dose``/``doses``/
  ``dosage``/``dosing``: hyphenated the compound is the span (``high-dose methotrexate`` ->
  ``high-dose``), with a space only the adjective (``a high dose of X`` -> ``high``), as the
  ADE corpus annotates them mostly.
* **literature amounts**: an amount with a unit and up to two ``/`` or ``per`` denominators
  (``60 mg/m2``, ``10 mg/m(2)/day``, ``5.0 microg/kg``, ``20 micro g/g``, ``400 mg/day``,
  ``4 mg/kg per day``), a range (``0.5 to 1 mg``, ``between 4.6 and 40.8 mg/kg/d``) or a
  hyphenated amount used as an adjective (``a 450-mg bolus``).

:func:`merge_attributes` folds them into the clinical attributes: longest span first, the
clinical attribute winning a tie, so a literature amount replaces only the shorter clinical
strength it extends (``400 mg`` -> ``400 mg/day``).
"""
from __future__ import annotations

import re

from ..errors import ResourceError
from .intervals import IntervalSet
from .patterns import _PRIORITY, DOSAGE, NUM, NUMR, Attribute, AttributePatterns, _num_unit
from .vocabulary import MedicationVocabulary, phrase_pattern

QUALIFIER_FILE = "dose_qualifiers.tsv"
NOUN, ADJECTIVE = "noun", "adjective"

_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"
_DOSE_WORD = r"dos(?:e|es|age|ages|ing)"
_AMOUNT_UNIT = (r"(?:mg|g|gm|grams?|milligrams?|mcg|micrograms?|micro[ \t]?g|microg|µg|μg|ug|ng|nanograms?"
                r"|IU|U|units?|mEq|mmol|mL|ml|MBq|mCi)")
# per body weight, body surface, amount of a vehicle, or time; no per-volume denominators
# ("3 micrograms/l" is a blood level)
_DENOMINATOR = (r"(?:kg|m2|m\(2\)|m\^2|m²|sq[ \t.]?m|g|dose|days?|d|hours?|hrs?|h|weeks?|wks?|wk|min"
                r"|infusion|cycle)")
_PER = r"(?:[ \t]?/[ \t]?|[ \t]+per[ \t]+)"
_NOT_PER_VOLUME = r"(?![ \t]?/[ \t]?(?:[dm]?l|hpf)\b)"
# "10 mg OD": after an amount the abbreviation is "once daily", not an overdose
_AMOUNT_BEFORE = re.compile(r"(?:\d|(?i:mg|g|mcg|units?))[ \t]*$")


class LiteratureDoses:
    """Compiled qualitative-dose and literature-amount regexes for one vocabulary."""

    def __init__(self, vocab: MedicationVocabulary, patterns: AttributePatterns) -> None:
        entries = vocab.entries("dose_qualifiers")
        if not entries:
            raise ResourceError(f"medication vocabulary lacks {QUALIFIER_FILE} (needed by literatureDoses)",
                                file=str(vocab.folder), fix=f"add {QUALIFIER_FILE} (see lexicons/medication)")
        self.patterns = patterns
        nouns = [e for e in entries if e.value == NOUN]
        adjectives = [e for e in entries if e.value == ADJECTIVE]
        self.case_sensitive = frozenset(e.phrase for e in nouns if e.case_sensitive)
        self.noun_re = re.compile(phrase_pattern(nouns))
        adjective = phrase_pattern(adjectives, bounded=False)
        self.adjective_re = re.compile(
            rf"{_B}(?P<adj>{adjective})(?:(?P<compound>-(?i:{_DOSE_WORD}))|(?=[ \t]+(?i:{_DOSE_WORD}))){_E}")
        self.amount_re = re.compile(
            rf"{_B}(?:between[ \t]+(?P<low>{NUM})[ \t]+and[ \t]+(?P<high>{NUM})|(?P<num>{NUMR}))"
            rf"[ \t]?-?[ \t]?(?P<unit>{_AMOUNT_UNIT}(?:{_PER}{_DENOMINATOR}){{0,2}}){_E}{_NOT_PER_VOLUME}", re.I)

    def find(self, text: str) -> list[Attribute]:
        """Every qualitative dose and literature amount of ``text`` (may overlap)."""
        out = []
        for m in self.noun_re.finditer(text):
            if m.group() in self.case_sensitive and _AMOUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append(Attribute(DOSAGE, m.start(), m.end(), {}))
        for m in self.adjective_re.finditer(text):
            end = m.end() if m.group("compound") else m.end("adj")
            out.append(Attribute(DOSAGE, m.start(), end, {}))
        for m in self.amount_re.finditer(text):
            number = m.group("num") or f"{m.group('low')}-{m.group('high')}"
            a = Attribute(DOSAGE, m.start(), m.end(), _num_unit(number, m.group("unit")))
            if not self.patterns.result_of_analyte(text, a):
                out.append(a)
        return out


def merge_attributes(clinical: list[Attribute], literature: list[Attribute]) -> list[Attribute]:
    """Non-overlapping union, in text order: longest first; on a tie the clinical attribute,
    then the kind priority of :mod:`.patterns`."""
    ranked = sorted([(a, 0) for a in clinical] + [(a, 1) for a in literature],
                    key=lambda p: (-(p[0].end - p[0].begin), p[1], _PRIORITY[p[0].kind], p[0].begin))
    taken: IntervalSet[Attribute] = IntervalSet()
    for a, _ in ranked:
        taken.add(a.begin, a.end, a)
    return list(taken.payloads)
