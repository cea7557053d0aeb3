"""Medication attribute patterns: spans and normalized values of each kind, no-attribute zones."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.medication.patterns import AttributePatterns
from ctakes_py.medication.vocabulary import load_vocabulary, phrase_pattern

VOCAB = Path(__file__).resolve().parents[1] / "lexicons" / "medication"
PATTERNS = AttributePatterns(load_vocabulary(VOCAB))


def found(text: str) -> list[tuple[str, str]]:
    return [(a.kind, text[a.begin:a.end]) for a in PATTERNS.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("500 mg", [("Strength", "500 mg")]),
    ("0.5mg", [("Strength", "0.5mg")]),
    ("875-125 mg", [("Strength", "875-125 mg")]),
    ("8/2 mg", [("Strength", "8/2 mg")]),
    ("400 mg/5 mL", [("Strength", "400 mg/5 mL")]),
    ("100 unit/mL", [("Strength", "100 unit/mL")]),
    ("0.05%", [("Strength", "0.05%")]),
    ("90 mcg/actuation", [("Strength", "90 mcg/actuation")]),
    ("1,000 IU", [("Strength", "1,000 IU")]),
    ("85 mg/m2", [("Strength", "85 mg/m2")]),
    ("25 mcg/hr patch", [("Strength", "25 mcg/hr"), ("Form", "patch")]),
    ("1000 unit capsule", [("Strength", "1000 unit"), ("Form", "capsule")]),
])
def test_strengths(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2 puffs", [("Dosage", "2 puffs")]),
    ("1 inhalation", [("Dosage", "1 inhalation")]),
    ("7 mL", [("Dosage", "7 mL")]),
    ("Twenty Two (22) units", [("Dosage", "Twenty Two (22) units")]),
    ("One (1) Tablet", [("Dosage", "One (1)"), ("Form", "Tablet")]),
    ("2 tabs", [("Dosage", "2"), ("Form", "tabs")]),
    ("1-2 tablets", [("Dosage", "1-2"), ("Form", "tablets")]),
    ("30 mcg/kg/min", [("Dosage", "30 mcg/kg/min")]),
    ("1000 units/hr", [("Dosage", "1000 units/hr")]),
    ("5 million units", [("Dosage", "5 million units")]),
    ("2 sprays", [("Dosage", "2 sprays")]),
])
def test_dosages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("10 mg ER tab", [("Strength", "10 mg"), ("Form", "ER tab")]),
    ("SL film", [("Form", "SL film")]),
    ("chewable tablet", [("Form", "chewable tablet")]),
    ("Tablet, Delayed Release (E.C.)", [("Form", "Tablet, Delayed Release (E.C.)")]),
    ("1 gtt", [("Dosage", "1 gtt")]),
])
def test_forms(text, expected):
    assert found(text) == expected


def test_drop_counts_only_after_a_number():
    assert ("Form", "gtt") not in found("insulin gtt at 5 units/hr")


@pytest.mark.parametrize("text, route", [
    ("PO", "PO"), ("by mouth", "by mouth"), ("IV", "IV"), ("subq", "subq"), ("SQ", "SQ"),
    ("Sublingual", "Sublingual"), ("intranasal", "intranasal"), ("topically", "topically"),
    ("swish and spit", "swish and spit"), ("swish/gargle", "swish/gargle"), ("p.o.", "p.o."),
])
def test_routes(text, route):
    assert found(text) == [("Route", route)]


def test_routes_need_word_boundaries():
    assert found("IVIG given") == []
    assert found("the iv") == [("Route", "iv")]        # found; needs context to be linked
    assert PATTERNS.find("the iv")[0].needs_context


@pytest.mark.parametrize("text, span, number, unit", [
    ("BID", "BID", "2", "day"),
    ("q6h prn", "q6h prn", "1", "6h"),
    ("Q12H", "Q12H", "1", "12h"),
    ("q 4-6 h", "q 4-6 h", "1", "4-6h"),
    ("every 8 hours", "every 8 hours", "1", "8h"),
    ("twice daily", "twice daily", "2", "day"),
    ("3 times a day", "3 times a day", "3", "day"),
    ("qhs", "qhs", "1", "day"),
    ("daily PRN", "daily PRN", "1", "day"),
    ("TID with meals", "TID with meals", "3", "day"),
    ("bid ac", "bid ac", "2", "day"),
    ("daily after dinner", "daily after dinner", "1", "day"),
    ("M/W/F", "M/W/F", "3", "week"),
    ("DAILY (Daily)", "DAILY (Daily)", "1", "day"),
    ("Q6H (every 6 hours) as needed", "Q6H (every 6 hours) as needed", "1", "6h"),
])
def test_frequencies(text, span, number, unit):
    attrs = PATTERNS.find(text)
    assert [(a.kind, text[a.begin:a.end]) for a in attrs] == [("Frequency", span)]
    assert (attrs[0].value["number"], attrs[0].value["unit"]) == (number, unit)


def test_frequency_does_not_take_the_sentence_period():
    assert found("q8h. Then") == [("Frequency", "q8h")]


@pytest.mark.parametrize("text, span", [
    ("x 7 days", "x 7 days"), ("for 2 weeks", "for 2 weeks"), ("x5d", "x5d"),
    ("for 12 months", "for 12 months"), ("for 5 more days", "for 5 more days"),
    ("x 3 yrs", "x 3 yrs"), ("for a week", "for a week"),
])
def test_durations(text, span):
    assert found(text) == [("Duration", span)]


def test_day_of_course_marks_the_total():
    text = "day 3 of 7"
    assert found(text) == [("Duration", "7")]


def test_duration_needs_a_time_unit():
    assert found("for fever") == []
    assert ("Duration", "21-hour") not in found("per 21-hour protocol")


def test_status_changes():
    attrs = PATTERNS.find("Hold losartan; lisinopril discontinued; will increase")
    status = [(a.value["value"], a.value["direction"]) for a in attrs if a.kind == "StatusChange"]
    assert status == [("hold", "before"), ("stop", "both"), ("increase", "before")]


def test_zones_drop_list_numbers_dispense_and_limits():
    text = "1. Foo 10 mg daily\nDisp:*30 Tablet(s)* Refills:*2*\nmax 4 g/day"
    kinds = found(text)
    assert ("Dosage", "1") not in kinds and ("Dosage", "30") not in kinds
    assert ("Strength", "4 g") not in kinds
    assert ("Strength", "10 mg") in kinds and ("Frequency", "daily") in kinds


def test_lab_units_are_not_strengths():
    assert found("glucose 250 mg/dL") == []
    assert found("K 4.1 mEq/L") == []


def test_normalized_strength():
    attrs = PATTERNS.find("One (1) Tablet 2.5 mg")
    dosage = next(a for a in attrs if a.kind == "Dosage")
    strength = next(a for a in attrs if a.kind == "Strength")
    assert dosage.value["number"] == "1"
    assert strength.value == {"number": "2.5", "unit": "mg"}


def test_phrase_pattern_case_flags():
    import re

    from ctakes_py.medication.vocabulary import Entry
    pattern = re.compile(phrase_pattern([Entry("IV", (), frozenset({"cs"})), Entry("by mouth")]))
    assert pattern.search("BY   MOUTH").group() == "BY   MOUTH"
    assert pattern.search("iv") is None and pattern.search("IV").group() == "IV"
    assert pattern.search("IVIG") is None


def test_missing_vocabulary_folder(tmp_path):
    with pytest.raises(ResourceError):
        load_vocabulary(tmp_path / "nope")
    (tmp_path / "routes.tsv").write_text("PO\toral\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="lacks"):
        load_vocabulary(tmp_path)


def test_readme_card_counts_match_the_files():
    import re
    card = (VOCAB / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w.]+)` \| (\d+) \|", card, flags=re.M)
    assert len(rows) == 17
    for name, count in rows:
        lines = (VOCAB / name).read_text(encoding="utf-8").splitlines()
        assert sum(1 for line in lines if line.strip() and not line.startswith("#")) == int(count), name


# --- generalization rules (blind-set error analysis) ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("600 mg-400 unit", [("Strength", "600 mg-400 unit")]),
    ("5 mg/325 mg", [("Strength", "5 mg/325 mg")]),
    ("0.1 mg/24 hr patch", [("Strength", "0.1 mg/24 hr"), ("Form", "patch")]),
    ("10 gram/15 mL", [("Strength", "10 gram/15 mL")]),
    ("2.5 mg /3 mL (0.083 %)", [("Strength", "2.5 mg /3 mL (0.083 %)")]),
    ("20 mg PE/kg", [("Strength", "20 mg PE/kg")]),
])
def test_composite_strengths(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, form", [
    ("Tablet, Chewable", "Tablet, Chewable"), ("Tablet, ER", "Tablet, ER"),
    ("Tablet, Sublingual", "Tablet, Sublingual"), ("Capsule, Delayed Release(E.C.)", "Capsule, Delayed Release(E.C.)"),
    ("Patch 24 hr", "Patch 24 hr"),
])
def test_form_qualifiers_after_a_comma(text, form):
    assert found(text) == [("Form", form)]


def test_route_word_after_a_form_without_comma_stays_a_route():
    assert found("1 tablet Sublingual") == [("Dosage", "1"), ("Form", "tablet"), ("Route", "Sublingual")]


def test_form_word_after_for_is_a_reason():
    assert ("Form", "CAP") not in found("azithromycin 500 mg daily for CAP")
    assert ("Form", "cap") in found("1 cap TID")


@pytest.mark.parametrize("text, span, number, unit", [
    ("Tu/Th/Sa/Su", "Tu/Th/Sa/Su", "4", "week"),
    ("Mon/Thu", "Mon/Thu", "2", "week"),
    ("q Sunday", "q Sunday", "1", "week"),
    ("every Friday", "every Friday", "1", "week"),
    ("weekly on Fridays", "weekly on Fridays", "1", "week"),
    ("QMWF", "QMWF", "3", "week"),
    ("AC & HS", "AC & HS", "4", "day"),
    ("daily with evening meal", "daily with evening meal", "1", "day"),
    ("every 8 (eight) hours as needed", "every 8 (eight) hours as needed", "1", "8h"),
    ("2 (two) times daily", "2 (two) times daily", "2", "day"),
])
def test_more_frequencies(text, span, number, unit):
    attrs = PATTERNS.find(text)
    assert [(a.kind, text[a.begin:a.end]) for a in attrs] == [("Frequency", span)]
    assert (attrs[0].value["number"], attrs[0].value["unit"]) == (number, unit)


def test_two_single_letters_are_not_a_weekday_list():
    assert found("45 yo M/F") == []
    assert found("most days") == [("Frequency", "most days")]


@pytest.mark.parametrize("text, span", [
    ("over 2 hours", "over 2 hours"), ("over 30 min", "over 30 min"), ("week 8 of 12", "12"), ("cycle 2 of 6", "6"),
])
def test_infusion_times_and_course_totals(text, span):
    assert found(text) == [("Duration", span)]


def test_over_needs_a_short_time_unit():
    assert found("worsening over 2 weeks") == []


def test_taper_steps_infusion_words_and_diet_orders_hold_no_attribute():
    text = "nortriptyline 10 mg qhs, increase by 10 mg weekly to goal 30 mg qhs"
    assert found(text) == [("Strength", "10 mg"), ("Frequency", "qhs"), ("Strength", "30 mg"), ("Frequency", "qhs")]
    assert found("taper by 5 mg every 3 days until done") == []
    assert found("IV continuous infusion") == [("Route", "IV")]
    assert found("Diet: 2 g sodium, 1.5 L fluid restriction.") == []
    assert found("Low salt diet; 1.5 L fluid restriction") == []


@pytest.mark.parametrize("text", [
    "reduced PO intake", "if no IV access", "unable to take PO.", "tolerating PO and ambulating", "oral care",
])
def test_route_words_that_name_intake_or_access(text):
    assert [k for k, _ in found(text) if k == "Route"] == []


def test_route_words_of_a_drug_are_kept():
    assert found("Take 1 tab PO daily") == [("Dosage", "1"), ("Form", "tab"), ("Route", "PO"), ("Frequency", "daily")]
    assert found("2 sprays each nare daily") == [("Dosage", "2 sprays"), ("Route", "each nare"), ("Frequency", "daily")]
