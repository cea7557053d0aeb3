"""Rare diseases' base rates backed off to MeSH classes (ctakes_py.relation.cid_classes)."""
import json
from pathlib import Path

import pytest

from ctakes_py.errors import ResourceError
from ctakes_py.lexicon.mesh import read_descriptors, read_supplementary
from ctakes_py.relation.cid_classes import (
    CLASSES_FILE,
    RARE,
    ClassTable,
    class_abstracts,
    disease_class_features,
    load_classes,
    mesh_classes,
    save_classes,
)
from ctakes_py.relation.cid_rates import rate_key

# Arrhythmias (A, C14.280.067) > Tachycardia (T, C14.280.067.845) and Bradycardia (B, C14.280.067.198);
# Long QT (Q, C14.280.067.470 and C16.131.240.850: two parents, one of them Congenital (G, C16.131.240));
# a chemical (X, D02.1) with no disease tree number; a supplementary record mapped to T (S1) and one
# mapped to the chemical (S2)
DESCRIPTORS = """A\tArrhythmias\t\tC14.280.067
T\tTachycardia\t\tC14.280.067.845
B\tBradycardia\t\tC14.280.067.198
Q\tLong QT Syndrome\t\tC14.280.067.470|C16.131.240.850
G\tCongenital Abnormalities\t\tC16.131.240
X\tSome Chemical\t\tD02.1
"""
SUPPLEMENTARY = """S1\tRare tachycardia\t\tT
S2\tsome salt\t\tX
"""


@pytest.fixture()
def classes():
    return mesh_classes(read_descriptors(DESCRIPTORS.splitlines()), read_supplementary(SUPPLEMENTARY.splitlines()))


def test_classes_are_the_concept_and_its_parents(classes):
    assert classes["T"] == {"T", "A"}
    assert classes["Q"] == {"Q", "A", "G"}                      # both tree numbers
    assert classes["A"] == {"A"}                                # no descriptor one level up
    assert classes["S1"] == {"S1", "T"}                         # supplementary: its mapped descriptor
    assert "X" not in classes and "S2" not in classes           # not diseases


# abstract 0 relates T; abstract 1 names B and T, relates neither; abstract 2 relates B (and names Q);
# abstract 3 names only an unknown disease U, related
DOCS = [
    [(("c1", "T"), 1), (("c2", "T"), 0)],
    [(("c1", "B"), 0), (("c1", "T"), 0)],
    [(("c3", "B"), 1), (("c3", "Q"), 0)],
    [(("c1", "U"), 1)],
]


def test_class_abstracts_split_related_from_candidate_only(classes):
    table = class_abstracts(DOCS, classes)
    assert table["A"] == [[0, 2], [1]]                          # an abstract counts once per class
    assert table["T"] == [[0], [1]]
    assert table["B"] == [[2], [1]]
    assert table["G"] == [[], [2]]
    assert table["U"] == [[3], []]                              # not in MeSH: its own class


def test_features_count_the_union_of_classes_leaving_the_own_abstract_out(classes):
    table = ClassTable(classes, class_abstracts(DOCS, classes))
    f = {}
    disease_class_features(f, "T", table, {})                  # T, A: related in 0 and 2, named in 1
    assert f == {"kdc:rate=2|2-4": 1.0}
    f = {}
    disease_class_features(f, "T", table, {rate_key("T"): [1, 1]}, own=0)    # 0 left out: 2 of 1, 2
    assert f == {"kdc:rate=2|2-4": 1.0}
    f = {}
    disease_class_features(f, "G", table, {}, own=2)           # only its own abstract: nothing
    assert f == {}
    f = {}
    disease_class_features(f, "U", table, {})
    assert f == {"kdc:rate=4|1": 1.0}


def test_only_rare_diseases_get_the_backoff(classes):
    table = ClassTable(classes, class_abstracts(DOCS, classes))
    f = {}
    disease_class_features(f, "T", table, {rate_key("T"): [RARE, 0]})
    assert f == {}
    f = {}
    disease_class_features(f, "T", table, {rate_key("T"): [RARE, 0]}, own=0)   # RARE - 1 others: rare
    assert f == {"kdc:rate=2|2-4": 1.0}


def test_class_file_round_trip(tmp_path, classes):
    table = ClassTable(classes, class_abstracts(DOCS, classes))
    body = save_classes(table, tmp_path / CLASSES_FILE)
    data = json.loads(body)
    assert data["classes"]["S1"] == ["T"]                       # only classes found in the abstracts
    back = load_classes(tmp_path / CLASSES_FILE)
    assert back.abstracts == table.abstracts
    for disease in ("T", "B", "Q", "S1", "G", "U", "A"):
        f, g = {}, {}
        disease_class_features(f, disease, table, {})
        disease_class_features(g, disease, back, {})
        assert f == g
    assert load_classes(tmp_path / "missing.json") is None
    (tmp_path / "bad.json").write_text('{"classes": {}}', encoding="utf-8")
    with pytest.raises(ResourceError):
        load_classes(tmp_path / "bad.json")


def test_train_cid_and_extractor_use_the_class_table(tmp_path):
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
    # seizures and fever under one (made-up) parent, for the test's sake
    disease_classes = {"D012640": frozenset({"D012640", "P1"}), "D005334": frozenset({"D005334", "P1"})}
    model, _, counts, report = train_cid(cases * 3, config, c=10.0, folds=2, rerank=False, log=lambda *_: None,
                                         disease_classes=disease_classes)
    assert any(k.startswith("kdc:") for k in model.weights)
    assert model.class_table.abstracts["P1"][0]                 # seizures related somewhere
    plain, _, _, _ = train_cid(cases * 3, config, c=10.0, folds=2, rerank=False, log=lambda *_: None)
    assert not any(k.startswith("kdc:") for k in plain.weights) and plain.class_table is None
    model.save(tmp_path, {"training": report})
    (tmp_path / PAIRS_FILE).write_text(json.dumps(counts))
    save_classes(model.class_table, tmp_path / CLASSES_FILE)
    ex = CidRelationExtractor()
    params = {"category": "", "threshold": 0.5, "argumentTechniques": (), "arg1Types": (), "arg2Types": (),
              "scope": "", "window": -1, "fallback": False}
    ex.initialize(UimaContext(params, {"model": tmp_path}, nlp.typesystem, key="RelationExtractorCid"))
    assert ex.classes.abstracts == model.class_table.abstracts
    assert ex.classes.classes == {k: v for k, v in disease_classes.items()}
