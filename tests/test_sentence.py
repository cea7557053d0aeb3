"""SentenceDetector: abbreviations, lists, headers, line breaks, segments, offsets."""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctakes_py import Pipeline
from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.section import SectionAnnotator
from ctakes_py.annotators.sentence import SentenceDetector, SentenceSplitter
from ctakes_py.annotators.tokenizer import tokenize
from ctakes_py.document import create_cas
from ctakes_py.errors import DescriptorError
from ctakes_py.typesystem import SEGMENT, SENTENCE, load_typesystem

NOTES = Path(__file__).parent / "fixtures" / "notes"
TS = load_typesystem()


def make(cls, parameters: dict | None = None):
    annotator = cls()
    annotator.initialize(UimaContext(parameters=parameters or {}, resources={}, typesystem=TS))
    return annotator


SECTIONS = make(SectionAnnotator)
DETECTOR = make(SentenceDetector)


def run(text: str, with_sections: bool = True, detector: SentenceDetector = DETECTOR):
    cas = create_cas(text, TS, "doc")
    if with_sections:
        SECTIONS.process(cas)
    detector.process(cas)
    return cas


def sentences(text: str, with_sections: bool = True, detector: SentenceDetector = DETECTOR) -> list[str]:
    cas = run(text, with_sections, detector)
    return [s.get_covered_text() for s in sorted(cas.select(SENTENCE), key=lambda s: s.begin)]


def note(name: str) -> str:
    return (NOTES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "Dr. Smith saw Mr. Jones and Mrs. Brown today.",
    "Take 1 tab p.o. b.i.d. with food.",
    "Metformin 500 mg p.o. q.d. for diabetes.",
    "Use a long-acting agent, e.g. Lantus, at bedtime.",
    "He has a sulfa allergy, i.e. Bactrim, and no others.",
    "Lesion measured approx. 2.5 cm vs. 3.1 cm last year.",
    "Seen by Dr. J. Smith in clinic.",
    "Give 0.5 mg now.",
])
def test_abbreviations_and_decimals_do_not_split(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("Take 1 tab p.o. b.i.d. Return in 2 weeks.", ["Take 1 tab p.o. b.i.d.", "Return in 2 weeks."]),
    ("Fruits, vegetables, etc. She eats well.", ["Fruits, vegetables, etc.", "She eats well."]),
    ("Dose was increased to 10. Then it was held.", ["Dose was increased to 10.", "Then it was held."]),
    ("Fever? No. Cough? Yes!", ["Fever?", "No.", "Cough?", "Yes!"]),
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    ("Temperature 98.6. Pulse 72.", ["Temperature 98.6.", "Pulse 72."]),
    ("Given vitamin D. Patient tolerated it.", ["Given vitamin D.", "Patient tolerated it."]),
    ("Pain was 8/10. 2 hours later it was 3/10.", ["Pain was 8/10.", "2 hours later it was 3/10."]),
])
def test_terminal_punctuation_splits(text, expected):
    assert sentences(text) == expected


def test_numbered_list_items_are_sentences():
    text = note("discharge_summary.txt")
    got = sentences(text)
    for item in ["1. Congestive heart failure.", "2. Type 2 diabetes mellitus.", "3. Hypertension.",
                 "1. Lisinopril 10 mg p.o. daily.", "2. Furosemide 40 mg p.o. b.i.d.",
                 "3. Metformin 500 mg p.o. b.i.d. with meals."]:
        assert item in got
    # inline list on one line
    assert got[-3:] == ["1. Lisinopril 10 mg daily.", "2. Furosemide 40 mg daily.", "3. Metformin 500 mg b.i.d."]


def test_inline_numbered_list_after_dotted_abbreviation():
    text = "Plan: 1. Metformin 500 mg b.i.d. 2. Aspirin 81 mg daily."
    assert sentences(text, with_sections=False) == ["Plan: 1. Metformin 500 mg b.i.d.", "2. Aspirin 81 mg daily."]


