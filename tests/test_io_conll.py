"""CoNLL/IOB columns: reading, IOB1 -> IOB2, CAS conversion and round trips."""
from __future__ import annotations

import pytest

from ctakes_py.errors import InputError
from ctakes_py.io.conll import (
    cas_to_document,
    document_to_cas,
    format_conll,
    iob1_to_iob2,
    read_conll,
    read_conll_cases,
    write_conll,
)
from ctakes_py.typesystem import BASE_TOKEN, DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SENTENCE


def test_reads_documents_sentences_and_tags(fixtures_dir):
    docs = list(read_conll(fixtures_dir / "ner" / "tiny.conll"))
    assert [len(d.sentences) for d in docs] == [2, 1]
    first = docs[0].sentences[0]
    assert first.tokens[:5] == ["Selegiline", "-", "induced", "postural", "hypotension"]
    assert first.tags[:5] == ["B-Chemical", "O", "O", "B-Disease", "I-Disease"]


def test_file_round_trip_through_cas_is_identical(fixtures_dir, typesystem, tmp_path):
    path = fixtures_dir / "ner" / "tiny.conll"
    cases = list(read_conll_cases(path, typesystem))
    out = tmp_path / "out.conll"
    write_conll([cas_to_document(cas) for cas in cases], out)
    assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_cas_has_tokens_sentences_and_typed_mentions(fixtures_dir, typesystem):
    doc = next(read_conll(fixtures_dir / "ner" / "tiny.conll"))
    cas = document_to_cas(doc, typesystem)
    assert cas.sofa_string.split("\n")[1] == "Naloxone reverses it ."
    assert len(cas.select(SENTENCE)) == 2
    assert len(cas.select(BASE_TOKEN)) == sum(len(s.tokens) for s in doc.sentences)
    assert [m.get_covered_text() for m in cas.select(MEDICATION_MENTION)] == ["Selegiline", "Naloxone"]
    assert [m.get_covered_text() for m in cas.select(DISEASE_DISORDER_MENTION)] == [
        "postural hypotension", "Parkinson ' s disease"]
    assert {m.discoveryTechnique for m in cas.select(MEDICATION_MENTION)} == {2}


def test_unknown_labels_round_trip_as_modifiers(typesystem, tmp_path):
    path = tmp_path / "genes.conll"
    path.write_text("BRCA1\tB-Gene\nmutation\tO\n\n", encoding="utf-8")
    cas = next(read_conll_cases(path, typesystem))
    mods = cas.select("org.apache.ctakes.typesystem.type.textsem.Modifier")
    assert [(m.get_covered_text(), m.category) for m in mods] == [("BRCA1", "Gene")]
    assert format_conll([cas_to_document(cas)], docstart=False) == path.read_text(encoding="utf-8")


def test_iob1_is_converted():
    assert iob1_to_iob2(["I-X", "I-X", "O", "I-Y", "B-Y", "I-X"]) == ["B-X", "I-X", "O", "B-Y", "B-Y", "B-X"]


def test_iob1_file(tmp_path):
    path = tmp_path / "iob1.txt"
    path.write_text("a I-Chemical\nb I-Chemical\nc O\n\n", encoding="utf-8")
    doc = next(read_conll(path, scheme="iob1"))
    assert doc.sentences[0].tags == ["B-Chemical", "I-Chemical", "O"]


@pytest.mark.parametrize("content", ["onlytoken\n", "a\tX-Chemical\n"])
def test_bad_lines_name_the_line(tmp_path, content):
    path = tmp_path / "bad.conll"
    path.write_text("ok\tO\n" + content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_conll(path))
    assert "line 2" in str(info.value)


def test_pipeline_tokens_can_be_cut_like_the_crf(typesystem):
    from ctakes_py.document import create_cas
    from ctakes_py.ner.corpus import Preprocessor

    cas = create_cas("Cocaine-induced angina.", typesystem, "d")
    Preprocessor(typesystem)(cas)
    cas.add(typesystem.get_type(MEDICATION_MENTION)(begin=0, end=7))
    whole = cas_to_document(cas)
    cut = cas_to_document(cas, split_tokens=True)
    assert whole.sentences[0].tokens[0] == "Cocaine-induced"
    assert whole.sentences[0].tags[0] == "B-Chemical"   # widened to the token
    assert cut.sentences[0].tokens[:3] == ["Cocaine", "-", "induced"]
    assert cut.sentences[0].tags[:3] == ["B-Chemical", "O", "O"]
