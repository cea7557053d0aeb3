"""Behaviour of the AssertionAnnotator on hand-built CASes (default text pipeline + mentions)."""
from __future__ import annotations

from typing import Any

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.assertion import ASSERTION_CUE, AssertionAnnotator
from ctakes_py.pipeline import Pipeline
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, SIGN_SYMPTOM_MENTION


@pytest.fixture(scope="module")
def text_nlp() -> Pipeline:
    return Pipeline.from_descriptor("text")


def make_annotator(typesystem, resources: dict | None = None, **parameters: Any) -> AssertionAnnotator:
    annotator = AssertionAnnotator()
    annotator.initialize(UimaContext(parameters=parameters, resources=dict(resources or {}), typesystem=typesystem))
    return annotator


@pytest.fixture(scope="module")
def annotator(text_nlp) -> AssertionAnnotator:
    return make_annotator(text_nlp.typesystem)


def analyse(text_nlp, annotator, text: str, *targets: str, type_name: str = SIGN_SYMPTOM_MENTION):
    """Run the text pipeline, add one mention per target (first occurrence after the
    previous target), run the annotator; return (cas, mentions)."""
    cas = text_nlp(text)
    mention_type = cas.typesystem.get_type(type_name)
    mentions, start = [], 0
    for target in targets:
        begin = text.index(target, start)
        mentions.append(mention_type(begin=begin, end=begin + len(target)))
        start = begin + len(target)
    cas.add_all(mentions)
    annotator.process(cas)
    return cas, mentions


def features(mention) -> dict[str, Any]:
    return {"polarity": mention.polarity, "uncertainty": mention.uncertainty, "conditional": mention.conditional,
            "generic": mention.generic, "subject": mention.subject, "historyOf": mention.historyOf}


