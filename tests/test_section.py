"""SectionAnnotator: header detection, canonical ids, tiling, user-added headers."""
from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctakes_py import Pipeline
from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.section import SIMPLE_SEGMENT, SectionAnnotator, parse_header_setting
from ctakes_py.document import create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.typesystem import SEGMENT, load_typesystem

NOTES = Path(__file__).parent / "fixtures" / "notes"
TS = load_typesystem()


def make(parameters: dict | None = None, resources: dict | None = None) -> SectionAnnotator:
    annotator = SectionAnnotator()
    annotator.initialize(UimaContext(parameters=parameters or {}, resources=resources or {}, typesystem=TS))
    return annotator


DEFAULT = make()


def segments(text: str, annotator: SectionAnnotator = DEFAULT) -> list:
    cas = create_cas(text, TS, "doc")
    annotator.process(cas)
    return sorted(cas.select(SEGMENT), key=lambda s: s.begin)


def assert_tiles(text: str, segs: list) -> None:
    assert segs[0].begin == 0 and segs[-1].end == len(text)
    for a, b in pairwise(segs):
        assert a.end == b.begin and a.begin < a.end


def note(name: str) -> str:
    return (NOTES / name).read_text(encoding="utf-8")


def test_discharge_summary_headers_map_to_canonical_ids():
    text = note("discharge_summary.txt")
    segs = segments(text)
    assert_tiles(text, segs)
    assert [s.id for s in segs] == [
        SIMPLE_SEGMENT, "admission_date", "discharge_date", "chief_complaint", "history_present_illness",
        "past_medical_history", "admission_medications", "allergies", "hospital_course",
        "assessment_plan", "discharge_medications"]
    hpi = segs[4]
    assert hpi.tagText == "HISTORY OF PRESENT ILLNESS"
    assert hpi.preferredText == "History of Present Illness"
    assert text[hpi.begin:].startswith("HISTORY OF PRESENT ILLNESS:\nMr. Jones")
    assert segs[0].get_covered_text().strip() == "DISCHARGE SUMMARY"
    assert segs[0].preferredText is None and segs[0].tagText is None


def test_inline_header_starts_its_segment():
    text = note("discharge_summary.txt")
    allergies = next(s for s in segments(text) if s.id == "allergies")
    assert allergies.get_covered_text() == "ALLERGIES: Penicillin (rash).\n\n"


def test_mtsamples_comma_headers():
    text = note("mtsamples_style.txt")
    segs = segments(text)
    assert_tiles(text, segs)
    assert [(s.id, s.tagText) for s in segs] == [
        ("preoperative_diagnosis", "PREOPERATIVE DIAGNOSIS"),
        ("postoperative_diagnosis", "POSTOPERATIVE DIAGNOSIS"),
        ("procedure", "PROCEDURE PERFORMED"),
        ("anesthesia", "ANESTHESIA"),
        ("indications", "INDICATIONS"),
        ("procedure_description", "DESCRIPTION OF PROCEDURE"),
        ("estimated_blood_loss", "ESTIMATED BLOOD LOSS"),
        ("discharge_disposition", "DISPOSITION"),
    ]
    # the comma before a header stays in the previous segment
    assert text[segs[1].begin - 2:segs[1].begin] == ".,"
    # ",Vitals:  BP" is mixed case after a comma: an exam line, not a section
    assert "Vitals:  BP 130/80" in segs[6].get_covered_text()


def test_soap_letters_only_when_alone_on_their_line():
    text = note("progress_note.txt")
    segs = segments(text)
    assert [(s.id, s.tagText) for s in segs] == [
        (SIMPLE_SEGMENT, None), ("subjective", "S"), ("objective", "O"), ("vital_signs", "Vitals"),
        ("assessment_plan", "A/P")]
    vitals = make().sections("Exam\nP: 72 regular\nBP: 120/80\n")
    assert [s.id for s in vitals] == ["physical_exam"]


@pytest.mark.parametrize("text, expected", [
    ("Plan: continue lisinopril.", ["plan"]),
    ("ALLERGIES\nNone known.", ["allergies"]),  # alone on its line, no colon
    ("Allergies\nNone known.", ["allergies"]),
    ("The plan: continue.\nplan: continue.", [SIMPLE_SEGMENT]),  # mid-line, lower case
    ("Medications reviewed with the patient.", [SIMPLE_SEGMENT]),  # header word + text, no colon
    ("He has no allergies,ALLERGIES: none", [SIMPLE_SEGMENT, "allergies"]),
    ("Pain improved,Plan: go home", [SIMPLE_SEGMENT]),  # after a comma only in capitals
    ("  \n\nHPI: cough.\nROS: negative.", ["history_present_illness", "review_of_systems"]),
    ("HPI: cough.\r\nPMH: asthma.\r\n", ["history_present_illness", "past_medical_history"]),
    ("ASSESSMENT AND PLAN: stable.\nASSESSMENT: stable.", ["assessment_plan", "assessment"]),
    ("HISTORY OF PRESENT ILLNESS (HPI, PROBLEM BY PROBLEM):\n1. CHF.", ["history_present_illness"]),
])
def test_header_placement_rules(text, expected):
    segs = segments(text)
    assert_tiles(text, segs)
    assert [s.id for s in segs] == expected


