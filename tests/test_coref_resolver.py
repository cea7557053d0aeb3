"""Person coreference: the sieves, the ranking, the kinship algebra and the classifier step."""
from __future__ import annotations

import pytest

from ctakes_py.coref.model import PairModel
from ctakes_py.coref.relations import SELF, UNKNOWN, compose
from ctakes_py.coref.resolver import CorefResolver
from ctakes_py.coref.training import structure
from ctakes_py.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_pipeline() -> Pipeline:
    return Pipeline.from_descriptor("text")


@pytest.fixture(scope="module")
def resolver() -> CorefResolver:
    return CorefResolver()


def groups(resolver: CorefResolver, pipeline: Pipeline, text: str) -> dict[str, str]:
    """Mention text (numbered when repeated) -> role of its person."""
    sentences, sections = structure(pipeline, text)
    res = resolver.resolve(text, sentences, sections)
    out, seen = {}, {}
    for i, m in enumerate(res.mentions):
        seen[m.text] = seen.get(m.text, 0) + 1
        key = m.text if seen[m.text] == 1 else f"{m.text}#{seen[m.text]}"
        out[key] = res.role(res.entity_of[i])
    return out


def test_subject_continuity_with_also(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Mrs. Greene is a 61-year-old woman with T2DM. Her mother had breast cancer "
                                        "at 50. She also had diabetes. The patient denies asthma.")
    assert g == {"Mrs. Greene": "patient", "Her mother": "mother", "She": "mother", "The patient": "patient"}


def test_back_to_the_patient_after_relatives(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Clinic: Mr. Adeyemi, 46M, HTN. His father died of kidney failure; his "
                                        "mother has hypertension. He is not diabetic.")
    assert g["He"] == "patient" and g["His father"] == "father" and g["his mother"] == "mother"


def test_gender_and_utterance_ranking(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Mr. Silva is a 55 yo M. His brother recently had a stroke; he also has "
                                        "afib. His wife has COPD. He does not have atrial fibrillation.")
    assert g["he"] == "brother" and g["He"] == "patient" and g["His wife"] == "spouse"


def test_speaker_cases(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Patient's son called. He says his mother has been taking the pills. "
                                        "Son has asthma.")
    assert g == {"Patient's son": "son", "He": "son", "his mother": "patient", "Son": "son"}
    g = groups(resolver, text_pipeline, "84 yo F with stroke. Her daughter states she stopped warfarin. "
                                        "Daughter has depression.")
    assert g["she"] == "patient" and g["Her daughter"] == "daughter" and g["Daughter"] == "daughter"


def test_relational_nouns_same_and_distinct(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Patient is a 30 yo woman whose sister has asthma. She has no asthma. "
                                        "Her sister also has obesity.")
    sentences, sections = structure(text_pipeline, "One sister has COPD; another sister died of colon cancer.")
    res = resolver.resolve("One sister has COPD; another sister died of colon cancer.", sentences, sections)
    assert g["She"] == "patient" and g["whose sister"] == "sister" == g["Her sister"]
    assert res.entity_of[0] != res.entity_of[1]
    assert [res.role(e) for e in res.entity_of] == ["sister", "sister"]


def test_family_history_section_blocks_pronoun_antecedents(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "FH: Mother - colon cancer. Sister - hypothyroid.\n"
                                        "HPI: She is a 50 yo with obesity. She denies bleeding.")
    assert g["She"] == "patient" == g["She#2"] and g["Mother"] == "mother"


def test_binding_clinicians_and_roles(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Mrs. Abbott, 88, says her doctor told her that she has a weak heart. "
                                        "Her granddaughter, who lives with her, has asthma.")
    assert g["her doctor"] == "clinician"
    assert g["her"] == "patient" and g["her#2"] == "patient" and g["she"] == "patient"
    assert g["Her granddaughter"] == "granddaughter"
    g = groups(resolver, text_pipeline, "Mr. Tran was seen by Dr. Ito for CKD; she stopped ibuprofen. "
                                        "Dr. Shah adjusted his meds.")
    assert g["she"] == "clinician" and g["his"] == "patient"


