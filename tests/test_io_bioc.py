"""BioC XML: reading (passages, annotations, node and concept relations), CAS round trip."""
from __future__ import annotations

import pytest

from ctakes_py.errors import UnsafeXMLError
from ctakes_py.io.bioc import cas_to_document, document_to_cas, dumps_bioc, loads_bioc, read_bioc, write_bioc
from ctakes_py.typesystem import BINARY_TEXT_RELATION, DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SEGMENT


def _semantics(doc):
    ents = {e.id: (e.begin, e.end, e.type, e.concept_ids) for e in doc.entities}
    rels = set()
    for r in doc.relations:
        if r.nodes:
            rels.add((r.type, tuple((ents[ref], role) for ref, role in r.nodes)))
        else:
            rels.add((r.type, tuple(sorted(r.infons.items()))))
    return doc.doc_id, doc.text, doc.passages, sorted(ents.values()), rels


def test_reads_text_at_passage_offsets(fixtures_dir):
    docs = list(read_bioc(fixtures_dir / "ner" / "tiny.bioc.xml"))
    first = docs[0]
    assert first.text == ("Naloxone reverses clonidine-induced hypotension. "
                          "Clonidine lowered blood pressure in hypertensive rats.")
    assert first.passages == [(0, 48, "title"), (49, 103, "abstract")]
    assert [first.text[e.begin:e.end] for e in first.entities] == [
        "Naloxone", "clonidine", "hypotension", "Clonidine", "hypertensive"]
    assert first.entities[0].concept_ids == ("D009270",)
    assert first.relations[0].type == "CID" and first.relations[0].infons == {"Chemical": "D003000",
                                                                               "Disease": "D007022"}
    assert docs[1].relations[0].nodes == (("A1", "agent"), ("A2", "effect"))


def test_cas_round_trip(fixtures_dir, typesystem, tmp_path):
    docs = list(read_bioc(fixtures_dir / "ner" / "tiny.bioc.xml"))
    cases = [document_to_cas(d, typesystem) for d in docs]
    assert [m.get_covered_text() for m in cases[0].select(MEDICATION_MENTION)] == ["Naloxone", "clonidine", "Clonidine"]
    assert len(cases[0].select(DISEASE_DISORDER_MENTION)) == 2
    assert [s.id for s in cases[0].select(SEGMENT)] == ["title", "abstract"]
    rel = cases[0].select(BINARY_TEXT_RELATION)[0]
    assert (rel.category, rel.arg1.argument.get_covered_text(), rel.arg2.argument.get_covered_text()) == (
        "CID", "clonidine", "hypotension")
    back = [cas_to_document(c) for c in cases]
    out = tmp_path / "back.xml"
    write_bioc(back, out)
    again = list(read_bioc(out))
    assert [_semantics(d)[:4] for d in again] == [_semantics(d)[:4] for d in docs]
    # node relations keep their roles; concept relations keep their concept infons
    assert again[1].relations[0].nodes[0][1] == "agent"
    assert again[0].relations[0].infons == {"Chemical": "D003000", "Disease": "D007022"}


def test_string_round_trip(fixtures_dir):
    docs = list(read_bioc(fixtures_dir / "ner" / "tiny.bioc.xml"))
    assert [_semantics(d) for d in loads_bioc(dumps_bioc(docs))] == [_semantics(d) for d in docs]


def test_entity_declarations_are_refused():
    xml = ('<?xml version="1.0"?><!DOCTYPE collection [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<collection><source>&x;</source><date/><key/></collection>')
    with pytest.raises(UnsafeXMLError):
        loads_bioc(xml)
