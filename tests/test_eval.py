"""Scorers: strict/lenient spans, relations, micro/macro, BIO chunking, brat folders, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.eval.brat import evaluate_folders, format_report
from ctakes_py.eval.cli import evaluate
from ctakes_py.eval.ner import Counts, Span, align, match_spans, score_spans, spans_from_bio, summarize
from ctakes_py.eval.relations import RelationTuple, score_relations
from ctakes_py.io.brat import document_to_cas, parse_ann
from ctakes_py.typesystem import load_typesystem


def S(b, e, label="Drug", doc="d"):
    return Span(doc, b, e, label)


def test_counts_math():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75 and c.recall == 0.6 and c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0 and (c + c).tp == 6


def test_strict_and_lenient():
    gold = [S(0, 9), S(20, 30), S(40, 45, "Strength")]
    pred = [S(0, 9), S(20, 26), S(40, 45, "Dosage")]
    strict = score_spans(gold, pred, "strict")
    assert (strict["Drug"].tp, strict["Drug"].fp, strict["Drug"].fn) == (1, 1, 1)
    assert (strict["Strength"].fn, strict["Dosage"].fp) == (1, 1)
    lenient = score_spans(gold, pred, "lenient")
    assert (lenient["Drug"].tp, lenient["Drug"].fp, lenient["Drug"].fn) == (2, 0, 0)
    assert lenient["Strength"].tp == 0  # the type must match too


def test_lenient_is_one_to_one():
    # one long prediction over two gold spans earns one true positive
    assert align([(0, 5), (6, 10)], [(0, 10)], "lenient") == [(0, 0)] or \
        align([(0, 5), (6, 10)], [(0, 10)], "lenient") == [(1, 0)]
    counts = score_spans([S(0, 5), S(6, 10)], [S(0, 10)], "lenient")["Drug"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)
    # largest overlap wins
    assert align([(0, 10)], [(8, 12), (0, 7)], "lenient") == [(0, 1)]


def test_documents_are_kept_apart_and_duplicates_count_once():
    counts = score_spans([S(0, 5, doc="a")], [S(0, 5, doc="b"), S(0, 5, doc="b")], "strict")["Drug"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_labels_restrict_scoring():
    table = score_spans([S(0, 5), S(6, 9, "ADE")], [S(0, 5)], labels=["Drug", "Route"])
    assert set(table) == {"Drug", "Route"} and table["Drug"].tp == 1


def test_micro_and_macro():
    table = {"A": Counts(tp=9, fp=1, fn=0), "B": Counts(tp=0, fp=0, fn=10), "C": Counts()}
    s = summarize(table)
    assert s["micro"]["tp"] == 9 and s["micro"]["precision"] == 0.9 and s["micro"]["recall"] == pytest.approx(9 / 19)
    assert s["macro"]["precision"] == pytest.approx(0.45)     # C (no data) is left out
    assert s["macro"]["f1"] == pytest.approx((2 * 0.9 / 1.9) / 2)


def test_relations_need_both_arguments():
    drug, strength = S(0, 9), S(10, 16, "Strength")
    gold = [RelationTuple("d", "Strength-Drug", strength, drug)]
    ok = [RelationTuple("d", "Strength-Drug", strength, drug)]
    wrong_drug = [RelationTuple("d", "Strength-Drug", strength, S(20, 29))]
    short = [RelationTuple("d", "Strength-Drug", S(10, 13, "Strength"), drug)]
    assert score_relations(gold, ok)["Strength-Drug"].f1 == 1.0
    assert score_relations(gold, wrong_drug)["Strength-Drug"].tp == 0
    assert score_relations(gold, short, "strict")["Strength-Drug"].tp == 0
    assert score_relations(gold, short, "lenient")["Strength-Drug"].tp == 1
    reversed_ = [RelationTuple("d", "Strength-Drug", drug, strength)]
    assert score_relations(gold, reversed_, "lenient")["Strength-Drug"].tp == 0


def test_bio_chunking_like_conlleval():
    tags = ["B-Drug", "I-Drug", "O", "I-Drug", "B-Dose", "B-Dose", "I-Route"]
    offsets = [(0, 4), (5, 9), (10, 12), (13, 15), (16, 18), (19, 21), (22, 24)]
    assert spans_from_bio(tags, offsets, "d") == [
        S(0, 9), S(13, 15), S(16, 18, "Dose"), S(19, 21, "Dose"), S(22, 24, "Route")]
    assert spans_from_bio(["S-X", "B-X", "E-X"], [(0, 1), (2, 3), (4, 5)]) == [
        Span("", 0, 1, "X"), Span("", 2, 5, "X")]
    with pytest.raises(ValueError):
        spans_from_bio(["O"], [])


def test_match_spans_lists_errors():
    matched, missed, spurious = match_spans([S(0, 5), S(6, 9)], [S(0, 5), S(10, 12)])
    assert matched == [(S(0, 5), S(0, 5))] and missed == [S(6, 9)] and spurious == [S(10, 12)]


GOLD_TXT = "Lisinopril 10 mg daily and aspirin 81 mg.\n"
GOLD_ANN = ("T1\tDrug 0 10\tLisinopril\nT2\tStrength 11 16\t10 mg\nT3\tFrequency 17 22\tdaily\n"
            "T4\tDrug 27 34\taspirin\nT5\tStrength 35 40\t81 mg\n"
            "R1\tStrength-Drug Arg1:T2 Arg2:T1\nR2\tFrequency-Drug Arg1:T3 Arg2:T1\n"
            "R3\tStrength-Drug Arg1:T5 Arg2:T4\n")
PRED_ANN = ("T1\tDrug 0 10\tLisinopril\nT2\tStrength 11 13\t10\nT3\tFrequency 17 22\tdaily\n"
            "T4\tDrug 27 34\taspirin\nT5\tStrength 35 40\t81 mg\nT6\tRoute 41 41\t\n"
            "R1\tStrength-Drug Arg1:T2 Arg2:T1\nR2\tFrequency-Drug Arg1:T3 Arg2:T4\n"
            "R3\tStrength-Drug Arg1:T5 Arg2:T4\n")


@pytest.fixture()
def folders(tmp_path: Path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for folder, ann in ((gold, GOLD_ANN), (pred, PRED_ANN)):
        (folder / "n1.txt").write_text(GOLD_TXT, encoding="utf-8")
        (folder / "n1.ann").write_text(ann, encoding="utf-8")
    (gold / "n2.txt").write_text("No meds.\n", encoding="utf-8")
    (gold / "n2.ann").write_text("", encoding="utf-8")
    return gold, pred


def test_evaluate_folders(folders):
    gold, pred = folders
    report = evaluate_folders(gold, pred)
    strict, lenient = report.entities["strict"], report.entities["lenient"]
    assert (strict["Drug"].tp, strict["Strength"].tp, strict["Strength"].fp) == (2, 1, 1)
    assert lenient["Strength"].tp == 2
    assert "Route" not in strict  # labels absent from the gold are not scored by default
    rel = report.relations["strict"]
    assert (rel["Strength-Drug"].tp, rel["Frequency-Drug"].fp, rel["Frequency-Drug"].fn) == (1, 1, 1)
    assert report.relations["lenient"]["Strength-Drug"].tp == 2
    assert report.missing_predictions == ["n2"] and report.documents == 2
    kinds = {(e["error"], e["kind"], e["label"]) for e in report.errors}
    assert ("FP", "entity", "Strength") in kinds and ("FN", "relation", "Frequency-Drug") in kinds
    boundary = next(e for e in report.errors if e["error"] == "FN" and e["label"] == "Strength")
    assert boundary["boundary_match"].startswith("11-13")
    assert "micro" in format_report(report)


def test_evaluate_xmi_predictions(folders, tmp_path):
    gold, _ = folders
    ts = load_typesystem()
    cas = document_to_cas(GOLD_TXT, parse_ann(GOLD_ANN, GOLD_TXT), ts, "n1")
    xmi_dir = tmp_path / "xmi"
    xmi_dir.mkdir()
    (xmi_dir / "n1.txt.xmi").write_bytes(cas.to_xmi().encode("utf-8"))
    report = evaluate_folders(gold, xmi_dir)
    assert report.entities["strict"]["Drug"].f1 == 1.0
    assert report.relations["strict"]["Strength-Drug"].f1 == 1.0


def test_cli(folders, tmp_path):
    gold, pred = folders
    errors, js = tmp_path / "errors.tsv", tmp_path / "report.json"
    result = CliRunner().invoke(evaluate, ["--gold", str(gold), "--pred", str(pred), "--errors", str(errors),
                                           "--json", str(js), "--labels", "Drug,Strength"])
    assert result.exit_code == 0, result.output
    assert "entities (strict)" in result.output and "relations (lenient)" in result.output
    assert "Frequency " not in result.output.split("relations (strict)")[0]
    assert errors.read_text(encoding="utf-8").startswith("doc\terror\tkind")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["entities"]["strict"]["per_label"]["Drug"]["tp"] == 2


def test_cli_reports_bad_gold(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "p").mkdir()
    result = CliRunner().invoke(evaluate, ["--gold", str(tmp_path / "g"), "--pred", str(tmp_path / "p")])
    assert result.exit_code != 0 and "no .ann files" in result.output
