"""Event-time TLINKs: the linker on sentences and the TemporalLinks annotator."""
from __future__ import annotations

from datetime import date

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.timex import TimeExpressions
from ctakes_py.annotators.tlink import TemporalLinks
from ctakes_py.document import CREATION_TIME, create_cas
from ctakes_py.resources import resolve_location
from ctakes_py.temporal.cas import TEMPORAL_TEXT_RELATION
from ctakes_py.temporal.lexicon import load_temporal_lexicon
from ctakes_py.temporal.timex import TimexFinder
from ctakes_py.temporal.tlink import Span, TLinker, load_tlink_cues
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SENTENCE

FOLDER = resolve_location("lexicons/temporal")


@pytest.fixture(scope="module")
def finder():
    return TimexFinder(load_temporal_lexicon(FOLDER))


@pytest.fixture(scope="module")
def linker():
    return TLinker(load_tlink_cues(FOLDER / "tlink_cues.tsv"))


def links(finder, linker, text, events, drugs=()):
    spans = [Span(text.index(e), text.index(e) + len(e), e in drugs) for e in events]
    times = finder.find(text, date(2019, 3, 14))
    return sorted((events[k.event], text[times[k.timex].begin:times[k.timex].end], k.category)
                  for k in linker.link(text, (0, len(text)), spans, times))


@pytest.mark.parametrize("text, events, expected", [
    ("Diagnosed with diabetes in 2015.", ["diabetes"], [("diabetes", "2015", "CONTAINS")]),
    ("Asthma since 2019.", ["Asthma"], [("Asthma", "2019", "BEGINS-ON")]),
    ("Started metformin on 3/2.", ["metformin"], [("metformin", "3/2", "BEGINS-ON")]),
    ("Stopped sertraline in May 2018.", ["sertraline"], [("sertraline", "May 2018", "ENDS-ON")]),
    ("Tamoxifen until 2015.", ["Tamoxifen"], [("Tamoxifen", "2015", "ENDS-ON")]),
    ("Cough x 7 days.", ["Cough"], [("Cough", "x 7 days", "OVERLAP")]),
    ("Chest pain prior to 3/2.", ["Chest pain"], [("Chest pain", "3/2", "BEFORE")]),
    ("In 2015, she had a stroke.", ["stroke"], [("stroke", "2015", "CONTAINS")]),
])
def test_common_patterns(finder, linker, text, events, expected):
    assert links(finder, linker, text, events) == expected


def test_clause_breaks_and_drug_preference(finder, linker):
    assert links(finder, linker, "Continue sertraline, follow up in 6 weeks.", ["sertraline"]) == []
    text = "oxycodone 5 mg q6h prn pain x 5 days"
    assert links(finder, linker, text, ["oxycodone", "pain"], drugs=("oxycodone",)) == [
        ("oxycodone", "q6h", "OVERLAP"), ("oxycodone", "x 5 days", "OVERLAP")]
    assert links(finder, linker, "Called today reporting diarrhea.", ["diarrhea"]) == []


def test_annotator_writes_relations_and_medication_dates(typesystem):
    text = "Started metformin last month. Asthma since 2015."
    cas = create_cas(text, typesystem, "d", {CREATION_TIME: "2019-03-14"})
    cas.add(typesystem.get_type(SENTENCE)(begin=0, end=29))
    cas.add(typesystem.get_type(SENTENCE)(begin=30, end=len(text)))
    drug = typesystem.get_type(MEDICATION_MENTION)(begin=8, end=17)
    cas.add(drug)
    cas.add(typesystem.get_type(DISEASE_DISORDER_MENTION)(begin=30, end=36))
    ctx = UimaContext(parameters={}, resources={}, typesystem=typesystem)
    for annotator in (TimeExpressions(), TemporalLinks()):
        annotator.initialize(ctx)
        annotator.process(cas)
    found = sorted((r.category, r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text())
                   for r in cas.select(TEMPORAL_TEXT_RELATION))
    assert found == [("BEGINS-ON", "Asthma", "2015"), ("BEGINS-ON", "metformin", "last month")]
    assert drug.startDate.get_covered_text() == "last month"
    assert drug.startDate.time.normalizedForm == "2019-02"
    assert drug.endDate is None