def test_discharge_summary_headers_and_wrapped_lines():
    got = sentences(note("discharge_summary.txt"))
    assert got[:9] == [
        "DISCHARGE SUMMARY",
        "Admission Date:", "03/14/2023",
        "Discharge Date:", "03/18/2023",
        "CHIEF COMPLAINT:", "Shortness of breath.",
        "HISTORY OF PRESENT ILLNESS:",
        ("Mr. Jones is a 67-year-old man with CHF (EF approx. 30%) who presented with 3 days of\n"
         "worsening dyspnea and leg swelling."),
    ]
    assert "He was seen by Dr. Patel in clinic on 03/10/2023." in got
    assert "He reports orthopnea, i.e. he sleeps on 3 pillows." in got
    assert "His creatinine\nrose from 1.1 to 1.4 mg/dL vs. 1.2 at baseline." in got
    assert "Follow up with\nDr. Patel in 1 week." in got  # "with" at line end continues


def test_progress_note_line_breaks():
    got = sentences(note("progress_note.txt"))
    assert got == [
        "Progress Note   Hospital day 2",
        "S:",
        "Pt reports feeling better today.",
        "Slept well overnight, no\nchest pain or palpitations.",
        "Tolerating a regular diet",
        "Ambulating with PT",
        "O:",
        "Vitals:",
        "T 98.6 F, HR 72, BP 128/76, RR 16, SpO2 96% on RA",
        "Gen: alert, oriented, in no acute distress",
        "Lungs: clear to auscultation bilaterally with no wheezes and\nno crackles",
        "A/P:",
        "65 yo F with a history of\nCOPD admitted for exacerbation, improving.",
        "- continue prednisone 40 mg daily",
        "- wean O2 as tolerated",
        "- PT/OT consult",
    ]


def test_mtsamples_commas_are_line_breaks():
    got = sentences(note("mtsamples_style.txt"))
    assert got[:4] == ["PREOPERATIVE DIAGNOSIS:", "Right inguinal hernia.", "POSTOPERATIVE DIAGNOSIS:",
                       "Right inguinal hernia."]
    assert "An incision was made approx. 6 cm above the pubic tubercle." in got
    assert "Vitals:  BP 130/80." in got and "Abdomen:  Soft." in got
    assert got[-1] == "The patient tolerated the procedure well and was taken to recovery in stable condition."


def test_medication_list_bullets_and_contractions():
    got = sentences(note("medication_list.txt"))
    assert "* Atorvastatin 40 mg tablet, 1 tab p.o. q.h.s." in got
    assert "* Albuterol HFA 90 mcg/actuation, 2 puffs q4-6h p.r.n. wheezing" in got
    assert got[-2:] == ["Don't stop metoprolol abruptly.", "Call Dr. O'Brien's office with questions."]


def test_blank_line_always_ends_a_sentence():
    assert sentences("He was seen\n\nby the team", with_sections=False) == ["He was seen", "by the team"]


def test_line_break_modes():
    text = "Denies pain and\nFever resolved\nnot eating"
    assert sentences(text, False) == ["Denies pain and\nFever resolved\nnot eating"]
    always = make(SentenceDetector, {"lineBreakMode": "always"})
    assert sentences(text, False, always) == ["Denies pain and", "Fever resolved", "not eating"]
    blank = make(SentenceDetector, {"lineBreakMode": "blank"})
    assert sentences("Denies pain\nFever resolved\n\nOK", False, blank) == ["Denies pain\nFever resolved", "OK"]
    with pytest.raises(DescriptorError, match="lineBreakMode"):
        make(SentenceDetector, {"lineBreakMode": "sometimes"})


def test_segments_stop_sentences():
    text = "Patient denies pain and\nALLERGIES: none known."
    assert sentences(text, with_sections=False) == ["Patient denies pain and\nALLERGIES:", "none known."]
    cas = run(text)
    got = sorted(cas.select(SENTENCE), key=lambda s: s.begin)
    assert [(s.get_covered_text(), s.segmentId) for s in got] == [
        ("Patient denies pain and", "SIMPLE_SEGMENT"), ("ALLERGIES:", "allergies"), ("none known.", "allergies")]


