"""Export a ctakes-py lexicon to other tools' term lists: medspaCy ``TargetRule`` JSON.

medspaCy's ``TargetMatcher`` reads ``{"target_rules": [{"literal": ..., "category": ...}, ...]}``
(``TargetRule.from_json``). A rule without ``pattern`` is matched by spaCy's PhraseMatcher on
lower-cased tokens: its literal is lower-cased and tokenized with the pipeline's tokenizer,
and only the same token sequence matches. Our lexicon stores normalized *keys* (see
:mod:`.normalize`: ``"Crohn's disease"`` -> ``"crohn s disease"``), so one key becomes:

- the key's words, with ``", "`` for a barrier (``"stenosis | idiopathic"`` ->
  ``"stenosis, idiopathic"``);
- also ``"crohn's disease"`` when a lone ``s`` follows a word (the possessive our key
  folded; a spaCy tokenizer cuts ``'s`` off, never ``s``);
- also the lower-cased preferred text of a concept whose key it is, when that differs
  (``"beta-blocker"`` for key ``"beta blocker"``): the source spelling, punctuation kept.

A key whose concepts (in the exported groups) all match upper-case text only (``ALL``,
``AIDS``: the lexicon's ``U`` flag) becomes a token ``pattern`` on the exact upper-case
text instead, since a lower-cased phrase would match the word "all"; the one-word ones
share one rule per category.

What still differs from our lookup: we match across joining punctuation
(``beta-blocker`` = ``beta blocker``) and any barrier run, medspaCy needs the literal's token
sequence; we add plural/word-order/spelling variants when the DictionaryLookup parameters
ask for them, the export does not; our matches stay inside a sentence and keep the longest
span per semantic group (so a DISORDER "sleep apnea" and a FINDING "apnea" can overlap),
medspaCy keeps the longest non-overlapping spans over all rules.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from .filters import TermFilter
from .format import Concept, Lexicon, LexiconWriter
from .normalize import BARRIER, key_units, term_key
from .semantic import GROUPS

DEFAULT_GROUPS: tuple[str, ...] = ("DISORDER", "FINDING")
_POSSESSIVE = re.compile(r"(?<=\w) s\b")


@dataclass
class SelectedTerm:
    """One lexicon key kept for export: its concept ids and whether all are upper-case-only."""

    key: str
    concepts: list[tuple[int, bool]]
    category: str
    upper_only: bool


@dataclass
class Selection:
    """The terms kept from a lexicon, with the concept table they index."""

    terms: list[SelectedTerm]
    concepts: list[Concept]
    groups: tuple[str, ...]
    schemes: tuple[str, ...]
    available: int = 0  # terms matching groups/schemes before ``max_terms``


def select_terms(lexicon: Lexicon | str | os.PathLike, groups: Sequence[str] = DEFAULT_GROUPS,
                 schemes: Sequence[str] = (), max_terms: int | None = None,
                 min_chars: int = 3) -> Selection:
    """Keys of ``lexicon`` having a concept in ``groups`` (and, when ``schemes`` is given, a
    code in one of those schemes, e.g. ``DOID``), at least ``min_chars`` letters/digits.

    A key's category is the first of ``groups`` among its kept concepts. ``max_terms``
    keeps that many keys spread evenly over the sorted list (not the first ones, which
    would all start with "a")."""
    lex = lexicon if isinstance(lexicon, Lexicon) else Lexicon(lexicon)
    groups = tuple(g.upper() for g in groups)
    unknown = [g for g in groups if g not in GROUPS]
    if unknown or not groups:
        raise LexiconError(f"unknown or no semantic groups {unknown or list(groups)}",
                           fix=f"use some of {', '.join(sorted(GROUPS))}")
    concepts = lex.concepts()
    wanted = _wanted_concepts(concepts, groups, tuple(schemes))
    terms = []
    for key, ids in lex.iter_terms():
        kept = [(cid, upper) for cid, upper in ids if cid in wanted]
        if not kept or sum(len(u) for u in key_units(key)) < min_chars:
            continue
        category = min((concepts[cid].group for cid, _ in kept), key=groups.index)
        terms.append(SelectedTerm(key, kept, category, all(upper for _, upper in kept)))
    available = len(terms)
    if max_terms is not None and 0 <= max_terms < available:
        terms = [terms[i * available // max_terms] for i in range(max_terms)]
    return Selection(terms, concepts, groups, tuple(schemes), available)


def _wanted_concepts(concepts: list[Concept], groups: tuple[str, ...],
                     schemes: tuple[str, ...]) -> set[int]:
    return {i for i, c in enumerate(concepts) if c.group in groups
            and (not schemes or any(s in schemes for s, _ in c.codes))}


def literal_forms(key: str, preferred: Iterable[str] = ()) -> list[str]:
    """The lower-case phrases that stand for ``key`` (see the module docstring), key form first."""
    base = key.replace(f" {BARRIER} ", ", ")
    forms = [base]
    possessive = _POSSESSIVE.sub("'s", base)
    if possessive != base:
        forms.append(possessive)
    for text in preferred:
        low = " ".join(text.lower().split())
        if low not in forms and term_key(text) == key:
            forms.append(low)
    return forms


def upper_pattern(key: str) -> list[dict[str, Any]]:
    """A spaCy token pattern for an upper-case-only key: exact upper-case words, any
    punctuation token for a barrier."""
    return [{"IS_PUNCT": True} if unit == BARRIER else {"TEXT": unit.upper()}
            for unit in key.split(" ")]


def medspacy_rules(selection: Selection, preferred_forms: bool = True) -> list[dict[str, Any]]:
    """TargetRule dicts (``literal``, ``category``, optional ``pattern``), in key order.

    Upper-case-only one-word keys are merged into one rule per category whose pattern is
    ``{"TEXT": {"IN": [...]}}``: spaCy's Matcher tries every token pattern at every token,
    so thousands of one-word patterns would cost more than all the phrase rules together."""
    rules: list[dict[str, Any]] = []
    upper_words: dict[str, list[str]] = {}
    for term in selection.terms:
        if term.upper_only and " " not in term.key:
            upper_words.setdefault(term.category, []).append(term.key.upper())
        elif term.upper_only:
            rules.append({"literal": term.key.upper().replace(f" {BARRIER} ", ", "),
                          "category": term.category, "pattern": upper_pattern(term.key)})
        else:
            preferred = ([selection.concepts[cid].preferred_text for cid, _ in term.concepts]
                         if preferred_forms else [])
            rules.extend({"literal": form, "category": term.category}
                         for form in literal_forms(term.key, preferred))
    for category in selection.groups:
        words = upper_words.get(category)
        if words:
            rules.append({"literal": f"{category.lower()} abbreviations ({len(words)}, upper case)",
                          "category": category, "pattern": [{"TEXT": {"IN": words}}]})
    return rules


def write_medspacy_rules(rules: list[dict[str, Any]], path: str | os.PathLike) -> Path:
    """Write ``{"target_rules": rules}`` (what ``TargetRule.from_json`` reads); the file
    appears complete or not at all, with the usual (umask) permissions."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(json.dumps({"target_rules": rules}, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, out)
    return out


