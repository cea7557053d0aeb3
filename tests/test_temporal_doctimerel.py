"""DocTimeRel: DCT comparison, features, rules, the stored linear model and the annotator."""
from __future__ import annotations

from datetime import date

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.doctimerel import DocTimeRel
from ctakes_py.annotators.timex import TimeExpressions
from ctakes_py.document import CREATION_TIME, create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.resources import resolve_location
from ctakes_py.temporal.cas import get_doctimerel
from ctakes_py.temporal.doctimerel import (
    AFTER,
    BEFORE,
    BEFORE_OVERLAP,
    OVERLAP,
    EventContext,
    LinearModel,
    features,
    load_doctimerel_lexicon,
    relation_to_dct,
    rule_label,
    train,
)
from ctakes_py.temporal.timex import Timex
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SEGMENT, SENTENCE

DCT = date(2019, 3, 14)


@pytest.fixture(scope="module")
def cues():
    return load_doctimerel_lexicon(resolve_location("lexicons/temporal"))


@pytest.mark.parametrize("value, expected", [
    ("2015", "before"), ("2019", "same"), ("2019-02", "before"), ("2019-03-14", "same"),
    ("2019-03-15", "after"), ("2019-W11", "same"), ("2019-W12", "after"), ("2019-03-14TMO", "same"),
    ("PAST_REF", "before"), ("P7D", None), ("XXXX", None), ("", None),
])
def test_relation_to_dct(value, expected):
    assert relation_to_dct(value, DCT) == expected


def label_of(cues, text, event, section=None, timexes=(), history_of=0, kind="disorder"):
    begin = text.index(event)
    ctx = EventContext(text, begin, begin + len(event), kind, (0, len(text)), section, history_of, 1,
                       list(timexes), DCT)
    return rule_label(features(ctx, cues))


def test_rules_read_tense_section_and_times(cues):
    assert label_of(cues, "Plan: start atorvastatin.", "atorvastatin", "plan", kind="medication") == AFTER
    assert label_of(cues, "hypertension, asthma", "asthma", "past_medical_history") == BEFORE_OVERLAP
    assert label_of(cues, "appendectomy as a child", "appendectomy", "past_surgical_history",
                    kind="procedure") == BEFORE
    assert label_of(cues, "Reports cough x 3 days", "cough", "history_present_illness",
                    [Timex(14, 22, "DURATION", "P3D", 0)], kind="symptom") == BEFORE_OVERLAP
    assert label_of(cues, "Denies chest pain.", "chest pain", "review_of_systems", kind="symptom") == OVERLAP
    text = "She had a fever yesterday"
    assert label_of(cues, text, "fever", None, [Timex(16, 25, "DATE", "2019-03-13", 0)], kind="symptom") == BEFORE
    text = "MRI of the spine tomorrow"
    assert label_of(cues, text, "MRI", None, [Timex(17, 25, "DATE", "2019-03-15", 0)], kind="procedure") == AFTER


def test_time_outside_the_clause_does_not_decide(cues):
    text = "Hypertension diagnosed last year, on lisinopril daily"
    t = Timex(23, 32, "DATE", "2018", 0)
    assert label_of(cues, text, "lisinopril", None, [t], kind="medication") == OVERLAP
    assert label_of(cues, text, "Hypertension", None, [t]) == BEFORE_OVERLAP


def test_linear_model_round_trip(tmp_path):
    xs = [{"a": 1.0}, {"b": 1.0}, {"c": 1.0}] * 5
    ys = [BEFORE, AFTER, OVERLAP] * 5
    model = train(xs, ys, c=10.0)
    assert [model.predict(x) for x in xs[:3]] == ys[:3]
    path = tmp_path / "m.json"
    model.save(path)
    again = LinearModel.load(path)
    assert [again.predict(x) for x in xs[:3]] == ys[:3]
    path.write_text("{not json")
    with pytest.raises(ResourceError):
        LinearModel.load(path)


def _annotated_cas(typesystem, text, mentions, sections):
    cas = create_cas(text, typesystem, "d", {CREATION_TIME: "2019-03-14"})
    Sentence, Segment = typesystem.get_type(SENTENCE), typesystem.get_type(SEGMENT)
    begin = 0
    for line in text.split("\n"):
        cas.add(Sentence(begin=begin, end=begin + len(line)))
        begin += len(line) + 1
    for sid, b, e in sections:
        cas.add(Segment(begin=b, end=e, id=sid))
    for type_name, word in mentions:
        b = text.index(word)
        cas.add(typesystem.get_type(type_name)(begin=b, end=b + len(word), polarity=1))
    return cas


@pytest.mark.parametrize("use_model", [False, True])
def test_annotator_sets_event_properties(typesystem, tmp_path, use_model):
    text = "PMH: asthma.\nStarted metformin last month.\nPlan: colonoscopy next year."
    cas = _annotated_cas(typesystem, text,
                         [(DISEASE_DISORDER_MENTION, "asthma"), (MEDICATION_MENTION, "metformin")],
                         [("past_medical_history", 0, 12), ("history_present_illness", 13, 42),
                          ("plan", 43, len(text))])
    ctx = UimaContext(parameters={}, resources={}, typesystem=typesystem)
    timex = TimeExpressions()
    timex.initialize(ctx)
    timex.process(cas)
    resources = {}
    if use_model:  # a model that always says AFTER, to show the model replaces the rules
        LinearModel([AFTER, OVERLAP], ["bias"], [[0.0]], [-5.0]).save(tmp_path / "m.json")
        resources = {"model": tmp_path / "m.json"}
    annotator = DocTimeRel()
    annotator.initialize(UimaContext(parameters={"useModel": use_model}, resources=resources, typesystem=typesystem))
    annotator.process(cas)
    labels = {m.get_covered_text(): get_doctimerel(m) for m in cas.select(DISEASE_DISORDER_MENTION)}
    labels.update({m.get_covered_text(): get_doctimerel(m) for m in cas.select(MEDICATION_MENTION)})
    if use_model:
        assert labels == {"asthma": AFTER, "metformin": AFTER}
    else:
        assert labels == {"asthma": BEFORE_OVERLAP, "metformin": BEFORE_OVERLAP}
