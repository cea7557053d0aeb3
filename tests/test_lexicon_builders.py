"""Builders: UMLS RRF, cTAKES BSV, CSV/TSV spreadsheets, OBO ontologies, the drug pickle,
and the ``lexicon`` CLI. Fixtures are small synthetic files under fixtures/lexicon/."""
from __future__ import annotations

import bz2
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.errors import LexiconError
from ctakes_py.lexicon import open_sources
from ctakes_py.lexicon.builders import build_bsv, build_table, build_umls
from ctakes_py.lexicon.cli import lexicon as lexicon_cli
from ctakes_py.lexicon.format import Lexicon, LexiconWriter
from ctakes_py.lexicon.obo import read_obo
from ctakes_py.lexicon.open_sources import add_doid, load_drug_list
from ctakes_py.lexicon.report import BuildReport
from ctakes_py.lexicon.umls import UmlsOptions


@pytest.fixture
def lexdir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "lexicon"


def _terms(folder: Path) -> dict[str, list[tuple[str, str, str, bool]]]:
    """key -> [(cui, tui, group, upper-only)] for easy assertions."""
    lex = Lexicon(folder)
    concepts = lex.concepts()
    return {key: [(concepts[c].cui, concepts[c].tui, concepts[c].group, up) for c, up in pairs]
            for key, pairs in lex.iter_terms()}


def _bad_lines(manifest: dict) -> set[tuple[str, int]]:
    return {(Path(e["file"]).name, e["line"]) for e in manifest["report"]["malformed_examples"]}


def test_umls_filters_and_reports(tmp_path, lexdir):
    manifest = build_umls(tmp_path / "u", lexdir / "umls", UmlsOptions())
    terms = _terms(tmp_path / "u")
    assert set(terms) == {"fictional fever", "fictitious pyrexia", "imaginary cough", "zorbamycin",
                          "made up syndrome", "left pinky toe"}
    # FN (semantic tag), suppressed (O), French, MSH-only, RxNorm SY, unwanted TUI T071: all out
    assert terms["zorbamycin"] == [("C0000003", "T121", "DRUG", False)]       # T109 not wanted
    assert terms["left pinky toe"] == [("C0000006", "T023", "ANATOMY", False)]
    concepts = {c.cui: c for c in Lexicon(tmp_path / "u").concepts()}
    assert concepts["C0000001"].preferred_text == "Fictional fever"        # TS=P/PF/Y + MRRANK
    assert concepts["C0000001"].codes == [("SNOMEDCT_US", "1001")]
    assert _bad_lines(manifest) == {("MRSTY.RRF", 7), ("MRCONSO.RRF", 13), ("MRCONSO.RRF", 15)}
    assert manifest["report"]["malformed_total"] == 3
    assert manifest["report"]["filtered_terms"] == {"stop term": 1}        # the synonym "All"


def test_umls_options_change_the_subset(tmp_path, lexdir):
    build_umls(tmp_path / "u", lexdir / "umls",
               UmlsOptions(sources=("SNOMEDCT_US", "MSH"), tuis=("T047",), suppress=()))
    terms = _terms(tmp_path / "u")
    assert "mesh only fever name" in terms and "obsolete febrile form" in terms
    assert "zorbamycin" not in terms and "imaginary cough" not in terms


def test_umls_needs_both_files(tmp_path):
    with pytest.raises(LexiconError, match="MRCONSO.RRF and MRSTY.RRF"):
        build_umls(tmp_path / "u", tmp_path, UmlsOptions())


def test_bsv_forms_and_malformed_lines(tmp_path, lexdir):
    manifest = build_bsv(tmp_path / "b", [lexdir / "tiny.bsv"], tui="T047")
    terms = _terms(tmp_path / "b")
    assert terms["breast cancer"] == [("C0006142", "T191", "DISORDER", False)]
    assert terms["hypertension"] == [("C0020538", "T047", "DISORDER", False)]   # CUI|text: --tui
    assert terms["asa"] == [("C0004057", "T121", "DRUG", True)]                 # TUI of the CUI's row
    assert terms["all"] == [("C0002965", "T047", "DISORDER", True)]             # upper-case only
    assert terms["heart failure | congestive"][0][0] == "C0018802"
    assert terms["bad tui text"][0][2] == "UNKNOWN"
    assert _bad_lines(manifest) == {("tiny.bsv", 15), ("tiny.bsv", 16)}
    pref = {c.cui: c.preferred_text for c in Lexicon(tmp_path / "b").concepts()}
    assert pref["C0006142"] == "Malignant neoplasm of breast"


