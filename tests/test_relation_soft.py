"""Alternative CRF spans (ctakes_py.ner.soft), overlap suppression, context features,
cross-validated relation training and the extractor's removal of unrelated alternatives."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.relation import RelationExtractor
from ctakes_py.io.ade import read_ade
from ctakes_py.ner.soft import ALTERNATIVE, marginal_spans
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.candidates import DocView, select_mentions, sentence_candidates
from ctakes_py.relation.corpora import ade_sentence_cases
from ctakes_py.relation.features import candidate_features, context_features
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


def test_train_cross_validated_picks_a_threshold_out_of_fold(nlp):
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
    model, report = train_cross_validated(cases, groups, CONFIG, context=True, suppress=True, folds=2,
                                          log=lambda *_: None)
    assert 0.0 < model.threshold < 1.0 and report["candidates"] > report["positives"] > 0
    assert any(name.startswith("sw=") for name in model.weights)


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


def test_ade_pipeline_keeps_only_related_alternatives():
    nlp = Pipeline.from_descriptor("ade")
    cas = nlp(SENTENCE)
    related = {id(r.arg1.argument) for r in cas.select(BINARY_TEXT_RELATION)}
    related |= {id(r.arg2.argument) for r in cas.select(BINARY_TEXT_RELATION)}
    assert cas.select(BINARY_TEXT_RELATION)
    assert all(id(m) in related for m in cas.select(IDENTIFIED_ANNOTATION) if m.discoveryTechnique == ALTERNATIVE)