# --- negation -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    ("The patient denies chest pain.", "chest pain"),
    ("No evidence of pneumothorax.", "pneumothorax"),
    ("Abdomen soft, without rebound.", "rebound"),
    ("He has not had any syncope.", "syncope"),
    ("Blood cultures were negative for bacteremia.", "bacteremia"),
    ("She doesn't have a fever.", "fever"),
])
def test_preceding_negation(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.polarity == -1


@pytest.mark.parametrize("text,target", [
    ("Fever: none.", "Fever"),
    ("Pulmonary embolism was ruled out.", "Pulmonary embolism"),
    ("Immunostain for Helicobacter pylori is negative.", "Helicobacter pylori"),
    ("Free air is not seen.", "Free air"),
    ("Hydronephrosis is absent bilaterally.", "Hydronephrosis"),
])
def test_post_negation(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.polarity == -1


def test_list_scope_negates_every_item(text_nlp, annotator):
    text = "Denies fever, chills, night sweats, nausea, vomiting, or abdominal pain."
    items = ("fever", "chills", "night sweats", "nausea", "vomiting", "abdominal pain")
    _, mentions = analyse(text_nlp, annotator, text, *items)
    assert [m.polarity for m in mentions] == [-1] * len(items)


def test_backward_list_scope(text_nlp, annotator):
    _, mentions = analyse(text_nlp, annotator, "Fever, chills and cough were denied.", "Fever", "chills", "cough")
    assert [m.polarity for m in mentions] == [-1, -1, -1]


@pytest.mark.parametrize("text,target", [
    ("There was no increase in her oxygen requirement.", "oxygen requirement"),
    ("Gram negative rods were seen.", "rods"),
    ("He tolerated the procedure without difficulty.", "procedure"),
    ("No significant interval change in the nodule.", "nodule"),
])
def test_pseudo_negations_do_not_negate(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.polarity == 1


def test_not_ruled_out_is_uncertain_not_negated(text_nlp, annotator):
    _, (mention,) = analyse(text_nlp, annotator, "Pulmonary embolism was not ruled out.", "Pulmonary embolism")
    assert (mention.polarity, mention.uncertainty) == (1, 1)


@pytest.mark.parametrize("text,negated,affirmed", [
    ("Denies headache but reports nausea.", "headache", "nausea"),
    ("No fever; cough is productive.", "fever", "cough"),
    ("No rales, however there are scattered wheezes.", "rales", "wheezes"),
    ("No fever and the patient was admitted with pneumonia.", "fever", "pneumonia"),
    ("There was no effusion, and her diet was advanced.", "effusion", "diet"),
])
def test_terminators_end_scope(text_nlp, annotator, text, negated, affirmed):
    _, (first, second) = analyse(text_nlp, annotator, text, negated, affirmed)
    assert (first.polarity, second.polarity) == (-1, 1)


def test_scope_is_limited_and_configurable(text_nlp):
    text = "No evidence on today's examination of the left lower extremity of cellulitis."
    typesystem = text_nlp.typesystem
    _, (wide,) = analyse(text_nlp, make_annotator(typesystem), text, "cellulitis")
    _, (narrow,) = analyse(text_nlp, make_annotator(typesystem, defaultScope=3), text, "cellulitis")
    assert (wide.polarity, narrow.polarity) == (-1, 1)


def test_scope_stays_in_the_sentence(text_nlp, annotator):
    _, (mention,) = analyse(text_nlp, annotator, "She denies pain.\n\nCough for two days.", "Cough")
    assert mention.polarity == 1


# --- uncertainty, conditional, generic --------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    ("Possible pneumonia in the right base.", "pneumonia"),
    ("Cannot exclude small bowel obstruction.", "small bowel obstruction"),
    ("R/O myocardial infarction.", "myocardial infarction"),
    ("Concern for sepsis given hypotension.", "sepsis"),
    ("A small pneumothorax cannot be excluded.", "pneumothorax"),
])
def test_uncertainty(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert (mention.uncertainty, mention.polarity) == (1, 1)


def test_versus_hedges_both_sides(text_nlp, annotator):
    _, mentions = analyse(text_nlp, annotator, "Atelectasis versus pneumonia.", "Atelectasis", "pneumonia")
    assert [m.uncertainty for m in mentions] == [1, 1]


@pytest.mark.parametrize("text,target", [
    ("Return to the emergency department if you develop chest pain.", "chest pain"),
    ("Call your doctor for any bleeding.", "bleeding"),
    ("Should the pain worsen, she will return.", "pain"),
])
def test_conditional(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.conditional is True


def test_generic(text_nlp, annotator):
    _, mentions = analyse(text_nlp, annotator, "We discussed the risks of bleeding and infection.", "bleeding",
                          "infection")
    assert [m.generic for m in mentions] == [True, True]


# --- subject and history ---------------------------------------------------------------
@pytest.mark.parametrize("text,target,subject", [
    ("His mother has diabetes.", "diabetes", "family_member"),
    ("Family history is significant for colon cancer.", "colon cancer", "family_member"),
    ("Colon cancer in her maternal grandmother.", "Colon cancer", "family_member"),
    ("Her husband has a cold.", "cold", "other"),
    ("The donor was CMV positive.", "CMV", "donor_other"),
    ("Mother reports that the patient has had a cough.", "cough", "patient"),
    ("The patient, like her mother, has migraines.", "migraines", "patient"),
    ("He has asthma.", "asthma", "patient"),
])
def test_subject(text_nlp, annotator, text, target, subject):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.subject == subject


@pytest.mark.parametrize("text,target,history", [
    ("History of hypertension.", "hypertension", 1),
    ("Status post appendectomy.", "appendectomy", 1),
    ("He had a stroke 5 years ago.", "stroke", 1),
    ("She underwent cholecystectomy in 1998.", "cholecystectomy", 1),
    ("History of present illness: cough for three days.", "cough", 0),
    ("Family history of myocardial infarction.", "myocardial infarction", 0),
    ("He has pneumonia.", "pneumonia", 0),
])
def test_history(text_nlp, annotator, text, target, history):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.historyOf == history


# --- section context ------------------------------------------------------------------------
SECTIONED = ("HISTORY OF PRESENT ILLNESS:\nCough for three days.\n\n"
             "PAST MEDICAL HISTORY:\nAsthma.\nGout, on allopurinol.\n\n"
             "FAMILY HISTORY:\nDiabetes in several relatives. Father had a stroke.\n\n"
             "ALLERGIES:\nPenicillin.\n")


def test_section_context(text_nlp, annotator):
    _, (cough, asthma, diabetes, stroke, penicillin) = analyse(
        text_nlp, annotator, SECTIONED, "Cough", "Asthma", "Diabetes", "stroke", "Penicillin")
    assert (cough.subject, cough.historyOf) == ("patient", 0)
    assert (asthma.subject, asthma.historyOf) == ("patient", 1)
    assert diabetes.subject == "family_member" and stroke.subject == "family_member"
    assert features(penicillin) == features(cough)  # an allergen is affirmed and current


def test_section_rules_file_and_switch(text_nlp, tmp_path):
    rules = tmp_path / "sections.tsv"
    rules.write_text("# site rule\nhistory_present_illness\tGENERIC\n", encoding="utf-8")
    on = make_annotator(text_nlp.typesystem, {"sectionRules": rules})
    off = make_annotator(text_nlp.typesystem, {"sectionRules": rules}, useSections=False)
    _, (cough_on,) = analyse(text_nlp, on, SECTIONED, "Cough")
    _, (cough_off,) = analyse(text_nlp, off, SECTIONED, "Cough")
    assert (cough_on.generic, cough_off.generic) == (True, False)


# --- cues and defaults ----------------------------------------------------------------
def test_cue_records_the_trigger(text_nlp, annotator):
    cas, (pain, cough) = analyse(text_nlp, annotator, "He denies chest pain. He has a cough.", "chest pain", "cough")
    cues = list(cas.select(ASSERTION_CUE))
    assert len(cues) == 1
    cue = cues[0]
    assert (cue.get_covered_text(), cue.attribute, cue.value) == ("denies", "polarity", "-1")
    assert cue.target is pain
    assert "negation.tsv" in cue.rule and "'denies'" in cue.rule and "forward" in cue.rule


def test_section_cue_names_the_section(text_nlp, annotator):
    # "Asthma" follows the header line, which works as a trigger; "Gout" is a sentence
    # later, where only the section rule reaches
    cas, (asthma, gout) = analyse(text_nlp, annotator, SECTIONED, "Asthma", "Gout")
    (trigger_cue,) = [c for c in cas.select(ASSERTION_CUE) if c.target is asthma]
    (section_cue,) = [c for c in cas.select(ASSERTION_CUE) if c.target is gout]
    assert gout.historyOf == 1
    assert "history.tsv" in trigger_cue.rule
    assert section_cue.attribute == "historyOf" and "section past_medical_history" in section_cue.rule
    assert section_cue.get_covered_text() == "PAST MEDICAL HISTORY"


def test_one_cue_per_feature_set(text_nlp, annotator):
    cas, (mention,) = analyse(text_nlp, annotator, "His mother had no history of breast cancer.", "breast cancer")
    attributes = sorted(c.attribute for c in cas.select(ASSERTION_CUE))
    assert attributes == ["historyOf", "polarity", "subject"]
    assert (mention.polarity, mention.subject, mention.historyOf) == (-1, "family_member", 1)


def test_features_are_reset_to_defaults(text_nlp, annotator):
    cas = text_nlp("He has pneumonia.")
    mention = cas.typesystem.get_type(DISEASE_DISORDER_MENTION)(
        begin=7, end=16, polarity=-1, uncertainty=1, subject="other", historyOf=1, conditional=True, generic=True)
    cas.add(mention)
    annotator.process(cas)
    assert features(mention) == {"polarity": 1, "uncertainty": 0, "conditional": False, "generic": False,
                                 "subject": "patient", "historyOf": 0}


def test_no_cues_when_disabled(text_nlp):
    annotator = make_annotator(text_nlp.typesystem, writeCues=False)
    cas, (mention,) = analyse(text_nlp, annotator, "No fever.", "fever")
    assert mention.polarity == -1 and not list(cas.select(ASSERTION_CUE))


def test_works_without_tokens_and_sentences(typesystem, annotator):
    from ctakes_py.document import create_cas
    text = "Denies fever. Mother has lupus."
    cas = create_cas(text, typesystem)
    mention_type = typesystem.get_type(SIGN_SYMPTOM_MENTION)
    fever, lupus = mention_type(begin=7, end=12), mention_type(begin=25, end=30)
    cas.add_all([fever, lupus])
    annotator.process(cas)
    assert fever.polarity == -1 and lupus.subject == "family_member"


# --- negspacy -----------------------------------------------------------------------------
def test_negspacy_engine_sets_polarity_and_cue(text_nlp):
    annotator = make_annotator(text_nlp.typesystem, negationEngine="negspacy")
    cas, (fever, cough, mother) = analyse(text_nlp, annotator, "Denies fever. Productive cough. Mother has lupus.",
                                          "fever", "cough", "lupus")
    assert (fever.polarity, cough.polarity) == (-1, 1)
    assert mother.subject == "family_member"  # other features still come from the trigger rules
    (cue,) = [c for c in cas.select(ASSERTION_CUE) if c.attribute == "polarity"]
    assert cue.get_covered_text() == "Denies" and cue.rule == "negspacy:Negex"


def test_negspacy_termset_is_merged(text_nlp):
    text = "The rash isnt pruritic."
    with_termset = make_annotator(text_nlp.typesystem)
    without = make_annotator(text_nlp.typesystem, negspacyTermset="")
    _, (a,) = analyse(text_nlp, with_termset, text, "pruritic")
    _, (b,) = analyse(text_nlp, without, text, "pruritic")
    assert (a.polarity, b.polarity) == (-1, 1)
