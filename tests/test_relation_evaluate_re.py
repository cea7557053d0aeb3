"""``ctakes-py evaluate re``: relation scores from brat gold against predictions, a
relation model on gold entities, or a pipeline; strict/lenient, per category, errors."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ctakes_py.eval.cli import evaluate
from ctakes_py.relation.evaluation import sentence_context
from ctakes_py.relation.model import RelationConfig, RelationModel

TEXT = "Patients were well. A severe rash developed after penicillin. Aspirin was given for pain.\n"


def _span(word: str) -> tuple[int, int]:
    begin = TEXT.index(word)
    return begin, begin + len(word)


def _write(folder: Path, entities: list[tuple[str, str, str]], relations: list[tuple[str, str, str]]) -> Path:
    folder.mkdir()
    (folder / "doc1.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for tid, label, word in entities:
        b, e = _span(word)
        lines.append(f"{tid}\t{label} {b} {e}\t{word}")
    lines += [f"R{i}\t{label} Arg1:{a} Arg2:{b}" for i, (label, a, b) in enumerate(relations, start=1)]
    (folder / "doc1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _gold(tmp_path: Path) -> Path:
    return _write(tmp_path / "gold", [("T1", "Drug", "penicillin"), ("T2", "AdverseEffect", "severe rash"),
                                      ("T3", "Drug", "Aspirin"), ("T4", "AdverseEffect", "pain")],
                  [("ADE", "T1", "T2")])


def test_pred_folder_strict_lenient_and_errors(tmp_path):
    gold = _gold(tmp_path)
    pred = _write(tmp_path / "pred", [("T1", "Drug", "penicillin"), ("T2", "AdverseEffect", "rash"),
                                      ("T3", "Drug", "Aspirin"), ("T4", "AdverseEffect", "pain")],
                  [("ADE", "T1", "T2"), ("ADE", "T3", "T4")])
    errors, report = tmp_path / "errors.tsv", tmp_path / "scores.json"
    result = CliRunner().invoke(evaluate, ["re", "--gold", str(gold), "--pred", str(pred),
                                           "--errors", str(errors), "--json", str(report)])
    assert result.exit_code == 0, result.output
    scores = json.loads(report.read_text())
    assert (scores["strict"]["ADE"]["tp"], scores["strict"]["ADE"]["fp"], scores["strict"]["ADE"]["fn"]) == (0, 2, 1)
    assert (scores["lenient"]["ADE"]["tp"], scores["lenient"]["ADE"]["fp"], scores["lenient"]["ADE"]["fn"]) == (1, 1, 0)
    rows = [line.split("\t") for line in errors.read_text().splitlines()[1:]]
    fn = [r for r in rows if r[0] == "FN"]
    assert len(fn) == 1 and fn[0][3:5] == ["penicillin", "severe rash"] and fn[0][6] == "yes"
    assert fn[0][7] == "A severe rash developed after penicillin."
    assert {r[3] for r in rows if r[0] == "FP"} == {"penicillin", "Aspirin"}


def test_ignore_direction_and_category_filter(tmp_path):
    gold = _gold(tmp_path)
    pred = _write(tmp_path / "pred", [("T1", "Drug", "penicillin"), ("T2", "AdverseEffect", "severe rash")],
                  [("ADE", "T2", "T1"), ("OTHER", "T1", "T2")])
    runner = CliRunner()
    out = tmp_path / "a.json"
    runner.invoke(evaluate, ["re", "--gold", str(gold), "--pred", str(pred), "--json", str(out)])
    assert json.loads(out.read_text())["strict"]["ADE"]["tp"] == 0
    result = runner.invoke(evaluate, ["re", "--gold", str(gold), "--pred", str(pred), "--ignore-direction",
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    assert scores["strict"]["ADE"]["tp"] == 1 and "OTHER" not in scores["strict"]


def test_gold_entities_with_a_relation_model(tmp_path):
    gold = _gold(tmp_path)
    config = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention"], "Drug", "AdverseEffect")
    # relates a drug and an effect only when "after" is between them
    RelationModel(config, {"bw=after": 8.0}, -4.0, 0.5).save(tmp_path / "model")
    out = tmp_path / "g.json"
    result = CliRunner().invoke(evaluate, ["re", "--gold", str(gold), "--model", str(tmp_path / "model"),
                                           "--json", str(out)])
    assert result.exit_code == 0, result.output
    strict = json.loads(out.read_text())["strict"]["micro"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (1, 0, 0)


def test_exactly_one_prediction_source(tmp_path):
    result = CliRunner().invoke(evaluate, ["re", "--gold", str(_gold(tmp_path))])
    assert result.exit_code != 0 and "exactly one" in result.output


def test_sentence_context_stops_at_sentence_breaks():
    text = "One. Two drugs here.\nThree."
    assert sentence_context(text, text.index("drugs"), text.index("here")) == "Two drugs here."


def test_pipeline_end_to_end(tmp_path):
    gold = _gold(tmp_path)
    out = tmp_path / "e.json"
    result = CliRunner().invoke(evaluate, ["re", "--gold", str(gold), "--pipeline", "ade", "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    strict, lenient = scores["strict"]["ADE"], scores["lenient"]["ADE"]
    assert strict["tp"] + strict["fn"] == 1 and lenient["tp"] + lenient["fn"] == 1
    assert lenient["tp"] >= strict["tp"] and strict["tp"] + strict["fp"] == lenient["tp"] + lenient["fp"]
