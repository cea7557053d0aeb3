"""CRF NER building blocks: sub-tokens, BIO, features, abbreviations, consistency, clusters."""
from __future__ import annotations

import pytest

from ctakes_py.document import create_cas
from ctakes_py.label_map import parse_label_map
from ctakes_py.ner.abbreviations import find_definitions, short_form_occurrences
from ctakes_py.ner.bio import sentence_tags, spans_to_tags, tags_to_spans
from ctakes_py.ner.clusters import build_clusters, load_clusters, save_clusters
from ctakes_py.ner.consistency import propagate_abbreviations, propagate_strings
from ctakes_py.ner.corpus import Preprocessor, detect_format
from ctakes_py.ner.features import FeatureConfig, FeatureExtractor, short_shape, word_shape
from ctakes_py.ner.gazetteer import token_tags
from ctakes_py.ner.tokens import document_from_cas, group_sentences, split_span


def test_tokens_are_cut_at_hyphens_and_slashes():
    text = "cocaine-induced and/or x"
    assert [text[b:e] for b, e in split_span(text, 0, 15)] == ["cocaine", "-", "induced"]
    assert [text[b:e] for b, e in split_span(text, 16, 22)] == ["and", "/", "or"]
    assert split_span(text, 23, 24) == [(23, 24)]


def test_document_from_cas(typesystem):
    cas = create_cas("Cisplatin-induced nephrotoxicity.\nNo fever.", typesystem, "d1")
    Preprocessor(typesystem)(cas)
    doc = document_from_cas(cas)
    assert doc.doc_id == "d1"
    assert doc.words() == ["Cisplatin", "-", "induced", "nephrotoxicity", ".", "No", "fever", "."]
    assert doc.sentences == [(0, 5), (5, 8)]


def test_group_sentences_keeps_tokens_outside_sentences():
    tokens = [(0, 1), (2, 3), (10, 11), (20, 21)]
    assert group_sentences(tokens, [(0, 5), (18, 25)]) == [(0, 2), (2, 3), (3, 4)]


def test_bio_round_trip_and_misalignment():
    tokens = [(0, 3), (4, 8), (9, 12), (13, 15)]
    spans = [(0, 8, "Chemical"), (9, 15, "Disease")]
    aligned = spans_to_tags(tokens, spans)
    assert aligned.tags == ["B-Chemical", "I-Chemical", "B-Disease", "I-Disease"]
    assert tags_to_spans(tokens, aligned.tags) == spans
    widened = spans_to_tags(tokens, [(1, 8, "Chemical"), (0, 3, "Disease")])
    assert widened.tags[:2] == ["B-Chemical", "I-Chemical"] and widened.misaligned == 1 and widened.dropped == 1
    assert tags_to_spans(tokens, ["I-X", "I-Y", "O", "I-Y"]) == [(0, 3, "X"), (4, 8, "Y"), (13, 15, "Y")]
    assert sentence_tags(["B-X", "I-X", "I-X"], [(0, 1), (1, 3)]) == [["B-X"], ["B-X", "I-X"]]


def test_shapes():
    assert word_shape("Naloxone-2") == "Xxxxxxxx-d"
    assert short_shape("Naloxone-2") == "Xx-d"
    assert short_shape("HbA1c") == "XxXdx"


def test_schwartz_hearst_definitions():
    text = ("Cisplatin caused acute renal failure (ARF) and (p < 0.05) cisplatin (CDDP) was given; "
            "ARF resolved. Neuroleptic malignant syndrome (NMS).")
    found = {text[d.short_begin:d.short_end]: text[d.long_begin:d.long_end] for d in find_definitions(text)}
    assert found == {"ARF": "acute renal failure", "NMS": "Neuroleptic malignant syndrome"}
    assert len(short_form_occurrences(text, "ARF")) == 2
    assert short_form_occurrences("ARFs ARF-1 xARF", "ARF") == []


def test_abbreviation_and_string_propagation():
    text = "acute renal failure (ARF) was seen. Later ARF recurred; renal failure is rare. Renal failure."
    tokens = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[^\w\s]", text)]
    second = text.index("renal failure is")
    crf = [(0, 19, "Disease"), (second, second + 13, "Disease")]
    spans = propagate_abbreviations(text, crf, tokens)
    arf = [(m.start(), m.end()) for m in __import__("re").finditer("ARF", text)]
    assert {(b, e) for b, e, _ in spans} >= set(arf)
    removed = propagate_abbreviations(text, [(21, 24, "Disease")], tokens, remove_undefined=True)
    assert removed == []
    consistent = propagate_strings(text, crf, tokens)
    last = text.index("Renal failure.")
    assert (last, last + 13, "Disease") in consistent          # case-insensitive for long strings
    assert len(consistent) == len(crf) + 1


