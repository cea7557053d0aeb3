"""Candidate argument pairs from the mentions of a CAS.

``sentence`` scope: every (arg1, arg2) pair of mentions of the configured types inside one
Sentence, at most ``window`` tokens apart (0: no limit). ``document`` scope (BC5CDR CID):
one candidate per (arg1 concept, arg2 concept) pair of the document, carrying all mention
pairs of the two concepts; a mention's concepts are its ontology codes (``-1`` and empty
codes ignored), else its lower-cased text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cassis import Cas

from ..typesystem import BASE_TOKEN, IDENTIFIED_ANNOTATION, SENTENCE

SENTENCE_SCOPE, DOCUMENT_SCOPE = "sentence", "document"
SCOPES = (SENTENCE_SCOPE, DOCUMENT_SCOPE)
_TEXTSEM = "org.apache.ctakes.typesystem.type.textsem."


def expand_type(name: str) -> str:
    """Short textsem names (``MedicationMention``) -> full cTAKES type names."""
    return name if "." in name else _TEXTSEM + name


@dataclass
class DocView:
    """The tokens and sentences of a CAS as sorted offset lists (built once per CAS)."""

    text: str
    token_begins: list[int]
    token_ends: list[int]
    sentences: list[tuple[int, int]]
    sentence_begins: list[int]
    names: dict[str, str] = field(default_factory=dict)
    span_codes: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    _members: dict[int, tuple[list[Any], dict[int, list[Any]]]] = field(default_factory=dict, repr=False)
    _sentence_words: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # per-document data of feature functions
    _lowers: list[str] | None = field(default=None, repr=False)       # lower-cased token texts

    @classmethod
    def of(cls, cas: Cas, names: dict[str, str] | None = None, code_pattern: str = "") -> "DocView":
        """``names``: normalized mention text -> concept id, for mentions without codes;
        ``code_pattern``: a regex of usable codes; a mention without codes then borrows the
        matching codes of another mention with the same span (e.g. a dictionary match)."""
        tokens = sorted((t.begin, t.end) for t in cas.select(BASE_TOKEN))
        sentences = sorted((s.begin, s.end) for s in cas.select(SENTENCE)) or [(0, len(cas.sofa_string or ""))]
        span_codes: dict[tuple[int, int], list[str]] = {}
        if code_pattern:
            wanted = re.compile(code_pattern)
            for m in cas.select(IDENTIFIED_ANNOTATION):
                codes = [c for c in concept_codes(m) if wanted.fullmatch(c)]
                if codes:
                    span_codes.setdefault((m.begin, m.end), codes)
        begins = [b for b, _ in tokens]
        sentences = [part for sentence in sentences for part in _chunks(sentence, begins)]
        return cls(cas.sofa_string or "", begins, [e for _, e in tokens], sentences,
                   [b for b, _ in sentences], names or {}, span_codes)

    def concepts(self, fs: Any) -> tuple[list[str], bool]:
        """(concept keys, whether they are ids rather than the mention's text): its codes,
        else its text's id in the names table, else codes borrowed from its span, else
        its normalized text."""
        codes = concept_codes(fs)
        if codes:
            return codes, True
        keys = concept_keys(fs, self.text, self.names)
        name = normalize_name(self.text[fs.begin:fs.end])
        if keys[0] != name:
            return keys, True
        borrowed = self.span_codes.get((fs.begin, fs.end))
        return (borrowed, True) if borrowed else (keys, False)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_begins, offset) - 1)

    def sentence_members(self, mentions: list[Any], index: int) -> list[Any]:
        """The ``mentions`` that begin in sentence ``index``, in list order (the list is
        grouped once, on first use, and kept for later calls with the same list)."""
        cached = self._members.get(id(mentions))
        if cached is None or cached[0] is not mentions:
            groups: dict[int, list[Any]] = {}
            for m in mentions:
                groups.setdefault(self.sentence_index(m.begin), []).append(m)
            cached = self._members[id(mentions)] = (mentions, groups)
        return cached[1].get(index, [])

    def sentence_words(self, index: int) -> frozenset[str]:
        """The distinct :meth:`words` of sentence ``index`` (computed once per sentence)."""
        words = self._sentence_words.get(index)
        if words is None:
            begin, end = self.sentences[index]
            words = self._sentence_words[index] = frozenset(self.words(begin, end))
        return words

    def token_range(self, begin: int, end: int) -> tuple[int, int]:
        """Indexes ``[first, last)`` of the tokens overlapping ``[begin, end)``."""
        return bisect_right(self.token_ends, begin), bisect_left(self.token_begins, end)

    def words(self, begin: int, end: int) -> list[str]:
        """Lower-cased token texts in ``[begin, end)``; a token the range cuts (``azithromycin-induced``
        around a mention) contributes its part inside, without edge hyphens."""
        first, last = self.token_range(begin, end)
        if first >= last:
            return []
        if self._lowers is None:
            self._lowers = [self.text[b:e].lower() for b, e in zip(self.token_begins, self.token_ends)]
        out = self._lowers[first:last]
        # only the first and the last token can be cut by the range
        for k, i in ((0, first), (len(out) - 1, last - 1)):
            if self.token_begins[i] < begin or self.token_ends[i] > end:
                out[k] = self.text[max(begin, self.token_begins[i]):min(end, self.token_ends[i])].lower().strip("-/")
        return [w for w in out if w]


# Longest "sentence" a relation sees, in tokens: longer ones (a run-on list without periods)
# are cut into parts this long, which keeps candidate pairs and their features linear in the
# text. The longest sentences of the ADE corpus and BC5CDR have 172 and 211 tokens.
MAX_SENTENCE_TOKENS = 250


def _chunks(sentence: tuple[int, int], token_begins: list[int]) -> list[tuple[int, int]]:
    """``sentence`` cut into parts of at most :data:`MAX_SENTENCE_TOKENS` tokens."""
    begin, end = sentence
    first, last = bisect_left(token_begins, begin), bisect_left(token_begins, end)
    if last - first <= MAX_SENTENCE_TOKENS:
        return [sentence]
    cuts = [token_begins[i] for i in range(first + MAX_SENTENCE_TOKENS, last, MAX_SENTENCE_TOKENS)]
    return list(zip([begin, *cuts], [*cuts, end]))


@dataclass
class Candidate:
    """A pair of argument mentions (sentence scope) or concepts (document scope; ``pairs``
    holds every mention pair of the two concepts, ``arg1``/``arg2`` the first mentions)."""

    arg1: Any
    arg2: Any
    key1: str = ""
    key2: str = ""
    pairs: list[tuple[Any, Any]] = field(default_factory=list)
    mentions1: list[Any] = field(default_factory=list)
    mentions2: list[Any] = field(default_factory=list)


def _is_a(fs: Any, wanted: set[str]) -> bool:
    type_ = fs.type
    while type_ is not None:
        if type_.name in wanted:
            return True
        type_ = type_.supertype
    return False


def select_mentions(cas: Cas, types: Sequence[str], techniques: Sequence[int] = ()) -> list[Any]:
    """Mentions of any of ``types`` (subtypes included), optionally only those found by one
    of the ``techniques`` (discoveryTechnique values), sorted by offset, one per span+type."""
    wanted = {expand_type(t) for t in types}
    keep = set(techniques)
    seen, out = set(), []
    for fs in sorted(cas.select(IDENTIFIED_ANNOTATION),
                     key=lambda a: (a.begin, a.end)):
        if not _is_a(fs, wanted) or (keep and fs.discoveryTechnique not in keep):
            continue
        key = (fs.begin, fs.end, fs.type.name)
        if key not in seen:
            seen.add(key)
            out.append(fs)
    return out


def sentence_candidates(view: DocView, arg1s: list[Any], arg2s: list[Any], window: int = 0,
                        nested: bool = False) -> list[Candidate]:
    """Pairs of an arg1 and a different, non-overlapping arg2 mention in one sentence; with
    ``nested``, also an arg1 strictly inside an arg2 (``methanol`` in ``methanol toxicity``)."""
    out = []
    for a in arg1s:
        for b in view.sentence_members(arg2s, view.sentence_index(a.begin)):
            if b is a or (a.begin < b.end and b.begin < a.end and not (nested and _inside(a, b))):
                continue
            if window and _token_gap(view, a, b) > window:
                continue
            out.append(Candidate(a, b, pairs=[(a, b)]))
    return out


def _inside(a: Any, b: Any) -> bool:
    return b.begin <= a.begin and a.end <= b.end and (a.begin, a.end) != (b.begin, b.end)


def _token_gap(view: DocView, a: Any, b: Any) -> int:
    left, right = (a, b) if a.begin <= b.begin else (b, a)
    first, last = view.token_range(left.end, right.begin)
    return max(0, last - first)


def concept_codes(fs: Any) -> list[str]:
    """The ontology codes of a mention (``-1`` and PubTator type markers left out)."""
    array = getattr(fs, "ontologyConceptArr", None)
    return [c.code for c in (array.elements if array is not None and array.elements else [])
            if getattr(c, "code", None) and c.code != "-1"
            and (getattr(c, "codingScheme", "") or "") != "pubtator:type"]


_DIGIT = re.compile(r"\d")


def feature_word(word: str) -> str:
    """A word as a feature value: ``<num>`` for any word with a digit."""
    return "<num>" if _DIGIT.search(word) else word


def normalize_name(text: str) -> str:
    """Lower-cased, single-spaced mention text (the key of a names table)."""
    return " ".join(text.lower().split())


def concept_keys(fs: Any, text: str, names: dict[str, str] | None = None) -> list[str]:
    """The concept ids of a mention: its ontology codes, else its text's id in ``names``
    (also tried without a plural ``s``), else its normalized text."""
    codes = concept_codes(fs)
    if codes:
        return codes
    name = normalize_name(text[fs.begin:fs.end])
    if names:
        found = names.get(name) or (names.get(name[:-1]) if name.endswith("s") else None)
        if found:
            return [found]
    return [name]


def document_candidates(view: DocView, arg1s: list[Any], arg2s: list[Any], require_ids: bool = False
                        ) -> list[Candidate]:
    """One candidate per (arg1 concept, arg2 concept) pair of the document (with
    ``require_ids``, only concepts whose key is an id, not a mention text)."""
    groups1, groups2 = _group(view, arg1s, require_ids), _group(view, arg2s, require_ids)
    out = []
    for k1, ms1 in groups1.items():
        for k2, ms2 in groups2.items():
            if k1 == k2:
                continue
            pairs = [(a, b) for a in ms1 for b in ms2 if a is not b]
            if pairs:
                out.append(Candidate(ms1[0], ms2[0], k1, k2, pairs, ms1, ms2))
    return out


def _group(view: DocView, mentions: list[Any], require_ids: bool) -> dict[str, list[Any]]:
    """Mentions by concept key. A mention known only by its text takes the key of a
    mention it abbreviates in the document (``nitroglycerin (NTG)``: every ``NTG``)."""
    resolved = [(m, *view.concepts(m)) for m in mentions]
    short_forms: dict[str, list[str]] = {}
    by_end = {m.end: keys for m, keys, ids in resolved if ids}
    for m, keys, ids in resolved:
        if not ids and view.text[m.begin - 2:m.begin] == " (" and m.begin - 2 in by_end:
            short_forms[keys[0]] = by_end[m.begin - 2]
    groups: dict[str, list[Any]] = {}
    for m, keys, ids in resolved:
        if not ids and keys[0] in short_forms:
            keys, ids = short_forms[keys[0]], True
        if ids or not require_ids:
            for key in keys:
                groups.setdefault(key, []).append(m)
    return groups
