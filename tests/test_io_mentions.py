from __future__ import annotations

import csv

import pyarrow.parquet as pq
import pytest

from ctakes_py.document import create_cas
from ctakes_py.errors import CtakesError
from ctakes_py.io.mentions import MENTION_COLUMNS, CsvMentionWriter, ParquetMentionWriter, mention_rows
from ctakes_py.typesystem import (
    ANATOMICAL_SITE_MENTION,
    DISEASE_DISORDER_MENTION,
    MEDICATION_MENTION,
    SEGMENT,
    UMLS_CONCEPT,
)

TEXT = "HISTORY:\nType 2 diabetes, on metformin.\nEXAM: left\narm, normal."


def _concept(ts, cui, code, scheme="SNOMEDCT_US", tui="T047", preferred=None):
    return ts.get_type(UMLS_CONCEPT)(cui=cui, tui=tui, code=code, codingScheme=scheme,
                                     preferredText=preferred)


def _cas(ts, doc_id="doc1", patient="p1"):
    cas = create_cas(TEXT, ts, doc_id, metadata={"patient_id": patient} if patient else None)
    Seg = ts.get_type(SEGMENT)
    exam = TEXT.index("EXAM")
    cas.add_all([Seg(begin=0, end=len(TEXT), id="SIMPLE_SEGMENT"),
                 Seg(begin=0, end=exam, id="history"), Seg(begin=exam, end=len(TEXT), id="exam")])
    fsa = ts.get_type("uima.cas.FSArray")
    b = TEXT.index("Type 2 diabetes")
    disease = ts.get_type(DISEASE_DISORDER_MENTION)(
        begin=b, end=b + 15, polarity=-1, uncertainty=0, conditional=False, generic=False,
        subject="patient", historyOf=1, discoveryTechnique=1, confidence=0.75,
        ontologyConceptArr=fsa(elements=[
            _concept(ts, "C0011860", "44054006", preferred="Type 2 diabetes mellitus"),
            _concept(ts, "C0011860", "313436004", preferred="Type 2 diabetes mellitus"),
            _concept(ts, "C0011860", "E11", scheme="ICD10CM", preferred="Type 2 diabetes mellitus"),
        ]))
    m = TEXT.index("metformin")
    drug = ts.get_type(MEDICATION_MENTION)(begin=m, end=m + 9, ontologyConceptArr=fsa(elements=[
        _concept(ts, "C0025598", "6809", scheme="RXNORM", tui="T109", preferred="Metformin")]))
    a = TEXT.index("left\narm")
    site = ts.get_type(ANATOMICAL_SITE_MENTION)(begin=a, end=a + 8)  # no concepts, spans a newline
    cas.add_all([site, drug, disease])  # added out of order on purpose
    return cas


def test_mention_rows_columns_and_values(typesystem):
    rows = mention_rows(_cas(typesystem))
    assert [r["type"] for r in rows] == ["DiseaseDisorderMention", "MedicationMention",
                                        "AnatomicalSiteMention"]
    assert all(list(r) == list(MENTION_COLUMNS) for r in rows)
    disease, drug, site = rows
    assert disease["doc_id"] == "doc1" and disease["patient_id"] == "p1"
    assert disease["text"] == "Type 2 diabetes"
    assert disease["cuis"] == "C0011860"  # one CUI, three codes
    assert disease["codes"] == "44054006;313436004;E11"
    assert disease["coding_schemes"] == "SNOMEDCT_US;SNOMEDCT_US;ICD10CM"
    assert disease["preferred_text"] == "Type 2 diabetes mellitus"
    assert disease["tuis"] == "T047"
    assert (disease["polarity"], disease["uncertainty"], disease["conditional"], disease["generic"],
            disease["subject"], disease["history_of"], disease["discovery_technique"],
            disease["confidence"]) == (-1, 0, False, False, "patient", 1, 1, 0.75)
    assert disease["section"] == "history" and drug["section"] == "history"
    assert site["section"] == "exam"  # innermost segment, not SIMPLE_SEGMENT
    assert site["text"] == "left\narm"
    assert site["cuis"] is None and site["codes"] is None and site["polarity"] is None
    assert drug["coding_schemes"] == "RXNORM" and drug["codes"] == "6809"


