"""Dictionary lookup: cTAKES's fast lookup as one Aho-Corasick pass per document.

The note is cut like lexicon terms (:mod:`ctakes_py.lexicon.normalize`): units are
letter/digit runs (lower-cased, accents folded), cut again where a ``BaseToken`` starts
inside one; phrase punctuation and lookup-window starts (``Sentence`` by default) are
barriers. Each unit becomes its word code, and the compiled automaton
(:mod:`ctakes_py.lexicon.automaton`, cached on disk) finds every lexicon key in one pass
over the encoded note, so every hit starts and ends on a unit boundary (never inside a
word) and never crosses a barrier the term does not have. Hits are mapped back to
character offsets, filtered (``minimumSpan``, upper-case-only abbreviations), reduced by
the consumer and written as cTAKES mentions:

- ``precision`` (cTAKES ``PrecisionTermConsumer``): per semantic group, a span inside a
  longer span of the same group is dropped (``lung cancer`` keeps the disorder
  ``lung cancer`` and the anatomical site ``lung``, not the disorder ``cancer``);
- ``default`` (cTAKES ``DefaultTermConsumer``): every hit is kept.

Each mention gets the mention type of its group (``DiseaseDisorderMention``...), its
``typeID``, ``discoveryTechnique=1`` (dictionary lookup), polarity 1, subject ``patient``
and one ``UmlsConcept`` per (concept, code) in ``ontologyConceptArr``.
"""
from __future__ import annotations

import functools
import inspect
import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from itertools import filterfalse, repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..cassis_speedups import of_exact_types
from ..errors import ResourceError
from ..lexicon.automaton import CompiledLexicon, CompileSettings, load_compiled
from ..lexicon.definitions import add_defined_abbreviations
from ..lexicon.normalize import BARRIER, document_units, split_at
from ..lexicon.semantic import GROUPS, group_from_name
from ..typesystem import (
    BASE_TOKEN,
    DICT_LOOKUP,
    IDENTIFIED_ANNOTATION,
    NEWLINE_TOKEN,
    PUNCTUATION_TOKEN,
    SEGMENT,
    SENTENCE,
    SYMBOL_TOKEN,
    UMLS_CONCEPT,
)

CONSUMERS = ("precision", "default")
POLARITY_POSITIVE = 1    # CONST.NE_POLARITY_NEGATION_ABSENT
SUBJECT_PATIENT = "patient"

_BEGIN = attrgetter("begin")
_MEMO_LIMIT = 50_000  # word codes remembered across notes (about 5 MB)
# Token types that never start on a letter or digit, so never inside a unit.
_NON_WORD_TOKENS = frozenset((PUNCTUATION_TOKEN, SYMBOL_TOKEN, NEWLINE_TOKEN))

# Compiled lexicons shared by the annotators of one process, by (folder, settings).
_LOADED: dict[tuple[str, str, str], CompiledLexicon] = {}
_LOCK = threading.Lock()


def compiled_lexicon(folder: Path, settings: CompileSettings, cache_dir: str | None,
                     use_cache: bool) -> CompiledLexicon:
    """Load (once per process) the compiled form of a lexicon folder."""
    key = (str(folder.resolve()), settings.to_json(), f"{cache_dir}|{use_cache}")
    with _LOCK:
        found = _LOADED.get(key)
        if found is None:
            found = _LOADED[key] = load_compiled(folder, settings, cache_dir=cache_dir,
                                                 use_cache=use_cache)
        return found


def _insert_barriers(values: list, cuts: list[int], barrier: Any) -> list:
    """``values`` with an item inserted before each index in ``cuts`` (sorted): the barrier
    text, or (in the offset lists) the next unit's offset: a barrier never ends a match."""
    out, previous = [], 0
    for cut in cuts:
        out.extend(values[previous:cut])
        out.append(barrier if barrier is not None else values[cut])
        previous = cut
    out.extend(values[previous:])
    return out


# Semantic groups by index in name order: a span key sorts by begin, longest first, group.
_GROUP_NAMES = tuple(sorted(GROUPS))
_GROUP_INDEX = {name: i for i, name in enumerate(_GROUP_NAMES)}
_N_GROUPS = len(_GROUP_NAMES)


def span_key(begin: int, end: int, group: str, stride: int) -> int:
    """One integer for (begin, end, group) in a text of ``stride - 1`` characters, ordered
    as (begin, -end, group)."""
    return (begin * stride + stride - 1 - end) * _N_GROUPS + _GROUP_INDEX[group]


