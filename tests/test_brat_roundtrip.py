"""brat round trip of a pipeline CAS: entities, relations, attributes, normalizations and
coreference chains survive CAS -> .ann -> CAS -> .ann."""
from __future__ import annotations

import pytest

from ctakes_py.io.brat import BratMapping, cas_to_document, document_to_cas, read_brat, write_brat
from ctakes_py.pipeline import Pipeline
from ctakes_py.typesystem import BINARY_TEXT_RELATION, load_typesystem

NOTE = ("HISTORY OF PRESENT ILLNESS:\nMr. Smith is a 70-year-old man with a history of hypertension. "
        "He denies fever or cough. He reports possible pneumonia.\n\nMEDICATIONS:\n"
        "1. Metformin 500 mg PO BID.\n2. Lisinopril 10 mg daily.\n\nFAMILY HISTORY:\nMother had breast cancer.\n")
_C = "org.apache.ctakes.typesystem.type."
COLLECTION = _C + "relation.CollectionTextRelation"
# Chain members are Markables / PersonMentions: give them labels so chains can be written.
MAPPING = BratMapping(extra_type_labels={_C + "textsem.Markable": "Markable",
                                         "ctakes_py.type.PersonMention": "PersonMention"})
MAPPING.label_types = {**MAPPING.label_types, "Markable": _C + "textsem.Markable",
                       "PersonMention": "ctakes_py.type.PersonMention"}


@pytest.fixture(scope="module")
def pipeline_cas():
    return Pipeline.from_descriptor("phenotype")(NOTE, document_id="rt1")


def _counts(doc):
    return {"entities": len(doc.entities), "relations": len(doc.relations), "attributes": len(doc.attributes),
            "normalizations": len(doc.normalizations), "equivalences": len(doc.equivalences)}


def test_pipeline_cas_round_trips_through_brat(tmp_path, pipeline_cas):
    first = cas_to_document(pipeline_cas, MAPPING)
    counts = _counts(first)
    assert all(counts.values()), counts  # the note exercises every kind
    ann = write_brat(pipeline_cas, tmp_path, "rt1", MAPPING)
    text, parsed = read_brat(ann)
    assert text == NOTE and parsed == first
    cas = document_to_cas(text, parsed, load_typesystem(), "rt1", MAPPING)
    second = cas_to_document(cas, MAPPING)
    assert second.to_ann() == first.to_ann()
    assert _counts(second) == counts


def test_round_trip_keeps_assertions_relations_and_chains(pipeline_cas):
    doc = cas_to_document(pipeline_cas, MAPPING)
    cas = document_to_cas(NOTE, doc, load_typesystem(), "rt1", MAPPING)
    flags = lambda c: sorted((m.begin, m.end, m.polarity, m.uncertainty or 0, m.historyOf or 0)  # noqa: E731
                             for m in c.select(_C + "textsem.EventMention"))
    assert flags(cas) == flags(pipeline_cas)
    relations = lambda c: {(r.category, r.arg1.argument.begin, r.arg2.argument.begin)  # noqa: E731
                           for r in c.select(BINARY_TEXT_RELATION)}
    assert relations(cas) == relations(pipeline_cas)
    chains = lambda c: sorted(tuple(_members(x)) for x in c.select(COLLECTION))  # noqa: E731
    assert chains(cas) == chains(pipeline_cas) and chains(cas)


def _members(coll):
    node, out = coll.members, []
    while node is not None and node.type.name == "uima.cas.NonEmptyFSList":
        out.append((node.head.begin, node.head.end))
        node = node.tail
    return out