def test_table_columns_types_and_malformed_rows(tmp_path, lexdir):
    manifest = build_table(tmp_path / "c", [lexdir / "custom.csv", lexdir / "custom.tsv"])
    terms = _terms(tmp_path / "c")
    assert terms["htn"] == terms["high blood pressure"] == [("C0020538", "T047", "DISORDER", False)]
    assert terms["chest pain"][0][1:3] == ("T184", "FINDING")
    assert terms["cabg"][0][1:] == ("T061", "PROCEDURE", True)
    assert terms["metformin"][0][2] == "DRUG" and terms["left knee"][0][2] == "ANATOMY"
    assert terms["site specific thing"][0][2] == "FINDING" and terms["lvef"][0][2] == "LAB"
    assert _bad_lines(manifest) == {("custom.csv", 8), ("custom.csv", 10), ("custom.csv", 11)}
    codes = {c.preferred_text: c.codes for c in Lexicon(tmp_path / "c").concepts()}
    assert codes["Hypertension"] == [("SNOMEDCT_US", "38341003")]


def test_table_without_type_needs_a_group(tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("term,code\nfoo bar,1\n", encoding="utf-8")
    manifest = build_table(tmp_path / "x", [sheet])
    assert manifest["report"]["malformed_total"] == 1
    manifest = build_table(tmp_path / "y", [sheet], group="DISORDER")
    assert _terms(tmp_path / "y")["foo bar"][0][2] == "DISORDER"


def test_obo_reader_and_doid_builder(tmp_path, lexdir):
    report = BuildReport()
    header, terms = read_obo(str(lexdir / "mini.obo"), report)
    terms = list(terms)
    assert header.data_version == "releases/2099-01-01/mini.obo"
    assert [t.id for t in terms] == ["DOID:4", "DOID:1", "DOID:14566", "DOID:2", "DOID:3"]
    assert terms[-1].obsolete
    assert {(Path(f).name, n) for f, n, _ in report.examples} == {
        ("mini.obo", 28), ("mini.obo", 29), ("mini.obo", 37)}
    writer = LexiconWriter(tmp_path / "d", name="d")
    source = add_doid(writer, lexdir / "mini.obo", stop_names={"disease"})
    writer.finish([source])
    built = _terms(tmp_path / "d")
    assert set(built) == {"fictional carcinoma", "fictive cancer", "fica", "imaginary syndrome"}
    assert built["fictional carcinoma"] == [("C1234567", "T191", "DISORDER", False)]   # neoplasm
    assert built["fica"][0][3] is True
    codes = Lexicon(tmp_path / "d").concepts()[0].codes
    assert ("SNOMEDCT_US", "111111") in codes and ("ICD10CM", "C99.9") in codes


class _Evil:
    def __reduce__(self):
        return (print, ("this must never run",))


def test_drug_pickle_is_verified_before_loading(tmp_path, monkeypatch):
    data = {"drug_variant_to_canonical": {"x": ["x"]}, "drug_canonical_to_data": {"x": {}}}
    good = tmp_path / "good.pkl.bz2"
    good.write_bytes(bz2.compress(pickle.dumps(data)))
    with pytest.raises(LexiconError, match="sha256"):
        load_drug_list(good)                                   # not the pinned file
    pinned = open_sources._sha256(good.read_bytes())
    drugs = open_sources.PACKAGES["drugs"]
    monkeypatch.setitem(open_sources.PACKAGES, "drugs",
                        open_sources.Package(drugs.name, drugs.version, drugs.wheel,
                                             drugs.wheel_sha256, drugs.member, pinned))
    assert load_drug_list(good) == data
    evil = tmp_path / "evil.pkl.bz2"
    evil.write_bytes(bz2.compress(pickle.dumps({"a": _Evil()})))
    monkeypatch.setitem(open_sources.PACKAGES, "drugs",
                        open_sources.Package(drugs.name, drugs.version, drugs.wheel,
                                             drugs.wheel_sha256, drugs.member,
                                             open_sources._sha256(evil.read_bytes())))
    with pytest.raises(LexiconError, match="refusing"):
        load_drug_list(evil)                                   # even a matching digest loads no class


def test_cli_build_and_info(tmp_path, lexdir):
    runner = CliRunner()
    result = runner.invoke(lexicon_cli, ["build", "--from", "bsv", str(lexdir / "tiny.bsv"),
                                         "--out", str(tmp_path / "cli"), "--tui", "T047"])
    assert result.exit_code == 0, result.output
    assert "malformed lines skipped: 2" in result.output
    result = runner.invoke(lexicon_cli, ["build", "--from", "csv", str(lexdir / "custom.tsv"),
                                         "--out", str(tmp_path / "cli2"), "--group", "nonsense"])
    assert result.exit_code != 0 and "unknown group" in result.output
    result = runner.invoke(lexicon_cli, ["build", "--from", "umls", "--out", str(tmp_path / "u"),
                                         "--meta", str(lexdir / "umls"), "--tuis", "T047,T184"])
    assert result.exit_code == 0, result.output
    assert set(_terms(tmp_path / "u")) == {"fictional fever", "fictitious pyrexia", "imaginary cough",
                                           "made up syndrome"}
    result = runner.invoke(lexicon_cli, ["info", str(tmp_path / "cli")])
    assert result.exit_code == 0 and "13 terms" in result.output
