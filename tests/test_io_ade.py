"""ADE-Corpus-V2 reader: sentence grouping, offsets, negatives, split, CAS building."""
from pathlib import Path

import pytest

from ctakes_py.errors import InputError
from ctakes_py.io.ade import (
    ADE,
    DOSAGE,
    DRUG,
    EFFECT,
    ade_to_cas,
    iter_sentences,
    read_ade,
    split_documents,
    write_pubtator_sentences,
)
from ctakes_py.io.pubtator import read_pubtator
from ctakes_py.typesystem import (
    BINARY_TEXT_RELATION,
    DISEASE_DISORDER_MENTION,
    MEDICATION_MENTION,
    SENTENCE,
    load_typesystem,
)

FIXTURE = Path(__file__).parent / "fixtures" / "relation" / "ade"


@pytest.fixture(scope="module")
def docs():
    return read_ade(FIXTURE)


def _doc(docs, pmid):
    return next(d for d in docs if d.pmid == pmid)


def test_one_sentence_per_distinct_text_with_all_its_relations(docs):
    rash = _doc(docs, "1002").sentences[0]
    assert rash.text.startswith("Rash due to")
    assert [c for c, _, _ in rash.relations] == [ADE, ADE]
    assert sorted(m.label for m in rash.mentions) == sorted([EFFECT, DRUG, DRUG])
    assert len(rash.mentions) == 3            # "Rash" shared by both relations


def test_document_offsets_become_sentence_offsets(docs):
    for _, sentence in iter_sentences(docs):
        for cat, i, j in sentence.relations:
            drug, other = sentence.mentions[i], sentence.mentions[j]
            assert drug.label == DRUG
            assert sentence.text[drug.begin:drug.end].strip() == sentence.text[drug.begin:drug.end]
            assert other.label == (EFFECT if cat == ADE else "Dose")
    second = _doc(docs, "1001").sentences[1]
    (cat, i, j), = second.relations
    assert second.text[second.mentions[i].begin:second.mentions[i].end] == "valproate"
    assert second.text[second.mentions[j].begin:second.mentions[j].end] == "hepatitis"


def test_sentences_in_document_order_then_negatives(docs):
    texts = [s.text for s in _doc(docs, "1001").sentences]
    assert texts[0].startswith("Intravenous") and texts[1].startswith("We report")
    assert texts[2] == "Aspirin was continued for headache."
    # the duplicated ADE-NEG line is read once
    assert [s.text for s in _doc(docs, "1006").sentences] == ["Metformin controls diabetes well."]


def test_dose_relations_and_options(docs):
    dose_sentence = _doc(docs, "1002").sentences[1]
    assert [c for c, _, _ in dose_sentence.relations] == [DOSAGE]
    no_extra = read_ade(FIXTURE, dose=False, negatives=False)
    assert {d.pmid for d in no_extra} == {"1001", "1002", "1003", "1004", "1005"}
    assert all(s.relations for d in no_extra for s in d.sentences)


def test_split_is_by_document_and_stable(docs):
    train, test = split_documents(docs, 0.4)
    assert not {d.pmid for d in train} & {d.pmid for d in test}
    assert len(train) + len(test) == len(docs)
    again_train, again_test = split_documents(list(reversed(docs)), 0.4)
    assert {d.pmid for d in again_test} == {d.pmid for d in test}


def test_cas_has_sentences_mentions_and_relations(docs):
    ts = load_typesystem()
    cas = ade_to_cas(_doc(docs, "1002"), ts)
    assert len(cas.select(SENTENCE)) == 2
    rels = [r for r in cas.select(BINARY_TEXT_RELATION)]
    assert sorted(r.category for r in rels) == [ADE, ADE, DOSAGE]
    for r in rels:
        assert r.arg1.argument.type.name == MEDICATION_MENTION and r.arg1.role == DRUG
    ade = [r for r in rels if r.category == ADE]
    assert {r.arg2.argument.get_covered_text() for r in ade} == {"Rash"}
    assert all(r.arg2.argument.type.name == DISEASE_DISORDER_MENTION for r in ade)
    bare = ade_to_cas(_doc(docs, "1002"), ts, mentions=False)
    assert not bare.select(BINARY_TEXT_RELATION)


def test_pubtator_export_for_ner(docs, tmp_path):
    n = write_pubtator_sentences(docs, tmp_path / "s.PubTator")
    out = list(read_pubtator(tmp_path / "s.PubTator"))
    assert n == len(out) == sum(len(d.sentences) for d in docs)
    first = out[0]
    assert {(m.text, m.type) for m in first.mentions} == {("azithromycin", "Chemical"), ("ototoxicity", "Disease")}


def test_bad_line_is_an_input_error(tmp_path):
    (tmp_path / "DRUG-AE.rel").write_text("123|a sentence|x|1|2\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_ade(tmp_path)
    with pytest.raises(InputError):
        read_ade(tmp_path / "missing")


BAD_AND_GOOD = (
    "123|a sentence|x|1|2\n"                                                        # too few fields
    "124|Rash after aspirin.|Rash|0|4|aspirin|11|18\n"
    "125|Fever after aspirin.|Hives|0|5|aspirin|12|19\n"                            # effect not in sentence
    "126|Rash | itching after ibuprofen.|itching|7|14|ibuprofen|21|30\n"             # a pipe in the sentence
)


def test_bad_lines_are_reported_and_skipped_with_a_problems_list(tmp_path):
    (tmp_path / "DRUG-AE.rel").write_text(BAD_AND_GOOD, encoding="utf-8")
    (tmp_path / "ADE-NEG.txt").write_text("127 NEG Aspirin was given.\nnot a neg line\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_ade(tmp_path)
    problems: list[InputError] = []
    docs = read_ade(tmp_path, problems=problems)
    assert [d.pmid for d in docs] == ["124", "126", "127"]
    assert [(p.document, p.position) for p in problems] == [(None, "line 1"), ("125", "line 3"), (None, "line 2")]
    assert all(p.file.endswith(("DRUG-AE.rel", "ADE-NEG.txt")) for p in problems)
    (piped,) = docs[1].sentences
    (_, i, j), = piped.relations
    assert piped.text == "Rash | itching after ibuprofen."
    assert piped.text[piped.mentions[j].begin:piped.mentions[j].end] == "itching"
    assert piped.text[piped.mentions[i].begin:piped.mentions[i].end] == "ibuprofen"
