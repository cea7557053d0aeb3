"""``ctakes-py train re --format brat``: a relation model from brat gold (n2c2-2018-style
medication fixtures: Strength-Drug, Route-Drug... relations), scored by ``evaluate re``."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.eval.cli import evaluate
from ctakes_py.relation.cli import re_command

FIXTURES = Path(__file__).parent / "fixtures" / "medication"
STRENGTH = "org.apache.ctakes.typesystem.type.textsem.MedicationStrengthModifier"
DRUG = "org.apache.ctakes.typesystem.type.textsem.MedicationMention"


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> tuple[Path, Path]:
    """Two thirds of the fixture notes to train on, the rest to score."""
    root = tmp_path_factory.mktemp("brat")
    train, test = root / "train", root / "test"
    for folder in (train, test):
        folder.mkdir()
    for i, ann in enumerate(sorted(FIXTURES.glob("syn_*.ann"))):
        folder = test if i % 3 == 2 else train
        shutil.copy(ann, folder)
        shutil.copy(ann.with_suffix(".txt"), folder)
    return train, test


def _train(train: Path, out: Path, *args: str):
    return CliRunner().invoke(re_command, ["--format", "brat", "--train", str(train), "--out", str(out),
                                           "--pipeline", "text", *args])


def test_brat_model_learns_strength_drug_links(split, tmp_path):
    train, test = split
    result = _train(train, tmp_path / "model", "--category", "Strength-Drug", "--dev", str(test))
    assert result.exit_code == 0, result.output
    card = json.loads((tmp_path / "model" / "card.json").read_text(encoding="utf-8"))
    config = card["config"]
    # argument types and roles come from the brat labels of the relation's arguments
    assert (config["arg1_types"], config["arg2_types"]) == ([STRENGTH], [DRUG])
    assert (config["arg1_role"], config["arg2_role"]) == ("Strength", "Drug")
    assert card["training"]["data"]["relations"] > 50
    report = tmp_path / "scores.json"
    scored = CliRunner().invoke(evaluate, ["re", "--gold", str(test), "--model", str(tmp_path / "model"),
                                           "--relations", "Strength-Drug", "--json", str(report)])
    assert scored.exit_code == 0, scored.output
    strict = json.loads(report.read_text(encoding="utf-8"))["strict"]["Strength-Drug"]
    assert strict["tp"] + strict["fn"] > 20
    assert strict["f1"] >= 0.85           # a strength links to the drug next to it


def test_several_relation_labels_need_a_category(split, tmp_path):
    train, _ = split
    result = _train(train, tmp_path / "model")
    assert result.exit_code != 0 and "--category" in result.output and "Strength-Drug" in result.output
    result = _train(train, tmp_path / "model", "--category", "Causes")
    assert result.exit_code != 0 and "no 'Causes' relation" in result.output
    result = _train(train, tmp_path / "model", "--category", "Strength-Drug", "--entity-types", "Drug")
    assert result.exit_code != 0 and "--entity-types" in result.output
