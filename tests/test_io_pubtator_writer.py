"""PubTator writing and full CAS round trips (entities with concept ids, CID relations)."""
from __future__ import annotations

from ctakes_py.io.pubtator import (
    TYPE_SCHEME,
    cas_to_pubtator,
    document_to_cas,
    format_pubtator,
    read_pubtator,
    write_pubtator,
)
from ctakes_py.typesystem import BINARY_TEXT_RELATION, DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SEGMENT


def _key(doc):
    return (doc.pmid, doc.title, doc.abstract, sorted(doc.mentions, key=lambda m: (m.begin, m.end, m.type)),
            sorted(doc.relations, key=lambda r: (r.type, r.arg1, r.arg2)))


def test_text_round_trip_is_byte_identical(fixtures_dir, tmp_path):
    path = fixtures_dir / "ner" / "tiny.pubtator"
    docs = list(read_pubtator(path))
    assert format_pubtator(docs) == path.read_text(encoding="utf-8")
    out = tmp_path / "out.pubtator"
    write_pubtator(docs, out)
    assert [_key(d) for d in read_pubtator(out)] == [_key(d) for d in docs]


def test_cas_round_trip_keeps_mentions_relations_and_title(fixtures_dir, typesystem):
    for doc in read_pubtator(fixtures_dir / "ner" / "tiny.pubtator"):
        cas = document_to_cas(doc, typesystem)
        segments = {s.id: s.get_covered_text() for s in cas.select(SEGMENT)}
        assert segments["title"] == doc.title and segments["abstract"] == doc.abstract
        chem = {(m.begin, m.end) for m in cas.select(MEDICATION_MENTION)}
        assert chem == {(m.begin, m.end) for m in doc.mentions if m.type == "Chemical"}
        assert len(cas.select(BINARY_TEXT_RELATION)) == len(doc.relations)
        assert _key(cas_to_pubtator(cas)) == _key(doc)


def test_ncbi_types_and_composite_mentions_survive(fixtures_dir, typesystem):
    doc = next(read_pubtator(fixtures_dir / "ner" / "ncbi_style.pubtator"))
    cas = document_to_cas(doc, typesystem)
    diseases = cas.select(DISEASE_DISORDER_MENTION)
    assert len(diseases) == 5
    composite = next(m for m in diseases if m.get_covered_text() == "breast and ovarian cancer")
    schemes = {(c.codingScheme, c.code) for c in composite.ontologyConceptArr.elements}
    assert (TYPE_SCHEME, "CompositeMention") in schemes and ("MSH", "D010051") in schemes
    assert _key(cas_to_pubtator(cas)) == _key(doc)


def test_relation_to_a_concept_only_in_a_composite_mention(fixtures_dir, typesystem):
    from ctakes_py.io.pubtator import PubtatorRelation

    doc = next(read_pubtator(fixtures_dir / "ner" / "ncbi_style.pubtator"))
    doc.relations.append(PubtatorRelation("CID", "D001260", "D010051"))  # D010051 only in the composite
    back = cas_to_pubtator(document_to_cas(doc, typesystem))
    assert back.relations == [PubtatorRelation("CID", "D001260", "D010051")]


def test_only_crf_mentions_can_be_written(fixtures_dir, typesystem):
    doc = next(read_pubtator(fixtures_dir / "ner" / "tiny.pubtator"))
    cas = document_to_cas(doc, typesystem)  # gold mentions: discoveryTechnique 2
    assert cas_to_pubtator(cas, discovery_techniques=(3,)).mentions == []
    assert len(cas_to_pubtator(cas, discovery_techniques=(2,)).mentions) == len(doc.mentions)
