"""Candidate generation and pair features."""
from pathlib import Path

import pytest

from ctakes_py.io.ade import ade_to_cas, read_ade
from ctakes_py.io.pubtator import document_to_cas, read_pubtator
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.candidates import DocView, document_candidates, select_mentions, sentence_candidates
from ctakes_py.relation.features import candidate_features, pair_features

FIXTURES = Path(__file__).parent / "fixtures" / "relation"
DRUGS, EFFECTS = ["MedicationMention"], ["DiseaseDisorderMention", "SignSymptomMention"]


@pytest.fixture(scope="module")
def nlp():
    return Pipeline.from_descriptor("text")


def tokenized(cas, nlp):
    for step, annotator in zip(nlp.steps, nlp.annotators):
        if step.key == "Tokenizer":
            annotator.process(cas)
    return cas


@pytest.fixture(scope="module")
def rash_cas(nlp):
    doc = next(d for d in read_ade(FIXTURES / "ade") if d.pmid == "1002")
    return tokenized(ade_to_cas(doc, nlp.typesystem), nlp)


def test_sentence_pairs_stay_inside_sentences(rash_cas):
    view = DocView.of(rash_cas)
    drugs, effects = select_mentions(rash_cas, DRUGS), select_mentions(rash_cas, EFFECTS)
    assert [m.get_covered_text() for m in drugs] == ["penicillin", "amoxicillin", "amoxicillin"]
    cands = sentence_candidates(view, drugs, effects)
    # "Rash" is in the first sentence only: the second sentence's amoxicillin pairs with nothing
    assert sorted((c.arg1.get_covered_text(), c.arg2.get_covered_text()) for c in cands) == [
        ("amoxicillin", "Rash"), ("penicillin", "Rash")]


def test_token_window_drops_distant_pairs(rash_cas):
    view = DocView.of(rash_cas)
    drugs, effects = select_mentions(rash_cas, DRUGS), select_mentions(rash_cas, EFFECTS)
    near = sentence_candidates(view, drugs, effects, window=2)
    assert [c.arg1.get_covered_text() for c in near] == ["penicillin"]   # "due to" = 2 tokens


def test_technique_filter(rash_cas):
    assert select_mentions(rash_cas, DRUGS, techniques=(3,)) == []
    assert len(select_mentions(rash_cas, DRUGS, techniques=(2,))) == 3


def test_pair_features_see_triggers_order_and_distance(rash_cas):
    view = DocView.of(rash_cas)
    drug = select_mentions(rash_cas, DRUGS)[0]
    effect = select_mentions(rash_cas, EFFECTS)[0]
    f = pair_features(view, drug, effect, [drug, effect])
    assert f["order=21"] == 1.0                      # the effect comes first
    assert f["trig_between=due|21"] == 1.0
    assert f["bb=due_to"] == 1.0
    assert f["a1_head=penicillin"] == 1.0 and f["a2_head=rash"] == 1.0
    assert f["dist=2"] == 1.0
    effect.polarity = -1
    assert "a2_negated" in pair_features(view, drug, effect)
    effect.polarity = 1


def test_document_candidates_one_per_concept_pair(nlp):
    doc = next(read_pubtator(FIXTURES / "cid.PubTator"))
    cas = document_to_cas(doc, nlp.typesystem)
    for step, annotator in zip(nlp.steps, nlp.annotators):
        if step.key in ("SentenceDetector", "Tokenizer"):
            annotator.process(cas)
    view = DocView.of(cas)
    chems = select_mentions(cas, ["MedicationMention"])
    diseases = select_mentions(cas, ["DiseaseDisorderMention"])
    cands = document_candidates(view, chems, diseases)
    keys = sorted((c.key1, c.key2) for c in cands)
    assert keys == sorted((c, d) for c in ("D003042", "D009270") for d in ("D012640", "D006973", "D005334"))
    cocaine_seizures = next(c for c in cands if (c.key1, c.key2) == ("D003042", "D012640"))
    assert len(cocaine_seizures.pairs) == 2 * 3
    f = candidate_features(view, cocaine_seizures, chems + diseases)
    assert f["d:both_in_title"] == 1.0
    assert f["d:a1_code=D003042"] == 1.0
    assert any(name.startswith("s:trig_between=induced") for name in f)
