"""Load the temporal recognition data (``lexicons/temporal``) once, as compiled regexes.

Files: ``words.tsv`` (kind, phrase, value), ``timex_patterns.tsv`` (class, normalizer,
regex, optional reject-left regex), ``dct_headers.tsv`` and ``patient_age.tsv`` (one regex
a line). See ``lexicons/temporal/README.md``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError

CLASSES = ("DATE", "TIME", "DURATION", "SET", "PREPOSTEXP", "QUANTIFIER")
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class TimexPattern:
    """One recognition row: ``regex`` finds, ``normalizer`` names the value function."""

    timex_class: str
    normalizer: str
    regex: re.Pattern
    reject_left: re.Pattern | None
    row: int


@dataclass
class TemporalLexicon:
    """Word tables (kind -> phrase -> value) and the compiled patterns."""

    words: dict[str, dict[str, str]] = field(default_factory=dict)
    patterns: list[TimexPattern] = field(default_factory=list)
    dct_headers: list[re.Pattern] = field(default_factory=list)
    patient_age: list[re.Pattern] = field(default_factory=list)

    def lookup(self, kind: str, phrase: str) -> str | None:
        """Value of ``phrase`` (whitespace-normalized, lower case) in table ``kind``."""
        return self.words.get(kind, {}).get(" ".join(phrase.lower().split()))


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    if not path.is_file():
        raise LexiconError(f"temporal lexicon file missing: {path}", file=str(path),
                           fix="point the annotator's 'temporalLexicon' resource at lexicons/temporal")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((number, line.rstrip("\n").split("\t")))
    return out


def _load_words(path: Path) -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = {}
    for number, cols in _rows(path):
        if len(cols) != 3:
            raise LexiconError(f"expected 3 tab-separated columns, got {len(cols)}",
                               file=str(path), position=number)
        words.setdefault(cols[0], {})[" ".join(cols[1].lower().split())] = cols[2]
    return words


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in ph.split()) for ph in ordered) + ")"


def _macros(words: dict[str, dict[str, str]]) -> dict[str, str]:
    macros = {kind.upper(): _alternation(list(table)) for kind, table in words.items()}
    macros["NUM"] = r"(?:\d+|" + macros.get("NUMBER", "(?!)")[3:]
    return macros


def _compile(text: str, macros: dict[str, str], path: Path, row: int) -> re.Pattern:
    def expand(m: re.Match) -> str:
        if m.group(1) not in macros:
            raise LexiconError(f"unknown macro {{{m.group(1)}}}", file=str(path), position=row)
        return macros[m.group(1)]
    try:
        return re.compile(_MACRO.sub(expand, text), re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise LexiconError(f"bad regex: {exc}", file=str(path), position=row) from exc


def _load_patterns(path: Path, macros: dict[str, str]) -> list[TimexPattern]:
    out = []
    for number, cols in _rows(path):
        if len(cols) not in (3, 4) or cols[0] not in CLASSES:
            raise LexiconError("expected class<TAB>normalizer<TAB>regex[<TAB>reject-left] with a "
                               f"TIMEX3 class in {CLASSES}", file=str(path), position=number)
        reject = _compile(cols[3], macros, path, number) if len(cols) == 4 and cols[3] else None
        out.append(TimexPattern(cols[0], cols[1], _compile(cols[2], macros, path, number), reject, number))
    return out


def _load_regexes(path: Path) -> list[re.Pattern]:
    return [_compile(cols[0], {}, path, number) for number, cols in _rows(path)]


def load_temporal_lexicon(folder: str | Path) -> TemporalLexicon:
    """The lexicon in ``folder``; raises :class:`LexiconError` naming the bad file and row."""
    folder = Path(folder)
    words = _load_words(folder / "words.tsv")
    macros = _macros(words)
    return TemporalLexicon(
        words=words,
        patterns=_load_patterns(folder / "timex_patterns.tsv", macros),
        dct_headers=_load_regexes(folder / "dct_headers.tsv"),
        patient_age=_load_regexes(folder / "patient_age.tsv"),
    )
