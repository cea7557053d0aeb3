"""Trigger rules: what a trigger list row means and how trigger list files are read.

A trigger list is a UTF-8 tab-separated file (``#`` starts a comment line, blank lines are
ignored); see ``lexicons/assertion/README.md``. Columns::

    phrase  category  direction  scope  value

- ``phrase``: words as written in text, matched case-insensitively token by token
  (``history of``, ``r/o``), or ``re:`` + a regular expression over the lower-cased tokens
  joined by single spaces (``re:\\d+ years? ago``).
- ``category``: one of :data:`CATEGORIES` (sets a feature), ``PSEUDO`` (a phrase that looks
  like a trigger but is not: it blocks any trigger it overlaps), ``TERMINATE`` (ends the
  scope of triggers), ``CLAUSE`` (ends the scope only when a counted word lies between the
  trigger and it), ``SKIP`` (a word that counts neither toward scope distance nor as a
  clause break), ``LIST`` (a word that separates list items, like a comma: ``and``, ``or``)
  or ``IGNORE`` (drops a phrase imported from negspacy's termsets).
- ``direction``: ``forward`` (findings after the trigger), ``backward`` (before) or
  ``bidirectional``; ``-`` for the control categories.
- ``scope``: maximum distance in counted words between trigger and finding (0: adjacent);
  ``-`` or empty for the annotator's default.
- ``value``: the feature value when it is not the category's default (``donor_family_member``
  for DONOR); for TERMINATE/CLAUSE the comma-separated categories it stops (empty: all).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable

from ..errors import ResourceError

# category -> (cTAKES feature, default value as written on the cue)
CATEGORIES: dict[str, tuple[str, str]] = {
    "NEGATED": ("polarity", "-1"),
    "POSSIBLE": ("uncertainty", "1"),
    "HYPOTHETICAL": ("conditional", "true"),
    "GENERIC": ("generic", "true"),
    "HISTORICAL": ("historyOf", "1"),
    "FAMILY": ("subject", "family_member"),
    "OTHER": ("subject", "other"),
    "DONOR": ("subject", "donor_other"),
    "PATIENT": ("subject", "patient"),
}
CONTROL = ("PSEUDO", "TERMINATE", "CLAUSE", "SKIP", "LIST", "IGNORE")
DIRECTIONS = ("forward", "backward", "bidirectional")
SUBJECT_VALUES = ("patient", "family_member", "donor_family_member", "donor_other", "other")
REGEX_PREFIX = "re:"


@dataclass(frozen=True)
class TriggerRule:
    """One trigger list row. ``phrase`` is normalized (lower case, tokens joined by one
    space) unless ``is_regex``; ``stops`` (TERMINATE/CLAUSE) is the set of categories whose
    scope the row ends, empty meaning all."""

    phrase: str
    category: str
    direction: str = "forward"
    scope: int | None = None
    value: str | None = None
    stops: frozenset[str] = frozenset()
    is_regex: bool = False
    source: str = "<python>"
    line: int = 0

    @property
    def attribute(self) -> str | None:
        """The cTAKES feature this rule sets (None for control rows)."""
        spec = CATEGORIES.get(self.category)
        return spec[0] if spec else None

    @property
    def feature_value(self) -> str | None:
        spec = CATEGORIES.get(self.category)
        return (self.value or spec[1]) if spec else None

    @property
    def forward(self) -> bool:
        return self.direction in ("forward", "bidirectional")

    @property
    def backward(self) -> bool:
        return self.direction in ("backward", "bidirectional")

    def stops_category(self, category: str) -> bool:
        return not self.stops or category in self.stops

    @cached_property
    def label(self) -> str:
        """Human-readable provenance for an AssertionCue ``rule`` feature."""
        where = f"{Path(self.source).name}:{self.line}" if self.line else self.source
        return f"{where} {self.category} {self.direction} '{self.phrase}'"


def normalize_phrase(phrase: str, tokenize) -> str:
    """Lower-case ``phrase`` and re-join its tokens (``tokenize(text) -> [(begin, end, ..)]``)
    with single spaces, so it matches the token string built from a CAS."""
    text = phrase.strip().lower()
    return " ".join(text[t[0]:t[1]] for t in tokenize(text))


def _fail(message: str, source: str, line: int, fix: str | None = None) -> ResourceError:
    return ResourceError(message, file=source, position=f"line {line}", fix=fix)


def _parse_scope(text: str, source: str, line: int) -> int | None:
    text = text.strip()
    if text in ("", "-"):
        return None
    if not text.isdigit():
        raise _fail(f"scope must be a whole number (0 = adjacent only) or '-', got {text!r}", source, line)
    return int(text)


def _parse_stops(text: str, source: str, line: int) -> frozenset[str]:
    names = frozenset(n.strip().upper() for n in text.split(",") if n.strip())
    unknown = sorted(names - set(CATEGORIES))
    if unknown:
        raise _fail(f"unknown categories {unknown} in the value column of a terminator", source, line,
                    fix=f"use categories from {sorted(CATEGORIES)}")
    return names


def _check_regex(pattern: str, source: str, line: int) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise _fail(f"trigger regex {pattern!r} is not valid: {exc}", source, line,
                    fix="fix the regex (Python syntax)") from None
    if compiled.fullmatch(""):
        raise _fail(f"trigger regex {pattern!r} matches the empty string", source, line)
    if compiled.groupindex:
        raise _fail(f"trigger regex {pattern!r} has named groups", source, line, fix="write (?:...) instead")


def parse_row(fields: list[str], source: str, line: int, tokenize) -> TriggerRule:
    """A rule from one row's fields (see the module docstring for the columns)."""
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    if len(fields) > 5:
        raise _fail(f"expected at most 5 tab-separated columns, got {len(fields)}", source, line,
                    fix="columns: phrase, category, direction, scope, value")
    phrase, category, direction, scope, value = fields[:5]
    category = category.upper()
    if not phrase or not category:
        raise _fail("a row needs at least a phrase and a category", source, line,
                    fix="separate the columns with one tab each")
    if category not in CATEGORIES and category not in CONTROL:
        raise _fail(f"unknown category {category!r}", source, line,
                    fix=f"use one of {sorted(CATEGORIES) + list(CONTROL)}")
    is_regex = phrase.startswith(REGEX_PREFIX)
    if is_regex:
        phrase = phrase[len(REGEX_PREFIX):].strip()
        _check_regex(phrase, source, line)
    else:
        phrase = normalize_phrase(phrase, tokenize)
        if not phrase:
            raise _fail("the phrase has no tokens", source, line)
    direction = direction.lower() or "-"
    if category in CATEGORIES and direction not in DIRECTIONS:
        raise _fail(f"direction must be one of {DIRECTIONS}, got {direction!r}", source, line)
    stops: frozenset[str] = frozenset()
    if category in ("TERMINATE", "CLAUSE"):
        stops, value = _parse_stops(value, source, line), ""
    elif category in ("FAMILY", "OTHER", "DONOR", "PATIENT") and value and value not in SUBJECT_VALUES:
        raise _fail(f"subject value must be one of {SUBJECT_VALUES}, got {value!r}", source, line)
    return TriggerRule(phrase, category, direction, _parse_scope(scope, source, line), value or None,
                       stops, is_regex, source, line)


