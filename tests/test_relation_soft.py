"""Alternative CRF spans (ctakes_py.ner.soft), overlap suppression, context features,
cross-validated relation training and the extractor's removal of unrelated alternatives."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.relation import RelationExtractor
from ctakes_py.io.ade import read_ade
from ctakes_py.lexicon.semantic import mention_type_id
from ctakes_py.ner.soft import ALTERNATIVE, marginal_spans
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.candidates import DocView, select_mentions, sentence_candidates
from ctakes_py.relation.corpora import ade_sentence_cases
from ctakes_py.relation.features import candidate_features, context_features, pairing_features, rerank_features
from ctakes_py.relation.model import RelationConfig, RelationModel
from ctakes_py.relation.training import suppress_overlapping, train_cross_validated
from ctakes_py.typesystem import (
    BINARY_TEXT_RELATION,
    DISEASE_DISORDER_MENTION,
    IDENTIFIED_ANNOTATION,
    MEDICATION_MENTION,
)

FIXTURES = Path(__file__).parent / "fixtures" / "relation"
CONFIG = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention"], "Drug", "AdverseEffect")
TOKENS = [(0, 6), (7, 11), (12, 16), (17, 22)]          # "severe skin rash after"


def _m(b: dict[str, float]) -> dict[str, float]:
    return {"O": 1.0 - sum(b.values()), **b}


def test_marginal_spans_scores_products_of_marginals():
    margs = [_m({"B-Disease": 0.4}), _m({"B-Disease": 0.5, "I-Disease": 0.4}), _m({"I-Disease": 0.9}), _m({})]
    spans = {(e.begin, e.end): e.confidence for e in marginal_spans(TOKENS, margs, [(0, 4)], ["Disease"], 0.1)}
    # "severe skin rash": 0.4 * 0.4 * 0.9 * (1 - 0) ; "skin rash": 0.5 * 0.9 ; "severe": 0.4 * (1 - 0.4)
    assert spans == pytest.approx({(0, 16): 0.144, (7, 16): 0.45, (0, 6): 0.24})
    assert not marginal_spans(TOKENS, margs, [(0, 4)], ["Disease"], 0.5)


def test_marginal_spans_stay_inside_their_sentence():
    margs = [_m({"B-Disease": 0.9}), _m({"I-Disease": 0.9}), _m({"I-Disease": 0.9}), _m({})]
    spans = {(e.begin, e.end) for e in marginal_spans(TOKENS, margs, [(0, 2), (2, 4)], ["Disease"], 0.05)}
    assert (0, 16) not in spans and (0, 11) in spans


def test_suppress_overlapping_keeps_the_most_probable_of_overlapping_pairs():
    keys = [(0, 0, 5, 10, 20), (0, 0, 5, 15, 20), (0, 0, 5, 30, 35), (1, 0, 5, 15, 20)]
    assert suppress_overlapping([0.6, 0.9, 0.2, 0.1], keys) == [1, 2, 3]


@pytest.fixture(scope="module")
def nlp():
    return Pipeline.from_descriptor("text")


def _add(cas, type_name, word, technique, confidence):
    text = cas.sofa_string
    begin = text.index(word)
    mention = cas.typesystem.get_type(type_name)(begin=begin, end=begin + len(word), discoveryTechnique=technique,
                                                 confidence=confidence, polarity=1)
    cas.add(mention)
    return mention


def test_context_features_describe_sentence_and_arguments(nlp):
    cas = nlp("Severe skin rash after penicillin.")
    drug = _add(cas, MEDICATION_MENTION, "penicillin", 3, 0.97)
    rash = _add(cas, DISEASE_DISORDER_MENTION, "skin rash", ALTERNATIVE, 0.34)
    view = DocView.of(cas)
    f = context_features(view, drug, rash, [drug])
    assert {"sw=after", "sw=severe", "a1_conf=9", "a2_conf=3", "min_conf=3", "tech=3|4",
            "n_arg1_type=1", "n_other_type=0"} <= set(f)
    (cand,) = sentence_candidates(view, [drug], [rash])
    assert "sw=after" not in candidate_features(view, cand, [drug])
    assert "sw=after" in candidate_features(view, cand, [drug], context=True)


def test_extractor_suppresses_overlaps_and_drops_unrelated_alternatives(tmp_path, nlp):
    RelationModel(CONFIG, {"bw=after": 3.0, "tech=3|4": 1.0}, -2.0, 0.5).save(
        tmp_path, {"feature_options": {"context": True}, "suppress_overlaps": True})
    extractor = RelationExtractor()
    parameters = {"argumentTechniques": (3, ALTERNATIVE), "dropUnrelatedTechniques": (ALTERNATIVE,)}
    extractor.initialize(UimaContext(parameters, {"model": tmp_path}, nlp.typesystem, key="RelationExtractor"))
    cas = nlp("Severe skin rash after penicillin; fever.")
    _add(cas, MEDICATION_MENTION, "penicillin", 3, 0.97)
    _add(cas, DISEASE_DISORDER_MENTION, "skin rash", 3, 0.8)
    _add(cas, DISEASE_DISORDER_MENTION, "Severe skin rash", ALTERNATIVE, 0.3)
    _add(cas, DISEASE_DISORDER_MENTION, "fever", ALTERNATIVE, 0.2)
    extractor.process(cas)
    (rel,) = cas.select(BINARY_TEXT_RELATION)
    assert rel.arg2.argument.get_covered_text() == "Severe skin rash"     # tech=3|4 made it the more probable
    left = sorted((m.get_covered_text(), m.discoveryTechnique) for m in cas.select(IDENTIFIED_ANNOTATION))
    assert left == [("Severe skin rash", ALTERNATIVE), ("penicillin", 3), ("skin rash", 3)]


def _fold_cases(nlp):
    docs = read_ade(FIXTURES / "ade")
    cases, groups = [], []
    for copy in range(4):
        for sid, _, cas in ade_sentence_cases(docs, nlp, keep=()):
            mentions = select_mentions(cas, ["MedicationMention", "DiseaseDisorderMention"])
            for drug in [m for m in mentions if m.type.name == MEDICATION_MENTION]:
                # a wrong effect span next to each drug: a negative candidate in every case
                cas.add(cas.typesystem.get_type(DISEASE_DISORDER_MENTION)(begin=drug.begin, end=drug.begin + 2))
            cases.append(cas)
            groups.append(f"{copy}:{sid.rsplit('_', 1)[0]}")
    return cases, groups


def test_train_cross_validated_picks_a_threshold_out_of_fold(nlp):
    cases, groups = _fold_cases(nlp)
    model, report = train_cross_validated(cases, groups, CONFIG, context=True, suppress=True, folds=2,
                                          log=lambda *_: None)
    assert 0.0 < model.threshold < 1.0 and report["candidates"] > report["positives"] > 0
    assert any(name.startswith("sw=") for name in model.weights) and "reranker" not in report


def test_train_cross_validated_fits_a_reranker_on_out_of_fold_probabilities(nlp):
    cases, groups = _fold_cases(nlp)
    model, report = train_cross_validated(cases, groups, CONFIG, pairing=True, suppress=True, folds=2, rerank=True,
                                          log=lambda *_: None)
    reranker = report["reranker"]
    assert "logit" in reranker.weights and not any(name.startswith("bw=") for name in reranker.weights)
    assert 0.0 < reranker.threshold < 1.0 and report["rerank_threshold"] == reranker.threshold
    assert any(name.startswith("rank_a1=") for name in model.weights)


SENTENCE = ("A 45-year-old woman developed severe hepatotoxicity and a diffuse skin rash after "
            "treatment with isoniazid and rifampin for latent tuberculosis.")


@pytest.fixture(scope="module")
def ade_ner():
    """The shipped ade pipeline without its relation step (CrfNerAde: SoftCrfNer)."""
    return Pipeline.from_descriptor("ade", overrides={"RelationExtractorAde/threshold": 1.1})


def test_soft_crf_ner_adds_alternative_spans_beside_viterbi(ade_ner):
    cas = ade_ner(SENTENCE)
    # threshold 1.1 relates nothing, so every alternative span is dropped by the extractor ...
    assert not [m for m in cas.select(IDENTIFIED_ANNOTATION) if m.discoveryTechnique == ALTERNATIVE]
    crf = next(a for s, a in zip(ade_ner.steps, ade_ner.annotators) if s.key == "CrfNerAde")
    cas = ade_ner.make_cas(SENTENCE)
    for annotator in ade_ner.annotators[:ade_ner.annotators.index(crf) + 1]:
        annotator.process(cas)
    viterbi = {(m.begin, m.end, m.type.name) for m in cas.select(IDENTIFIED_ANNOTATION) if m.discoveryTechnique == 3}
    alternatives = [m for m in cas.select(IDENTIFIED_ANNOTATION) if m.discoveryTechnique == ALTERNATIVE]
    assert viterbi and alternatives                   # ... which the CRF step did add
    assert all(crf.threshold <= m.confidence <= 1 and (m.begin, m.end, m.type.name) not in viterbi
               for m in alternatives)
    assert all(m.typeID == mention_type_id(m.type.name) > 0 for m in alternatives)  # typed like Viterbi's


def test_ade_pipeline_keeps_only_related_alternatives():
    nlp = Pipeline.from_descriptor("ade")
    cas = nlp(SENTENCE)
    related = {id(r.arg1.argument) for r in cas.select(BINARY_TEXT_RELATION)}
    related |= {id(r.arg2.argument) for r in cas.select(BINARY_TEXT_RELATION)}
    assert cas.select(BINARY_TEXT_RELATION)
    assert all(id(m) in related for m in cas.select(IDENTIFIED_ANNOTATION) if m.discoveryTechnique == ALTERNATIVE)


def test_pairing_features_rank_mask_and_link_the_arguments(nlp):
    cas = nlp("Hepatitis and rash due to isoniazid and rifampin.")
    hepatitis = _add(cas, DISEASE_DISORDER_MENTION, "Hepatitis", 3, 0.9)
    rash = _add(cas, DISEASE_DISORDER_MENTION, "rash", 3, 0.9)
    isoniazid = _add(cas, MEDICATION_MENTION, "isoniazid", 3, 0.9)
    rifampin = _add(cas, MEDICATION_MENTION, "rifampin", 3, 0.9)
    view = DocView.of(cas)
    mentions = [hepatitis, rash, isoniazid, rifampin]
    far = pairing_features(view, rifampin, hepatitis, mentions)
    assert {"rank_a1=1", "rank_a2=1", "mbw=and <E> due to <D> and|21", "link=due to|21", "link_gap=2|21"} <= set(far)
    near = pairing_features(view, isoniazid, rash, mentions)
    assert {"rank_a1=0", "rank_a2=0", "mbw=due to|21", "link_gap=0|21"} <= set(near)
    assert "coordinated=21" not in near
    drugs = pairing_features(view, rifampin, rash, mentions)
    assert "mbw=due to <D> and|21" in drugs
    (cand,) = sentence_candidates(view, [isoniazid], [rash])
    assert "link=due to|21" not in candidate_features(view, cand, mentions, context=True)
    assert "link=due to|21" in candidate_features(view, cand, mentions, pairing=True)


def test_nested_candidates_are_opt_in(nlp):
    cas = nlp("Methanol toxicity was fatal.")
    drug = _add(cas, MEDICATION_MENTION, "Methanol", 3, 0.9)
    effect = _add(cas, DISEASE_DISORDER_MENTION, "Methanol toxicity", 3, 0.9)
    view = DocView.of(cas)
    assert sentence_candidates(view, [drug], [effect]) == []
    (cand,) = sentence_candidates(view, [drug], [effect], nested=True)
    assert (cand.arg1, cand.arg2) == (drug, effect)
    assert sentence_candidates(view, [effect], [effect], nested=True) == []
    assert {"nested", "nested_inner=a1"} <= set(pairing_features(view, drug, effect, [drug, effect]))


@pytest.mark.parametrize("options", [{}, {"feature_options": {"pairing": True}, "candidate_options": {"nested": True}}])
def test_extractor_follows_the_cards_pairing_and_nesting_options(tmp_path, nlp, options):
    RelationModel(CONFIG, {"nested": 4.0, "mbw=due to|21": 4.0}, -2.0, 0.5).save(tmp_path, options)
    extractor = RelationExtractor()
    extractor.initialize(UimaContext({}, {"model": tmp_path}, nlp.typesystem, key="RelationExtractor"))
    cas = nlp("Methanol toxicity and rash due to penicillin.")
    _add(cas, MEDICATION_MENTION, "Methanol", 3, 0.9)
    _add(cas, MEDICATION_MENTION, "penicillin", 3, 0.9)
    _add(cas, DISEASE_DISORDER_MENTION, "Methanol toxicity", 3, 0.9)
    _add(cas, DISEASE_DISORDER_MENTION, "rash", 3, 0.9)
    extractor.process(cas)
    pairs = {(r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text())
             for r in cas.select(BINARY_TEXT_RELATION)}
    # without the options neither weight fires: every pair stays at sigmoid(-2)
    assert pairs == ({("Methanol", "Methanol toxicity"), ("penicillin", "rash")} if options else set())


def _span(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)


def test_rerank_features_see_rivals_and_coordinated_arguments():
    texts = ["Gangrene after bleomycin and vincristine.", "Gangrene after bleomycin given for vincristine."]
    keys, probs = [], []
    for case, text in enumerate(texts):
        for drug, p in (("bleomycin", 0.9), ("vincristine", 0.3)):
            keys.append((case, *_span(text, drug), *_span(text, "Gangrene")))
            probs.append(p)
    first, second, third, fourth = rerank_features(probs, keys, texts)
    assert first["rank=0"] == second["rank=1"] == 1.0
    assert second["cd_max"] == 0.9 and second["se_gap"] == pytest.approx(-0.6) and "se_best=0" in second
    assert first["cd_max"] == 0.3 and "se_best=1" in first
    assert "cd_any" not in third and "cd_any" not in fourth    # "given for" is no coordination
    assert second["top_gap"] == pytest.approx(-0.6) and fourth["logit"] == pytest.approx(math.log(0.3 / 0.7))


def test_extractor_decides_with_the_cards_reranker(tmp_path, nlp):
    RelationModel(CONFIG, {"bw=after": 3.0}, -2.0, 0.5).save(tmp_path, {"reranker": "rerank"})
    # the reranker keeps only pairs that beat no rival sharing their effect
    RelationModel(CONFIG, {"se_best=1": 4.0}, -2.0, 0.6).save(tmp_path / "rerank")
    extractor = RelationExtractor()
    extractor.initialize(UimaContext({}, {"model": tmp_path}, nlp.typesystem, key="RelationExtractor"))
    assert extractor.cutoff == 0.6
    cas = nlp("Amoxicillin was stopped; rash after penicillin.")
    _add(cas, MEDICATION_MENTION, "penicillin", 3, 0.9)
    _add(cas, MEDICATION_MENTION, "Amoxicillin", 3, 0.9)
    _add(cas, DISEASE_DISORDER_MENTION, "rash", 3, 0.9)
    extractor.process(cas)
    # first stage: penicillin (after) 0.73 > amoxicillin 0.12; only penicillin is its effect's best
    (rel,) = cas.select(BINARY_TEXT_RELATION)
    assert rel.arg1.argument.get_covered_text() == "penicillin" and rel.confidence == pytest.approx(0.8808, abs=1e-4)