def test_names_apposition_and_predicates(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Call from Mr. Diaz, the patient's son. He says his mother is worse.")
    assert g == {"Mr. Diaz": "son", "patient's son": "son", "He": "son", "his mother": "patient"}
    g = groups(resolver, text_pipeline, "Spoke with the patient's wife, Mary, who reports he has fevers. "
                                        "Mr. Ito has CKD. Mary has HTN.")
    assert g["Mary"] == g["Mary#2"] == "spouse" and g["Mr. Ito"] == "patient" == g["he"]


def test_peds_their_son_is_the_patient(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Peds: Their son Mateo is a 6-year-old boy with asthma. Mom has "
                                        "hypothyroidism. Mateo's grandmother has diabetes.")
    assert g["Their son"] == "patient" == g["Mateo"] and g["Mom"] == "mother"


@pytest.mark.parametrize("anchor, relation, patient, gender, expected", [
    (SELF, "mother", "u", "u", "mother"),
    ("son", "mother", "f", "u", SELF),
    ("son", "mother", "m", "u", "spouse"),
    ("spouse", "spouse", "f", "f", SELF),
    ("mother", "sister", "u", "u", "maternal aunt"),
    ("father", "mother", "u", "u", "paternal grandmother"),
    ("mother", "spouse", "u", "m", "father"),
    ("cousin", "dog", "u", "u", UNKNOWN),
])
def test_kinship_algebra(anchor, relation, patient, gender, expected):
    assert compose(anchor, relation, patient, gender) == expected


def test_classifier_step_uses_the_model(text_pipeline):
    text = "Mr. Okafor saw his brother. His father has AF. He has HLD."
    sentences, sections = structure(text_pipeline, text)
    plain = CorefResolver().resolve(text, sentences, sections)
    # a model that prefers the second-ranked candidate changes the ranking decisions it sees
    from ctakes_py.coref.features import FEATURES
    contrary = PairModel([5.0 if f == "rank_1" else -5.0 if f == "rank_0" else 0.0 for f in FEATURES], 0.0)
    flipped = CorefResolver(model=contrary).resolve(text, sentences, sections)
    decided = [i for i, how in enumerate(flipped.decided_by) if how == "classifier"]
    assert decided, "expected a pronoun left open by the sieves"
    assert any(plain.entity_of[i] != flipped.entity_of[i] for i in decided)
    assert all(how != "classifier" for how in plain.decided_by)


def test_as_a_child_is_no_kinship_predicate_and_does_not_crash(resolver, text_pipeline):
    # regression: "as a child" used to give the subject a possessor-less relation (KeyError)
    g = groups(resolver, text_pipeline, "Mr. Novak is a 70 yo M with gout.\nHe had eczema as a child and "
                                        "still itches.\nHis sister has asthma.")
    assert g == {"Mr. Novak": "patient", "He": "patient", "His sister": "sister"}


def test_possessorless_kinship_predicate_is_resolved(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Ms. Ruiz is a 40 yo F. The caller is a daughter of the patient. "
                                        "The caller reports she fell.")
    assert (g["Ms. Ruiz"], g["The caller"], g["she"]) == ("patient", "daughter", "patient")


def test_a_relatives_point_of_view_mom_her_father_and_the_speakers_own_she(resolver, text_pipeline):
    # a caller's note: the patient is "her mother" / "Mom"; "her father" is the patient's spouse
    g = groups(resolver, text_pipeline,
               "Patient's daughter called today. She reports that her mother is confused. Mom is not eating. "
               "Daughter is worried that her mother is dehydrated; her father died last year. "
               "Daughter mentions she was told she has asthma.")
    assert g["her mother"] == g["Mom"] == g["her mother#2"] == "patient"
    assert g["her father"] == "spouse"
    assert g["she"] == g["she#2"] == g["Daughter"] == "daughter"


def test_subject_pronoun_with_a_same_gender_object_pronoun_is_not_the_patient(resolver, text_pipeline):
    g = groups(resolver, text_pipeline, "Ms. Berg is a 40 yo F with anxiety. She sleeps poorly. "
                                        "Continue therapy with Dr. Sato; she will see her weekly.")
    assert (g["Ms. Berg"], g["She"], g["she"], g["her"]) == ("patient", "patient", "clinician", "patient")
