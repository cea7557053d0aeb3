"""Lexicon format, normalization, filters and variants."""
from __future__ import annotations

import gzip
import json

import pytest

from ctakes_py.errors import LexiconError
from ctakes_py.lexicon.filters import TermFilter, clean_term, looks_like_abbreviation
from ctakes_py.lexicon.format import CONCEPTS, MANIFEST, TERMS, Lexicon, LexiconWriter, sha256_file
from ctakes_py.lexicon.normalize import analyze, term_key
from ctakes_py.lexicon.semantic import GROUPS, group_from_name, group_of_tui, mention_type_id, normalize_tui
from ctakes_py.lexicon.variants import plural_forms, variants
from ctakes_py.typesystem import (
    ANATOMICAL_SITE_MENTION,
    DISEASE_DISORDER_MENTION,
    ENTITY_MENTION,
    EVENT_MENTION,
    IDENTIFIED_ANNOTATION,
    LAB_MENTION,
    MEDICATION_MENTION,
    PROCEDURE_MENTION,
    SIGN_SYMPTOM_MENTION,
)


@pytest.mark.parametrize("text, key", [
    ("Crohn's disease", "crohn s disease"),
    ("non-small-cell lung cancer.", "non small cell lung cancer"),
    ("Diabetes mellitus, type 2", "diabetes mellitus | type 2"),
    ("Alzheimer disease (AD)", "alzheimer disease | ad"),
    ("Sjögren syndrome", "sjogren syndrome"),
    ("vitamin B12 2.5 mg", "vitamin b12 2 5 mg"),
    ("  ((  ))  ", ""),
])
def test_term_key(text, key):
    assert term_key(text) == key


def test_analyze_keeps_offsets_and_barriers():
    text = "Heart failure. Cancer"
    units = analyze(text)
    assert [(text[u.begin:u.end], u.text) for u in units] == [
        ("Heart", "heart"), ("failure", "failure"), (".", None), ("Cancer", "cancer")]


def test_semantic_groups():
    assert group_of_tui("T047") == "DISORDER" and group_of_tui("T184") == "FINDING"
    assert group_of_tui("T121") == "DRUG" and group_of_tui("T059") == "PROCEDURE"
    assert group_of_tui("T034") == "LAB" and group_of_tui("T023") == "ANATOMY"
    assert group_of_tui("T071") == "UNKNOWN"
    assert normalize_tui("47") == "T047" and normalize_tui("x") is None
    assert group_from_name("DiseaseDisorderMention") == "DISORDER"
    assert group_from_name("org.apache.ctakes.typesystem.type.textsem.MedicationMention") == "DRUG"
    assert group_from_name("Sign/Symptom") is None or group_from_name("Sign/Symptom") == "FINDING"
    assert GROUPS["LAB"].type_id == 9 and GROUPS["ANATOMY"].type_id == 6


@pytest.mark.parametrize("type_name, type_id", [
    (MEDICATION_MENTION, 1), (DISEASE_DISORDER_MENTION, 2), (SIGN_SYMPTOM_MENTION, 3),  # not 7
    (PROCEDURE_MENTION, 5), (ANATOMICAL_SITE_MENTION, 6), (LAB_MENTION, 9),
    (ENTITY_MENTION, 0), (EVENT_MENTION, 0), (IDENTIFIED_ANNOTATION, 0), ("x.Unknown", 0)])
def test_mention_type_ids_are_ctakes_constants(type_name, type_id):
    assert mention_type_id(type_name) == type_id


def test_filter_and_cleaning():
    f = TermFilter()
    assert f.reason("all") == "stop term"
    assert f.reason("all", case_sensitive=True) is None  # ALL (the leukemia) survives upper-case only
    assert f.reason("ab") == "too short"
    assert f.reason("12 5") == "numeric"
    assert f.reason("lung cancer") is None
    assert looks_like_abbreviation("AIDS") and looks_like_abbreviation("HIV-1")
    assert not looks_like_abbreviation("Aids") and not looks_like_abbreviation("LUNG CANCER")
    assert clean_term("Asthma (disorder)") == "Asthma"
    assert clean_term("Anemia, unspecified") == "Anemia"
    assert clean_term("[X]Other fever") == "Other fever"


