"""Trigger list files: parsing, errors with file and line, merging, the engine on its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotators.tokenizer import tokenize
from ctakes_py.assertion.engine import ContextEngine, join_headers
from ctakes_py.assertion.negspacy_bridge import termset_rules
from ctakes_py.assertion.rules import TriggerRule, about_negation, merge_rules, parse_row, read_rules
from ctakes_py.assertion.sections import read_section_rules
from ctakes_py.assertion.token_view import TokenView
from ctakes_py.errors import ResourceError

REPO = Path(__file__).resolve().parents[1]
LISTS = sorted((REPO / "lexicons" / "assertion").glob("*.tsv"))


def write(tmp_path: Path, text: str, name: str = "triggers.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_are_parsed_and_normalized(tmp_path):
    path = write(tmp_path, "# comment\n\nDenies\tNEGATED\tforward\nH/O\tHISTORICAL\tforward\t5\n"
                           "re:\\d+ years? ago\tHISTORICAL\tbackward\n"
                           "donor\tDONOR\tforward\t-\tdonor_family_member\n"
                           "but\tTERMINATE\t-\t-\tNEGATED, POSSIBLE\n")
    rules = read_rules(path, tokenize)
    assert [(r.phrase, r.category, r.direction, r.scope, r.line) for r in rules[:2]] == [
        ("denies", "NEGATED", "forward", None, 3), ("h / o", "HISTORICAL", "forward", 5, 4)]
    assert rules[2].is_regex and rules[2].backward and not rules[2].forward
    assert rules[3].feature_value == "donor_family_member" and rules[3].attribute == "subject"
    assert rules[4].stops == frozenset({"NEGATED", "POSSIBLE"})
    assert "triggers.tsv:3 NEGATED forward 'denies'" == rules[0].label


@pytest.mark.parametrize("row,message", [
    ("denies\tNEGATD\tforward", "unknown category 'NEGATD'"),
    ("denies\tNEGATED\tforwards", "direction must be one of"),
    ("denies\tNEGATED\tforward\tfive", "scope must be a whole number"),
    ("re:(unclosed\tNEGATED\tforward", "is not valid"),
    ("re:a*\tNEGATED\tforward", "matches the empty string"),
    ("\tNEGATED\tforward", "needs at least a phrase and a category"),
    ("mother\tFAMILY\tforward\t-\taunt", "subject value must be one of"),
    ("but\tTERMINATE\t-\t-\tNEGATION", "unknown categories"),
    ("a\tNEGATED\tforward\t1\tx\ty", "at most 5"),
])
def test_malformed_rows_name_file_and_line(tmp_path, row, message):
    path = write(tmp_path, "no\tNEGATED\tforward\n# fine\n" + row + "\n")
    with pytest.raises(ResourceError) as info:
        read_rules(path, tokenize)
    text = str(info.value)
    assert message in text and str(path) in text and "line 3" in text


def test_unreadable_file_is_a_resource_error(tmp_path):
    with pytest.raises(ResourceError, match="cannot read trigger list"):
        read_rules(tmp_path / "missing.tsv", tokenize)


def test_section_rules(tmp_path):
    path = write(tmp_path, "family_history\tFAMILY\npast_medical_history\thistorical\n", "sections.tsv")
    table = read_section_rules(path)
    assert table["family_history"][0].value == "family_member"
    assert table["past_medical_history"][0].attribute == "historyOf"
    bad = write(tmp_path, "family_history\tRELATIVE\n", "bad.tsv")
    with pytest.raises(ResourceError, match="line 1"):
        read_section_rules(bad)


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_shipped_lists_load(path):
    if path.name == "sections.tsv":
        assert read_section_rules(path)
    else:
        assert read_rules(path, tokenize)


def test_merge_overrides_and_ignores():
    base = [TriggerRule("rule out", "NEGATED"), TriggerRule("versus", "NEGATED"), TriggerRule("no", "NEGATED")]
    mine = [TriggerRule("rule out", "POSSIBLE"), TriggerRule("versus", "IGNORE")]
    merged = merge_rules(base, mine)
    assert sorted((r.phrase, r.category) for r in merged) == [("no", "NEGATED"), ("rule out", "POSSIBLE")]


def test_only_negation_rows_replace_imported_negation_terms():
    imported = [TriggerRule("denies", "NEGATED"), TriggerRule("which", "TERMINATE")]
    mine = [TriggerRule("denies", "TERMINATE", stops=frozenset({"FAMILY"})),
            TriggerRule("which", "TERMINATE")]
    merged = merge_rules(imported, mine, about_negation)
    assert sorted((r.phrase, r.category) for r in merged) == [
        ("denies", "NEGATED"), ("denies", "TERMINATE"), ("which", "TERMINATE")]


def test_negspacy_termset_rules():
    rules = termset_rules("en_clinical", tokenize)
    kinds = {(r.phrase, r.category, r.direction) for r in rules}
    assert ("denies", "NEGATED", "forward") in kinds
    assert ("was ruled out", "NEGATED", "backward") in kinds
    assert ("no increase", "PSEUDO", "-") in kinds
    assert termset_rules("", tokenize) == []
    with pytest.raises(ResourceError, match="no termset"):
        termset_rules("klingon", tokenize)


def _engine_decisions(rules, text, target):
    spans = [(t.begin, t.end) for t in tokenize(text)]
    view = TokenView.build(text, spans)
    begin = text.index(target)
    mention = view.token_range(begin, begin + len(target))
    engine = ContextEngine(rules)
    return {d.attribute: d for d in engine.assess(view, [(0, len(view))], [mention])}


def test_engine_longest_match_and_pseudo():
    rules = [parse_row(r.split("\t"), "<t>", n, tokenize) for n, r in enumerate([
        "no\tNEGATED\tforward", "no increase\tPSEUDO\t-", "not\tNEGATED\tforward",
        "not ruled out\tPOSSIBLE\tbackward", "was not\tNEGATED\tbidirectional"], 1)]
    assert _engine_decisions(rules, "no increase in pain", "pain") == {}
    decisions = _engine_decisions(rules, "embolism was not ruled out", "embolism")
    assert set(decisions) == {"uncertainty"}
    assert decisions["uncertainty"].rule.phrase == "not ruled out"


def test_engine_nearest_subject_wins():
    rules = [parse_row(r.split("\t"), "<t>", n, tokenize) for n, r in enumerate([
        "mother\tFAMILY\tforward", "the patient\tPATIENT\tforward"], 1)]
    assert _engine_decisions(rules, "mother says the patient has asthma", "asthma")["subject"].value == "patient"
    assert _engine_decisions(rules, "the patient says mother has asthma", "asthma")["subject"].value == "family_member"


def test_header_sentences_join_the_next():
    words = ["past", "medical", "history", ":", "asthma", ".", "cough", "."]
    assert join_headers([(0, 4), (4, 6), (6, 8)], words) == [(0, 6), (6, 8)]
    assert join_headers([(0, 4)], words) == [(0, 4)]