def test_features_include_gazetteer_clusters_and_abbreviations(typesystem):
    cas = create_cas("Lithium toxicity (LT) was seen. LT recurred.", typesystem, "d")
    Preprocessor(typesystem)(cas)
    doc = document_from_cas(cas)
    doc.gazetteer = token_tags(doc.tokens, [(0, 7, "DRUG"), (0, 16, "DISORDER")])
    extractor = FeatureExtractor(FeatureConfig(), clusters={"lithium": (1, 7)})
    sentences = extractor.document(doc)
    first = sentences[0][0]
    assert {"w=lithium", "g[0]=B-DRUG", "g[0]=B-DISORDER", "gg=DRUG", "c0[0]=1", "c1[0]=7", "BOS",
            "init_cap", "p3=lit", "x3=ium", "chem_sfx=ium"} <= set(first)
    assert "g[-1]=B-DRUG" in sentences[0][1]
    later_lt = sentences[1][0]
    assert {"abbr", "abbr_g=DISORDER", "abbr_x4=city"} <= set(later_lt)
    plain = FeatureExtractor(FeatureConfig(gazetteer=False, clusters=False, abbreviations=False)).document(doc)
    assert not any(f.startswith(("g[", "c0", "abbr")) for f in plain[0][0] + plain[1][0])


def test_word_feature_cache_gives_the_same_features_and_stays_bounded(typesystem, monkeypatch):
    import ctakes_py.ner.features as features

    cas = create_cas("Lithium toxicity. Lithium was stopped; lithium levels fell.", typesystem, "d")
    Preprocessor(typesystem)(cas)
    doc = document_from_cas(cas)
    fresh = [FeatureExtractor(FeatureConfig(), clusters={"lithium": (1, 7)}) for _ in range(2)]
    first = fresh[0].document(doc)
    assert fresh[0].document(doc) == first                   # second pass: every word from the cache
    first[0][0].append("mutated")                             # a caller's list is its own
    assert fresh[0].document(doc) == fresh[1].document(doc)
    # repeated words share context-free features, not context ones
    lithium = [f for s in fresh[1].document(doc) for f in s][3]
    assert {"w=lithium", "init_cap", "c0[0]=1"} <= set(lithium) and "BOS" in lithium
    monkeypatch.setattr(features, "WORD_CACHE_SIZE", 3)
    small = FeatureExtractor(FeatureConfig(), clusters={"lithium": (1, 7)})
    assert small.document(doc) == fresh[1].document(doc)
    assert len(small._words) <= 3


def test_clusters_group_words_of_similar_contexts(tmp_path):
    drugs = ["aspirin", "heparin", "warfarin", "insulin"]
    diseases = ["fever", "anemia", "asthma", "gout"]
    sentences = []
    for i in range(60):
        d, x = drugs[i % 4], diseases[(i * 3) % 4]
        sentences += [["patients", "received", d, "daily", "."], ["patients", "with", x, "improved", "."]]
    sizes, table = build_clusters(sentences, sizes=(2,), dims=4, min_count=2, seed=1)
    assert len({table[w] for w in drugs}) == 1 and len({table[w] for w in diseases}) == 1
    assert table["aspirin"] != table["fever"]
    save_clusters(tmp_path / "c.tsv", sizes, table)
    assert load_clusters(tmp_path / "c.tsv") == (sizes, table)


def test_corpus_helpers(tmp_path):
    assert detect_format(tmp_path) == "brat"
    assert detect_format("x.xml") == "bioc" and detect_format("x.tsv") == "conll"
    assert detect_format("x.PubTator.txt") == "pubtator"
    assert parse_label_map("A=B, C=D") == {"A": "B", "C": "D"}
    assert parse_label_map(["Chemical = MedicationMention", " "]) == {"Chemical": "MedicationMention"}
    assert parse_label_map(None) == {}
    with pytest.raises(ValueError, match="'A' is not LABEL=TYPE"):
        parse_label_map("X=Y, A")