def test_plural_and_word_order_variants():
    assert plural_forms("tumor") == ["tumors"]
    assert plural_forms("arteries") == ["artery"]
    assert plural_forms("metastasis") == ["metastases"]
    assert plural_forms("sepsis") == ["sepses"] or "seps" not in plural_forms("sepsis")
    found = dict(variants("fracture of the femur", plurals=True, permutations=True))
    assert "femur fracture" in found and "femur fractures" in found
    assert dict(variants("cancer | lung", permutations=True)) == {"lung cancer": False}
    assert ("chf", True) in list(variants("congestive heart failure", abbreviations=True))
    assert list(variants("lung cancer")) == []
    spelled = dict(variants("addison s disease", spellings=True))
    assert "addison disease" in spelled and "addisons disease" in spelled
    assert dict(variants("protein s", spellings=True)) == {}          # Protein S, not a possessive
    assert "glycogen storage disease type 2" in dict(variants("glycogen storage disease type ii",
                                                              spellings=True))
    assert "type ii diabetes" in dict(variants("type 2 diabetes", spellings=True))


def _write(tmp_path, run_size=100_000):
    w = LexiconWriter(tmp_path / "lex", name="t", run_size=run_size)
    lung = w.concept("C1", "T191", "Lung cancer", [("SNOMEDCT_US", "1")])
    same = w.concept("C1", "T191", "ignored later name", [("ICD10CM", "C34")])
    unused = w.concept("C9", "T047", "never used")
    leuk = w.concept("C2", "T047", "Acute lymphoblastic leukemia")
    drug = w.concept("C3", "T121", "Aspirin")
    assert same == lung and unused != lung
    w.add_term("Lung cancer", lung)
    w.add_term("cancer of lung", lung)
    w.add_term("lung-cancer", lung)          # same key as "Lung cancer": merged
    w.add_term("ALL", leuk, case_sensitive=True)
    w.add_term("aspirin", drug)
    w.add_term("ASA", drug, case_sensitive=True)
    w.add_term("asa", drug)                  # a lower-case source row: not upper-only any more
    w.add_term("the", drug)                  # stop word
    return w.finish([{"name": "test"}])


@pytest.mark.parametrize("run_size", [100_000, 2])
def test_writer_round_trip(tmp_path, run_size):
    manifest = _write(tmp_path, run_size)
    lex = Lexicon(tmp_path / "lex")
    terms = dict(lex.iter_terms())
    assert list(terms) == sorted(terms)
    concepts = lex.concepts()
    names = {c.preferred_text: i for i, c in enumerate(concepts)}
    assert "never used" not in names                       # unused concept dropped, ids dense
    lung = names["Lung cancer"]
    assert terms["lung cancer"] == [(lung, False)]
    assert terms["cancer of lung"] == [(lung, False)]
    assert terms["all"] == [(names["Acute lymphoblastic leukemia"], True)]
    assert terms["asa"] == [(names["Aspirin"], False)]
    assert "the" not in terms
    assert concepts[lung].codes == [("SNOMEDCT_US", "1"), ("ICD10CM", "C34")]
    assert concepts[lung].group == "DISORDER" and concepts[names["Aspirin"]].group == "DRUG"
    assert manifest["counts"]["terms"] == 5 and manifest["counts"]["concepts"] == 3
    assert manifest["report"]["filtered_terms"] == {"stop term": 1}
    for name in (TERMS, CONCEPTS):
        assert manifest["files"][name] == sha256_file(tmp_path / "lex" / name)
    assert not list((tmp_path / "lex").glob(".lexicon-build-*"))   # temporary runs removed


def test_writer_is_deterministic(tmp_path):
    _write(tmp_path / "a")
    _write(tmp_path / "b")
    for name in (TERMS, CONCEPTS):
        assert (tmp_path / "a" / "lex" / name).read_bytes() == (tmp_path / "b" / "lex" / name).read_bytes()


def test_lexicon_rejects_bad_folders(tmp_path):
    with pytest.raises(LexiconError, match="lexicon.json"):
        Lexicon(tmp_path)
    (tmp_path / MANIFEST).write_text(json.dumps({"format": "something-else", "format_version": 1}))
    with pytest.raises(LexiconError, match="unsupported lexicon format"):
        Lexicon(tmp_path)


def test_corrupt_term_row_names_file_and_line(tmp_path):
    _write(tmp_path)
    path = tmp_path / "lex" / TERMS
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("key\tconcepts\nlung cancer\tnot-a-number\n")
    with pytest.raises(LexiconError, match="line 2"):
        list(Lexicon(tmp_path / "lex").iter_terms())
