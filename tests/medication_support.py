"""Shared helpers for the medication rule tests: the shipped vocabulary, the attribute
patterns and extractor built from it once, and two ways to run them on a string."""
from __future__ import annotations

from pathlib import Path

from ctakes_py.medication.drugs import DICTIONARY, DrugSpan
from ctakes_py.medication.extractor import MedicationExtractor
from ctakes_py.medication.patterns import AttributePatterns
from ctakes_py.medication.vocabulary import load_vocabulary

VOCAB = Path(__file__).resolve().parents[1] / "lexicons" / "medication"
PATTERNS = AttributePatterns(load_vocabulary(VOCAB))
EXTRACTOR = MedicationExtractor.from_folder(VOCAB)


def found(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every attribute the patterns find in ``text``."""
    return [(a.kind, text[a.begin:a.end]) for a in PATTERNS.find(text)]


def extract(text: str, dictionary: tuple[str, ...] = ()) -> dict[str, list[tuple[str, str]]]:
    """Drug text -> (kind, text) of its attributes; ``dictionary`` words stand for the
    DictionaryLookup's mentions (every occurrence)."""
    existing = []
    for word in dictionary:
        start = text.find(word)
        while start >= 0:
            existing.append(DrugSpan(start, start + len(word), DICTIONARY))
            start = text.find(word, start + 1)
    result = EXTRACTOR.extract(text, existing)
    return {text[d.begin:d.end]: [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(i)]
            for i, d in enumerate(result.drugs)}