def export_medspacy(lexicon: str | os.PathLike, path: str | os.PathLike,
                    groups: Sequence[str] = DEFAULT_GROUPS, schemes: Sequence[str] = (),
                    max_terms: int | None = None, preferred_forms: bool = True) -> dict[str, Any]:
    """Export ``lexicon`` to a medspaCy TargetRule JSON file; returns counts
    (``terms``, ``available``, ``rules``, ``pattern_rules``, ``by_category``)."""
    selection = select_terms(lexicon, groups, schemes, max_terms)
    rules = medspacy_rules(selection, preferred_forms)
    write_medspacy_rules(rules, path)
    by_category: dict[str, int] = {}
    for rule in rules:
        by_category[rule["category"]] = by_category.get(rule["category"], 0) + 1
    return {"terms": len(selection.terms), "available": selection.available, "rules": len(rules),
            "pattern_rules": sum("pattern" in r for r in rules), "by_category": by_category,
            "groups": list(selection.groups), "schemes": list(selection.schemes)}


def write_subset_lexicon(selection: Selection, directory: str | os.PathLike,
                         name: str = "subset") -> dict[str, Any]:
    """The selected terms as a ctakes-py lexicon folder (same keys, concepts and upper-case
    flags), so our DictionaryLookup can run on exactly the exported terms."""
    keep_all = TermFilter(min_chars=1, min_abbreviation_chars=1, max_units=10**6, max_chars=10**6,
                          stop_terms=frozenset())
    writer = LexiconWriter(directory, name=name, description="terms selected for export",
                           term_filter=keep_all)
    new_ids: dict[int, int] = {}
    for term in selection.terms:
        for cid, upper in term.concepts:
            if cid not in new_ids:
                c = selection.concepts[cid]
                new_ids[cid] = writer.concept(c.cui, c.tui, c.preferred_text, c.codes,
                                              group=c.group, key=cid)
            writer.add_term(term.key, new_ids[cid], case_sensitive=upper, key=term.key)
    return writer.finish([{"name": name, "groups": list(selection.groups),
                           "schemes": list(selection.schemes)}])

