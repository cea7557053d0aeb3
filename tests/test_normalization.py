"""MeSH normalization for CID: composite gold ids, BC5CDR-era (legacy) MeSH ids, lexicon
terms read once, and composite ids on MeshNormalizer mentions."""
from pathlib import Path

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.mesh_normalizer import MeshNormalizer
from ctakes_py.document import create_cas
from ctakes_py.lexicon.mesh import MeshRecord
from ctakes_py.relation.candidates import concept_codes
from ctakes_py.relation.normalization import (
    MeshNames,
    build_names,
    legacy_ids,
    legacy_terms,
    read_lexicon_terms,
    resolve_document,
    save_names,
)
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, UMLS_CONCEPT, load_typesystem

PUBTATOR = """3001|t|Hemorrhagic cystitis after cyclophosphamide.
3001|a|Breast Cancer patients.
3001\t0\t20\tHemorrhagic cystitis\tDisease\tD006470|D003556|D006470
3001\t27\t43\tcyclophosphamide\tChemical\tD003520
3001\t45\t58\tBreast Cancer\tDisease\tD001943

"""


def test_add_gold_keeps_composite_ids_in_order_without_repeats():
    names = MeshNames()
    names.add_gold([("Disease", "hemorrhagic cystitis", "D006470|D003556|D006470"), ("Disease", "fever", "-1")])
    assert names.lookup("Disease", "Haemorrhagic cystitis") == "D006470|D003556"
    assert names.lookup("Disease", "fever") == ""


def test_build_names_reads_composite_gold(tmp_path):
    path = tmp_path / "gold.PubTator"
    path.write_text(PUBTATOR, encoding="utf-8")
    names = build_names([path])
    assert names.lookup("Disease", "hemorrhagic cystitis") == "D006470|D003556"
    assert names.lookup("Chemical", "Cyclophosphamide") == "D003520"


def test_build_names_with_lexicon_terms_read_before_is_the_same(tmp_path, lexicon_dir):
    path = tmp_path / "gold.PubTator"
    path.write_text(PUBTATOR, encoding="utf-8")
    direct = build_names([path], lexicon_dir)
    given = build_names([path], Path("/nonexistent"), lexicon=read_lexicon_terms(lexicon_dir))
    assert direct.table == given.table
    assert given.lookup("Disease", "cancer of the breast") == "D001943"   # bridged from the gold's Breast Cancer


def _records():
    descriptors = [
        MeshRecord("D003556", "Cystitis", (), trees=("C12.200.777", "C13.351.968")),
        MeshRecord("D006470", "Hemorrhage", (), trees=("C23.550.414",)),
        MeshRecord("D000096722", "Cystitis, Hemorrhagic", (),
                   trees=("C12.200.777.250", "C13.351.968.250", "C23.550.414.900")),
        MeshRecord("D000099999", "Newer Cystitis Subtype", (), trees=("C12.200.777.250.100",)),
        MeshRecord("D000077407", "Cilostazol", (), trees=("D03.383.129",)),
    ]
    supplementary = [MeshRecord("C000612345", "Some cystitis syndrome", (), mapped_to=("D000096722", "D006470")),
                     MeshRecord("C000600001", "a new drug", (), mapped_to=("D000077407",))]
    return descriptors, supplementary


def test_legacy_ids_map_newer_diseases_to_older_ancestors():
    legacy = legacy_ids(*_records())
    assert legacy["D000096722"] == "D003556"        # two of its three trees meet Cystitis
    assert legacy["D000099999"] == "D003556"        # skips the newer parent
    assert legacy["C000612345"] == "D003556|D006470"
    assert "D000077407" not in legacy and "C000600001" not in legacy and "D003556" not in legacy


def test_legacy_terms_rewrite_or_drop_newer_ids():
    legacy = legacy_ids(*_records())
    terms = [("Disease", "hemorrhagic cystitis", "D000096722"), ("Chemical", "cilostazol", "D000077407"),
             ("Disease", "cystitis", "D003556")]
    assert legacy_terms(terms, legacy) == [("Disease", "hemorrhagic cystitis", "D003556"),
                                           ("Disease", "cystitis", "D003556")]
    names = build_names([], mesh=terms, legacy=legacy)
    assert names.lookup("Disease", "hemorrhagic cystitis") == "D003556"
    assert names.lookup("Chemical", "cilostazol") == ""


def test_resolve_document_propagates_composite_ids():
    class M:
        def __init__(self, begin, end):
            self.begin, self.end = begin, end

    text = "Hemorrhagic cystitis; hemorrhagic cystitis."
    names = MeshNames({"Disease": {"hemorrhagic cystitis": "D006470|D003556"}})
    ms = [M(0, 20), M(22, 42)]
    found = resolve_document(names, [(m, "Disease", "") for m in ms], text)
    assert [found[id(m)] for m in ms] == ["D006470|D003556"] * 2


def test_mesh_normalizer_gives_each_composite_id_a_concept(tmp_path):
    ts = load_typesystem()
    save_names(MeshNames({"Disease": {"hemorrhagic cystitis": "D006470|D003556"}}), tmp_path / "names.json")
    annotator = MeshNormalizer()
    annotator.initialize(UimaContext({"techniques": (3,)}, {"names": tmp_path / "names.json"}, ts))
    cas = create_cas("Hemorrhagic cystitis developed.", ts, "d1")
    mention = ts.get_type(DISEASE_DISORDER_MENTION)(begin=0, end=20, discoveryTechnique=3)
    cas.add(mention)
    annotator.process(cas)
    assert concept_codes(mention) == ["D006470", "D003556"]
    assert {c.codingScheme for c in mention.ontologyConceptArr.elements} == {"MSH"}
    assert all(c.type.name == UMLS_CONCEPT for c in mention.ontologyConceptArr.elements)
