"""DictionaryLookup's fast paths give the results of the plain definitions: the memo of word
codes, the token types read for cuts, the prepared feature-structure constructors, the
one-pass consumer, the function-word pre-check, and lexicon tables the GC does not track."""
from __future__ import annotations

import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctakes_py.annotators import dictionary
from ctakes_py.annotators.dictionary import (
    DictionaryLookup,
    _arguments,
    _fs_class,
    _function_word_pair,
    _mention_constructor,
)
from ctakes_py.cassis_speedups import of_exact_types
from ctakes_py.document import create_cas
from ctakes_py.lexicon.normalize import document_units
from ctakes_py.lexicon.semantic import GROUPS
from ctakes_py.typesystem import (
    BASE_TOKEN,
    CONTRACTION_TOKEN,
    IDENTIFIED_ANNOTATION,
    NEWLINE_TOKEN,
    NUM_TOKEN,
    PUNCTUATION_TOKEN,
    SYMBOL_TOKEN,
    WORD_TOKEN,
)

pytestmark = pytest.mark.usefixtures("isolated_automaton_cache")


def plain_encoding(lookup: DictionaryLookup, words: list[str]) -> str:
    lex = lookup.lexicon
    return "".join(lex.codes.get(w) or (lex.unknown_code if w[0].isalnum() else lex.barrier_code)
                   for w in words)


def test_memo_encoding_equals_vocabulary_lookup(typesystem, lexicon_dir, monkeypatch, make_lookup):
    lookup = make_lookup(typesystem, lexicon_dir)
    notes = ["Breast cancer, treated with aspirin.", "Heart failure; congestive (CHF).",
             "cancer of the breast: none", "unknown words only", "Breast cancer again, aspirin."]
    for text in notes:
        words = document_units(text)[0]
        assert lookup.encode(words) == plain_encoding(lookup, words)
    monkeypatch.setattr(dictionary, "_MEMO_LIMIT", 6)   # a full memo is replaced, never wrong
    lookup = make_lookup(typesystem, lexicon_dir)
    for text in notes * 2:
        words = document_units(text)[0]
        assert lookup.encode(words) == plain_encoding(lookup, words)
        assert len(lookup._memo) <= 6 + len(set(words))


def test_cuts_read_every_token_type_that_can_start_inside_a_word(typesystem, lexicon_dir, make_lookup):
    lookup = make_lookup(typesystem, lexicon_dir)
    read = set(lookup._cut_token_types)
    assert {BASE_TOKEN, WORD_TOKEN, NUM_TOKEN, CONTRACTION_TOKEN} <= read
    assert not read & {PUNCTUATION_TOKEN, SYMBOL_TOKEN, NEWLINE_TOKEN}

    def found(token_type: str | None) -> set[str]:
        cas = create_cas("xcancer noted", typesystem, "d")
        if token_type:
            cas.add(typesystem.get_type(token_type)(begin=1, end=7))
        lookup.process(cas)
        return {m.get_covered_text() for m in cas.select(IDENTIFIED_ANNOTATION)}

    assert found(None) == set()
    assert found(BASE_TOKEN) == {"cancer"}        # a plain BaseToken cuts too
    assert found(WORD_TOKEN) == {"cancer"}


def test_of_exact_types_leaves_out_subtypes(typesystem):
    cas = create_cas("a b c", typesystem, "d")
    cas.add_all([typesystem.get_type(BASE_TOKEN)(begin=0, end=1),
                 typesystem.get_type(WORD_TOKEN)(begin=2, end=3),
                 typesystem.get_type(PUNCTUATION_TOKEN)(begin=4, end=5)])
    assert [t.begin for t in of_exact_types(cas, [BASE_TOKEN])] == [0]
    assert sorted(t.begin for t in of_exact_types(cas, [WORD_TOKEN, BASE_TOKEN, NUM_TOKEN])) == [0, 2]


def features(fs) -> dict:
    return {f.name: getattr(fs, f.name) for f in fs.type.all_features}


