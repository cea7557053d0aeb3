"""Medication span rules for dose amounts, forms and schedules as clinicians write them
(n2c2 2018 style; see lexicons/medication/README.md): drops are a dose unit, a route word
before a form is a Route, fractions and spelled halves are one Dosage, weekly and on/off
schedules are one Frequency, and the linking rules for counts and prefixed routes."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.medication.extractor import MedicationExtractor
from ctakes_py.medication.patterns import AttributePatterns
from ctakes_py.medication.vocabulary import load_vocabulary

VOCAB = Path(__file__).resolve().parents[1] / "lexicons" / "medication"
PATTERNS = AttributePatterns(load_vocabulary(VOCAB))
EXTRACTOR = MedicationExtractor.from_folder(VOCAB)


def found(text: str) -> list[tuple[str, str]]:
    return [(a.kind, text[a.begin:a.end]) for a in PATTERNS.find(text)]


def linked(text: str) -> dict[str, list[tuple[str, str]]]:
    """Drug text -> (kind, text) of its linked attributes, rules only (no dictionary)."""
    result = EXTRACTOR.extract(text)
    return {text[d.begin:d.end]: [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(i)]
            for i, d in enumerate(result.drugs)}


# --- drops are counted like puffs: the count and the word are one Dosage -------------------
@pytest.mark.parametrize("text, expected", [
    ("1 drop", [("Dosage", "1 drop")]),
    ("2 gtts", [("Dosage", "2 gtts")]),
    ("1-2 drops", [("Dosage", "1-2 drops")]),
    ("One (1) Drop", [("Dosage", "One (1) Drop")]),
])
def test_drops_are_a_dose_unit(text, expected):
    assert found(text) == expected


def test_drip_and_bare_drops_are_not_dosages():
    assert not [k for k, _ in found("insulin gtt at 5 units/hr") if k == "Form"]
    assert ("Dosage", "5 units/hr") in found("insulin gtt at 5 units/hr")
    assert linked("timolol 0.5% drops BID")["timolol"][:2] == [("Strength", "0.5%"), ("Form", "drops")]


# --- a route adjective inside a form phrase is part of the Form (guideline "SL film") ---------
@pytest.mark.parametrize("text, expected", [
    ("transdermal patch", [("Form", "transdermal patch")]),
    ("rectal suppository", [("Form", "rectal suppository")]),
    ("vaginal cream", [("Form", "vaginal cream")]),
    ("0.5% ophthalmic solution", [("Strength", "0.5%"), ("Form", "ophthalmic solution")]),
    ("250 mg/5 mL oral suspension", [("Strength", "250 mg/5 mL"), ("Form", "oral suspension")]),
    ("nasal spray", [("Form", "nasal spray")]),
    ("eye drops", [("Form", "eye drops")]),
    ("ER tablet", [("Form", "ER tablet")]),
    ("1 spray intranasal", [("Dosage", "1 spray"), ("Route", "intranasal")]),
    ("4% Adhesive Patch, Medicated Topical", [("Strength", "4%"), ("Form", "Adhesive Patch, Medicated"),
                                               ("Route", "Topical")]),
])
def test_route_adjectives_join_forms(text, expected):
    assert found(text) == expected


# --- fractions and halves ------------------------------------------------------------------
@pytest.mark.parametrize("text, span, number", [
    ("1 1/2 tablets", "1 1/2", "1.5"),
    ("1 and 1/2 tabs", "1 and 1/2", "1.5"),
    ("1½ tabs", "1½", "1.5"),
    ("½ tab", "½", "0.5"),
    ("0.5 tablet", "0.5", "0.5"),
    ("one-half tablet", "one-half", "0.5"),
    ("half a tablet", "half", "0.5"),
])
def test_fractional_counts(text, span, number):
    attrs = PATTERNS.find(text)
    assert [(a.kind, text[a.begin:a.end]) for a in attrs][0] == ("Dosage", span)
    assert attrs[0].value["number"] == number
    assert attrs[1].kind == "Form"


def test_mixed_numbers_need_a_small_fraction():
    # "10 1/2" is not a mixed number written by a prescriber; the 10 stays separate
    assert ("Dosage", "1/2") in found("lisinopril 10 1/2 tab")


# --- other dose units ----------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("One (1) Appl", "One (1) Appl"),
    ("1 capful", "1 capful"),
    ("2 scoops", "2 scoops"),
    ("1 dropperful", "1 dropperful"),
    ("0.5 inch", "0.5 inch"),
    ("apply a thin layer", "thin layer"),
])
def test_other_dose_units(text, span):
    assert ("Dosage", span) in found(text)


def test_ambiguous_dose_units_need_context():
    (inch,) = [a for a in PATTERNS.find("a 2 inch laceration") if a.kind == "Dosage"]
    assert inch.needs_context
    assert linked("erythromycin ophthalmic ointment 0.5 inch to both eyes QID")["erythromycin"] == [
        ("Form", "ophthalmic ointment"), ("Dosage", "0.5 inch"), ("Route", "both eyes"),
        ("Frequency", "QID")]


@pytest.mark.parametrize("text, form", [
    ("benzoyl peroxide 5% wash daily", "wash"),
    ("chlorhexidine 0.12% oral rinse 15 mL BID", "oral rinse"),
    ("fluticasone 50 mcg/actuation spray daily", "spray"),
    ("nicotine gum 2 mg 1 piece q2h prn", "piece"),
])
def test_more_forms(text, form):
    assert ("Form", form) in found(text)


def test_count_only_forms_need_a_count():
    assert ("Form", "piece") not in found("a piece of toast")


# --- schedules -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, number, unit", [
    ("12 hours on/12 hours off", "12 hours on/12 hours off", "1", "day"),
    ("12 hrs on and 12 hrs off", "12 hrs on and 12 hrs off", "1", "day"),
    ("on Mondays", "on Mondays", "1", "week"),
    ("on Mondays and Thursdays", "on Mondays and Thursdays", "2", "week"),
    ("on Monday, Wednesday and Friday", "on Monday, Wednesday and Friday", "3", "week"),
    ("on weekends", "on weekends", "2", "week"),
    ("2-3 times per week", "2-3 times per week", "2-3", "week"),
    ("once nightly", "once nightly", "1", "day"),
    ("daily at 8 pm", "daily at 8 pm", "1", "day"),
])
def test_schedules(text, span, number, unit):
    attrs = PATTERNS.find(text)
    assert [(a.kind, text[a.begin:a.end]) for a in attrs] == [("Frequency", span)]
    assert (attrs[0].value["number"], attrs[0].value["unit"]) == (number, unit)


def test_one_weekday_is_a_date_not_a_schedule():
    assert found("seen on Monday") == []


# --- linking -------------------------------------------------------------------------------
def test_route_written_before_a_later_drug_is_that_drugs():
    text = "Catapres 0.1 mg/24 hr patch weekly (changed from oral propranolol given dysphagia)"
    links = linked(text)
    assert ("Route", "oral") in links["propranolol"]
    assert ("Route", "oral") not in links["Catapres"]


def test_route_after_its_own_drug_stays():
    links = linked("metoprolol 25 mg PO BID and lisinopril 10 mg daily")
    assert ("Route", "PO") in links["metoprolol"] and ("Route", "PO") not in links["lisinopril"]


@pytest.mark.parametrize("text, drug", [
    ("Anusolol suppository 1 PR BID", "Anusolol"),
    ("metoprolol tab 1 PO daily", "metoprolol"),
])
def test_bare_count_between_form_and_route_is_the_dosage(text, drug):
    assert ("Dosage", "1") in linked(text)[drug]


def test_bare_count_needs_a_following_route_or_frequency():
    assert all(k != "Dosage" for k, _ in linked("metoprolol tab 1 of 3 medications")["metoprolol"])
