"""Medication rules for how clinicians write labels, context words and schedules (third
tuning round; see lexicons/medication/README.md): product form names vs. route + form,
drug names made of attribute words, class words, context words such as "iron", lead times
and dose-series intervals, open courses, tests on a schedule, and forward links through
attributes."""
from __future__ import annotations

import pytest
from medication_support import EXTRACTOR, extract, found  # noqa: F401

from ctakes_py.medication.drugs import DICTIONARY, DrugSpan


# --- a route word before a form: Route + Form, or the product's form name ----------------
@pytest.mark.parametrize("text, expected", [
    ("timolol 0.25% OPHTHALMIC SOLUTION: 1 DROP SL BID",
     [("Strength", "0.25%"), ("Form", "OPHTHALMIC SOLUTION"), ("Dosage", "1 DROP"), ("Route", "SL"),
      ("Frequency", "BID")]),
    ("20 mg/mL oral solution 0.5 mL buccally q2h",
     [("Strength", "20 mg/mL"), ("Form", "oral solution"), ("Dosage", "0.5 mL"), ("Route", "buccally"),
      ("Frequency", "q2h")]),
])
def test_route_word_is_part_of_the_form_name_when_given_another_way(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guideline: a route adjective written as part of the form phrase is inside the Form ("SL film")
    ("4 mg nasal spray prn", [("Strength", "4 mg"), ("Form", "nasal spray"), ("Frequency", "prn")]),
    ("0.5% ophthalmic solution 1 drop OU BID",
     [("Strength", "0.5%"), ("Form", "ophthalmic solution"), ("Dosage", "1 drop"),
      ("Route", "OU"), ("Frequency", "BID")]),
    ("75 mcg buccal film q12h", [("Strength", "75 mcg"), ("Form", "buccal film"), ("Frequency", "q12h")]),
    # a route written on its own stays a Route
    ("oral solution 5 mL daily\nSL", [("Form", "oral solution"), ("Dosage", "5 mL"),
                                      ("Frequency", "daily"), ("Route", "SL")]),
    ("Ayr gel intranasal at bedtime", [("Form", "gel"), ("Route", "intranasal"), ("Frequency", "at bedtime")]),
])
def test_route_adjective_in_a_form_phrase_is_part_of_the_form(text, expected):
    assert found(text) == expected


def test_a_dictionary_name_made_of_attribute_words_is_not_a_drug():
    text = "atropine 1% ophthalmic solution 2 drops SL q4h"
    drugs = extract(text, dictionary=("atropine", "ophthalmic solution"))
    assert list(drugs) == ["atropine"]
    assert ("Form", "ophthalmic solution") in drugs["atropine"]


def test_concentrate_belongs_to_the_drug_name():
    text = "morphine concentrate 20 mg/mL 0.25 mL SL q1h prn"
    drugs = extract(text, dictionary=("morphine",))
    assert drugs["morphine concentrate"][0] == ("Strength", "20 mg/mL")
    assert not [k for k, _ in drugs["morphine concentrate"] if k == "Form"]


# --- drug classes ----------------------------------------------------------------------
def test_class_word_and_generic_head_are_one_class():
    assert "fluoroquinolone antibiotics" in extract("Allergies: fluoroquinolone antibiotics - tendinitis")
    assert "sulfa drugs" in extract("Allergic to sulfa drugs (rash).")


@pytest.mark.parametrize("text, word", [
    ("Give with the higher diuretic dose.", "diuretic"),
    ("Taper once opioid use is stable.", "opioid"),
    ("Review benzodiazepine dosing.", "benzodiazepine"),
])
def test_singular_class_word_describing_a_noun_is_not_a_drug(text, word):
    assert word not in extract(text)


def test_singular_class_word_alone_stays_a_drug():
    assert "diuretic" in extract("Continue the diuretic.")


# --- context words ("iron", "calcium", "potassium") --------------------------------------
def test_context_word_after_a_route_is_a_drug():
    assert extract("oral iron failed", dictionary=("iron",)) == {"iron": [("Route", "oral")]}
    assert extract("iron deficiency anemia", dictionary=("iron",)) == {}


def test_context_words_taken_and_coordinated_are_drugs():
    drugs = extract("Take calcium and iron with dinner.", dictionary=("calcium", "iron"))
    assert drugs["calcium"] == [("Frequency", "with dinner")]
    assert drugs["iron"] == [("Frequency", "with dinner")]
    assert "iron" in extract("Low ferritin; iron taken with orange juice.", dictionary=("iron",))
    assert extract("Serum calcium and iron were normal.", dictionary=("calcium", "iron")) == {}


