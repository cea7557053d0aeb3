"""Assertion scope tests only the triggers that can reach a finding (SentenceScope.reachable),
which must decide exactly what testing every trigger of the sentence decides."""
from __future__ import annotations

import random

import pytest

from ctakes_py import Pipeline
from ctakes_py.assertion.scope import SentenceScope
from ctakes_py.typesystem import IDENTIFIED_ANNOTATION

PHRASES = ["no fever", "denies chest pain", "possible pneumonia", "history of diabetes", "her mother had asthma",
           "cough resolved", "rash was ruled out", "if nausea returns", "Family history: stroke", "and", "but",
           "headache, vomiting or dizziness", "risk of bleeding", "without edema", "patient reports back pain"]


def _assertions(nlp, text):
    cas = nlp(text)
    return [(m.begin, m.end, m.polarity, m.uncertainty, m.conditional, m.generic, m.subject, m.historyOf)
            for m in cas.select(IDENTIFIED_ANNOTATION)]


@pytest.mark.parametrize("seed", range(3))
def test_reachable_triggers_decide_like_all_triggers(seed, monkeypatch):
    rng = random.Random(seed)
    text = " ".join(rng.choice(PHRASES) for _ in range(300))      # one run-on sentence
    nlp = Pipeline.from_descriptor("default")
    fast = _assertions(nlp, text)
    monkeypatch.setattr(SentenceScope, "reachable", lambda self, begin, end: list(self._matches))
    full = _assertions(nlp, text)
    assert fast == full
    assert sum(1 for a in fast if a[2] == -1) > 10 and any(a[6] == "family_member" for a in fast)