def read_rules(path: str | Path, tokenize) -> list[TriggerRule]:
    """All rules of one trigger list file; a bad row raises :class:`ResourceError` naming the
    file and line."""
    source = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read trigger list: {exc}", file=source) from None
    return [parse_row(line.split("\t"), source, number, tokenize)
            for number, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]


def about_negation(rule: TriggerRule) -> bool:
    """Does the row say something about negation (so it may replace an imported negation
    term)? NEGATED / POSSIBLE / PSEUDO / IGNORE rows, and terminators that end negation."""
    if rule.category in ("NEGATED", "POSSIBLE", "PSEUDO", "IGNORE"):
        return True
    return rule.category in ("TERMINATE", "CLAUSE") and rule.stops_category("NEGATED")


def merge_rules(base: Iterable[TriggerRule], overriding: Iterable[TriggerRule],
                replaces: Callable[[TriggerRule], bool] = lambda rule: True) -> list[TriggerRule]:
    """``overriding`` rules plus the ``base`` rules whose phrase no overriding row for which
    ``replaces`` holds names (so a file can re-classify or, with IGNORE, drop a phrase)."""
    overriding = list(overriding)
    named = {r.phrase for r in overriding if replaces(r)}
    kept = [r for r in base if r.phrase not in named]
    return kept + [r for r in overriding if r.category != "IGNORE"]
