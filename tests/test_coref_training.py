"""Training the mention-pair model from brat Coref relations; the model file format; the
``coref`` training command; the shipped model."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.coref.cli import coref
from ctakes_py.coref.corpus import read_corpus
from ctakes_py.coref.features import FEATURES
from ctakes_py.coref.model import PairModel
from ctakes_py.coref.resolver import CorefResolver
from ctakes_py.coref.training import train, training_pairs
from ctakes_py.errors import ResourceError

REPO = Path(__file__).resolve().parents[1]
TRAIN = REPO / "tests" / "coref_corpus" / "train"
SHIPPED = REPO / "models" / "coref" / "pair_model.json"


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("coref_train")
    for name in ("cp_own_01", "cp_own_03", "cp_own_13", "cp_own_16", "cp_own_21", "cp_own_34"):
        for ext in (".txt", ".ann"):
            shutil.copy(TRAIN / f"{name}{ext}", folder / f"{name}{ext}")
    return folder


def test_pairs_come_with_gold_labels(small_corpus):
    rows, labels = training_pairs(read_corpus(small_corpus), CorefResolver())
    assert rows and len(rows) == len(labels)
    assert all(len(x) == len(FEATURES) for x in rows)
    assert set(labels) == {0, 1}


def test_train_writes_a_loadable_model_and_card(small_corpus, tmp_path):
    model = train([small_corpus], tmp_path / "m.json", pipeline_name=None)
    loaded = PairModel.load(tmp_path / "m.json")
    assert loaded.coef == model.coef and loaded.training["documents"] == 6
    card = json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))
    assert card["training"]["pairs"] == model.training["pairs"]
    # rank 0 (the sieve ranking's first choice) is evidence for coreference
    assert model.coef[FEATURES.index("rank_0")] > model.coef[FEATURES.index("rank_2plus")]


def test_cli_command(small_corpus, tmp_path):
    out = tmp_path / "cli" / "pair_model.json"
    result = CliRunner().invoke(coref, ["-i", str(small_corpus), "-o", str(out), "--pipeline", "text"])
    assert result.exit_code == 0, result.output
    assert "6 document(s)" in result.output and out.exists() and (out.parent / "card.json").exists()


def test_model_files_are_checked(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "ctakes_py.coref.pair_model/1", "features": ["x"], "coef": [1.0],
                               "intercept": 0.0}), encoding="utf-8")
    with pytest.raises(ResourceError):
        PairModel.load(bad)
    (tmp_path / "pickle.json").write_bytes(b"\x80\x04K\x01.")
    with pytest.raises(ResourceError):
        PairModel.load(tmp_path / "pickle.json")


def test_shipped_model_matches_the_features():
    model = PairModel.load(SHIPPED)
    assert len(model.coef) == len(FEATURES)
    assert 0.0 < model.probability([0.0] * len(FEATURES)) < 1.0
