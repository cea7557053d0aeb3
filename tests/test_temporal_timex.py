"""TIMEX3 recognition and normalization (lexicons/temporal + ctakes_py.temporal.timex)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.timex import TimeExpressions
from ctakes_py.document import CREATION_TIME, create_cas
from ctakes_py.errors import LexiconError
from ctakes_py.resources import resolve_location
from ctakes_py.temporal.cas import read_timexes
from ctakes_py.temporal.dct import document_creation_time, parse_date
from ctakes_py.temporal.lexicon import load_temporal_lexicon
from ctakes_py.temporal.timex import TimexFinder

DCT = date(2019, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def lexicon():
    return load_temporal_lexicon(resolve_location("lexicons/temporal"))


@pytest.fixture(scope="module")
def finder(lexicon):
    return TimexFinder(lexicon)


def only(finder, text, dct=DCT):
    found = finder.find(text, dct)
    assert len(found) == 1, [(text[t.begin:t.end], t.value) for t in found]
    t = found[0]
    return text[t.begin:t.end], t.timex_class, t.value


@pytest.mark.parametrize("text, span, cls, value", [
    ("seen on 3/14/19 in clinic", "3/14/19", "DATE", "2019-03-14"),
    ("seen on 2019-03-14", "2019-03-14", "DATE", "2019-03-14"),
    ("diagnosed March 2019", "March 2019", "DATE", "2019-03"),
    ("on June 13, 2019", "June 13, 2019", "DATE", "2019-06-13"),
    ("fell 3 days ago", "3 days ago", "DATE", "2019-03-11"),
    ("s/p CABG three years ago", "three years ago", "DATE", "2016"),
    ("moved here last year", "last year", "DATE", "2018"),
    ("started last month", "last month", "DATE", "2019-02"),
    ("CT next week", "next week", "DATE", "2019-W12"),
    ("fever yesterday", "yesterday", "DATE", "2019-03-13"),
    ("pain this morning", "this morning", "TIME", "2019-03-14TMO"),
    ("syncope last night", "last night", "TIME", "2019-03-13TNI"),
    ("ambulating on POD #2", "POD #2", "DATE", "OP+P2D"),
    ("afebrile on HD3", "HD3", "DATE", "ADM+P2D"),
    ("cough x 7 days", "x 7 days", "DURATION", "P7D"),
    ("drip for 48 hours", "48 hours", "DURATION", "PT48H"),
    ("worse over the past week", "the past week", "DURATION", "P1W"),
    ("oxycodone q6h prn", "q6h", "SET", "R/PT6H"),
    ("PSA every 3 months", "every 3 months", "SET", "R/P3M"),
    ("amoxicillin twice daily", "twice daily", "SET", "R2/P1D"),
    ("PT 3 times a week", "3 times a week", "SET", "R3/P1W"),
    ("vomited twice", "twice", "QUANTIFIER", "2X"),
    ("postoperative course", "postoperative", "PREPOSTEXP", ""),
    ("follow up in 2 weeks", "2 weeks", "DATE", "2019-03-28"),
    ("labs in 3 months", "3 months", "DATE", "2019-06"),
    ("since Monday", "Monday", "DATE", "2019-03-11"),
    ("flu shot in October", "October", "DATE", "2018-10"),
    ("given at 14:30", "14:30", "TIME", "2019-03-14T14:30"),
    ("given at 0630", "0630", "TIME", "2019-03-14T06:30"),
    ("born in the 1990s", "the 1990s", "DATE", "199"),
])
def test_clinical_forms(finder, text, span, cls, value):
    assert only(finder, text) == (span, cls, value)


def test_age_expressions_use_the_stated_age(finder):
    text = "67 yo M with diabetes since age 50, smoked in his 40s."
    found = {text[t.begin:t.end]: t.value for t in finder.find(text, DCT)}
    assert found["age 50"] == "2002"          # born ~1952
    assert found["his 40s"] == "1992/2001"


def test_age_without_a_stated_age_is_unknown(finder):
    assert only(finder, "appendectomy at age 12") == ("age 12", "DATE", "XXXX")


def test_year_without_anchor_and_relative_without_dct(finder):
    assert only(finder, "diagnosed in 2015", dct=None) == ("2015", "DATE", "2015")
    assert only(finder, "3 days ago", dct=None)[2] == "XXXX"


def test_pain_scores_doses_and_impossible_dates_are_not_times(finder):
    assert finder.find("Pain 3/10 today"[:9], DCT) == []
    assert finder.find("insulin 2000 units", DCT) == []
    assert finder.find("seen 2/30/2019", DCT) == []


@pytest.mark.parametrize("text", [
    "This is a 66-year-old gentleman", "Once this was done, the flap", "once again irrigated",
    "a 3/6 systolic murmur", "The patient is 5-1/2", "female at 13 weeks by her LMP",
    "approximately 15-week anteverted uterus", "saturation dropped to the 80s", "HR: 72",
])
def test_not_time_expressions(finder, text):
    assert [text[t.begin:t.end] for t in finder.find(text, DCT)] == []


def test_two_digit_year_pivots_on_the_dct(finder):
    assert only(finder, "on 3/2/98")[2] == "1998-03-02"
    assert only(finder, "on 3/2/20", dct=date(2019, 3, 14))[2] == "2020-03-02"


def test_longest_match_wins(finder):
    text = "twice a day for 2 weeks"
    assert [(text[t.begin:t.end], t.timex_class) for t in finder.find(text, DCT)] == [
        ("twice a day", "SET"), ("2 weeks", "DURATION")]


def test_dct_order_metadata_header_default(lexicon):
    text = "Date of service: 03/14/2019\nSeen today."
    assert document_creation_time(text, "2020-01-02", lexicon) == (date(2020, 1, 2), "metadata")
    assert document_creation_time(text, None, lexicon) == (date(2019, 3, 14), "header")
    assert document_creation_time("Seen today.", None, lexicon, "2018-05-06") == (date(2018, 5, 6), "default")
    assert document_creation_time(text, None, lexicon, use_header=False) == (None, None)
    assert parse_date("March 14, 2019") == date(2019, 3, 14)
    assert parse_date("not a date") is None


def test_bad_pattern_row_names_file_and_row(tmp_path, lexicon):
    src = Path(resolve_location("lexicons/temporal"))
    for name in ("words.tsv", "dct_headers.tsv", "patient_age.tsv"):
        (tmp_path / name).write_text((src / name).read_text())
    (tmp_path / "timex_patterns.tsv").write_text("DATE\tdate\t\\b(?P<y>\\d{4}\n")
    with pytest.raises(LexiconError) as err:
        load_temporal_lexicon(tmp_path)
    assert "timex_patterns.tsv" in str(err.value)
    (tmp_path / "timex_patterns.tsv").write_text("WHEN\tdate\t\\d\n")
    with pytest.raises(LexiconError):
        load_temporal_lexicon(tmp_path)


def test_annotator_writes_time_mentions(typesystem):
    annotator = TimeExpressions()
    annotator.initialize(UimaContext(parameters={}, resources={}, typesystem=typesystem))
    cas = create_cas("Started metformin 3 days ago.", typesystem, "d1", {CREATION_TIME: "2019-03-14"})
    annotator.process(cas)
    [(fs, t)] = read_timexes(cas)
    assert (fs.get_covered_text(), fs.timeClass, fs.time.normalizedForm) == ("3 days ago", "DATE", "2019-03-11")


def test_annotator_default_creation_time(typesystem):
    annotator = TimeExpressions()
    annotator.initialize(UimaContext(parameters={"defaultCreationTime": "2020-01-10"}, resources={},
                                     typesystem=typesystem))
    cas = create_cas("Fever yesterday.", typesystem, "d1")
    annotator.process(cas)
    assert [t.value for _, t in read_timexes(cas)] == ["2020-01-09"]
