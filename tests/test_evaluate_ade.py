"""`ctakes-py evaluate ade`: end-to-end relation scores on an ADE-Corpus-V2 folder."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.eval.cli import evaluate
from ctakes_py.io.ade import read_ade, split_documents

CORPUS = Path(__file__).parent / "fixtures" / "relation" / "ade"
GOLD_ADE_PAIRS = 7        # DRUG-AE.rel lines of the fixture, one per relation


def _run(*args: str, tmp_path: Path) -> tuple[dict, list[str], str]:
    report, errors = tmp_path / "scores.json", tmp_path / "errors.tsv"
    result = CliRunner().invoke(evaluate, ["ade", "--corpus", str(CORPUS), *args,
                                           "--errors", str(errors), "--json", str(report)])
    assert result.exit_code == 0, result.output
    return (json.loads(report.read_text(encoding="utf-8")), errors.read_text(encoding="utf-8").splitlines(),
            result.output)


def test_pipeline_without_relations_misses_every_gold_pair(tmp_path):
    scores, errors, output = _run("--pipeline", "text", tmp_path=tmp_path)
    # the dose-only sentence has no ADE pair, so it counts as a negative
    assert (scores["documents"], scores["sentences"], scores["negative_sentences"]) == (6, 10, 4)
    assert (scores["strict"]["tp"], scores["strict"]["fp"], scores["strict"]["fn"]) == (0, 0, GOLD_ADE_PAIRS)
    assert [line.split("\t")[0] for line in errors[1:]] == ["FN"] * GOLD_ADE_PAIRS
    assert "ADE strict" in output and "positive sentences" in output


def test_shipped_ade_pipeline_scores_and_lists_its_errors(tmp_path):
    scores, errors, _ = _run(tmp_path=tmp_path)
    strict, positive = scores["strict"], scores["positive_sentences_only"]["strict"]
    assert strict["tp"] + strict["fn"] == GOLD_ADE_PAIRS
    assert strict["tp"] >= 4                  # "azithromycin-induced ototoxicity", "Nausea was caused by morphine"...
    assert scores["lenient"]["tp"] >= strict["tp"]
    # the positive-only figure drops exactly the pairs predicted in ADE-NEG sentences
    assert (positive["tp"], positive["fn"]) == (strict["tp"], strict["fn"])
    assert positive["fp"] <= strict["fp"]
    assert len(errors) - 1 == strict["fp"] + strict["fn"]
    assert errors[0].split("\t")[:2] == ["kind", "doc"]


def test_dosage_is_scored_on_the_documents_with_a_dose(tmp_path):
    scores, _, output = _run("--relation", "dosage", "--pipeline", "text", tmp_path=tmp_path)
    assert (scores["documents"], scores["sentences"], scores["negative_sentences"]) == (1, 2, 1)
    assert (scores["strict"]["tp"], scores["strict"]["fn"]) == (0, 1)
    assert "positive_sentences_only" not in scores
    assert "DOSAGE strict" in output


def test_held_out_scores_only_the_split_s_test_documents(tmp_path):
    held_out = split_documents(read_ade(CORPUS), 0.5)[1]
    scores, _, _ = _run("--pipeline", "text", "--held-out", "0.5", tmp_path=tmp_path)
    assert scores["documents"] == len(held_out) < 6


@pytest.mark.parametrize("args, message", [
    (["--corpus", "."], "no ADE corpus file found"),
    (["--corpus", str(CORPUS), "--held-out", "0"], "--held-out"),
])
def test_bad_input_is_a_clear_error(args, message):
    result = CliRunner().invoke(evaluate, ["ade", *args])
    assert result.exit_code != 0
    assert message in result.output


def test_a_malformed_line_is_reported_and_the_rest_is_scored(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    with open(corpus / "DRUG-AE.rel", "a", encoding="utf-8") as fh:
        fh.write("1009|Broken line without offsets|rash\n")
    report = tmp_path / "scores.json"
    result = CliRunner().invoke(evaluate, ["ade", "--corpus", str(corpus), "--pipeline", "text",
                                           "--json", str(report)])
    assert result.exit_code == 0, result.output
    scores = json.loads(report.read_text(encoding="utf-8"))
    (skipped,) = scores["skipped_lines"]
    assert "DRUG-AE.rel" in skipped and "line 8" in skipped
    assert "1 malformed line(s) skipped" in result.output
    assert scores["strict"]["fn"] == GOLD_ADE_PAIRS
