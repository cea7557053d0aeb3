"""`ctakes-py evaluate cid` (BC5CDR-style document-level concept pairs) and `train re --recipe cid`."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.document import create_cas
from ctakes_py.eval.cli import evaluate
from ctakes_py.relation.cid_folder import CID_C
from ctakes_py.relation.cli import re_command
from ctakes_py.relation.evaluation import concept_error_lines, concept_pairs
from ctakes_py.relation.normalization import load_names
from ctakes_py.typesystem import BINARY_TEXT_RELATION, RELATION_ARGUMENT, load_typesystem

GOLD = Path(__file__).parent / "fixtures" / "relation" / "cid.PubTator"


@pytest.fixture(scope="module")
def cid_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("models") / "cid"
    result = CliRunner().invoke(re_command, ["--format", "pubtator", "--train", str(GOLD), "--out", str(out),
                                             "--pipeline", "text", "--arg2-types", "DiseaseDisorderMention",
                                             "--c", "10"])
    assert result.exit_code == 0, result.output
    return out


def test_gold_entities_scores_errors_and_json(cid_model, tmp_path):
    errors, report = tmp_path / "errors.tsv", tmp_path / "scores.json"
    result = CliRunner().invoke(evaluate, ["cid", "--gold", str(GOLD), "--model", str(cid_model),
                                           "--errors", str(errors), "--json", str(report)])
    assert result.exit_code == 0, result.output
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["documents"] == 2
    counts = scores["gold_entities"]
    assert counts["tp"] + counts["fn"] == 3            # the fixture's three CID pairs
    assert counts["tp"] >= 2                            # a model trained on these two abstracts recovers them
    lines = errors.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "kind\tdoc\tconcept1\tconcept2\ttitle"
    assert len(lines) - 1 == counts["fp"] + counts["fn"]
    assert "CID gold entities" in result.output


def test_end_to_end_pipeline_without_relations_misses_every_pair(tmp_path):
    report = tmp_path / "scores.json"
    result = CliRunner().invoke(evaluate, ["cid", "--gold", str(GOLD), "--pipeline", "text", "--json", str(report)])
    assert result.exit_code == 0, result.output
    counts = json.loads(report.read_text(encoding="utf-8"))["end_to_end"]
    assert (counts["tp"], counts["fp"], counts["fn"]) == (0, 0, 3)


def test_needs_a_model_or_a_pipeline():
    result = CliRunner().invoke(evaluate, ["cid", "--gold", str(GOLD)])
    assert result.exit_code == 2 and "--model" in result.output


def test_concept_pairs_read_the_argument_roles():
    ts = load_typesystem()
    cas = create_cas("Cocaine caused seizures.", ts, "d1")
    chem = ts.get_type("org.apache.ctakes.typesystem.type.textsem.MedicationMention")(begin=0, end=7)
    dis = ts.get_type("org.apache.ctakes.typesystem.type.textsem.DiseaseDisorderMention")(begin=15, end=23)
    arg = ts.get_type(RELATION_ARGUMENT)
    rel = ts.get_type(BINARY_TEXT_RELATION)
    cas.add_all([chem, dis,
                 rel(category="CID", arg1=arg(argument=chem, role="Chemical:D003042"),
                     arg2=arg(argument=dis, role="Disease:D012640")),
                 rel(category="ADE", arg1=arg(argument=chem, role="Drug"), arg2=arg(argument=dis, role="Effect"))])
    assert concept_pairs(cas, "CID") == {("D003042", "D012640")}


def test_concept_error_lines_keep_titles_on_one_line():
    lines = concept_error_lines([("d1", "C1", "D1")], [("d2", "C2", "D2")], {"d1": "A title\nsplit", "d2": "B"})
    assert lines[1:] == ["FN\td1\tC1\tD1\tA title split", "FP\td2\tC2\tD2\tB"]


def test_train_re_cid_recipe_writes_a_complete_folder(tmp_path):
    out = tmp_path / "my-cid"
    result = CliRunner().invoke(re_command, ["--format", "pubtator", "--recipe", "cid", "--no-mesh",
                                             "--train", str(GOLD), "--dev", str(GOLD), "--pipeline", "text",
                                             "--out", str(out)])
    assert result.exit_code == 0, result.output
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert {"model.json", "cid_pairs.json", "mesh_names.json"} <= set(card["files"])
    assert card["training"]["c"] == CID_C and card["training"]["data"]["mesh"] is False
    assert "dev (gold entities)" in result.output
    names = load_names(out / "mesh_names.json")
    assert names.lookup("Chemical", "cocaine") == "D003042"          # a gold name of the training file
    scored = CliRunner().invoke(evaluate, ["cid", "--gold", str(GOLD), "--model", str(out), "--json",
                                           str(tmp_path / "s.json")])
    assert scored.exit_code == 0, scored.output
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["gold_entities"]["tp"] >= 2


def test_cid_recipe_needs_pubtator(tmp_path):
    result = CliRunner().invoke(re_command, ["--format", "ade", "--recipe", "cid", "--train", str(tmp_path),
                                             "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "pubtator" in result.output


def test_a_malformed_gold_line_is_reported_and_the_rest_is_scored(cid_model, tmp_path):
    lines = GOLD.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "2001\tnot a mention line")                   # inside the first document
    gold = tmp_path / "gold.PubTator"
    gold.write_text("\n".join(lines), encoding="utf-8")
    report = tmp_path / "scores.json"
    result = CliRunner().invoke(evaluate, ["cid", "--gold", str(gold), "--model", str(cid_model),
                                           "--json", str(report)])
    assert result.exit_code == 0, result.output
    scores = json.loads(report.read_text(encoding="utf-8"))
    (skipped,) = scores["skipped_lines"]
    assert "line 4" in skipped and "2001" in skipped
    assert scores["documents"] == 2
    assert scores["gold_entities"]["tp"] + scores["gold_entities"]["fn"] == 3
