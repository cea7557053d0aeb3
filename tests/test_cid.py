"""CID (BC5CDR) extras: MeSH name normalization, the MeshNormalizer annotator, document
evidence features, training pair knowledge, the fallback rule and CidRelationExtractor."""
import json
from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.cid_relation import CidRelationExtractor
from ctakes_py.annotators.mesh_normalizer import MeshNormalizer
from ctakes_py.document import create_cas
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.candidates import DocView, concept_codes, document_candidates, select_mentions
from ctakes_py.relation.cid import (
    PAIRS_FILE,
    RERANK_FILE,
    cid_features,
    load_reranker,
    prior_features,
    rank_features,
    save_reranker,
    train_cid,
    with_fallback,
)
from ctakes_py.relation.corpora import pubtator_cases
from ctakes_py.relation.model import RelationConfig
from ctakes_py.relation.normalization import (
    MeshNames,
    bridge_terms,
    build_names,
    load_names,
    name_keys,
    resolve_document,
    save_names,
)
from ctakes_py.typesystem import BINARY_TEXT_RELATION, DISEASE_DISORDER_MENTION, MEDICATION_MENTION, UMLS_CONCEPT

FIXTURES = Path(__file__).parent / "fixtures" / "relation"
CONFIG = RelationConfig("CID", ["MedicationMention"], ["DiseaseDisorderMention"], "Chemical", "Disease", "document",
                        code_pattern=r"[CD]\d{6,9}", require_ids=True)


@pytest.fixture(scope="module")
def nlp():
    return Pipeline.from_descriptor("text")


@pytest.fixture(scope="module")
def cases(nlp):
    return list(pubtator_cases(FIXTURES / "cid.PubTator", nlp))


@pytest.mark.parametrize("variant, canonical", [
    ("Beta-Blockers", "beta blocker"), ("β-blocker", "beta blocker"), ("betablocker", "beta-blocker"),
    ("toxicities", "toxicity"), ("failure renal", "renal failure"), ("Haloperidol hydrochloride", "haloperidol"),
    ("Oestrogens", "estrogen"), ("haemorrhagic cystitis", "hemorrhagic cystitis"), ("tumours", "tumor"),
    ("anxious behaviour", "anxious behavior"),
])
def test_name_keys_meet_for_variants(variant, canonical):
    names = MeshNames()
    names.add_gold([("Chemical", canonical, "D000001")])
    assert names.lookup("Chemical", variant) == "D000001"
    assert names.lookup("Disease", variant) == ""          # kinds are separate tables


def test_name_keys_exact_first_and_unknown_text():
    assert name_keys("Renal  Failure")[0] == "renal failure"
    assert name_keys("haemorrhage")[:2] == ["haemorrhage", "~haemorrhage"]   # American spelling last
    assert name_keys("aerobic") == ["aerobic", "~aerobic"]                   # word-initial ae kept
    assert name_keys("--") == []
    assert MeshNames().lookup("Chemical", "aspirin") == ""


def test_gold_beats_lexicon_and_majority_wins():
    names = MeshNames()
    names.add_gold([("Disease", "psychosis", "D011605"), ("Disease", "psychosis", "D011605"),
                    ("Disease", "Psychosis", "D011618"), ("Disease", "x", "-1"), ("Disease", "y", "D1|D2")])
    names.add_lexicon([("Disease", "psychosis", "D999999"), ("Disease", "delirium", "D003693")])
    assert names.lookup("Disease", "psychosis") == "D011605"
    assert names.lookup("Disease", "Delirium") == "D003693"
    assert names.lookup("Disease", "x") == "" and names.lookup("Disease", "y") == "D1|D2"   # composite kept


def test_bridge_terms_give_a_concepts_names_its_gold_id():
    concepts = {("Chemical", 1): ["rifampin", "rifampicin", "Rifadin"],
                ("Chemical", 2): ["fat", "lipid"],
                ("Disease", 3): ["chorea"]}
    gold = [("Chemical", "Rifampin", "D012293"), ("Chemical", "fat", "D004041"),
            ("Chemical", "fat", "D008055"), ("Chemical", "lipids", "D008055"), ("Disease", "rifampicin", "D1")]
    terms = bridge_terms(gold, concepts)
    assert ("Chemical", "rifampicin", "D012293") in terms and ("Chemical", "Rifadin", "D012293") in terms
    assert ("Chemical", "lipid", "D008055") in terms          # majority of the concept's gold ids
    assert not any(kind == "Disease" for kind, _, _ in terms)  # no gold chorea: nothing bridged
    assert bridge_terms(gold, concepts, min_share=0.9) == [t for t in terms if t[2] == "D012293"]


