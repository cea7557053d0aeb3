"""Fifth tuning round: misspelled drugs (tolerant match against built name lists), singular
class words that only describe, qualifiers of plural classes, salts after a drug name,
drug-screen results, skin-test controls and the anesthesia physical status."""
from __future__ import annotations

import pytest
from medication_support import VOCAB
from medication_support import extract as drugs  # noqa: F401

from ctakes_py.medication.spelling import DrugSpelling, edit_distance
from ctakes_py.medication.vocabulary import load_vocabulary

SMALL = DrugSpelling(["quetiapine", "zolpidem", "sodium", "tramadol"], ["podium", "regimen"])


@pytest.mark.parametrize("a, b, limit, expected", [
    ("zolpidem", "zolpidem", 2, 0), ("zolpidam", "zolpidem", 2, 1), ("zolpiedm", "zolpidem", 2, 1),
    ("zolpdem", "zolpidem", 2, 1), ("zolpideem", "zolpidem", 2, 1), ("zlpidam", "zolpidem", 2, 2),
    ("abcdefgh", "zolpidem", 2, 3), ("tramadol", "tram", 1, 2),
])
def test_edit_distance(a, b, limit, expected):
    assert edit_distance(a, b, limit) == expected


@pytest.mark.parametrize("word, name", [
    ("quetiapene", "quetiapine"),   # one substitution
    ("Quetiapin", "quetiapine"),    # one deletion, case ignored
    ("quetaipine", "quetiapine"),   # transposition
    ("quetiapinne", "quetiapine"),  # insertion
    ("qetiappine", "quetiapine"),   # two edits (a deletion and an insertion) in a long name
    ("tramadal", "tramadol"),
])
def test_misspelling_matches(word, name):
    assert SMALL.match(word) == name


@pytest.mark.parametrize("word", [
    "podium",      # a known word, one letter off "sodium"
    "sodium",      # the name itself is not a misspelling
    "sodiem",      # control: one edit, same first letter (matches)
    "wuetiapine",  # another first letter
    "tramdl",      # two edits in a short name
    "zolp",        # too short
])
def test_misspelling_rejects(word):
    if word == "sodiem":
        assert SMALL.match(word) == "sodium"  # control: one edit, same first letter
    else:
        assert SMALL.match(word) is None


def test_shipped_lists_are_built():
    vocab = load_vocabulary(VOCAB)
    names, known = vocab.words("drug_name_words"), vocab.words("known_words")
    assert len(names) > 10000 and len(known) > 10000
    assert not names & known
    assert "levetiracetam" in names and "patient" in known


@pytest.mark.parametrize("text, drug", [
    ("started on levetiracitam 500 mg BID", "levetiracitam"),
    ("Xarelto 20 mg daily and rifaximan 550 mg BID.", "rifaximan"),
    ("- Trileptol - cross-tapered off in June", "Trileptol"),
    ("Refused scheduled Zyprexia dose at 2100.", "Zyprexia"),
])
def test_misspelled_drug_in_medication_context(text, drug):
    assert drug in drugs(text, ("Xarelto",))


@pytest.mark.parametrize("text, word", [
    ("Reassess dyspnea regimen in 48 h.", "regimen"),
    ("He stood at the podim for his speech.", "podim"),
    ("The trileptol question was raised.", "trileptol"),  # no medication context
])
def test_misspelling_needs_context_and_an_unknown_word(text, word):
    assert word not in drugs(text)


def test_misspelled_second_part_of_a_combination():
    text = "carbidopa-levadopa 25/100 mg IR tab 1.5 tablets PO"
    assert "carbidopa-levadopa" in drugs(text, ("carbidopa",))


@pytest.mark.parametrize("text, word", [
    ("HTN, statin intolerance, p/w chest pain", "statin"),
    ("Mobic - STOP; avoid NSAID pain relievers after a heart attack.", "NSAID"),
    ("No antiemetic given (no PONV history).", "antiemetic"),
    ("No opioid prescription given.", "opioid"),
    ("atenolol STOPPED (beta-blocker on SCIT)", "beta-blocker"),
    ("Rifadin interaction -> opioid withdrawal symptoms", "opioid"),
])
def test_singular_class_word_that_describes_is_no_drug(text, word):
    assert word not in drugs(text, ("atenolol", "Mobic", "Rifadin"))


@pytest.mark.parametrize("text, word", [
    ("IV PPI gtt stopped after EGD", "PPI"),
    ("ALLERGIES: Sulfa (hives)", "Sulfa"),        # no plural entry: a substance name
    ("Avoid NSAIDs given CKD 4.", "NSAIDs"),       # plural classes stay drugs
    ("may be changing his alpha-blocker to something else", "alpha-blocker"),
    ("include:,1.  Methadone.,2.  Beta-blocker.,3.  Xanax.", "Beta-blocker"),
])
def test_class_words_that_stay_drugs(text, word):
    assert word in drugs(text)


@pytest.mark.parametrize("text, name", [
    ("Avoid typical antipsychotics and Compro.", "typical antipsychotics"),
    ("Avoid Toradol and other COX-1 inhibiting NSAIDs; may use celecoxib", "COX-1 inhibiting NSAIDs"),
    ("on chronic opioids for back pain", "opioids"),      # a general adjective stays out
    ("Avoid oral steroids for now.", "steroids"),         # a route stays out
    ("No more NSAIDs.", "NSAIDs"),
])
def test_plural_class_takes_its_qualifier(text, name):
    assert name in drugs(text, ("Toradol", "celecoxib"))


def test_salt_after_a_drug_is_not_an_analyte():
    text = "caffeine citrate 20 mg/kg IV load"
    assert ("Strength", "20 mg/kg") in drugs(text, ("caffeine",))["caffeine citrate"]
    assert not any(k == "Strength" for k, _ in sum(drugs("urine citrate 480 mg/day").values(), []))


@pytest.mark.parametrize("text, word", [
    ("UDS + amphetamines and THC.", "amphetamines"),
    ("UDS + amphetamines and THC.", "THC"),
    ("Histamine control positive (6 mm), saline control negative.", "Histamine"),
    ("Pt: 22F, ASA II (mild intermittent asthma).", "ASA"),
])
def test_results_controls_and_classes_are_no_drugs(text, word):
    assert word not in drugs(text, ("amphetamines", "THC", "Histamine", "ASA"))


@pytest.mark.parametrize("text, word", [
    ("Started N-acetylcysteine IV per protocol", "N-acetylcysteine"),
    ("ASA 81 mg daily", "ASA"),
    ("Substances: daily methamphetamine (smoked).\nUDS negative.", "methamphetamine"),
])
def test_lookalikes_stay_drugs(text, word):
    assert word in drugs(text, ("N-acetylcysteine", "ASA", "methamphetamine"))


@pytest.mark.parametrize("text, brand, name", [
    ("8. ROBITUSSIN DM SYRUP 10 ML PO Q4H PRN COUGH", "ROBITUSSIN", "ROBITUSSIN DM"),
    ("1. ZYPREXA ZYDIS 10 MG ODT PO Q4H PRN", "ZYPREXA", "ZYPREXA ZYDIS"),
    ("bought Alka-Seltzer Plus for a cold", "Alka-Seltzer", "Alka-Seltzer Plus"),
    ("take aspirin plus clopidogrel", "aspirin", "aspirin"),  # lower-case "plus" joins two drugs
])
def test_product_suffix_words(text, brand, name):
    assert name in drugs(text, (brand, "clopidogrel"))
