"""The CRF's optional sentence-cue features: drug distances and adverse-event cue words."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from ctakes_py.ner.cli import main as ner_cli
from ctakes_py.ner.features import FeatureConfig, FeatureExtractor, cue_of, distance_bucket
from ctakes_py.ner.model import ModelCard
from ctakes_py.ner.tokens import NerDocument

# token index:  0     1         2     3       4   5    6         7  |  8       9    10  11
TEXT = "Rash developed after aspirin and heparin were given . | Fever was seen ."


def _doc(drugs: dict[int, str]) -> NerDocument:
    """Whitespace tokens of TEXT without the "|"; two sentences; ``drugs``: token -> B/I tag."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s|]+", TEXT)]
    gazetteer = [(drugs[i] + "-DRUG",) if i in drugs else () for i in range(len(tokens))]
    gazetteer[0] = ("B-FINDING",)
    return NerDocument("d", TEXT, tokens, [(0, 9), (9, 13)], [""] * len(tokens), gazetteer)


def _cue_features(doc: NerDocument) -> list[set[str]]:
    return [set(f) for f in FeatureExtractor(FeatureConfig(sentence_cues=True)).sentence_cues(
        doc, [w.lower() for w in doc.words()])]


@pytest.mark.parametrize("n, bucket", [(None, "none"), (1, "1"), (2, "2"), (3, "3-5"), (5, "3-5"),
                                       (6, "6-10"), (10, "6-10"), (11, ">10"), (40, ">10")])
def test_distance_buckets(n, bucket):
    assert distance_bucket(n) == bucket


def test_cue_words_match_stems_and_whole_function_words():
    assert [cue_of(w) for w in ("induced", "inducing", "toxicity", "developed", "after", "due")] == \
        ["induc", "induc", "toxic", "develop", "after", "due"]
    assert [cue_of(w) for w in ("afterwards", "once", "dueling", "rash", "the", "")] == [None] * 6
    assert [cue_of(w) for w in ("patients", "history", "for", "onset")] == ["patient", "histor", "for", "onset"]


def test_drug_distances_on_each_side():
    feats = _cue_features(_doc({3: "B", 5: "B"}))
    rash, after, aspirin, and_, given = feats[0], feats[2], feats[3], feats[4], feats[7]
    assert {"dl=none", "dr=3-5", "sd=1"} <= rash
    assert {"dl=none", "dr=1"} <= after
    assert {"dl=none", "dr=2"} <= aspirin          # the other drug, not itself
    assert {"dl=1", "dr=1"} <= and_
    assert {"dl=2", "dr=none"} <= given


def test_drug_distance_stops_at_the_sentence_end():
    feats = _cue_features(_doc({3: "B", 5: "B"}))
    fever = feats[9]
    assert {"dl=none", "dr=none", "sd=0"} <= fever


def test_multi_token_drug_counts_each_token():
    feats = _cue_features(_doc({3: "B", 4: "I"}))
    assert "dr=2" in feats[1] and "dl=1" in feats[5] and "dr=none" in feats[5]


def test_nearest_cue_word_and_its_distance():
    feats = _cue_features(_doc({3: "B"}))
    rash, developed, aspirin, seen = feats[0], feats[1], feats[3], feats[11]
    assert {"cr=develop", "cr=develop|1"} <= rash and not any(f.startswith("cl=") for f in rash)
    assert {"cr=after", "cr=after|1"} <= developed            # itself is not its own cue
    assert {"cl=after", "cl=after|1", "cr=given", "cr=given|3-5"} <= aspirin
    assert not any(f.startswith(("cl=", "cr=")) for f in seen)   # nothing but "was seen" in sentence 2


def test_sentence_cue_bag_stays_in_its_sentence():
    feats = _cue_features(_doc({3: "B"}))
    first = {"sc=develop", "sc=after", "sc=given"}
    assert all(first == {f for f in t if f.startswith("sc=")} for t in feats[:9])
    assert not any(f.startswith("sc=") for t in feats[9:] for f in t)


def test_own_gazetteer_groups_join_the_context():
    feats = _cue_features(_doc({3: "B"}))
    rash, after, aspirin = feats[0], feats[2], feats[3]
    assert {"g=FINDING|dl=none", "g=FINDING|dr=3-5", "g=FINDING|cl=-", "g=FINDING|cr=develop"} <= rash
    assert {"g=-|dl=none", "g=-|dr=1", "g=-|cl=develop", "g=-|cr=given"} <= after
    assert {"g=DRUG|dl=none", "g=DRUG|cl=after"} <= aspirin


def test_no_gazetteer_means_no_drug():
    doc = _doc({3: "B"})
    doc.gazetteer = []
    feats = _cue_features(doc)
    assert {"sd=0", "dl=none", "dr=none"} <= feats[4]


def test_features_join_the_token_attributes_only_when_configured():
    doc = _doc({3: "B"})
    on = FeatureExtractor(FeatureConfig(sentence_cues=True, clusters=False)).document(doc)
    off = FeatureExtractor(FeatureConfig(clusters=False)).document(doc)
    assert "dr=3-5" in on[0][0] and "cr=develop|1" in on[0][0]
    assert not any(f.startswith(("dl=", "dr=", "sd=", "cl=", "cr=")) for s in off for t in s for f in t)
    assert [len(s) for s in on] == [len(s) for s in off] == [9, 4]
    assert all(set(a) < set(b) for s_off, s_on in zip(off, on) for a, b in zip(s_off, s_on))


def test_default_config_is_unchanged():
    assert FeatureConfig().sentence_cues is False
    assert FeatureConfig.from_dict({"window": 2, "stacked": False}).sentence_cues is False


def test_config_round_trips_through_the_card(tmp_path):
    config = FeatureConfig(window=1, sentence_cues=True)
    assert FeatureConfig.from_dict(config.to_dict()) == config
    card = ModelCard(name="m", labels=["Disease"], label_types={}, features=config, gazetteer=None, clusters=None,
                     postprocess={}, training={}, metrics={}, versions={}, files={})
    card.save(tmp_path)
    stored = json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))
    assert stored["features"]["sentence_cues"] is True
    loaded = ModelCard.from_dict(stored)
    assert loaded.features.sentence_cues is True and loaded.features == config


@pytest.mark.usefixtures("isolated_automaton_cache")
def test_train_ner_sentence_cues_flag_reaches_the_card_and_the_tagger(fixtures_dir, tmp_path, typesystem):
    from ctakes_py.ner.tagger import NerTagger

    corpus = fixtures_dir / "ner" / "tiny.pubtator"
    runner = CliRunner()
    for flag, expected in (("--sentence-cues", True), ("--no-sentence-cues", False)):
        out = tmp_path / flag.strip("-")
        result = runner.invoke(ner_cli, ["train", "ner", "--train", str(corpus), "--out", str(out), "--no-gazetteer",
                                         "--max-iterations", "20", "--postprocess", "none", flag])
        assert result.exit_code == 0, result.output
        assert json.loads((out / "card.json").read_text(encoding="utf-8"))["features"]["sentence_cues"] is expected
        tagger = NerTagger(out, typesystem)
        assert tagger.extractor.config.sentence_cues is expected
        attributes = {a for a, _ in tagger.model.tagger.info().state_features}
        assert any(a.startswith(("dl=", "dr=", "cl=", "cr=")) for a in attributes) is expected
