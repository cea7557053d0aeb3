"""Assertion: a finding said to be gone ("has resolved", "has subsided") is negated; one that
is still (partly) there ("has not resolved", "partially resolved", "not controlled") is not."""
from __future__ import annotations

import pytest

from ctakes_py.pipeline import Pipeline
from tests.test_assertion import analyse, make_annotator  # noqa: F401  (shared helpers)


@pytest.fixture(scope="module")
def text_nlp() -> Pipeline:
    return Pipeline.from_descriptor("text")


@pytest.fixture(scope="module")
def annotator(text_nlp):
    return make_annotator(text_nlp.typesystem)


@pytest.mark.parametrize("text,target", [
    ("Abdominal pain has resolved.", "Abdominal pain"),
    ("Hyponatremia, now resolved.", "Hyponatremia"),
    ("Her cough has cleared.", "cough"),
    ("The headache has subsided.", "headache"),
    ("His palpitations went away after he stopped caffeine.", "palpitations"),
])
def test_gone_findings_are_negated(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.polarity == -1


@pytest.mark.parametrize("text,target", [
    ("Her edema has not resolved despite diuresis.", "edema"),
    ("Still has dyspnea that has not fully resolved.", "dyspnea"),
    ("Cellulitis, partially resolved, continue cephalexin.", "Cellulitis"),
    ("Findings are consistent with resolving pneumonia.", "pneumonia"),
    ("Headache is slowly resolving with rest.", "Headache"),
    ("Persistent hypokalemia, unresolved despite repletion.", "hypokalemia"),
    ("The course was complicated by delirium, which resolved by discharge.", "delirium"),
    ("Pain was not controlled with oxycodone.", "Pain"),
    ("Anxiety was not addressed at this visit.", "Anxiety"),
])
def test_present_findings_stay_affirmed(text_nlp, annotator, text, target):
    _, (mention,) = analyse(text_nlp, annotator, text, target)
    assert mention.polarity == 1


def test_resolved_cue_is_recorded(text_nlp, annotator):
    cas, (mention,) = analyse(text_nlp, annotator, "Fever has resolved.", "Fever")
    cues = [c.get_covered_text() for c in cas.select("ctakes_py.type.AssertionCue")]
    assert mention.polarity == -1 and "resolved" in cues
