"""Medication rules for further styles of clinical writing (lexicons/medication/README.md):
dialysis and lead-time anchors, a dose clause after ";", brand/strength words inside a drug
name, class names with a leading qualifier, list-line heads before a count of forms, results
written after a measurement's name, and drug words used as adjectives or lab results.
Drug names here are invented or come from the medication lists, so the rules are tested
without the dictionary (a dictionary hit is simulated with an ``existing`` span)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.medication.drugs import DICTIONARY, DrugSpan
from ctakes_py.medication.extractor import MedicationExtractor
from ctakes_py.medication.patterns import AttributePatterns
from ctakes_py.medication.vocabulary import load_vocabulary

VOCAB = Path(__file__).resolve().parents[1] / "lexicons" / "medication"
PATTERNS = AttributePatterns(load_vocabulary(VOCAB))
EXTRACTOR = MedicationExtractor.from_folder(VOCAB)


def found(text: str) -> list[tuple[str, str]]:
    return [(a.kind, text[a.begin:a.end]) for a in PATTERNS.find(text)]


def linked(text: str, dictionary: tuple[str, ...] = ()) -> dict[str, list[tuple[str, str]]]:
    """Drug text -> (kind, text) of its linked attributes; ``dictionary`` names stand for
    the dictionary lookup's hits (first occurrence of each)."""
    existing = [DrugSpan(text.index(n), text.index(n) + len(n), DICTIONARY) for n in dictionary]
    result = EXTRACTOR.extract(text, existing)
    return {text[d.begin:d.end]: [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(i)]
            for i, d in enumerate(result.drugs)}


# --- schedules anchored to dialysis, activity or a meal, with a lead time -------------------
@pytest.mark.parametrize("text, expected", [
    ("30 min before HD", "30 min before HD"),
    ("1 hour before activity", "1 hour before activity"),
    ("prn 1 hour before activity", "prn 1 hour before activity"),
    ("30 min after dinner", "30 min after dinner"),
    ("TIW with HD", "TIW with HD"),
    ("after each HD session", "after each HD session"),
    ("on non-dialysis days", "on non-dialysis days"),
    ("every other morning", "every other morning"),
    ("weekends only", "weekends only"),
])
def test_anchored_schedules_are_one_frequency(text, expected):
    assert found(text) == [("Frequency", expected)]


def test_dialysis_anchor_links_to_its_drug():
    got = linked("- Zorvalin 6,000 units IV with each HD for anemia", dictionary=("Zorvalin",))
    assert got["Zorvalin"] == [("Dosage", "6,000 units"), ("Route", "IV"), ("Frequency", "with each HD")]


def test_a_frequency_word_before_dose_is_not_a_schedule():
    assert ("Frequency", "daily") not in found("may take it instead of daily dose")
    assert ("Frequency", "daily") in found("take it daily")


# --- a dose clause after ";" continues the drug of the clause before ------------------------
def test_dose_clause_after_semicolon_continues_the_drug():
    got = linked("- Zorvix 40 mg 1.5 tabs qAM; extra 1 tab prn weight gain", dictionary=("Zorvix",))
    assert got["Zorvix"][-3:] == [("Dosage", "1"), ("Form", "tab"), ("Frequency", "prn")]
    got = linked("OAB: improved on Zorvix; increase to 50 mg daily.", dictionary=("Zorvix",))
    assert got["Zorvix"] == [("Strength", "50 mg"), ("Frequency", "daily")]


def test_other_clause_after_semicolon_stays_apart():
    got = linked("Continue Zorvix 150 mg BID; check level now and monthly.", dictionary=("Zorvix",))
    assert ("Frequency", "monthly") not in got["Zorvix"]


# --- words naming a version, strength or pack stay inside the drug name --------------------
@pytest.mark.parametrize("text, name, full", [
    ("Zorvix Forte gel every morning", "Zorvix", "Zorvix Forte"),
    ("Zorvix OTC 20 mg daily", "Zorvix", "Zorvix OTC"),
    ("Zorvix Arthritis 650 mg 1 caplet q8h", "Zorvix", "Zorvix Arthritis"),
    ("Zorvix Extra Strength 500 mg 2 tabs", "Zorvix", "Zorvix Extra Strength"),
    ("Zorvix Dosepak - insomnia", "Zorvix", "Zorvix Dosepak"),
    ("Zorvix + D 500 mg BID", "Zorvix", "Zorvix + D"),
])
def test_version_words_extend_the_name(text, name, full):
    got = linked(text, dictionary=(name,))
    assert list(got) == [full]
    assert not [k for k, s in got[full] if s in full]


