"""Medication extraction: attribute patterns, a rule-based drug finder, attribute->drug
linking and the cTAKES CAS representation (used by the ``MedicationAttributes`` annotator).

Modules: :mod:`.vocabulary` (word lists of ``lexicons/medication``), :mod:`.patterns`
(attribute regexes), :mod:`.drugs` (drug finder), :mod:`.linking` (windows and links),
:mod:`.extractor` (all of it on plain text), :mod:`.cas` (modifiers, relations and
:func:`medication_columns` for tabular output).
"""
from .cas import medication_columns, medication_links
from .extractor import ExtractionResult, MedicationExtractor
from .patterns import KINDS, Attribute

__all__ = ["medication_columns", "medication_links", "MedicationExtractor", "ExtractionResult",
           "Attribute", "KINDS"]