def test_prepared_mention_constructor_equals_keyword_call(typesystem):
    array_class = _fs_class(typesystem.get_type("uima.cas.FSArray"))
    constants = {"typeID": 2, "discoveryTechnique": 1, "polarity": 1, "uncertainty": 0, "historyOf": 0,
                 "conditional": False, "generic": False, "subject": "patient"}
    for group in GROUPS.values():
        cls = _fs_class(typesystem.get_type(group.mention_type))
        array = array_class(elements=[])
        made = _mention_constructor(cls, constants)(3, 9, array)
        expected = cls(begin=3, end=9, ontologyConceptArr=array, **constants)
        assert type(made) is cls and features(made) == features(expected)


def test_mention_constructor_falls_back_to_keywords_for_other_layouts():
    class Other:
        def __init__(self, xmiID=None, begin=0, extra="x", end=0, ontologyConceptArr=None, typeID=None):
            self.values = (xmiID, begin, extra, end, ontologyConceptArr, typeID)

    assert _mention_constructor(Other, {"typeID": 5})(1, 4, "arr").values == (None, 1, "x", 4, "arr", 5)
    assert _arguments(Other, {"end": 7}) == [None, 0, "x", 7]


spans_strategy = st.dictionaries(
    st.tuples(st.integers(0, 12), st.integers(1, 6), st.sampled_from(["DISORDER", "ANATOMY", "DRUG"])),
    st.lists(st.integers(0, 5), min_size=1, max_size=3, unique=True), max_size=25)


@settings(max_examples=300, deadline=None)
@given(spans_strategy, st.sampled_from(["precision", "default"]))
def test_consumer_equals_its_definition(raw, consumer):
    found = {(b, b + n, g): list(ids) for (b, n, g), ids in raw.items()}
    lookup = DictionaryLookup()
    lookup.consumer = consumer

    def covered(span) -> bool:  # inside another, longer span of the same group
        b, e, g = span
        return any(o != span and o[2] == g and o[0] <= b and o[1] >= e for o in found)

    kept = [k for k in found if consumer == "default" or not covered(k)]
    expected = [(b, e, g, sorted(found[(b, e, g)])) for b, e, g in sorted(kept, key=lambda k: (k[0], -k[1], k[2]))]
    stride = 20
    packed = {}
    for (b, e, g), ids in found.items():
        for cid in ids:
            dictionary._add_concept(packed, dictionary.span_key(b, e, g, stride), cid)
    assert lookup._consume(packed, stride) == expected


def plain_function_word_pair(text: str, begin: int, end: int) -> bool:
    words = text[begin:end].split()
    return (len(words) == 2 and words[0].lower() in dictionary._FUNCTION_WORDS
            and (words[1].isdigit() or len(words[1]) <= 3) and not text[begin:end].isupper())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["at", "AT", "in", "with", "With", "the", "a", "10", "8", "mg", "pain", "x1",
                                 "ALL", "cancer", " ", "  ", "\n", "\t", "\u00a0", "\u2028", ".", "-"]),
                max_size=6))
def test_function_word_precheck_equals_plain_rule(parts):
    text = "".join(parts)
    for begin in range(len(text) + 1):
        for end in range(begin, len(text) + 1):
            assert _function_word_pair(text, begin, end) == plain_function_word_pair(text, begin, end)


def test_lexicon_tables_are_not_tracked_by_the_gc(typesystem, lexicon_dir, make_lookup):
    lex = make_lookup(typesystem, lexicon_dir).lexicon
    groups = lex.concept_groups
    gc.collect()
    assert not gc.is_tracked(lex.words) and not gc.is_tracked(lex.concept_rows)
    assert not gc.is_tracked(groups) and not gc.is_tracked(lex.codes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(sorted(GROUPS))),
                min_size=1, max_size=20))
def test_span_keys_round_trip_and_sort_in_output_order(spans):
    stride = 42
    spans = [(min(b, e), max(b, e), g) for b, e, g in spans]
    keys = [dictionary.span_key(b, e, g, stride) for b, e, g in spans]
    assert [dictionary.unpack_span(k, stride) for k in keys] == spans
    by_key = [dictionary.unpack_span(k, stride) for k in sorted(keys)]
    assert by_key == sorted(spans, key=lambda s: (s[0], -s[1], s[2]))
