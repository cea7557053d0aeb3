"""MeSH tree-number hypernymy for CID candidates (ctakes_py.relation.cid_hierarchy)."""
import json
from pathlib import Path

import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.lexicon.mesh import read_descriptors, read_supplementary
from ctakes_py.relation.cid_hierarchy import (
    HIERARCHY_FILE,
    hierarchy_features,
    load_hierarchy,
    mesh_ancestors,
    save_hierarchy,
)

# Digestive System Diseases (D1, C06) > Liver Diseases (D2, C06.552) > Hepatitis (D3, C06.552.380)
# > Drug-Induced Liver Injury (D4, C06.552.100 and C06.552.380.100: two branches); Kidney Diseases
# (D5, C12.777) with no descriptor at C12; a chemical (D6, D02.1) filed under a disease tree number
# too (C06.552.380.9); a chemical-only descriptor (D7, D02); supplementary records mapped to a disease
# (S1 -> D4), to a chemical (S2 -> D7) and to an unknown id (S3)
DESCRIPTORS = """D1\tDigestive System Diseases\t\tC06
D2\tLiver Diseases\tHepatic Diseases\tC06.552
D3\tHepatitis\t\tC06.552.380
D4\tDrug-Induced Liver Injury\tDILI\tC06.552.100|C06.552.380.100
D5\tKidney Diseases\t\tC12.777
D6\tSome Hepatotoxin\t\tD02.1|C06.552.380.9
D7\tOrganic Chemicals\t\tD02
"""
SUPPLEMENTARY = """S1\tRare liver injury\t\tD4
S2\tsome compound\t\tD7
S3\tunknown mapping\t\tD99
"""


@pytest.fixture()
def table():
    return mesh_ancestors(read_descriptors(DESCRIPTORS.splitlines()), read_supplementary(SUPPLEMENTARY.splitlines()))


def test_ancestors_are_descriptors_at_tree_number_prefixes(table):
    assert table["D2"] == ["D1"]
    assert table["D3"] == ["D1", "D2"]
    assert table["D4"] == ["D1", "D2", "D3"]                   # union over its two tree numbers
    assert table["D6"] == ["D1", "D2", "D3"]                   # only its disease tree number counts
    assert "D1" not in table and "D5" not in table             # top of its tree; no descriptor at C12


def test_supplementary_records_inherit_their_mapped_descriptors(table):
    assert table["S1"] == ["D1", "D2", "D3", "D4"]
    assert "S2" not in table and "S3" not in table             # mapped to a chemical / to nothing known
    assert "D7" not in table


def test_hierarchy_file_round_trip(tmp_path, table):
    body = save_hierarchy(table, tmp_path / HIERARCHY_FILE)
    assert json.loads(body) == table
    back = load_hierarchy(tmp_path / HIERARCHY_FILE)
    assert back["D4"] == frozenset({"D1", "D2", "D3"})
    assert load_hierarchy(tmp_path / "missing.json") == {}
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ResourceError):
        load_hierarchy(tmp_path / "bad.json")


def test_hierarchy_features_flag_the_more_general_and_the_more_specific(table):
    table = {k: frozenset(v) for k, v in table.items()}
    assert hierarchy_features("D3", {"D3", "D4"}, table) == {"h:more_general": 1.0}
    assert hierarchy_features("D4", {"D4", "D3"}, table) == {"h:more_specific": 1.0}
    assert hierarchy_features("D3", {"D1", "S1"}, table) == {"h:more_general": 1.0, "h:more_specific": 1.0}
    assert hierarchy_features("D5", {"D1", "D4"}, table) == {}       # unrelated branches
    assert hierarchy_features("D3", {"D3"}, table) == {}             # only itself


def test_train_cid_and_extractor_use_the_hierarchy(tmp_path):
    from ctakes_py.annotator import UimaContext
    from ctakes_py.annotators.cid_relation import CidRelationExtractor
    from ctakes_py.pipeline import Pipeline
    from ctakes_py.relation.cid import PAIRS_FILE, train_cid
    from ctakes_py.relation.corpora import pubtator_cases
    from ctakes_py.relation.model import RelationConfig

    config = RelationConfig("CID", ["MedicationMention"], ["DiseaseDisorderMention"], "Chemical", "Disease",
                            "document", code_pattern=r"[CD]\d{6,9}", require_ids=True)
    nlp = Pipeline.from_descriptor("text")
    cases = list(pubtator_cases(Path(__file__).parent / "fixtures" / "relation" / "cid.PubTator", nlp))
    hierarchy = {"D012640": frozenset({"D005334"})}          # seizures below fever, for the test's sake
    model, _, counts, report = train_cid(cases * 3, config, c=10.0, folds=2, rerank=False, log=lambda *_: None,
                                         hierarchy=hierarchy)
    assert {"h:more_general", "h:more_specific", "e:cause_self"} <= set(model.weights)
    plain, _, _, _ = train_cid(cases * 3, config, c=10.0, folds=2, rerank=False, log=lambda *_: None)
    assert not any(k.startswith("h:") for k in plain.weights)
    model.save(tmp_path, {"training": report})
    (tmp_path / PAIRS_FILE).write_text(json.dumps(counts))
    save_hierarchy({k: sorted(v) for k, v in hierarchy.items()}, tmp_path / HIERARCHY_FILE)
    ex = CidRelationExtractor()
    params = {"category": "", "threshold": 0.5, "argumentTechniques": (), "arg1Types": (), "arg2Types": (),
              "scope": "", "window": -1, "fallback": False}
    ex.initialize(UimaContext(params, {"model": tmp_path}, nlp.typesystem, key="RelationExtractorCid"))
    assert ex.hierarchy == hierarchy