def test_whitespace_preamble_joins_first_section():
    text = "\n\n  CHIEF COMPLAINT: cough.\n"
    segs = segments(text)
    assert [(s.begin, s.id) for s in segs] == [(0, "chief_complaint")]
    assert segs[0].tagText == "CHIEF COMPLAINT"


def test_document_without_headers_is_one_simple_segment():
    text = "Patient doing well. No complaints."
    segs = segments(text)
    assert [(s.begin, s.end, s.id) for s in segs] == [(0, len(text), SIMPLE_SEGMENT)]


def test_empty_and_blank_documents():
    assert segments("") == []
    segs = segments(" \n\t\n")
    assert [(s.begin, s.end, s.id) for s in segs] == [(0, 4, SIMPLE_SEGMENT)]


def test_unicode_text_offsets():
    text = "Résumé clinique 😀\nASSESSMENT: Ça va bien.\n"
    segs = segments(text)
    assert_tiles(text, segs)
    assert segs[1].id == "assessment" and text[segs[1].begin:].startswith("ASSESSMENT:")


def test_unlisted_capitals_header_alone_on_line():
    text = "TOURNIQUET TIME:\n45 minutes.\nTOURNIQUET TIME: 45 minutes.\n"
    segs = segments(text)
    assert [(s.id, s.preferredText, s.tagText) for s in segs] == [
        ("tourniquet_time", "Tourniquet time", "TOURNIQUET TIME")]
    assert [s.id for s in segments(text, make({"detectUnlistedHeaders": False}))] == [SIMPLE_SEGMENT]
    # three letters are too few to be sure ("CBC:" is a lab line)
    assert [s.id for s in segments("CBC:\nnormal")] == [SIMPLE_SEGMENT]


def test_user_header_as_parameter_text_and_rule():
    text = "WOUND CARE: keep dry.\nDiet: regular.\nPT EVAL: ambulating.\n"
    assert segments(text)[0].id == SIMPLE_SEGMENT
    annotator = make({"additionalHeaders": ["WOUND CARE", "pt_evaluation|Physical Therapy|PT EVAL(?:UATION)?|inline"]})
    segs = segments(text, annotator)
    assert [(s.id, s.preferredText, s.tagText) for s in segs] == [
        ("wound_care", "WOUND CARE", "WOUND CARE"), ("diet", "Diet", "Diet"),
        ("pt_evaluation", "Physical Therapy", "PT EVAL")]


def test_user_rule_with_alternation_and_placement():
    rule = parse_header_setting("ot|Occupational Therapy|OT|OCC THERAPY|alone")
    assert rule.pattern == "OT|OCC THERAPY" and rule.alone
    rule = parse_header_setting("ot|Occupational Therapy|OT|OCC THERAPY")
    assert rule.pattern == "OT|OCC THERAPY" and not rule.alone


def test_user_header_file_resource_wins_over_shipped_list(tmp_path: Path):
    extra = tmp_path / "site_headers.tsv"
    extra.write_text("# site list\nplan_of_care\tPlan of Care\tPLAN\tinline\n"
                     "wound_care\tWound Care\tWOUND (?:CARE|VAC)\n", encoding="utf-8")
    annotator = make(resources={"additionalSectionHeaders": extra})
    segs = segments("PLAN: discharge.\nWOUND VAC: change q3 days.\n", annotator)
    assert [(s.id, s.preferredText) for s in segs] == [("plan_of_care", "Plan of Care"), ("wound_care", "Wound Care")]


@pytest.mark.parametrize("row, message", [
    ("bad\tBad\tHISTORY (OF\tinline\n", "not a valid regex"),
    ("bad\tBad\t(HISTORY)\n", "capturing groups"),
    ("bad\tBad\t(?:X)?\n", "empty string"),
    ("bad\tBad\n", "needs id, preferred text, pattern"),
    ("bad\tBad\tX\tsideways\n", "unknown placement"),
])
def test_bad_header_rows_name_file_and_line(tmp_path: Path, row, message):
    extra = tmp_path / "bad.tsv"
    extra.write_text("ok\tOk\tOK\n" + row, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as err:
        make(resources={"additionalSectionHeaders": extra})
    assert err.value.file == str(extra) and err.value.position == "line 2"


def test_descriptor_binds_header_list_and_accepts_override():
    nlp = Pipeline.from_descriptor("descriptors/annotators/SectionAnnotator.xml",
                                   overrides={"SectionAnnotator/additionalHeaders": "WOUND CARE"})
    cas = nlp("WOUND CARE: dry dressing.\nPLAN: home.")
    assert [s.id for s in sorted(cas.select(SEGMENT), key=lambda s: s.begin)] == ["wound_care", "plan"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | st.lists(st.sampled_from(["PLAN:", "\n", ",", " ", "HPI", ":", "Allergies", "x.", "\r\n",
                                             "ASSESSMENT AND PLAN", "é", "日"]), max_size=40).map("".join))
def test_property_sections_tile_any_text(text):
    secs = DEFAULT.sections(text)
    if not text:
        assert secs == []
        return
    assert secs[0].begin == 0 and secs[-1].end == len(text)
    for a, b in pairwise(secs):
        assert 0 <= a.begin < a.end == b.begin <= len(text)
