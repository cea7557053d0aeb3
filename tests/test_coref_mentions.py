"""Person mention detection: kinds, spans (guideline boundaries), what is not a mention."""
from __future__ import annotations

import pytest

from ctakes_py.coref.lexicon import CorefLexicon
from ctakes_py.coref.mentions import KIN, NAME, PATIENT, PRONOUN, ROLE, MentionDetector
from ctakes_py.errors import ResourceError


@pytest.fixture(scope="module")
def detector() -> MentionDetector:
    return MentionDetector(CorefLexicon.load())


def spans(detector: MentionDetector, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in detector.detect(text)]


def test_kinds_of_mentions(detector):
    found = spans(detector, "Mrs. Greene is a 61-year-old woman. Her mother had breast cancer. She also had "
                            "diabetes. The patient denies asthma.")
    assert found == [("Mrs. Greene", NAME), ("Her mother", KIN), ("She", PRONOUN), ("The patient", PATIENT)]


def test_guideline_span_boundaries(detector):
    text = "Call from the patient's wife. Jayden's BMI is 30. Her mother's medications were reviewed."
    found = spans(detector, text)
    # "the patient's wife" -> "patient's wife"; a trailing possessive 's is not in the span
    assert ("patient's wife", KIN) in found
    assert ("Her mother", KIN) in found
    assert all(not t.endswith("'s") for t, _ in found)


def test_kinship_with_possessor_kin_and_modifiers(detector):
    found = detector.detect("His older brother has CAD. Her mother's sister had breast cancer. One sister has COPD; "
                            "another sister died.")
    older = next(m for m in found if m.text == "His older brother")
    assert older.modifiers == ("older",) and older.possessor == "his"
    aunt = next(m for m in found if m.text == "Her mother's sister")
    assert aunt.possessor == "kin:mother" and aunt.relation == "sister"
    assert [m.determiner for m in found if m.relation == "sister" and m.kind == KIN][-2:] == ["one", "another"]


def test_family_history_list_and_bare_kin(detector):
    found = spans(detector, "FAMILY HISTORY: Mother - breast cancer. Father: CAD. FH: DM in mother. MGM with stroke.")
    assert found == [("Mother", KIN), ("Father", KIN), ("mother", KIN), ("MGM", KIN)]


def test_patient_descriptions(detector):
    found = spans(detector, "Neuro consult: 84 yo F with acute stroke. HPI: This 58-year-old woman presents. "
                            "A 45-year-old man fell. Pt is well. Client reports improvement.")
    assert found == [("84 yo F", PATIENT), ("This 58-year-old woman", PATIENT), ("A 45-year-old man", PATIENT),
                     ("Pt", PATIENT), ("Client", PATIENT)]
    assert detector.detect("84 yo F with stroke.")[0].gender == "f"


def test_predicate_nominals_and_appositions_are_not_mentions_but_inform_the_subject(detector):
    found = detector.detect("Pt is a 38F seen today. Mr. Adeyemi, 46M, has HTN. Caller is the patient's son.")
    assert [m.text for m in found] == ["Pt", "Mr. Adeyemi", "Caller"]
    assert found[0].predicate.get("gender") == "f"
    assert found[2].kind == ROLE and found[2].predicate.get("relation") == "son"


def test_not_persons(detector):
    text = ("NEW PATIENT VISIT\nPatient education provided. She had asthma as a child. Her parents and siblings "
            "are well. PT/INR normal. Baby aspirin daily.")
    assert [t for t, _ in spans(detector, text)] == ["She", "Her"]


def test_names_titles_clinicians_and_aliases(detector):
    found = detector.detect("Eleanor Wright is a 91-year-old widow. Eleanor has dementia. Dr. Ito saw her. "
                            "Their son Mateo is a 6-year-old boy. Her son, Daniel, has COPD. Daniel says hi.")
    by_text = {m.text: m for m in found}
    assert by_text["Eleanor Wright"].name_tokens == ("eleanor", "wright")
    assert by_text["Eleanor"].kind == NAME
    assert by_text["Dr. Ito"].category == "clinician"
    assert "Mateo" in by_text and "Daniel" in by_text
    assert sum(m.text == "Daniel" for m in found) == 2


def test_pronoun_case(detector):
    found = detector.detect("Her doctor told her years ago. She used her inhaler. He gave it to him.")
    assert [(m.text, m.form) for m in found if m.kind == PRONOUN] == [
        ("her", "obj"), ("She", "subj"), ("her", "poss"), ("He", "subj"), ("him", "obj")]


def test_describe_given_spans_matches_detection(detector):
    text = "Mr. Silva is a 55 yo M. His brother had a stroke; he also has afib. Her daughter states she fell."
    detected = detector.detect(text)
    described = detector.describe(text, [(m.begin, m.end) for m in detected])
    assert [(m.kind, m.gender, m.relation, m.possessor) for m in described] == \
           [(m.kind, m.gender, m.relation, m.possessor) for m in detected]


def test_missing_word_lists_are_a_resource_error(tmp_path):
    with pytest.raises(ResourceError):
        CorefLexicon.load(tmp_path)
    (tmp_path / "kinship.tsv").write_text("mother\tmother\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        CorefLexicon.load(tmp_path)


def test_family_sides_are_not_persons(detector):
    found = spans(detector, "Diabetes on her mother's side and cancer on his father side. Her mother's medications.")
    # the possessive stays a mention of its own: it stands for the patient
    assert found == [("her", PRONOUN), ("his", PRONOUN), ("Her mother", KIN)]


def test_titled_name_does_not_run_across_a_line_break(detector):
    text = "Referring provider: Dr. Lindqvist\nMr. Okafor is a 60 yo M."
    names = [m.text for m in detector.detect(text) if m.kind == NAME]
    assert names == ["Dr. Lindqvist", "Mr. Okafor"]


def test_role_field_label_is_not_a_person(detector):
    text = "Attending: Dr. Moreau\nCaller states the pain is worse."
    roles = [m.text for m in detector.detect(text) if m.kind == ROLE]
    assert roles == ["Caller"]
