"""Disease base rates for CID candidates (pair knowledge backed off to any chemical)."""
from ctakes_py.relation.cid_rates import disease_rates, rate_features, rate_key


def test_disease_rates_count_abstracts_not_pairs():
    docs = [[(("C1", "D1"), 1), (("C2", "D1"), 1), (("C1", "D2"), 0)],   # D1 caused twice in one abstract
            [(("C3", "D1"), 0), (("C3", "D2"), 0)],
            [(("C4", "D2"), 1)]]
    rates = disease_rates(docs)
    assert rates == {rate_key("D1"): [1, 1], rate_key("D2"): [1, 2]}


def test_rate_features_bucket_the_share_and_leave_the_own_abstract_out():
    counts = {rate_key("D1"): [3, 1], rate_key("D2"): [1, 0]}
    f = {}
    rate_features(f, "D1", counts)
    assert f == {"kd:rate=3|2-4": 1.0}                    # 3 of 4 abstracts
    f = {}
    rate_features(f, "D1", counts, own_label=0)
    assert f == {"kd:rate=4|2-4": 1.0}                    # 3 of 3 once its own is left out
    f = {}
    rate_features(f, "D2", counts, own_label=1)
    assert f == {"kd:unseen": 1.0}                        # only its own abstract knew it
    f = {}
    rate_features(f, "D9", counts)
    assert f == {"kd:unseen": 1.0}