def test_table_round_trip(tmp_path):
    names = MeshNames()
    names.add_gold([("Chemical", "lithium", "D008094")])
    save_names(names, tmp_path / "names.json")
    assert load_names(tmp_path / "names.json").lookup("Chemical", "Lithium") == "D008094"
    (tmp_path / "bad.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(Exception, match="mesh-names"):
        load_names(tmp_path / "bad.json")


def test_build_names_reads_pubtator_and_skips_excluded():
    names = build_names([FIXTURES / "cid.PubTator"])
    assert names.lookup("Chemical", "cocaine") == "D003042"
    assert names.lookup("Disease", "renal failures") == "D051437"
    assert build_names([FIXTURES / "cid.PubTator"], exclude={"2001", "2002"}).table == {}


class _M:
    def __init__(self, begin, end):
        self.begin, self.end = begin, end


def test_resolve_document_propagates_and_follows_abbreviations():
    text = "Nitroglycerin (NTG) and nitroglycerins; NTG again; zzz."
    names = MeshNames({"Chemical": {"nitroglycerin": "D005996"}})
    ms = [_M(0, 13), _M(15, 18), _M(24, 38), _M(40, 43), _M(51, 54)]
    found = resolve_document(names, [(m, "Chemical", "") for m in ms], text)
    assert [found.get(id(m), "") for m in ms] == ["D005996"] * 4 + [""]


def _mention_cas(nlp, text, spans):
    cas = create_cas(text, nlp.typesystem, "d1")
    ts = nlp.typesystem
    made = []
    for begin, end, type_name, technique, codes in spans:
        concepts = [ts.get_type(UMLS_CONCEPT)(code=c, codingScheme=s) for s, c in codes]
        made.append(ts.get_type(type_name)(begin=begin, end=end, discoveryTechnique=technique, polarity=1,
                                           ontologyConceptArr=ts.get_type("uima.cas.FSArray")(elements=concepts)))
    cas.add_all(made)
    return cas, made


def test_mesh_normalizer_annotator(tmp_path, nlp):
    names = MeshNames({"Chemical": {"cocaine": "D003042"}, "Disease": {}})
    save_names(names, tmp_path / "names.json")
    annotator = MeshNormalizer()
    annotator.initialize(UimaContext({"techniques": (3,)}, {"names": tmp_path / "names.json"}, nlp.typesystem))
    text = "Cocaine caused seizures; seizures again."
    cas, (coke, dict_seiz, crf_seiz, other_seiz, gold) = _mention_cas(nlp, text, [
        (0, 7, MEDICATION_MENTION, 3, []),
        (15, 23, DISEASE_DISORDER_MENTION, 1, [("DOID", "DOID:1826"), ("MSH", "D012640")]),
        (15, 23, DISEASE_DISORDER_MENTION, 3, []),
        (25, 33, DISEASE_DISORDER_MENTION, 3, []),
        (34, 39, DISEASE_DISORDER_MENTION, 2, []),
    ])
    annotator.process(cas)
    assert concept_codes(coke) == ["D003042"]
    assert concept_codes(crf_seiz) == ["D012640"]             # the same-span dictionary match's MeSH code
    assert concept_codes(other_seiz) == ["D012640"]           # same text elsewhere in the document
    assert concept_codes(gold) == []                          # technique 2 is not normalized


def test_cid_features_see_competition_and_generality(cases):
    cas = cases[0]           # cocaine / naloxone; seizures, hypertension, fever
    view = DocView.of(cas)
    chems, diseases = select_mentions(cas, ["MedicationMention"]), select_mentions(cas, ["DiseaseDisorderMention"])
    mentions = sorted(chems + diseases, key=lambda m: (m.begin, m.end))
    cands = {(c.key1, c.key2): c for c in document_candidates(view, chems, diseases)}
    f = cid_features(view, cands[("D003042", "D012640")], mentions)
    assert f["x:only_title_chem|co|t1"] == 1.0
    assert f["c2:cause=caused"] == 1.0 and f["c1:next0=induced"] == 1.0
    assert f["x:n_chem=2|co"] == 1.0 and f["x:n_dis=3|co"] == 1.0
    g = cid_features(view, cands[("D009270", "D005334")], mentions)      # naloxone - fever: other sentences
    assert "x:only_title_chem|noco|t0" not in g and g["x:n_chem=2|noco"] == 1.0


def test_prior_features_leave_own_document_out():
    counts = {"C1|D1": [1, 0], "C1|D2": [2, 1]}
    f = {}
    prior_features(f, ("C1", "D1"), counts, own_label=1)
    assert f == {}                                            # its only evidence is itself
    prior_features(f, ("C1", "D2"), counts)
    assert f["k:pos=2|co"] == 1.0 and f["k:neg=1"] == 1.0 and "k:pos_only" not in f


def test_fallback_keeps_top_candidate_only_when_nothing_passes():
    assert with_fallback([0.1, 0.3, 0.2], 0.5, 0.15) == [False, True, False]
    assert with_fallback([0.1, 0.3], 0.5, 0.4) == [False, False]
    assert with_fallback([0.6, 0.3], 0.5, 0.0) == [True, False]
    assert with_fallback([], 0.5, 0.0) == []


def test_rank_features_compare_siblings():
    keys = [("C1", "D1"), ("C1", "D2"), ("C2", "D1")]
    f = rank_features([0.8, 0.2, 0.4], keys, [False, True, False])
    assert f[0]["r:rank_chem=0"] == f[0]["r:rank_dis=0"] == f[0]["r:rank_doc=0"] == f[0]["r:ratio_chem=10"] == 1.0
    assert f[1]["r:rank_chem=1"] == f[1]["r:rank_doc=2"] == f[1]["r:ratio_chem=2"] == 1.0
    assert f[1]["d:no_cooccurrence"] == 1.0 and "d:no_cooccurrence" not in f[0]
    assert f[2]["r:rank_chem=0"] == f[2]["r:rank_dis=1"] == f[2]["r:ratio_doc=5"] == 1.0
    assert f[0]["r:logit"] > 0 > f[2]["r:logit"]
    assert rank_features([], [], []) == []


def test_reranker_round_trip(tmp_path):
    from ctakes_py.relation.model import RelationModel

    model = RelationModel(CONFIG, {"r:logit": 1.5, "r:rank_chem=1": -0.7}, -0.2)
    body = save_reranker(model, tmp_path / RERANK_FILE)
    assert json.loads(body)["weights"]["r:logit"] == 1.5
    back = load_reranker(tmp_path / RERANK_FILE, CONFIG)
    f = {"r:logit": 0.3, "r:rank_chem=1": 1.0}
    assert back.probability(f) == pytest.approx(model.probability(f))
    assert load_reranker(tmp_path / "missing.json", CONFIG) is None


def test_train_cid_and_extractor(tmp_path, cases, nlp):
    model, reranker, counts, report = train_cid(cases * 3, CONFIG, c=10.0, folds=2, log=lambda *_: None)
    assert counts["D003042|D012640"] == [3, 0] and counts["D009270|D005334"] == [0, 3]
    assert report["positives"] == 9 and report["fallback_floor"] in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
    assert "r:logit" in reranker.weights and reranker.threshold == model.threshold
    model.save(tmp_path, {"training": report})
    (tmp_path / PAIRS_FILE).write_text(json.dumps(counts))
    ex = CidRelationExtractor()
    params = {"category": "", "threshold": 0.99, "argumentTechniques": (), "arg1Types": (), "arg2Types": (),
              "scope": "", "window": -1, "fallback": True}
    ex.initialize(UimaContext(params, {"model": tmp_path}, nlp.typesystem, key="RelationExtractorCid"))
    cas = cases[1]
    for rel in list(cas.select(BINARY_TEXT_RELATION)):
        cas.remove(rel)
    ex.process(cas)
    found = [(r.arg1.role, r.arg2.role) for r in cas.select(BINARY_TEXT_RELATION)]
    # nothing reaches 0.99: the fallback keeps the single most probable pair, lithium - renal failure
    assert found == [("Chemical:D008094", "Disease:D051437")]


def test_extractor_applies_reranker(tmp_path, nlp):
    from ctakes_py.relation.model import RelationModel

    cases = list(pubtator_cases(FIXTURES / "cid.PubTator", nlp))     # fresh: other tests edit relations
    model, _, counts, report = train_cid(cases * 3, CONFIG, c=10.0, folds=2, rerank=False, log=lambda *_: None)
    model.save(tmp_path, {"training": report})
    (tmp_path / PAIRS_FILE).write_text(json.dumps(counts))
    # a second stage that keeps exactly the document's top first-stage candidate
    save_reranker(RelationModel(CONFIG, {"r:rank_doc=0": 10.0}, -5.0), tmp_path / RERANK_FILE)
    ex = CidRelationExtractor()
    params = {"category": "", "threshold": 0.5, "argumentTechniques": (), "arg1Types": (), "arg2Types": (),
              "scope": "", "window": -1, "fallback": False}
    ex.initialize(UimaContext(params, {"model": tmp_path}, nlp.typesystem, key="RelationExtractorCid"))
    assert ex.reranker is not None
    cas = cases[1]
    for rel in list(cas.select(BINARY_TEXT_RELATION)):
        cas.remove(rel)
    ex.process(cas)
    found = [(r.arg1.role, r.arg2.role, round(r.confidence, 3)) for r in cas.select(BINARY_TEXT_RELATION)]
    assert found == [("Chemical:D008094", "Disease:D051437", round(1 / (1 + 2.718281828 ** -5), 3))]


def test_lexicon_concept_terms_bridge_synonyms(lexicon_dir):
    from ctakes_py.relation.normalization import lexicon_concept_terms

    concepts = lexicon_concept_terms(lexicon_dir)
    synonyms = next(terms for terms in concepts.values() if "breast cancer" in terms)
    assert "cancer of the breast" in synonyms
    assert {kind for kind, _ in concepts} <= {"Chemical", "Disease"}
    names = MeshNames()
    names.add_lexicon(bridge_terms([("Disease", "Breast Cancer", "D001943")], concepts))
    assert names.lookup("Disease", "cancer of the breast") == "D001943"