def test_release_word_before_a_form_stays_in_the_form():
    got = linked("Zorvix ER tab 500 mg daily", dictionary=("Zorvix",))
    assert ("Form", "ER tab") in got["Zorvix"]


# --- a qualifier before a drug class belongs to the class name -----------------------------
@pytest.mark.parametrize("text, drug", [
    ("Avoid first-generation antihistamines going forward.", "first-generation antihistamines"),
    ("No combined OCPs while breastfeeding.", "combined OCPs"),
    ("no topical steroids on eyelids", "topical steroids"),
])
def test_class_qualifiers_join_the_class(text, drug):
    got = linked(text)
    assert list(got) == [drug] and got[drug] == []


def test_route_before_a_named_drug_stays_a_route():
    got = linked("Zorvix 1% gel topical QID", dictionary=("Zorvix",))
    assert ("Route", "topical") in got["Zorvix"]
    assert not linked("continue (topical preferred in CKD)", dictionary=())


def test_singular_class_adjective_is_not_a_drug():
    assert linked("STOP - anticholinergic burden, falls") == {}
    assert list(linked("Avoid anticholinergics.")) == ["anticholinergics"]


# --- a list line's head before a count of forms is a drug -----------------------------------
def test_list_head_before_a_count_of_forms():
    got = linked("- Zorvalex 1 tab PO daily\n")
    assert got["Zorvalex"] == [("Dosage", "1"), ("Form", "tab"), ("Route", "PO"), ("Frequency", "daily")]


def test_running_text_before_a_count_is_not_a_drug():
    assert linked("She reports she took 1 tab daily.") == {}


def test_product_with_plus_letter_is_one_name_and_repeats():
    text = "Calzorb + D 500 mg-200 units   1 tab BID\nPlan: continue Calzorb + D."
    result = EXTRACTOR.extract(text)
    assert [text[d.begin:d.end] for d in result.drugs] == ["Calzorb + D", "Calzorb + D"]
    assert [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(0)] == [
        ("Strength", "500 mg-200 units"), ("Dosage", "1"), ("Form", "tab"), ("Frequency", "BID")]


def test_a_name_found_with_its_salt_is_found_without_it():
    text = "- Zorvelamer carbonate 800 mg 3 tabs PO TID\nIncrease Zorvelamer to 4 tabs with meals."
    result = EXTRACTOR.extract(text)
    names = [text[d.begin:d.end] for d in result.drugs]
    assert names == ["Zorvelamer carbonate", "Zorvelamer"]
    assert [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(1) if a.kind != "StatusChange"] == [
        ("Dosage", "4"), ("Form", "tabs"), ("Frequency", "with meals")]


# --- results and adjectives ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "contraindicated with EF 25%",
    "24-h urine: citrate 480 mg, volume 2.6 L",
    "EBL 300 mL",
])
def test_results_after_a_measurement_name_are_not_doses(text):
    assert not [k for k, _ in found(text) if k in ("Strength", "Dosage")]


@pytest.mark.parametrize("text, name", [
    ("honey-colored crust on the finger", "honey"),
    ("recurrent calcium oxalate nephrolithiasis", "calcium oxalate"),
    ("UA: 20-50 WBC, nitrite +.", "nitrite"),
    ("urine nitrite positive", "nitrite"),
])
def test_drug_words_as_adjectives_or_results_are_dropped(text, name):
    assert linked(text, dictionary=(name,)) == {}


def test_patch_test_is_not_a_form():
    assert ("Form", "patch") not in found("allergic contact dermatitis, + patch test 2023")
    assert ("Form", "patch") in found("nicotine 21 mg patch daily")


def test_end_point_in_weeks_is_a_duration():
    assert found("until 36 weeks") == [("Duration", "until 36 weeks")]
    assert not [k for k, _ in found("was on it until 6 months ago") if k == "Duration"]


def test_volume_before_a_rinse_is_not_a_dose():
    got = linked("add 1 respule to 240 mL saline rinse BID", dictionary=("respule",))
    assert found("1 respule") == [("Dosage", "1"), ("Form", "respule")]
    assert not [s for attrs in got.values() for _, s in attrs if s == "240 mL"]


def test_amount_of_drug_written_before_it_links_forward():
    text = "Zorvix 300 mg SC every 2 weeks for eczema (loading 600 mg of Zorvix on 4/2)."
    second = text.index("Zorvix", 1)
    result = EXTRACTOR.extract(text, [DrugSpan(0, 6, DICTIONARY), DrugSpan(second, second + 6, DICTIONARY)])
    assert [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(1)] == [("Strength", "600 mg")]
