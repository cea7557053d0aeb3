"""Markov scoring of alternative CRF spans (ctakes_py.ner.soft, spanScore=markov)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.errors import ResourceError
from ctakes_py.ner.soft import MARKOV, PRODUCT, SoftCrfNer, marginal_spans
from ctakes_py.typesystem import load_typesystem

ROOT = Path(__file__).resolve().parents[1]

TOKENS = [(0, 6), (7, 11), (12, 16), (17, 22)]          # "severe skin rash after"


def _m(b: dict[str, float]) -> dict[str, float]:
    return {"O": 1.0 - sum(b.values()), **b}


MARGS = [_m({"B-Disease": 0.4}), _m({"B-Disease": 0.5, "I-Disease": 0.4}), _m({"I-Disease": 0.9}), _m({})]


def _spans(method: str, threshold: float = 0.1) -> dict[tuple[int, int], float]:
    return {(e.begin, e.end): e.confidence
            for e in marginal_spans(TOKENS, MARGS, [(0, 4)], ["Disease"], threshold, method)}


def test_markov_conditions_each_token_on_the_previous_one():
    # I at "skin" (0.4) can only follow B at "severe" (0.4): given "severe" starts a span it
    # continues (ratio 1), so "severe" alone scores 0 and "severe skin rash" keeps 0.4
    assert _spans(MARKOV) == pytest.approx({(0, 16): 0.4, (7, 16): 0.5})
    # the independent product instead multiplies the marginals
    assert _spans(PRODUCT) == pytest.approx({(0, 16): 0.144, (7, 16): 0.45, (0, 6): 0.24})


def test_markov_ratio_below_one_splits_the_mass():
    margs = [_m({"B-Disease": 0.8}), _m({"I-Disease": 0.2}), _m({}), _m({})]
    spans = {(e.begin, e.end): e.confidence
             for e in marginal_spans(TOKENS, margs, [(0, 4)], ["Disease"], 0.01, MARKOV)}
    # P(I at 1 | span at 0) = 0.2 / 0.8: "severe" 0.8 * 0.75, "severe skin" 0.8 * 0.25
    assert spans == pytest.approx({(0, 6): 0.6, (0, 11): 0.2})
    assert not marginal_spans(TOKENS, margs, [(0, 4)], ["Disease"], 0.7, MARKOV)


def test_shipped_ade_crf_uses_markov_scores_and_rejects_unknown_ones(tmp_path):
    from ctakes_py.descriptor import parse_descriptor

    description = parse_descriptor("annotators/CrfNerAde")
    assert {p.name for p in description.parameters} == {p.name for p in SoftCrfNer.parameters}
    assert description.settings["spanScore"].value == MARKOV
    annotator = SoftCrfNer()
    with pytest.raises(ResourceError, match="spanScore"):
        annotator.initialize(UimaContext(parameters={"spanScore": "sum"},
                                         resources={"model": ROOT / "models" / "ade" / "ner"},
                                         typesystem=load_typesystem()))
