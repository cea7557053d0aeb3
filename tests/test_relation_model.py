"""Relation model: JSON weights (no pickle), scikit-learn agreement, thresholds."""
import json
import math

import numpy as np
import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.relation.model import CARD_FILE, MODEL_FILE, RelationConfig, RelationModel
from ctakes_py.relation.training import best_threshold, fit

CONFIG = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention"], "Drug", "AdverseEffect")


def _data():
    rng = np.random.default_rng(0)
    X, y = [], []
    for _ in range(200):
        label = int(rng.random() < 0.4)
        f = {"bias": 1.0, f"noise={int(rng.integers(5))}": 1.0}
        if label or rng.random() < 0.1:
            f["trig_between=induced"] = 1.0
        X.append(f)
        y.append(label)
    return X, y


def test_probabilities_match_scikit_learn():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = _data()
    model = fit(X, y, CONFIG, c=1.0)
    vec = DictVectorizer()
    dense = vec.fit_transform(X).toarray()
    clf = LogisticRegression(C=1.0, solver="liblinear", max_iter=500).fit(dense, y)
    expected = clf.predict_proba(dense)[:, 1]
    ours = [model.probability(x) for x in X]
    assert np.allclose(ours, expected, atol=1e-6)
    assert model.probability({"trig_between=induced": 1.0, "bias": 1.0}) > 0.5 > model.probability({"bias": 1.0})


def test_save_load_round_trip_is_plain_json(tmp_path):
    X, y = _data()
    model = fit(X, y, CONFIG)
    model.threshold = 0.37
    model.names = {"cocaine": "D003042"}
    model.save(tmp_path, {"task": "ADE"})
    data = json.loads((tmp_path / MODEL_FILE).read_text())
    assert data["format"] == "ctakes-py-relation-logreg"
    card = json.loads((tmp_path / CARD_FILE).read_text())
    assert card["task"] == "ADE" and card["threshold"] == 0.37 and len(card["files"][MODEL_FILE]) == 64
    again = RelationModel.load(tmp_path)
    assert again.config == CONFIG and again.threshold == 0.37 and again.names == {"cocaine": "D003042"}
    assert [again.probability(x) for x in X[:20]] == [model.probability(x) for x in X[:20]]


def test_load_refuses_other_files(tmp_path):
    with pytest.raises(ResourceError):
        RelationModel.load(tmp_path)
    (tmp_path / MODEL_FILE).write_text(json.dumps({"format": "pickle"}))
    with pytest.raises(ResourceError):
        RelationModel.load(tmp_path)


def test_fit_needs_both_classes():
    with pytest.raises(ValueError):
        fit([{"a": 1.0}, {"b": 1.0}], [1, 1], CONFIG)


def test_best_threshold_maximizes_f1():
    probs = [0.9, 0.8, 0.6, 0.4, 0.2]
    labels = [1, 1, 0, 1, 0]
    threshold, f1 = best_threshold(probs, labels)
    assert 0.2 < threshold < 0.6
    assert math.isclose(f1, 2 * 3 / (4 + 3))
    _, with_missed = best_threshold(probs, labels, extra_fn=3)
    assert with_missed < f1
