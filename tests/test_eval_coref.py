"""Coreference scorers against published worked examples.

Example A: Pradhan et al. 2014 ("Scoring Coreference Partitions of Predicted Mentions: A
Reference Implementation"), Figure 1: key {a,b,c} {d,e,f,g}; response {a,b} {c,d}
{f,g,h,i} (twinless mentions e, h, i). The paper reports MUC 40.0/40.0/40.0,
B-cubed R 41.67 P 50.0 F 45.45, CEAF-e R 65.0 P 43.33 F 52.0, BLANC R 44.44 P 32.50
F 36.76.

Example B: Vilain et al. 1995: key {A,B,C,D}, response {A,B} {C,D}: MUC recall 2/3,
precision 1.
"""
from __future__ import annotations

import pytest

from ctakes_py.eval.coref import CorefScores, b_cubed, blanc, ceaf_e, muc, score

KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def approx(value: float) -> object:
    return pytest.approx(value, abs=5e-5)


def test_muc_pradhan_example():
    s = muc(KEY, RESPONSE)
    assert (s.recall, s.precision, s.f1) == (approx(0.4), approx(0.4), approx(0.4))


def test_b_cubed_pradhan_example():
    s = b_cubed(KEY, RESPONSE)
    assert (s.recall, s.precision, s.f1) == (approx(0.41667), approx(0.5), approx(0.45455))


def test_ceaf_e_pradhan_example():
    s = ceaf_e(KEY, RESPONSE)
    assert (s.recall, s.precision, s.f1) == (approx(0.65), approx(0.43333), approx(0.52))


def test_blanc_pradhan_example():
    s = blanc(KEY, RESPONSE)
    assert (s.recall, s.precision, s.f1) == (approx(0.44444), approx(0.325), approx(0.36765))


def test_conll_is_the_mean_of_muc_b_cubed_ceaf_e():
    s = CorefScores.empty().add(KEY, RESPONSE)
    assert s.conll == approx((0.4 + 0.45455 + 0.52) / 3)


def test_muc_vilain_example():
    s = muc([{"A", "B", "C", "D"}], [{"A", "B"}, {"C", "D"}])
    assert s.recall == approx(2 / 3) and s.precision == approx(1.0)


def test_identical_partitions_score_one_and_singletons_count_outside_muc():
    key = [{1, 2, 3}, {4}, {5, 6}]
    s = CorefScores.empty().add(key, key)
    assert (s.muc.f1, s.b_cubed.f1, s.ceaf_e.f1, s.blanc.f1, s.conll) == (1.0, 1.0, 1.0, 1.0, 1.0)
    merged = CorefScores.empty().add(key, [{1, 2, 3, 4}, {5, 6}])
    assert merged.muc.recall == 1.0 and merged.muc.precision < 1.0
    assert merged.b_cubed.precision < 1.0 and merged.ceaf_e.f1 < 1.0


def test_scores_add_counts_over_documents():
    one = CorefScores.empty().add(KEY, RESPONSE)
    two = score([(KEY, RESPONSE), ([{"x", "y"}], [{"x", "y"}])])
    assert two.documents == 2
    assert two.muc.recall_num == one.muc.recall_num + 1 and two.muc.recall_den == one.muc.recall_den + 1
    assert two.muc.f1 > one.muc.f1


def test_a_mention_in_two_clusters_is_refused():
    with pytest.raises(ValueError):
        muc([{1, 2}, {2, 3}], [{1}])


def test_empty_response_scores_zero():
    s = CorefScores.empty().add(KEY, [])
    assert s.muc.f1 == 0.0 and s.b_cubed.recall == 0.0 and s.ceaf_e.f1 == 0.0
    assert "CoNLL" in s.table()


def test_phenotype_scorer_normalizes_family_role_spelling():
    from ctakes_py.eval.phenotype import role_key, score_phenotypes
    assert role_key("Maternal_Aunt") == role_key("maternal  aunt") == role_key("maternal-aunt") == "maternal aunt"
    gold = {"n1": {"patient": ["asthma"], "family": {"maternal aunt": ["breast cancer"], "father": []}}}
    pred = {"n1": {"patient": ["asthma"], "family": {"maternal_aunt": ["breast cancer"], "Father": []}}}
    scores = score_phenotypes(gold, pred)
    assert (scores.family.tp, scores.family.fp, scores.family.fn) == (1, 0, 0)
    wrong = {"n1": {"patient": [], "family": {"paternal_aunt": ["breast cancer"]}}}
    scores = score_phenotypes(gold, wrong)
    assert (scores.family.tp, scores.family.fp, scores.family.fn) == (0, 1, 1)
