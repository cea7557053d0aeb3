"""Junk-term filter applied when a lexicon is built (and again, with the descriptor's
stop terms, when the automaton is compiled).

A dictionary lookup lives or dies by its precision: one term like ``all`` or ``same``
fires on every note. The default filter drops keys that are too short, too long, only
numbers, or English function words; builders add their own stop lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import BARRIER

# English function words and very common words that are also names of something in
# biomedical vocabularies (a drug brand, a gene, an abbreviation). Written for ctakes-py.
ENGLISH_STOP_WORDS = frozenset("""
a about above after again against ago all almost alone along already also although always am
among an and another any anyone anything are around as at away back be became because become
been before being below best better between both but by came can cannot could did do does
doing done down during each either else enough even ever every few first for from further
get gets given go going gone good got had has have having he her here hers herself him
himself his how however i if in into is it its itself just last least less like made make
many may me might mine more most much must my myself near need never new next no none nor
not now of off often old on once one only or other others our ours ourselves out over own
per perhaps please put quite rather really right said same see seen several shall she should
show since so some something still such take than that the their theirs them themselves then
there these they this those though through thus to together too took toward under until up
upon us use used using very via was way we well were what when where whether which while who
whom whose why will with within without would yes yet you your yours yourself yourselves
also aid aids ran run runs set sets total type types case cases day days time times test
tests level levels left right high low normal positive negative patient patients
""".split())  # noqa: SIM905


@dataclass
class TermFilter:
    """Decides whether a normalized key is kept. ``reason(key)`` returns None to keep,
    or a short reason string (counted in the build report)."""

    min_chars: int = 3
    min_abbreviation_chars: int = 2
    max_units: int = 12
    max_chars: int = 160
    stop_terms: frozenset[str] = field(default_factory=lambda: ENGLISH_STOP_WORDS)

    def reason(self, key: str, case_sensitive: bool = False) -> str | None:
        if not key:
            return "empty"
        units = [u for u in key.split(" ") if u != BARRIER]
        letters = sum(len(u) for u in units)
        if letters < (self.min_abbreviation_chars if case_sensitive else self.min_chars):
            return "too short"
        if len(units) > self.max_units or len(key) > self.max_chars:
            return "too long"
        if all(u.isdigit() for u in units):
            return "numeric"
        if not any(ch.isalpha() for ch in key):
            return "no letters"
        if key in self.stop_terms and not case_sensitive:
            return "stop term"  # an upper-case abbreviation (AIDS, ALL) only matches upper case
        return None


def looks_like_abbreviation(text: str) -> bool:
    """True for short upper-case forms (``ALL``, ``AIDS``, ``HIV-1``, ``G6PD``) that must
    match upper-case text only, so that ``all`` or ``aids`` in prose does not fire."""
    stripped = text.strip()
    letters = [ch for ch in stripped if ch.isalpha()]
    return (0 < len(stripped) <= 7 and bool(letters)
            and all(ch.isupper() for ch in letters) and len(stripped.split()) == 1)


_QUALIFIER = re.compile(
    r"\s*(\((disorder|finding|procedure|body structure|substance|product|medicinal product|"
    r"morphologic abnormality|situation|regime/therapy|observable entity|qualifier value|"
    r"clinical drug|event|cell|cell structure|navigational concept|physical object|"
    r"organism|attribute|specimen|record artifact|environment|person|context-dependent category)\)"
    r"|,?\s+NOS|,\s*(unspecified|not elsewhere classified|not otherwise specified))\s*$",
    re.IGNORECASE)
_BRACKET_PREFIX = re.compile(r"^\s*\[[A-Z]{1,3}\]\s*")


def clean_term(text: str) -> str:
    """Strip vocabulary decorations that never appear in notes: SNOMED semantic tags
    ``(disorder)``, ``, NOS``, ``, unspecified``, and ``[X]``-style prefixes."""
    previous = None
    text = _BRACKET_PREFIX.sub("", text)
    while previous != text:
        previous = text
        text = _QUALIFIER.sub("", text)
    return text.strip()
