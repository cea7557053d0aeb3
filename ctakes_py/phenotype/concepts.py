"""The phenotype concept vocabulary (``lexicons/phenotype/concepts.tsv`` or a user's
``--concepts FILE``) and its matcher.

File format: ``concept<TAB>kind<TAB>value`` rows, ``#`` comments, kinds ``term``
(case-insensitive phrase), ``abbrev`` (case-sensitive phrase), ``cui`` (a UMLS CUI that
normalizes to the concept) and ``code`` (``SCHEME:CODE``; a code also matches its
sub-codes: ``ICD10CM:E11`` covers ``E11.9``). ``other_conditions.tsv`` has the same
format: conditions that are recognized (they hide the vocabulary term inside them:
"gestational diabetes") but never counted.

Phrases match whole words; a space or hyphen in a phrase matches any run of spaces or
hyphens or nothing ("a-fib" = "afib" = "a fib"). All phrases are one compiled pattern per
case mode; among overlapping matches the longest (then leftmost) wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..coref.triggers import TriggerWindows
from ..errors import ResourceError

KINDS = ("term", "abbrev", "cui", "code")
_SEPARATORS = re.compile(r"[\s\-]+")


def phrase_key(text: str, case_sensitive: bool = False) -> str:
    """Matching key of a phrase: separators removed, lower-cased unless case-sensitive."""
    key = _SEPARATORS.sub("", text)
    return key if case_sensitive else key.lower()


@dataclass(frozen=True)
class ConceptMatch:
    begin: int
    end: int
    concept: str
    counted: bool  # False for other_conditions.tsv concepts


@dataclass
class Vocabulary:
    """Concepts (in file order), phrase keys, CUIs and codes -> concept."""

    concepts: list[str] = field(default_factory=list)
    terms: dict[str, str] = field(default_factory=dict)
    abbrevs: dict[str, str] = field(default_factory=dict)
    cuis: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    raw_phrases: list[tuple[str, bool]] = field(default_factory=list)
    source: str = ""

    @classmethod
    def load(cls, path: str | Path) -> "Vocabulary":
        """Read a concept file; errors name the file and line."""
        path = Path(path)
        if not path.is_file():
            raise ResourceError("concept file not found", file=str(path),
                                fix="give a TSV file with concept<TAB>kind<TAB>value rows")
        vocab = cls(source=str(path))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != 3 or not all(parts) or parts[1] not in KINDS:
                raise ResourceError(f"expected concept<TAB>kind<TAB>value with kind in {KINDS}",
                                    file=str(path), position=f"line {number}")
            vocab.add(*parts)
        return vocab

    def add(self, concept: str, kind: str, value: str) -> None:
        if concept not in self.concepts:
            self.concepts.append(concept)
        if kind == "term":
            self.terms.setdefault(phrase_key(value), concept)
            self.raw_phrases.append((value, False))
        elif kind == "abbrev":
            self.abbrevs.setdefault(phrase_key(value, True), concept)
            self.raw_phrases.append((value, True))
        elif kind == "cui":
            self.cuis.setdefault(value.upper(), concept)
        else:
            self.codes.setdefault(value.upper(), concept)

    def concept_of_code(self, scheme: str | None, code: str | None) -> str | None:
        """Concept of an ontology code (``ICD10CM``, ``E11.9`` -> via ``ICD10CM:E11``)."""
        if not code:
            return None
        key = f"{(scheme or '').upper()}:{code.upper()}"
        while key:
            if key in self.codes:
                return self.codes[key]
            if ":" not in key or key.endswith(":"):
                return None
            key = key[:-1].rstrip(".")
        return None


class ConceptMatcher:
    """Finds vocabulary (and other-condition) phrases in text."""

    def __init__(self, vocabulary: Vocabulary, other: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary
        self.other = other or Vocabulary()
        entries: dict[tuple[str, bool], tuple[str, bool]] = {}
        for vocab, counted in ((self.other, False), (vocabulary, True)):  # the vocabulary wins ties
            for key, concept in vocab.terms.items():
                entries[(key, False)] = (concept, counted)
            for key, concept in vocab.abbrevs.items():
                entries[(key, True)] = (concept, counted)
        self.entries = entries
        surfaces = [(s, cs) for v in (vocabulary, self.other) for s, cs in v.raw_phrases]
        self.insensitive = _compile([s for s, cs in surfaces if not cs], re.I)
        self.sensitive = _compile([s for s, cs in surfaces if cs], 0)
        # every match contains its phrase's longest word: scan only around those words
        longest = max((len(s) for s, _ in surfaces), default=0)
        self.windows = TriggerWindows([max(_SEPARATORS.split(s), key=len) for s, _ in surfaces], longest, longest)

    def find(self, text: str) -> list[ConceptMatch]:
        """Non-overlapping matches, longest first then leftmost, in text order."""
        found = []
        windows = self.windows.windows(text)
        for pattern, case_sensitive in ((self.insensitive, False), (self.sensitive, True)):
            if pattern is None:
                continue
            for m in self.windows.finditer(pattern, text, windows):
                entry = self.entries.get((phrase_key(m.group(0), case_sensitive), case_sensitive))
                if entry is not None:
                    found.append(ConceptMatch(m.start(), m.end(), entry[0], entry[1]))
        found.sort(key=lambda c: (-(c.end - c.begin), c.begin))
        kept: list[ConceptMatch] = []
        for cand in found:
            if all(cand.end <= k.begin or cand.begin >= k.end for k in kept):
                kept.append(cand)
        return sorted(kept, key=lambda c: c.begin)


def _compile(phrases: list[str], flags: int) -> re.Pattern | None:
    if not phrases:
        return None
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [w for w in _SEPARATORS.split(phrase) if w]
        alternatives.append(r"[\s\-]*".join(re.escape(w) for w in words))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])", flags)
