"""Fourth tuning round: mechanisms meant to carry over to unseen drugs and writers (brand
trademark words, mechanism class names, MIMIC Sig glosses, cycle and weekly schedules,
daily limits and share changes, status words after a drug); see lexicons/medication/README.md."""
from __future__ import annotations

import pytest
from medication_support import PATTERNS, found
from medication_support import extract as drugs  # noqa: F401


@pytest.mark.parametrize("text, brand, name", [
    ("- Zorbex RediHaler 40 mcg 2 puffs BID", "Zorbex", "Zorbex RediHaler"),
    ("Replaces Diastat AcuDial 10 mg rectal gel", "Diastat", "Diastat AcuDial"),
    ("now on Cartia XT 180 mg capsule daily", "Cartia", "Cartia XT"),
    ("- Caltrate 600+D - 1 tablet BID", "Caltrate", "Caltrate 600+D"),
])
def test_brand_trademark_words_stay_in_the_name(text, brand, name):
    assert name in drugs(text, dictionary=(brand,))


def test_an_ordinary_capitalised_word_after_a_brand_is_not_its_name():
    assert "Cartia Today" not in drugs("Cartia Today 180 mg daily", dictionary=("Cartia",))


@pytest.mark.parametrize("text, word, name", [
    ("avoid dopamine antagonists (e.g., metoclopramide)", "dopamine", "dopamine antagonists"),
    ("no histamine blockers", "histamine", "histamine blockers"),
])
def test_a_substance_and_a_mechanism_word_are_one_class(text, word, name):
    assert name in drugs(text, dictionary=(word,))


@pytest.mark.parametrize("text, name", [
    ("has not added baby aspirin", "baby aspirin"),
    ("do NOT switch to other direct oral anticoagulants.", "direct oral anticoagulants"),
])
def test_written_class_and_product_phrases(text, name):
    assert list(drugs(text, dictionary=("aspirin", "anticoagulants"))) == [name]


def test_a_singular_class_word_heading_a_label_is_no_drug():
    assert list(drugs("Anticoagulant: Jantoven 5 mg tablets", dictionary=("Anticoagulant", "Jantoven"))) == [
        "Jantoven"]


@pytest.mark.parametrize("text, freq", [
    ("30 mL PO DAILY PRN (as needed) for constipation", "DAILY PRN (as needed)"),
    ("1 tablet PO DAILY (Daily).", "DAILY (Daily)"),
    ("1 tab PO Q6H (every 6 hours) as needed", "Q6H (every 6 hours) as needed"),
    ("take 3 tablets by mouth twice daily within 30 minutes after a meal, daily",
     "twice daily within 30 minutes after a meal"),
    ("1,000 mg/m2 BID days 1-14 q21 days.", "days 1-14 q21 days"),
    ("500 mg BID, days 1-14 of each 21-day cycle.", "days 1-14 of each 21-day cycle"),
    ("7.5 mg (1 1/2 tablets) on Mon and Fri", "on Mon and Fri"),
    ("5 mg (1 tablet) all other days", "all other days"),
    ("1 tablet PO at 5 PM with food", "at 5 PM with food"),
])
def test_schedules(text, freq):
    assert ("Frequency", freq) in found(text)


def test_a_clock_time_alone_needs_a_drug_next_to_it():
    assert "Frequency" not in [k for k, _ in drugs("Seen in clinic at 5 PM.\n").get("clinic", [])]
    (clock,) = [a for a in PATTERNS.find("seen at 5 PM") if a.kind == "Frequency"]
    assert clock.needs_context


@pytest.mark.parametrize("text", ["APAP up to 2 g/day is OK", "Mapap 500 mg q6h prn (limit 3 g/day)"])
def test_daily_limits_are_not_strengths(text):
    assert ("Strength", "2 g") not in found(text) and ("Strength", "3 g") not in found(text)


def test_a_share_change_is_not_a_strength():
    assert not [k for k, _ in found("4 months, ~40% fewer headache days") if k == "Strength"]
    assert ("Strength", "40%") in found("albumin 40% 25 g IV")


def test_a_context_drug_with_a_status_word_after_it():
    assert "caffeine" in drugs("Not going home on: caffeine (stopped), Epogen", dictionary=("caffeine",))
    assert "caffeine" not in drugs("no caffeine intake", dictionary=("caffeine",))
