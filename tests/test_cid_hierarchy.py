"""Disease Ontology hypernymy for CID candidates (ctakes_py.relation.cid_hierarchy)."""
import json
from pathlib import Path

import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.relation.cid_hierarchy import (
    HIERARCHY_FILE,
    build_hierarchy,
    hierarchy_features,
    load_hierarchy,
    mesh_ancestors,
    parse_obo,
    save_hierarchy,
)

# disease (no MeSH) > liver disease (D1) > hepatitis (D2, D2b) > drug-induced hepatitis (D3);
# kidney disease (D4) under disease; an obsolete term and a Typedef stanza that must be skipped
OBO = """format-version: 1.2

[Term]
id: DOID:4
name: disease

[Term]
id: DOID:10
name: liver disease
xref: MESH:D1
is_a: DOID:4 ! disease

[Term]
id: DOID:20
name: hepatitis
xref: MESH:D2
property_value: exactMatch "MESH:D2b" xsd:string
xref: ICD10CM:K75
is_a: DOID:10 ! liver disease

[Term]
id: DOID:30
name: drug-induced hepatitis
xref: MESH:D3
is_a: DOID:20 ! hepatitis
is_a: DOID:40 ! kidney disease

[Term]
id: DOID:40
name: kidney disease
xref: MESH:D4
is_a: DOID:4

[Term]
id: DOID:99
name: obsolete thing
xref: MESH:D9
is_a: DOID:30
is_obsolete: true

[Typedef]
id: has_symptom
xref: MESH:D8
"""


@pytest.fixture()
def obo(tmp_path):
    path = tmp_path / "tiny.obo"
    path.write_text(OBO, encoding="utf-8")
    return path


def test_parse_obo_reads_terms_parents_and_mesh_ids(obo):
    terms = parse_obo(obo)
    assert set(terms) == {"DOID:4", "DOID:10", "DOID:20", "DOID:30", "DOID:40"}    # no obsolete, no Typedef
    assert terms["DOID:20"] == (["DOID:10"], ["D2", "D2b"])                        # xref and exactMatch
    assert terms["DOID:30"][0] == ["DOID:20", "DOID:40"]
    assert terms["DOID:4"] == ([], [])


def test_mesh_ancestors_are_transitive_and_skip_same_term_ids(obo):
    table = mesh_ancestors(parse_obo(obo))
    assert table["D3"] == ["D1", "D2", "D2b", "D4"]            # through hepatitis and kidney disease
    assert table["D2"] == table["D2b"] == ["D1"]               # D2 and D2b name one term: not ancestors
    assert "D1" not in table and "D9" not in table             # no MeSH ancestor; obsolete


def test_hierarchy_file_round_trip(tmp_path, obo):
    table = build_hierarchy(obo)
    body = save_hierarchy(table, tmp_path / HIERARCHY_FILE)
    assert json.loads(body) == table
    back = load_hierarchy(tmp_path / HIERARCHY_FILE)
    assert back["D3"] == frozenset({"D1", "D2", "D2b", "D4"})
    assert load_hierarchy(tmp_path / "missing.json") == {}
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ResourceError):
        load_hierarchy(tmp_path / "bad.json")


def test_hierarchy_features_flag_the_more_general_and_the_more_specific(obo):
    table = {k: frozenset(v) for k, v in mesh_ancestors(parse_obo(obo)).items()}
    assert hierarchy_features("D2", {"D2", "D3"}, table) == {"h:more_general": 1.0}
    assert hierarchy_features("D3", {"D3", "D2"}, table) == {"h:more_specific": 1.0}
    assert hierarchy_features("D2", {"D1", "D3"}, table) == {"h:more_general": 1.0, "h:more_specific": 1.0}
    assert hierarchy_features("D4", {"D1", "D2b"}, table) == {}       # unrelated branches
    assert hierarchy_features("D2", {"D2"}, table) == {}              # only itself


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