def unpack_span(key: int, stride: int) -> tuple[int, int, str]:
    """(begin, end, group) of a :func:`span_key`."""
    rest, group = divmod(key, _N_GROUPS)
    begin, back = divmod(rest, stride)
    return begin, stride - 1 - back, _GROUP_NAMES[group]


def _ids(value: Any) -> tuple[int, ...]:
    return (value,) if value.__class__ is int else value


def _add_concept(found: dict[int, Any], key: int, cid: int) -> None:
    """Record concept ``cid`` for span ``key``: an int for one concept, a tuple for more."""
    have = found.get(key)
    if have is None:
        found[key] = cid
    elif have.__class__ is int:
        if have != cid:
            found[key] = (have, cid)
    elif cid not in have:
        found[key] = (*have, cid)


def _fs_class(fs_type: Any) -> type:
    """The class of the feature structures of a cassis ``Type``."""
    return type(fs_type())


@functools.cache
def _parameters(cls: type) -> tuple[inspect.Parameter, ...]:
    return tuple(inspect.signature(cls).parameters.values())


def _arguments(cls: type, values: dict[str, Any]) -> list[Any]:
    """Positional arguments of ``cls`` (an attrs-generated feature-structure class) up to
    the last feature in ``values``: ``values`` where given, the declared defaults elsewhere.
    A positional call skips matching keyword names to 30-odd parameters on every call."""
    params = _parameters(cls)
    last = max(i for i, p in enumerate(params) if p.name in values)
    return [values.get(p.name, p.default) for p in params[:last + 1]]


def _mention_constructor(cls: type, constants: dict[str, Any]) -> Callable[[int, int, Any], Any]:
    """``make(begin, end, concept_array)``: a new mention of ``cls`` with the ``constants``
    features, by a positional call where the class has cassis's layout."""
    names = [p.name for p in _parameters(cls)]
    b, c = names.index("begin"), names.index("ontologyConceptArr")
    if names[b + 1] != "end" or c < b + 2:
        return lambda begin, end, array: cls(begin=begin, end=end, ontologyConceptArr=array, **constants)
    args = _arguments(cls, {"ontologyConceptArr": None, **constants})
    head, middle, tail = tuple(args[:b]), tuple(args[b + 2:c]), tuple(args[c + 1:])
    return lambda begin, end, array: cls(*head, begin, end, *middle, array, *tail)


