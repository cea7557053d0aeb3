"""Relation extraction stays linear in the text: long sentences are cut into parts, overlap
suppression searches only nearby pairs, and the ade descriptor caps the token window."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

import ctakes_py.relation.candidates as candidates
from ctakes_py import Pipeline
from ctakes_py.relation.candidates import DocView, _token_gap
from ctakes_py.relation.training import candidates_of, suppress_overlapping


def _brute_force_suppression(probabilities, keys):
    kept, out = {}, []
    for i in sorted(range(len(keys)), key=lambda k: -probabilities[k]):
        case, b1, e1, b2, e2 = keys[i]
        rivals = kept.setdefault(case, [])
        if not any(b1 < k[1] and k[0] < e1 and b2 < k[3] and k[2] < e2 for k in rivals):
            rivals.append((b1, e1, b2, e2))
            out.append(i)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_suppression_keeps_what_a_full_scan_keeps(seed):
    rng = random.Random(seed)
    keys, probabilities = [], []
    for _ in range(400):
        b1, b2 = rng.randrange(0, 300), rng.randrange(0, 300)
        keys.append((rng.randrange(3), b1, b1 + rng.randrange(1, 30), b2, b2 + rng.randrange(1, 30)))
        probabilities.append(rng.random())
    assert suppress_overlapping(probabilities, keys) == _brute_force_suppression(probabilities, keys)


def test_a_run_on_sentence_is_cut_into_parts(monkeypatch):
    nlp = Pipeline.from_descriptor("text")
    text = " ".join(f"w{i}" for i in range(25)) + ". Short one."
    cas = nlp(text)
    monkeypatch.setattr(candidates, "MAX_SENTENCE_TOKENS", 10)
    view = DocView.of(cas)
    first_sentence = [s for s in view.sentences if s[1] <= text.index(". Short") + 1]
    assert len(first_sentence) == 3                          # 25 words and a period: 10 + 10 + 6 tokens
    assert first_sentence[0][0] == 0 and first_sentence[-1][1] == text.index(" Short")
    assert all(a[1] == b[0] for a, b in zip(first_sentence, first_sentence[1:]))    # contiguous
    assert view.sentences[-1] == (text.index("Short"), len(text))
    monkeypatch.setattr(candidates, "MAX_SENTENCE_TOKENS", 250)
    assert len(DocView.of(cas).sentences) == 2


def test_ade_pipeline_pairs_only_arguments_within_its_window():
    nlp = Pipeline.from_descriptor("ade")
    filler = " ".join(["and the patient was then observed closely on the ward for several days"] * 6)
    text = f"Rash developed after amoxicillin {filler} then a cough was reported."
    cas = nlp.make_cas(text, "d")
    for annotator in nlp.annotators[:-1]:
        annotator.process(cas)
    extractor = nlp.annotators[-1]
    assert extractor.config.window == 60

    def gaps(config):
        view, cands, _ = candidates_of(cas, config, extractor.techniques)
        return [_token_gap(view, c.arg1, c.arg2) for c in cands]

    assert gaps(extractor.config) and max(gaps(extractor.config)) <= 60
    assert max(gaps(replace(extractor.config, window=0))) > 60       # amoxicillin ... cough