def test_mention_rows_without_segments_metadata_or_mentions(typesystem):
    cas = create_cas("Nothing here.", typesystem, "empty")
    assert mention_rows(cas) == []
    cas.add(typesystem.get_type(DISEASE_DISORDER_MENTION)(begin=0, end=7))
    (row,) = mention_rows(cas, "given-id")
    assert row["doc_id"] == "given-id" and row["patient_id"] is None and row["section"] is None


def test_mention_outside_every_segment(typesystem):
    cas = create_cas("abc def ghi", typesystem, "d")
    cas.add(typesystem.get_type(SEGMENT)(begin=0, end=3, id="first"))
    cas.add(typesystem.get_type(DISEASE_DISORDER_MENTION)(begin=2, end=7))
    assert mention_rows(cas)[0]["section"] is None


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _as_csv_strings(row):
    return {k: "" if v is None else str(v) for k, v in row.items()}


def test_csv_writer_parts_and_ordered_merge(tmp_path, typesystem):
    writer = CsvMentionWriter(tmp_path)
    first, second = _cas(typesystem, "b/one", "p1"), _cas(typesystem, "a-two", "p2")
    empty = create_cas("No findings.", typesystem, "none")
    for cas, doc_id in ((second, "a-two"), (empty, "none"), (first, "b/one")):
        assert not writer.done(doc_id)
        writer.write(cas, doc_id)
        assert writer.done(doc_id)
    assert writer.output_path("b/one") == tmp_path / "mentions.parts" / "b_one.csv"
    writer.finalize(["b/one", "failed-doc", "none", "a-two"])  # input order; a failed doc has no part
    merged = _read_csv(tmp_path / "mentions.csv")
    expected = [_as_csv_strings(r) for r in mention_rows(first, "b/one") + mention_rows(second, "a-two")]
    assert merged == expected
    assert merged[2]["text"] == "left\narm"


def test_csv_merge_of_nothing_still_has_a_header(tmp_path):
    CsvMentionWriter(tmp_path).finalize([])
    assert (tmp_path / "mentions.csv").read_text(encoding="utf-8") == ",".join(MENTION_COLUMNS) + "\n"


def test_stale_part_is_reported(tmp_path, typesystem):
    writer = CsvMentionWriter(tmp_path)
    writer.write(_cas(typesystem), "doc1")
    part = writer.output_path("doc1")
    part.write_text("doc_id,old_column\nx,y\n", encoding="utf-8")
    with pytest.raises(CtakesError, match="old_column"):
        writer.finalize(["doc1"])
    assert not (tmp_path / "mentions.csv").exists()


def test_parquet_writer_types_and_ordered_merge(tmp_path, typesystem):
    writer = ParquetMentionWriter(tmp_path)
    first, second = _cas(typesystem, "one"), _cas(typesystem, "two", None)
    writer.write(second, "two")
    writer.write(create_cas("No findings.", typesystem, "none"), "none")
    writer.write(first, "one")
    assert writer.done("none") and not writer.done("other")
    writer.finalize(["one", "none", "two"])
    table = pq.read_table(tmp_path / "mentions.parquet")
    assert table.column_names == list(MENTION_COLUMNS)
    assert table.to_pylist() == mention_rows(first, "one") + mention_rows(second, "two")
    assert str(table.schema.field("begin").type) == "int32"
    assert str(table.schema.field("generic").type) == "bool"
    assert str(table.schema.field("confidence").type) == "double"


def test_parquet_merge_of_nothing_has_the_schema(tmp_path):
    ParquetMentionWriter(tmp_path).finalize(["missing"])
    table = pq.read_table(tmp_path / "mentions.parquet")
    assert table.num_rows == 0 and table.column_names == list(MENTION_COLUMNS)


def test_writers_can_add_columns(tmp_path, typesystem):
    class WithLength(CsvMentionWriter):
        columns = MENTION_COLUMNS + ("length",)

        def rows(self, cas, document_id):
            return [dict(r, length=r["end"] - r["begin"]) for r in mention_rows(cas, document_id)]

    writer = WithLength(tmp_path)
    writer.write(_cas(typesystem), "doc1")
    writer.finalize(["doc1"])
    assert [r["length"] for r in _read_csv(tmp_path / "mentions.csv")] == ["15", "9", "8"]