class DictionaryLookup(Annotator):
    """Finds lexicon terms in the text and creates cTAKES mentions with UMLS concepts."""

    parameters = (
        Parameter("windowAnnotations", "String", default=SENTENCE,
                  description="Type whose annotations bound a match (a term never spans two); "
                              "empty: the whole document."),
        Parameter("consumer", "String", default="precision",
                  description="precision: longest span per semantic group (cTAKES "
                              "PrecisionTermConsumer); default: keep all overlapping terms."),
        Parameter("minimumSpan", "Integer", default=3,
                  description="Minimum length in characters of a matched span (cTAKES default 3)."),
        Parameter("stopTerms", "String", multi_valued=True, default=(),
                  description="Terms never matched (normalized like the lexicon)."),
        Parameter("plurals", "Boolean", default=True,
                  description="Also match plural/singular forms of each term's last word."),
        Parameter("permutations", "Boolean", default=True,
                  description="Also match reordered forms ('fracture of femur' -> 'femur fracture', "
                              "'cancer, lung' -> 'lung cancer')."),
        Parameter("spellingVariants", "Boolean", default=True,
                  description="Also match Roman/Arabic numeral forms after type/class/grade/stage "
                              "(type II <-> type 2) and possessives without apostrophe "
                              "(Addison's -> Addison, Addisons)."),
        Parameter("abbreviations", "Boolean", default=False,
                  description="Also match common clinical abbreviations (CHF, COPD...), upper case only."),
        Parameter("abbreviationDefinitions", "Boolean", default=True,
                  description="A match followed by '(SHORT)' defines SHORT for this note (Schwartz & "
                              "Hearst letter check): every occurrence of SHORT gets its concepts."),
        Parameter("caseSensitiveAbbreviations", "Boolean", default=True,
                  description="Terms flagged as abbreviations (ALL, AIDS) match upper-case text only."),
        Parameter("useTokens", "Boolean", default=True,
                  description="Also cut words where a BaseToken starts inside a letter/digit run "
                              "(e.g. 10mg -> 10 mg), so no term ends inside a token."),
        Parameter("semanticGroups", "String", multi_valued=True, default=(),
                  description="Create mentions only for these groups (DRUG, DISORDER, FINDING, "
                              "PROCEDURE, ANATOMY, LAB, ...); empty: all groups."),
        Parameter("cacheDirectory", "String", default="",
                  description="Folder for the compiled automaton cache; empty: next to the "
                              "lexicon if writable, else the user cache folder."),
        Parameter("useCache", "Boolean", default=True,
                  description="Load/store the compiled automaton from/to the cache."),
        Parameter("skipSectionHeaders", "Boolean", default=True,
                  description="No mention inside a section header ('ALLERGIES:', 'PAST SURGICAL HISTORY:') "
                              "found by the section annotator."),
    )
    resources = (
        ExternalResource("lexicon", "A ctakes-py lexicon folder (lexicon.json + data files).",
                         default="lexicons/default"),
    )
    inputs = (BASE_TOKEN, SENTENCE)
    outputs = (IDENTIFIED_ANNOTATION, UMLS_CONCEPT)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        if self.consumer not in CONSUMERS:
            raise ResourceError(f"consumer must be one of {CONSUMERS}, not {self.consumer!r}",
                                file=context.descriptor, element="consumer")
        groups = []
        for name in self.semanticGroups or ():
            group = group_from_name(name)
            if group is None:
                raise ResourceError(f"unknown semantic group {name!r}", file=context.descriptor,
                                    element="semanticGroups", fix=f"use one of {sorted(GROUPS)}")
            groups.append(group)
        self.groups = frozenset(groups)
        if self.windowAnnotations and not context.typesystem.contains_type(self.windowAnnotations):
            raise ResourceError(f"window type {self.windowAnnotations!r} is not in the type system",
                                file=context.descriptor, element="windowAnnotations",
                                fix="name an annotation type (e.g. org.apache.ctakes.typesystem.type."
                                    "textspan.Sentence) or leave it empty for the whole document")
        settings = CompileSettings(plurals=bool(self.plurals), permutations=bool(self.permutations),
                                   abbreviations=bool(self.abbreviations),
                                   spellings=bool(self.spellingVariants),
                                   stop_terms=tuple(self.stopTerms or ()))
        folder = context.get_resource("lexicon")
        self.lexicon = compiled_lexicon(Path(folder), settings, self.cacheDirectory or None,
                                        bool(self.useCache))
        ts = context.typesystem
        # Tokens that may start inside a letter/digit run (BaseToken and its subtypes but
        # punctuation, symbols and newlines), read per exact type.
        self._cut_token_types = sorted(t.name for t in ts.get_type(BASE_TOKEN).descendants
                                       if t.name not in _NON_WORD_TOKENS)
        # Prepared constructors of the generated feature-structure classes (positional calls).
        self._make_mention = {
            name: _mention_constructor(_fs_class(ts.get_type(g.mention_type)), {
                "typeID": g.type_id, "discoveryTechnique": DICT_LOOKUP, "polarity": POLARITY_POSITIVE,
                "uncertainty": 0, "historyOf": 0, "conditional": False, "generic": False,
                "subject": SUBJECT_PATIENT})
            for name, g in GROUPS.items()}
        self._concept_class = _fs_class(ts.get_type(UMLS_CONCEPT))
        array_class = _fs_class(ts.get_type("uima.cas.FSArray"))
        array_head = tuple(_arguments(array_class, {"elements": None})[:-1])
        self._make_array = lambda elements: array_class(*array_head, elements)
        self._concept_arguments: dict[int, tuple[tuple[Any, ...], ...]] = {}
        self._entry_infos: dict[int, tuple[int, tuple, tuple]] = {}
        self._memo: dict[str, str] = {}

    # --- units ------------------------------------------------------------------------
    def _window_begins(self, cas: Cas) -> list[int]:
        if not self.windowAnnotations:
            return []
        return sorted(set(map(_BEGIN, cas.select(self.windowAnnotations))))

    def units(self, cas: Cas) -> tuple[list[str], list[int], list[int]]:
        """The note's units as parallel lists (folded text, begin, end); a barrier item
        starts with a non-alphanumeric character. Units are letter/digit runs, cut further
        where a BaseToken starts inside one (``10mg`` -> ``10`` ``mg`` with our tokenizer),
        and a barrier is added at each lookup-window start."""
        words, begins, ends = document_units(cas.sofa_string or "")
        if self.useTokens and words:
            inner = set(map(_BEGIN, of_exact_types(cas, self._cut_token_types)))
            inner.difference_update(begins)
            if inner:
                split_at(sorted(inner), words, begins, ends)
        n = len(words)
        cuts = sorted({i for i in map(bisect_left, repeat(begins), self._window_begins(cas))
                       if 0 < i < n and words[i][0].isalnum() and words[i - 1][0].isalnum()})
        if cuts:
            words, begins, ends = (_insert_barriers(values, cuts, barrier)
                                   for values, barrier in ((words, BARRIER), (begins, None), (ends, None)))
        return words, begins, ends

    def encode(self, words: list[str]) -> str:
        """The note as the automaton reads it: one word code per unit (UNKNOWN for a word
        not in the lexicon, BARRIER for a barrier item).

        Codes of the words seen are kept in a bounded memo (it also holds the words the
        lexicon lacks and the barrier items): notes share most of their vocabulary, and a
        small table stays in the CPU caches where the lexicon's (about 20 MB) does not. The
        per-unit mapping runs in C; Python only sees the words new to the memo."""
        memo = self._memo
        try:
            return "".join(map(memo.__getitem__, words))
        except KeyError:
            new = set(filterfalse(memo.__contains__, words))
            if len(memo) + len(new) > _MEMO_LIMIT:
                memo = self._memo = {}  # a fresh table (a concurrent reader keeps the old one)
                new = set(words)
            lex = self.lexicon
            get, unknown, barrier = lex.codes.get, lex.unknown_code, lex.barrier_code
            for w in new:
                memo[w] = get(w) or (unknown if w[0].isalnum() else barrier)
            return "".join(map(memo.__getitem__, words))

    # --- matching ---------------------------------------------------------------------
    def find(self, cas: Cas) -> list[tuple[int, int, str, list[int]]]:
        """Kept matches as ``(begin, end, group, concept ids)`` after the consumer, sorted
        by begin, longest first, then group."""
        words, begins, ends = self.units(cas)
        if not words:
            return []
        text = cas.sofa_string or ""
        stride = len(text) + 1
        found = self._hits(text, self.encode(words), begins, ends, stride)
        if self.abbreviationDefinitions and found and "(" in text:  # a definition is "(SHORT)"
            self._add_definitions(text, found, stride)
        matches = [m for m in self._consume(found, stride) if not _function_word_pair(text, m[0], m[1])]
        if self.skipSectionHeaders and matches:
            matches = _outside(matches, section_headers(cas))
        return matches

    def _hits(self, text: str, encoded: str, begins: list[int], ends: list[int], stride: int) -> dict[int, Any]:
        """Span key (:func:`span_key`) -> concept id, or a tuple of ids, of every hit that
        passes the filters. Integer keys and values: a note's hits allocate no tuples or
        lists for the garbage collector to track, and the keys sort in output order."""
        width, minimum = self.lexicon.width, self.minimumSpan or 0
        infos, entry_info = self._entry_infos, self._entry_info
        found: dict[int, Any] = {}
        for last, entry in self.lexicon.automaton.iter(encoded):
            info = infos.get(entry) or entry_info(entry)
            last_unit = last // width
            begin, end = begins[last_unit - info[0]], ends[last_unit]
            if end - begin < minimum:
                continue
            # the upper-case-only concepts count only where the text is upper case
            pairs = info[1] if info[1] is info[2] or text[begin:end].isupper() else info[2]
            span = (begin * stride + stride - 1 - end) * _N_GROUPS  # span_key(...) less the group, inlined
            for group, cid in pairs:
                key = span + group
                have = found.get(key)
                if have is None:
                    found[key] = cid
                elif have != cid:
                    _add_concept(found, key, cid)
        return found

    def _entry_info(self, entry: int) -> tuple[int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """(units - 1, (group index, concept id) pairs for upper-case text, pairs for other
        text) of an automaton entry, pairs in the wanted groups only; kept in
        ``self._entry_infos``. The two pair tuples are one object when case does not matter."""
        lex, wanted = self.lexicon, self.groups
        groups = lex.concept_groups

        def pairs(upper_text: bool) -> tuple[tuple[int, int], ...]:
            return tuple((_GROUP_INDEX[groups[cid]], cid) for cid in lex.concepts_of(entry, upper_text)
                         if not wanted or groups[cid] in wanted)

        upper = pairs(True)
        other = pairs(False) if self.caseSensitiveAbbreviations and lex.case_sensitive[entry] else upper
        info = self._entry_infos[entry] = (lex.key_units[entry] - 1, upper, other)
        return info

    @staticmethod
    def _add_definitions(text: str, found: dict[int, Any], stride: int) -> None:
        """Add the occurrences of the abbreviations the note defines (in place)."""
        hits = {unpack_span(key, stride): list(_ids(ids)) for key, ids in found.items()}
        add_defined_abbreviations(text, hits)
        for (begin, end, group), ids in hits.items():
            key = span_key(begin, end, group, stride)
            for cid in ids:
                _add_concept(found, key, cid)

    def _consume(self, found: dict[int, Any], stride: int) -> list[tuple[int, int, str, list[int]]]:
        """Apply the consumer; matches sorted by begin, longest first, then group.

        Spans are visited in that order, so within a group each span comes after every
        span that starts before it or at the same place and is longer: the precision
        consumer drops a span ending at or before the furthest end seen in its group."""
        out = []
        precision = self.consumer == "precision"
        max_end: dict[str, int] = {}
        for key in sorted(found):
            begin, end, group = unpack_span(key, stride)
            if precision:
                if end <= max_end.get(group, -1):
                    continue  # inside an earlier, longer span of the same group
                max_end[group] = end
            ids = found[key]
            out.append((begin, end, group, [ids] if ids.__class__ is int else sorted(ids)))
        return out

    # --- output -----------------------------------------------------------------------
    def process(self, cas: Cas) -> None:
        self.write(cas, self.find(cas))

    def write(self, cas: Cas, matches: list[tuple[int, int, str, list[int]]]) -> None:
        """Add one mention per match, UmlsConcepts shared by the mentions of one note."""
        if not matches:
            return
        concept_fs: dict[int, list[Any]] = {}
        make_mention, make_array = self._make_mention, self._make_array
        mentions = []
        for begin, end, group, ids in matches:
            if len(ids) == 1:
                elements = list(concept_fs.get(ids[0]) or self._note_concepts(concept_fs, ids[0]))
            else:
                elements = []
                for cid in ids:
                    elements.extend(concept_fs.get(cid) or self._note_concepts(concept_fs, cid))
            mentions.append(make_mention[group](begin, end, make_array(elements)))
        cas.add_all(mentions)

    def _note_concepts(self, concept_fs: dict[int, list[Any]], cid: int) -> list[Any]:
        """The UmlsConcepts of ``cid`` for this note (made on first use, kept in ``concept_fs``)."""
        make = self._concept_class
        arguments = self._concept_arguments.get(cid)
        if arguments is None:
            concept = self.lexicon.concept(cid)
            codes = concept.codes or [(self.lexicon.default_scheme, concept.cui)]
            arguments = self._concept_arguments[cid] = tuple(tuple(_arguments(make, {
                "cui": concept.cui or None, "tui": concept.tui or None, "codingScheme": scheme,
                "code": code or None, "preferredText": concept.preferred_text or None}))
                for scheme, code in codes)
        made = concept_fs[cid] = [make(*args) for args in arguments]
        return made


def section_headers(cas: Cas) -> list[tuple[int, int]]:
    """Spans of the section headers as written (each Segment's ``tagText`` near its start)."""
    text = cas.sofa_string or ""
    spans = []
    for segment in cas.select(SEGMENT):
        tag = segment.tagText
        if tag:
            start = text.find(tag, segment.begin, min(segment.end, segment.begin + len(tag) + 16))
            if start >= 0:
                spans.append((start, start + len(tag)))
    return sorted(spans)


def _outside(matches: list, spans: list[tuple[int, int]]) -> list:
    """Matches that overlap none of the (sorted) ``spans``."""
    if not spans:
        return matches
    starts = [b for b, _ in spans]
    kept = []
    for match in matches:
        i = bisect_left(starts, match[1]) - 1  # last header starting before the match ends
        if i >= 0 and spans[i][1] > match[0]:
            continue
        kept.append(match)
    return kept


# "at 10" (a brand of dihydrotachysterol), "in 8", "no 2": terms made of a function word and a
# number or short word are names only when written in capitals; in prose they are phrases.
_FUNCTION_WORDS = frozenset("a an the at in on of for to by as no all any her his its nor per via with".split())


# The first word has at most four characters (the longest function word) and a second follows.
_SHORT_FIRST_WORD = re.compile(r"\s*\S{1,4}\s")


def _function_word_pair(text: str, begin: int, end: int) -> bool:
    if _SHORT_FIRST_WORD.match(text, begin, end) is None:
        return False
    words = text[begin:end].split()
    return (len(words) == 2 and words[0].lower() in _FUNCTION_WORDS
            and (words[1].isdigit() or len(words[1]) <= 3) and not text[begin:end].isupper())