def test_context_words_in_a_list_of_tests_stay_unmarked():
    drugs = extract("Labs showed normal cortisol, ACTH, potassium, aldosterone level.",
                    dictionary=("ACTH", "potassium"))
    assert "ACTH" in drugs
    assert "potassium" not in drugs


def test_flagged_product_name_before_its_form_is_a_drug():
    drugs = extract("Stop Goody's powders.")
    assert ("Form", "powders") in drugs["Goody's"]
    assert extract("Goody's was closed.") == {}
    assert "saline" not in extract("The joint was injected with 60 cc of sterile saline solution.",
                                   dictionary=("saline",))


# --- frequencies ------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("capsule PO qAM 30 min before breakfast", "qAM 30 min before breakfast"),
    ("1 tab PO once daily with food", "once daily with food"),
    ("10 mg on waking", "on waking"),
    ("IV x 2 doses 4 weeks apart", "4 weeks apart"),
])
def test_schedule_spans(text, span):
    assert ("Frequency", span) in found(text)


def test_hours_apart_separate_two_drugs_and_are_no_schedule():
    assert not [k for k, _ in found("Take it 4 h apart from levothyroxine.") if k == "Frequency"]


@pytest.mark.parametrize("text", [
    "Warfarin 5 mg daily; daily INR.",
    "Vancomycin 1 g IV q12h; weekly labs and troughs.",
    "Add a scheduled dose if prn use exceeds four.",
    "Stopped prophylaxis once CD4 > 200.",
])
def test_frequency_words_that_describe_no_drug_schedule(text):
    spans = [t for k, t in found(text) if k == "Frequency"]
    assert spans == (["daily"] if text.startswith("Warfarin") else ["q12h"] if text.startswith("Vanco") else [])


def test_once_for_a_single_dose_stays_a_frequency():
    assert ("Frequency", "once") in found("KCl 20 mEq PO once for hypokalemia")


# --- durations and strengths ---------------------------------------------------------------
def test_course_to_complete_and_open_courses():
    assert ("Duration", "10 days") in found("then 500 mg daily to complete 10 days.")
    drugs = extract("Continue doxycycline 100 mg PO BID indefinitely.", dictionary=("doxycycline",))
    assert ("Duration", "indefinitely") in drugs["doxycycline"]
    assert extract("The cause remains indefinitely unclear.") == {}


def test_patch_release_per_wear_is_one_strength():
    assert found("1.5 mg/3 days patch") == [("Strength", "1.5 mg/3 days"), ("Form", "patch")]


@pytest.mark.parametrize("text", [
    "reduce weekly dose ~25%", "decrease the dose by 10-20%", "lower dosing 15%",
    "carb ratio 1:12 g", "correction factor 1:50",
])
def test_shares_and_ratios_are_not_strengths(text):
    assert not [k for k, _ in found(text) if k in ("Strength", "Dosage")]


def test_clock_times_are_not_ratios():
    assert ("Frequency", "daily at 1:30 pm") in found("insulin daily at 1:30 pm")


# --- links and word lists ---------------------------------------------------------------
def test_attribute_links_forward_through_attributes_to_an_of_drug():
    text = "Entyvio 300 mg IV q8 weeks (reload 300 mg IV of Entyvio in May)"
    drugs = EXTRACTOR.extract(text, [DrugSpan(0, 7, DICTIONARY), DrugSpan(text.rindex("Entyvio"),
                                                                         text.rindex("Entyvio") + 7, DICTIONARY)])
    second = [(a.kind, text[a.begin:a.end], a.begin) for a in drugs.attributes_of(1)]
    assert [(k, t) for k, t, _ in second] == [("Strength", "300 mg"), ("Route", "IV")]
    assert all(b > text.index("reload") for _, _, b in second)


@pytest.mark.parametrize("text, expected", [
    ("benzonatate 200 mg perles TID", [("Strength", "200 mg"), ("Form", "perles"), ("Frequency", "TID")]),
    ("0.1 mL intradermally", [("Dosage", "0.1 mL"), ("Route", "intradermally")]),
])
def test_word_list_entries(text, expected):
    assert found(text) == expected


def test_gene_and_lab_names_are_not_drugs():
    text = "HLA-B*5701 negative; CYP2D6 poor metabolizer; fecal calprotectin 310."
    assert extract(text, dictionary=("HLA-B", "CYP2D6", "calprotectin")) == {}