def test_header_sentences_can_be_switched_off():
    detector = make(SentenceDetector, {"headerSentences": False})
    assert sentences("ASSESSMENT: Stable. Continue meds.", True, detector) == [
        "ASSESSMENT: Stable.", "Continue meds."]
    assert sentences("ASSESSMENT: Stable. Continue meds.") == ["ASSESSMENT:", "Stable.", "Continue meds."]


def test_extra_abbreviations_parameter():
    text = "See Ref. Smith for details."
    assert sentences(text) == ["See Ref.", "Smith for details."]
    detector = make(SentenceDetector, {"abbreviations": ["Ref."]})
    assert sentences(text, True, detector) == [text]


def test_numbers_segment_ids_and_trimmed_offsets():
    text = note("discharge_summary.txt")
    cas = run(text)
    sents = sorted(cas.select(SENTENCE), key=lambda s: s.begin)
    segs = sorted(cas.select(SEGMENT), key=lambda s: s.begin)
    assert [s.sentenceNumber for s in sents] == list(range(len(sents)))
    starts = [g.begin for g in segs]
    for s in sents:
        covered = text[s.begin:s.end]
        assert covered == covered.strip() and covered
        seg = segs[bisect_right(starts, s.begin) - 1]
        assert s.end <= seg.end and s.segmentId == seg.id
    assert next(s for s in sents if s.get_covered_text() == "3. Hypertension.").segmentId == "past_medical_history"


def test_no_segments_means_no_segment_id():
    cas = run("One. Two.", with_sections=False)
    assert [s.segmentId for s in cas.select(SENTENCE)] == [None, None]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n", " , ,\n"])
def test_empty_or_blank_text_has_no_sentences(text):
    assert sentences(text) == []


def test_unicode():
    text = "Patient from Zürich, café naïve. Ça va. 日本語 text. 😀 Smile."
    assert sentences(text) == ["Patient from Zürich, café naïve.", "Ça va.", "日本語 text.", "😀 Smile."]


def test_default_pipeline_descriptor_runs():
    nlp = Pipeline.from_descriptor("default")
    cas = nlp("CHIEF COMPLAINT: Cough.\nHPI: Two days. Dr. Lee saw him.")
    assert [s.get_covered_text() for s in sorted(cas.select(SENTENCE), key=lambda s: s.begin)] == [
        "CHIEF COMPLAINT:", "Cough.", "HPI:", "Two days.", "Dr. Lee saw him."]


_PIECES = st.sampled_from(["Dr.", " ", "\n", "\n\n", "\r\n", ".", ",", ":", "1.", "b.i.d.", "e.g.", "HPI:",
                           "PLAN:", ",ALLERGIES:,", "aspirin", "He", "x", "?", "!", "'", '"', ")", "2.5",
                           "n't", "é", "日", "😀", "- ", "\t", "A."])
SPLITTER = SentenceSplitter()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | st.lists(_PIECES, max_size=40).map("".join))
def test_property_sentences_ordered_trimmed_within_segments_and_token_aligned(text):
    secs = SECTIONS.sections(text)
    spans = SPLITTER.spans(text, [(s.begin, s.end, s.tag_text) for s in secs])
    previous_end = 0
    seg_starts = [s.begin for s in secs]
    tokens = tokenize(text)
    token_starts = [t.begin for t in tokens]
    for begin, end in spans:
        assert 0 <= previous_end <= begin < end <= len(text)
        assert text[begin:end].strip() == text[begin:end]
        seg = secs[bisect_right(seg_starts, begin) - 1]
        assert end <= seg.end
        for pos in (begin, end):  # no token crosses a sentence boundary
            i = bisect_right(token_starts, pos) - 1
            assert i < 0 or tokens[i].begin == pos or tokens[i].end <= pos
        previous_end = end
