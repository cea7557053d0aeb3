"""The phenotype concept vocabulary and matcher; the status cues."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.phenotype.concepts import ConceptMatcher, Vocabulary
from ctakes_py.phenotype.status import StatusCues, resolved_not_negated

LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "phenotype"


@pytest.fixture(scope="module")
def matcher() -> ConceptMatcher:
    return ConceptMatcher(Vocabulary.load(LEXICON / "concepts.tsv"), Vocabulary.load(LEXICON / "other_conditions.tsv"))


def found(matcher: ConceptMatcher, text: str) -> list[tuple[str, str, bool]]:
    return [(text[m.begin:m.end], m.concept, m.counted) for m in matcher.find(text)]


def test_the_shipped_vocabulary_has_the_fifteen_conditions():
    vocab = Vocabulary.load(LEXICON / "concepts.tsv")
    assert len(vocab.concepts) == 15 and "heart failure" in vocab.concepts


@pytest.mark.parametrize("surface, concept", [
    ("T2DM", "type 2 diabetes mellitus"), ("DM2", "type 2 diabetes mellitus"), ("NIDDM", "type 2 diabetes mellitus"),
    ("diabetic", "type 2 diabetes mellitus"), ("high BP", "hypertension"), ("HTN", "hypertension"),
    ("colon ca", "colon cancer"), ("heart attack", "coronary artery disease"), ("NSTEMI", "coronary artery disease"),
    ("A-fib", "atrial fibrillation"), ("afib", "atrial fibrillation"), ("a fib", "atrial fibrillation"),
    ("CKD 3", "chronic kidney disease"), ("ESRD", "chronic kidney disease"), ("hypothyroid", "hypothyroidism"),
    ("CVA", "stroke"), ("a weak heart", "heart failure"), ("HFrEF", "heart failure"), ("HLD", "hyperlipidemia"),
    ("morbidly obese", "obesity"), ("emphysema", "COPD"), ("MDD", "depression"), ("hypertensive", "hypertension"),
])
def test_surface_forms(matcher, surface, concept):
    assert found(matcher, f"History: {surface}.")[0][1:] == (concept, True)


def test_other_conditions_hide_the_vocabulary_term_inside(matcher):
    text = "gestational diabetes, type 1 diabetes, prediabetes, TIA, pulmonary hypertension, heat stroke"
    assert all(not counted for _, _, counted in found(matcher, text))
    assert len(found(matcher, text)) == 6


def test_case_sensitive_abbreviations_and_word_boundaries(matcher):
    assert [f[0] for f in found(matcher, "MI and AF; mi af; DMV; CADaver; HTNs")] == ["MI", "AF"]


def test_codes_cover_their_subcodes():
    vocab = Vocabulary.load(LEXICON / "concepts.tsv")
    assert vocab.concept_of_code("ICD10CM", "E11.9") == "type 2 diabetes mellitus"
    assert vocab.concept_of_code("ICD10CM", "I10") == "hypertension"
    assert vocab.concept_of_code("ICD10CM", "Z00") is None
    assert vocab.cuis["C0004238"] == "atrial fibrillation"


def test_bad_concept_files(tmp_path):
    with pytest.raises(ResourceError):
        Vocabulary.load(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("gout\tsynonym\tpodagra\n", encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        Vocabulary.load(bad)
    assert "line 1" in str(info.value)


def test_status_cues():
    cues = StatusCues.load(LEXICON / "status_cues.tsv")
    text = "She is concerned he may develop diabetes. No family history of colon cancer. He has diabetes."
    assert cues.effects(text, text.index("diabetes")) == {"hypothetical"}
    assert cues.effects(text, text.index("colon cancer")) == {"family"}
    assert cues.effects(text, text.rindex("diabetes")) == set()


def test_antihypertensives_are_not_hypertension(matcher):
    assert found(matcher, "He takes no antihypertensives.") == []


@pytest.mark.parametrize("text, expected", [
    ("She had colon ca, resolved after surgery.", True),
    ("Depression, now in remission.", True),
    ("No colon ca; resolved.", False),           # "resolved" after a clause break
    ("Denies colon ca, resolved.", False),       # negated before: stays negated
    ("Colon ca treated.", False),
])
def test_resolved_means_over_not_absent(text, expected):
    begin = text.lower().find("colon ca") if "colon" in text.lower() else text.find("Depression")
    end = begin + (8 if "colon" in text.lower() else 10)
    assert resolved_not_negated(text, begin, end) is expected
