"""Tokenizer: token kinds, offsets, features, clinical forms, unicode."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.tokenizer import Tokenizer, capitalization, num_type, tokenize
from ctakes_py.document import create_cas
from ctakes_py.typesystem import (
    BASE_TOKEN,
    CONTRACTION_TOKEN,
    NEWLINE_TOKEN,
    NUM_TOKEN,
    PUNCTUATION_TOKEN,
    SYMBOL_TOKEN,
    WORD_TOKEN,
    load_typesystem,
)

NOTES = Path(__file__).parent / "fixtures" / "notes"
TS = load_typesystem()
SHORT = {WORD_TOKEN: "W", NUM_TOKEN: "N", PUNCTUATION_TOKEN: "P", SYMBOL_TOKEN: "S",
         NEWLINE_TOKEN: "NL", CONTRACTION_TOKEN: "C"}


def make(parameters: dict | None = None) -> Tokenizer:
    tokenizer = Tokenizer()
    tokenizer.initialize(UimaContext(parameters=parameters or {}, resources={}, typesystem=TS))
    return tokenizer


DEFAULT = make()


def tokens(text: str, tokenizer: Tokenizer = DEFAULT) -> list:
    cas = create_cas(text, TS, "doc")
    tokenizer.process(cas)
    return sorted(cas.select(BASE_TOKEN), key=lambda t: t.begin)


def pairs(text: str) -> list[tuple[str, str]]:
    return [(t.get_covered_text(), SHORT[t.type.name]) for t in tokens(text)]


def test_clinical_sentence_token_kinds():
    assert pairs("Lisinopril 10mg p.o. b.i.d., BP 124/78; wt 2.5 kg (q6h) 98.6°F +5%") == [
        ("Lisinopril", "W"), ("10", "N"), ("mg", "W"), ("p.o.", "W"), ("b.i.d.", "W"), (",", "P"),
        ("BP", "W"), ("124/78", "N"), (";", "P"), ("wt", "W"), ("2.5", "N"), ("kg", "W"), ("(", "P"),
        ("q6h", "W"), (")", "P"), ("98.6", "N"), ("°", "S"), ("F", "W"), ("+", "S"), ("5", "N"), ("%", "S"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("23-year-old", [("23-year-old", "W")]),
    ("COVID-19", [("COVID-19", "W")]),
    ("q4-6h", [("q4-6h", "W")]),
    ("2-3", [("2", "N"), ("-", "P"), ("3", "N")]),
    ("2020-01-15", [("2020-01-15", "N")]),
    ("01/15/2020", [("01/15/2020", "N")]),
    ("7:30", [("7:30", "N")]),
    ("1,000", [("1,000", "N")]),
    (".5", [(".5", "N")]),
    ("mg/kg", [("mg", "W"), ("/", "P"), ("kg", "W")]),
    ("2nd", [("2nd", "W")]),
    ("e.g.,", [("e.g.", "W"), (",", "P")]),
    ("HbA1c", [("HbA1c", "W")]),
])
def test_clinical_forms(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("don't", [("do", "W"), ("n't", "C")]),
    ("CAN'T", [("CA", "W"), ("N'T", "C")]),
    ("patient's", [("patient", "W"), ("'s", "C")]),
    ("they're", [("they", "W"), ("'re", "C")]),
    ("O'Brien", [("O'Brien", "W")]),
    ("'quoted'", [("'", "P"), ("quoted", "W"), ("'", "P")]),
])
def test_contractions(text, expected):
    assert pairs(text) == expected


def test_newlines_are_tokens_unless_switched_off():
    assert pairs("a\r\nb\n\nc") == [("a", "W"), ("\r\n", "NL"), ("b", "W"), ("\n", "NL"), ("\n", "NL"), ("c", "W")]
    assert [t.get_covered_text() for t in tokens("a\nb", make({"newlineTokens": False}))] == ["a", "b"]


def test_features_numbers_normalized_form_and_offsets():
    text = (NOTES / "discharge_summary.txt").read_text(encoding="utf-8")
    toks = tokens(text)
    assert [t.tokenNumber for t in toks] == list(range(len(toks)))
    for t in toks:
        surface = text[t.begin:t.end]
        assert surface and surface == t.get_covered_text()
        assert t.normalizedForm == surface.lower()
        assert not any(c.isspace() for c in surface) or t.type.name == NEWLINE_TOKEN
    words = {t.get_covered_text(): t for t in toks if t.type.name == WORD_TOKEN}
    assert (words["HISTORY"].capitalization, words["Jones"].capitalization,
            words["dyspnea"].capitalization, words["dL"].capitalization) == (3, 1, 0, 2)
    nums = {t.get_covered_text(): t.numType for t in toks if t.type.name == NUM_TOKEN}
    assert (nums["40"], nums["2.5"], nums["03/14/2023"]) == (1, 2, 0)
    assert words["67-year-old"].capitalization == 0


@pytest.mark.parametrize("word, expected", [
    ("aspirin", 0), ("Aspirin", 1), ("A", 1), ("CHF", 3), ("mL", 2), ("HbA1c", 2), ("q6h", 0), ("日本", 0),
])
def test_capitalization(word, expected):
    assert capitalization(word) == expected


@pytest.mark.parametrize("text, expected", [("42", 1), ("1,000", 1), ("2.5", 2), (".5", 2), ("1/2", 0), ("7:30", 0)])
def test_num_type(text, expected):
    assert num_type(text) == expected


def test_unicode_words_and_symbols():
    assert pairs("café naïve 日本語 😀 x_y") == [
        ("café", "W"), ("naïve", "W"), ("日本語", "W"), ("😀", "S"), ("x", "W"), ("_", "S"), ("y", "W")]


@pytest.mark.parametrize("text", ["", "   ", "\t \u00a0"])
def test_empty_and_whitespace(text):
    assert tokens(text) == []


def test_tokenize_function_matches_annotator():
    text = (NOTES / "medication_list.txt").read_text(encoding="utf-8")
    kinds = {"word": "W", "num": "N", "punct": "P", "symbol": "S", "newline": "NL", "contraction": "C"}
    assert [(text[t.begin:t.end], kinds[t.kind]) for t in tokenize(text)] == pairs(text)


_PIECES = st.sampled_from(["don't", "'s", "2.5", "1,000", "-", "b.i.d.", "x", "A", "\r\n", "\n", " ", ".", ",",
                           "é", "日", "😀", "12/05/2020", "q6h", "'", "n't", "O'", "_", "3"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | st.lists(_PIECES, max_size=40).map("".join))
def test_property_tokens_cover_every_visible_character_once(text):
    toks = tokenize(text)
    covered = []
    for t in toks:
        assert 0 <= t.begin < t.end <= len(text)
        covered.extend(range(t.begin, t.end))
    assert covered == sorted(set(covered))  # ordered, non-overlapping
    visible = [i for i, c in enumerate(text) if not re.match(r"\s", c) or c in "\r\n"]
    assert covered == visible
