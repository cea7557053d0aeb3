"""The medication word lists (``lexicons/medication/``), loaded once into plain tables.

Every file is UTF-8 text, ``#`` starts a comment line, columns are separated by tabs (see
the folder's README.md). :func:`load_vocabulary` reads a folder into a
:class:`MedicationVocabulary`; :func:`phrase_pattern` turns phrases into one regex (a
character trie, longest match first, spaces matching any run of spaces, letter/digit
boundaries, case-sensitivity per phrase).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import ResourceError
from .spelling import DrugSpelling

FILES = ("routes.tsv", "forms.tsv", "form_prefixes.tsv", "frequencies.tsv", "frequency_anchors.tsv",
         "units.tsv", "status_changes.tsv", "drug_terms.tsv", "drug_name_suffixes.tsv",
         "drug_stems.txt", "stem_exceptions.txt", "not_drugs.txt", "context_drugs.txt", "lab_analytes.txt")
# read when present: the built word lists (scripts/build_medication_vocabulary.py; without them misspelled
# drugs are not matched) and the drug-literature doses (only the literatureDoses option needs them)
OPTIONAL_FILES = ("drug_name_words.txt", "known_words.txt", "dose_qualifiers.tsv")


@dataclass(frozen=True)
class Entry:
    """One phrase of a list: its normalized value(s) and flags (``cs``, ``ctx``)."""

    phrase: str
    values: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()

    @property
    def value(self) -> str:
        return self.values[0] if self.values else ""

    @property
    def case_sensitive(self) -> bool:
        return "cs" in self.flags

    @property
    def needs_context(self) -> bool:
        return "ctx" in self.flags


@dataclass
class MedicationVocabulary:
    """All lists of one folder, keyed by file stem (``routes``, ``forms``, ...)."""

    folder: Path
    tables: dict[str, list[Entry]] = field(default_factory=dict)

    def entries(self, name: str) -> list[Entry]:
        return self.tables.get(name, [])

    def words(self, name: str) -> frozenset[str]:
        """Lower-cased phrases of a one-column list."""
        return frozenset(e.phrase.lower() for e in self.entries(name))

    def lookup(self, name: str) -> dict[str, Entry]:
        """Phrase (lower-cased, spaces collapsed) -> entry."""
        return {normalize_phrase(e.phrase): e for e in self.entries(name)}

    @cached_property
    def spelling(self) -> DrugSpelling:
        """The tolerant drug-name matcher over the built word lists (made on first use,
        about 0.4 s, then shared by every finder of this vocabulary)."""
        return DrugSpelling(self.words("drug_name_words"), self.words("known_words"))


_SPACES = re.compile(r"\s+")


def normalize_phrase(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


# file stem -> (number of value columns after the phrase, whether a flags column follows)
SCHEMA: dict[str, tuple[int, bool]] = {
    "routes": (1, True), "forms": (1, True), "form_prefixes": (1, True),
    "frequencies": (2, True), "frequency_anchors": (0, False), "units": (2, True),
    "status_changes": (2, False), "drug_terms": (1, True), "drug_name_suffixes": (0, True),
    "dose_qualifiers": (1, True),
}


def _read_table(path: Path, n_values: int, has_flags: bool) -> list[Entry]:
    entries = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read medication list: {exc.strerror or exc}", file=str(path)) from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not cols[0]:
            raise ResourceError("empty phrase", file=str(path), position=f"line {number}")
        if len(cols) > 1 + n_values + has_flags:
            raise ResourceError(f"expected at most {1 + n_values + has_flags} tab-separated columns",
                                file=str(path), position=f"line {number}")
        cols += [""] * (1 + n_values + has_flags - len(cols))
        flags = frozenset(f.strip() for f in cols[-1].split(",") if f.strip()) if has_flags else frozenset()
        entries.append(Entry(cols[0], tuple(cols[1:1 + n_values]), flags))
    return entries


@lru_cache(maxsize=8)
def load_vocabulary(folder: str | Path) -> MedicationVocabulary:
    """Read every list of ``folder`` (cached per folder for the process)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ResourceError("medication vocabulary folder not found", file=str(folder),
                            fix="bind the 'vocabulary' resource to a folder like lexicons/medication")
    vocab = MedicationVocabulary(folder)
    for name in FILES + OPTIONAL_FILES:
        path = folder / name
        if not path.exists():
            if name in OPTIONAL_FILES:
                continue
            raise ResourceError(f"medication vocabulary lacks {name}", file=str(folder))
        stem = name.rsplit(".", 1)[0]
        vocab.tables[stem] = _read_table(path, *SCHEMA.get(stem, (0, False)))
    return vocab


_SPACE = r"[ \t]*\n?[ \t]*"


def _trie_regex(phrases: list[str]) -> str:
    """One regex for literal phrases, factored as a character trie (Python's ``re`` tries
    alternatives one by one; a trie lets it fail after the first character)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [(_SPACE if ch == " " else re.escape(ch)) + _trie_node(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def phrase_pattern(entries: list[Entry] | list[str], *, case_sensitive: bool | None = None,
                   bounded: bool = True) -> str:
    """One regex matching any of the phrases (longest match first). A phrase is matched
    case-sensitively when it is flagged ``cs`` (or ``case_sensitive`` is True). With
    ``bounded``, a match never starts or ends inside a letter/digit run."""
    items = [e if isinstance(e, Entry) else Entry(e) for e in entries]
    # case-insensitive phrases first: the short case-sensitive abbreviations ("IV") must not
    # hide a longer phrase that starts with them ("IV push")
    groups: dict[bool, list[str]] = {False: [], True: []}
    for e in items:
        groups[e.case_sensitive if case_sensitive is None else case_sensitive].append(e.phrase)
    alts = []
    for cs, phrases in groups.items():
        if not phrases:
            continue
        body = _trie_regex(phrases)
        alts.append(f"(?-i:{body})" if cs else f"(?i:{body})")
    alternation = "(?:" + "|".join(alts) + ")" if alts else "(?!x)x"
    if not bounded:
        return alternation
    return rf"(?<![A-Za-z0-9]){alternation}(?![A-Za-z0-9])"
