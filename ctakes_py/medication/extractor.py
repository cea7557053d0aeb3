"""Medication extraction on plain text: drugs, their attributes and the links between them.

:class:`MedicationExtractor` glues :mod:`.patterns`, :mod:`.drugs` and :mod:`.linking`
without any CAS, so it can be tested and reused on strings::

    ex = MedicationExtractor.from_folder("lexicons/medication")
    result = ex.extract("metformin 500 mg PO BID")          # no dictionary: rules only
    [(text[d.begin:d.end], [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(i)])
     for i, d in enumerate(result.drugs)]
    # [('metformin', [('Strength', '500 mg'), ('Route', 'PO'), ('Frequency', 'BID')])]
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .drugs import DrugFinder, DrugSpan
from .intervals import IntervalSet
from .linking import Links, link_attributes, windows
from .literature import LiteratureDoses, merge_attributes
from .patterns import Attribute, AttributePatterns
from .vocabulary import MedicationVocabulary, load_vocabulary


@dataclass
class ExtractionResult:
    drugs: list[DrugSpan]
    links: Links

    def attributes_of(self, index: int) -> list[Attribute]:
        return sorted(self.links.by_drug.get(index, []), key=lambda a: (a.begin, a.end))

    def linked_attributes(self) -> list[Attribute]:
        """Every linked attribute once, in text order."""
        seen = {a: None for attrs in self.links.by_drug.values() for a in attrs}
        return sorted(seen, key=lambda a: (a.begin, a.end, a.kind))


class MedicationExtractor:
    """Attribute patterns, drug finder and linker for one vocabulary."""

    def __init__(self, vocab: MedicationVocabulary, find_drugs: bool = True, use_stems: bool = True,
                 use_heads: bool = True, literature_doses: bool = False) -> None:
        self.vocab = vocab
        self.patterns = AttributePatterns(vocab)
        self.find_drugs = find_drugs
        self.finder = DrugFinder(vocab, self.patterns, use_stems=use_stems, use_heads=use_heads,
                                 keep_overdosed=literature_doses)
        # qualitative doses and literature amounts (.literature); off: clinical attributes only
        self.literature = LiteratureDoses(vocab, self.patterns) if literature_doses else None

    @classmethod
    def from_folder(cls, folder: str | Path, **options: bool) -> "MedicationExtractor":
        return cls(load_vocabulary(folder), **options)

    def extract(self, text: str, existing: Iterable[DrugSpan] = ()) -> ExtractionResult:
        """Drugs (``existing`` completed and cleaned when ``find_drugs``) and their links."""
        spans = windows(text)
        attributes = self.patterns.find(text)
        existing = list(existing)
        drugs = (self.finder.find(text, existing, attributes, spans) if self.find_drugs
                 else sorted(existing, key=lambda d: (d.begin, d.end)))
        if self.literature is not None:
            # added after the drug finder, whose rules read only the clinical attributes
            attributes = merge_attributes(attributes, self.literature.find(text))
        # an attribute word inside a drug name ("Flovent HFA") belongs to the name
        taken = IntervalSet((d.begin, d.end, d) for d in drugs)
        attributes = [a for a in attributes if not taken.overlaps(a.begin, a.end)
                      and not (self.find_drugs and self.finder.modifies_generic(text, a))]
        return ExtractionResult(drugs, link_attributes(text, drugs, attributes, spans))
