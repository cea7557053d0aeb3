"""Lexicon export to medspaCy TargetRules (no medspaCy needed: the JSON shape is checked
against what ``TargetRule.from_json`` accepts) and the subset lexicon written beside it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.errors import LexiconError
from ctakes_py.lexicon.cli import lexicon as lexicon_cli
from ctakes_py.lexicon.export import (
    export_medspacy,
    literal_forms,
    medspacy_rules,
    select_terms,
    upper_pattern,
    write_subset_lexicon,
)
from ctakes_py.lexicon.format import Lexicon, LexiconWriter

# The keys TargetRule.from_dict accepts (medspacy.target_matcher.TargetRule._ALLOWED_KEYS).
TARGET_RULE_KEYS = {"literal", "pattern", "category", "metadata", "attributes"}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """Six concepts over DISORDER, FINDING and DRUG; one upper-case-only abbreviation, one
    upper-case-only phrase, one key shared by a disorder and a finding."""
    w = LexiconWriter(tmp_path / "tiny", name="tiny")
    crohn = w.concept("C0010346", "T047", "Crohn's disease", [("DOID", "DOID:8778")])
    w.add_term("Crohn's disease", crohn)
    w.add_term("regional enteritis", crohn)
    thal = w.concept("C0005283", "T047", "Beta-thalassemia", [("DOID", "DOID:12241")])
    w.add_term("beta thalassemia", thal)
    stenosis = w.concept("C9000001", "T047", "stenosis, idiopathic", [("ICD10CM", "X00")])
    w.add_term("stenosis, idiopathic", stenosis)
    leukemia = w.concept("C0023449", "T191", "acute lymphoblastic leukemia", [("DOID", "DOID:9952")])
    w.add_term("acute lymphoblastic leukemia", leukemia)
    w.add_term("ALL", leukemia, case_sensitive=True)
    eeg = w.concept("C9000002", "T033", "Abnormal EEG", [("HPO", "HP:0002353")])
    w.add_term("ABNORMAL EEG", eeg, case_sensitive=True)
    dyspnea = w.concept("C0013404", "T184", "Dyspnea", [("HPO", "HP:0002094")])
    w.add_term("dyspnea", dyspnea)
    w.add_term("shortness of breath", dyspnea)
    # "shortness of breath" also as a disorder: the shared key's category follows --groups order
    sob = w.concept("C9000003", "T047", "Breathlessness disorder", [("ICD10CM", "R06")])
    w.add_term("shortness of breath", sob)
    drug = w.concept("C0025598", "T121", "metformin", [("RXNORM", "6809")])
    w.add_term("metformin", drug)
    w.finish([{"name": "tiny"}])
    return tmp_path / "tiny"


def _by_literal(rules: list[dict]) -> dict[str, dict]:
    return {r["literal"]: r for r in rules}


def test_rules_for_disorders_and_findings(tiny):
    rules = medspacy_rules(select_terms(tiny))
    assert all(set(r) <= TARGET_RULE_KEYS for r in rules)
    phrases = {(r["literal"], r["category"]) for r in rules if "pattern" not in r}
    assert phrases == {
        ("crohn s disease", "DISORDER"), ("crohn's disease", "DISORDER"),
        ("regional enteritis", "DISORDER"),
        ("beta thalassemia", "DISORDER"), ("beta-thalassemia", "DISORDER"),
        ("stenosis, idiopathic", "DISORDER"),
        ("acute lymphoblastic leukemia", "DISORDER"),
        ("dyspnea", "FINDING"),
        ("shortness of breath", "DISORDER"),
    }
    patterns = {r["literal"]: (r["category"], r["pattern"]) for r in rules if "pattern" in r}
    assert patterns == {
        "ABNORMAL EEG": ("FINDING", [{"TEXT": "ABNORMAL"}, {"TEXT": "EEG"}]),
        "disorder abbreviations (1, upper case)": ("DISORDER", [{"TEXT": {"IN": ["ALL"]}}]),
    }


def test_category_follows_group_order_and_drugs_need_asking(tiny):
    rules = _by_literal(medspacy_rules(select_terms(tiny, groups=["finding", "disorder"])))
    assert rules["shortness of breath"]["category"] == "FINDING"
    assert "metformin" not in rules
    drugs = medspacy_rules(select_terms(tiny, groups=["DRUG"]))
    assert drugs == [{"literal": "metformin", "category": "DRUG"}]


def test_scheme_filter_and_max_terms(tiny):
    doid = select_terms(tiny, schemes=["DOID"])
    assert [t.key for t in doid.terms] == ["acute lymphoblastic leukemia", "all", "beta thalassemia",
                                           "crohn s disease", "regional enteritis"]
    everything = select_terms(tiny)
    capped = select_terms(tiny, max_terms=3)
    assert capped.available == everything.available == 9
    keys = [t.key for t in everything.terms]
    assert [t.key for t in capped.terms] == [keys[0], keys[3], keys[6]]


def test_unknown_group_is_refused(tiny):
    with pytest.raises(LexiconError, match="TUMOR"):
        select_terms(tiny, groups=["TUMOR"])


@pytest.mark.parametrize("key, preferred, forms", [
    ("hiatal hernia", [], ["hiatal hernia"]),
    ("addison s disease", [], ["addison s disease", "addison's disease"]),
    ("s phase arrest", [], ["s phase arrest"]),  # a leading s is a word, not a possessive
    ("fracture | right side", [], ["fracture, right side"]),
    ("beta blocker", ["Beta-Blocker"], ["beta blocker", "beta-blocker"]),
    ("beta blocker", ["beta blocker agent"], ["beta blocker"]),  # another key's text: not a form
])
def test_literal_forms(key, preferred, forms):
    assert literal_forms(key, preferred) == forms


def test_upper_pattern_marks_barriers():
    assert upper_pattern("av block | type 2") == [{"TEXT": "AV"}, {"TEXT": "BLOCK"}, {"IS_PUNCT": True},
                                                  {"TEXT": "TYPE"}, {"TEXT": "2"}]


def test_export_file_and_counts(tiny, tmp_path):
    out = tmp_path / "rules" / "target_rules.json"
    counts = export_medspacy(tiny, out, preferred_forms=False)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["target_rules"]
    literals = [r["literal"] for r in data["target_rules"]]
    assert "beta-thalassemia" not in literals and "beta thalassemia" in literals
    assert counts["rules"] == len(data["target_rules"]) == 10
    assert counts["terms"] == 9 and counts["pattern_rules"] == 2
    assert counts["by_category"] == {"DISORDER": 8, "FINDING": 2}


def test_subset_lexicon_keeps_keys_concepts_and_case_flags(tiny, tmp_path):
    selection = select_terms(tiny, schemes=["DOID"])
    write_subset_lexicon(selection, tmp_path / "subset")
    subset = Lexicon(tmp_path / "subset")
    concepts = subset.concepts()
    rows = {key: [(concepts[c].cui, upper) for c, upper in ids] for key, ids in subset.iter_terms()}
    assert rows == {"acute lymphoblastic leukemia": [("C0023449", False)], "all": [("C0023449", True)],
                    "beta thalassemia": [("C0005283", False)], "crohn s disease": [("C0010346", False)],
                    "regional enteritis": [("C0010346", False)]}


def test_cli_export(tiny, tmp_path):
    out = tmp_path / "doid.json"
    result = CliRunner().invoke(lexicon_cli, ["export", str(tiny), "--to", "medspacy", "--out", str(out),
                                              "--schemes", "DOID"])
    assert result.exit_code == 0, result.output
    assert "for 5 terms" in result.output
    rules = json.loads(out.read_text(encoding="utf-8"))["target_rules"]
    assert {r["literal"] for r in rules if "pattern" not in r} == {
        "acute lymphoblastic leukemia", "beta thalassemia", "beta-thalassemia", "crohn s disease",
        "crohn's disease", "regional enteritis"}
    bad = CliRunner().invoke(lexicon_cli, ["export", str(tiny), "--out", str(out), "--groups", "TUMOR"])
    assert bad.exit_code != 0 and "TUMOR" in bad.output
