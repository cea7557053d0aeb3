"""brat standoff: parsing every line kind, errors, writing, CAS conversion, reader/writer."""
from __future__ import annotations

import pytest
from cassis import load_cas_from_xmi

from ctakes_py.io.brat import (
    BratDocument,
    BratFormatError,
    BratReader,
    BratWriter,
    cas_to_document,
    document_to_cas,
    load_type_map,
    mapping_from_type_map,
    parse_ann,
    read_brat,
    write_brat,
)
from ctakes_py.typesystem import BINARY_TEXT_RELATION, MEDICATION_MENTION, load_typesystem

TS = load_typesystem()
TEXT = "No aspirin. Lisinopril 10 mg daily; held for cough.\n"
ANN = (
    "T1\tDrug 3 10\taspirin\n"
    "T2\tDrug 12 22\tLisinopril\n"
    "T3\tStrength 23 28\t10 mg\n"
    "T4\tFrequency 29 34\tdaily\n"
    "T5\tADE 45 50\tcough\n"
    "T6\tReason 3 10;12 22\taspirin Lisinopril\n"
    "E1\tTreat:T2 Theme:T5\n"
    "R1\tStrength-Drug Arg1:T3 Arg2:T2\n"
    "R2\tFrequency-Drug Arg1:T4 Arg2:T2\n"
    "*\tEquiv T1 T2\n"
    "A1\tNegated T1\n"
    "A2\tDiscontinued T2\n"
    "M3\tSeverity T5 High\n"
    "N1\tReference T2 RxNorm:29046\tlisinopril\n"
    "N2\tReference T5 UMLS:C0010200\tCoughing\n"
    "#1\tAnnotatorNotes T5\tpatient's words\n"
)


def test_parse_every_line_kind():
    doc = parse_ann(ANN, TEXT)
    assert [(e.label, e.spans) for e in doc.entities.values()][:2] == [("Drug", ((3, 10),)), ("Drug", ((12, 22),))]
    assert doc.entities["T6"].spans == ((3, 10), (12, 22)) and doc.entities["T6"].end == 22
    assert doc.relations["R1"].arg1 == "T3" and doc.relations["R1"].roles == ("Arg1", "Arg2")
    assert doc.events["E1"].trigger == "T2" and doc.events["E1"].arguments == (("Theme", "T5"),)
    assert doc.equivalences[0].members == ("T1", "T2")
    assert doc.attributes["A1"].value is None and doc.attributes["M3"].value == "High"
    assert (doc.normalizations["N1"].db, doc.normalizations["N1"].code) == ("RxNorm", "29046")
    assert doc.notes["#1"].text == "patient's words"


def test_to_ann_round_trips():
    doc = parse_ann(ANN, TEXT)
    again = parse_ann(doc.to_ann(), TEXT)
    assert again == doc


@pytest.mark.parametrize("bad, message", [
    ("T1\tDrug 3\taspirin\n", "malformed"),
    ("T1\tDrug 3 11\taspirin\n", "differs"),
    ("T1\tDrug 3 500\taspirin\n", "after the end"),
    ("R1\tStrength-Drug Arg1:T3 Arg2:T2\n", "not defined"),
    ("X1\tfoo\n", "malformed"),
])
def test_errors_name_the_problem(bad, message):
    with pytest.raises(BratFormatError, match=message) as info:
        parse_ann(bad, TEXT, file="x.ann")
    assert info.value.file == "x.ann"


def test_whitespace_in_span_text_is_tolerated():
    text = "insulin\nglargine"
    doc = parse_ann("T1\tDrug 0 16\tinsulin glargine\n", text)
    assert doc.entities["T1"].text == "insulin glargine"
    assert "\n" not in doc.to_ann().split("\t")[2].rstrip("\n")


def test_document_to_cas_and_back():
    doc = parse_ann(ANN, TEXT)
    cas = document_to_cas(TEXT, doc, TS, "d1")
    meds = sorted(cas.select(MEDICATION_MENTION), key=lambda m: m.begin)
    assert [m.polarity for m in meds] == [-1, 1] and meds[0].discoveryTechnique == 2
    assert meds[1].medicationStrength is None  # links are relations, see the medication annotator
    rels = cas.select(BINARY_TEXT_RELATION)
    assert sorted(r.category for r in rels) == ["Frequency-Drug", "Strength-Drug"]
    back = cas_to_document(cas)
    def summary(d):
        return sorted((e.label, e.spans[0][0], e.spans[-1][1]) for e in d.entities.values())

    assert summary(back) == summary(doc)
    assert {(a.name, back.entities[a.target].text, a.value) for a in back.attributes.values()} == {
        ("Negated", "aspirin", None), ("Discontinued", "Lisinopril", None), ("Severity", "cough", "High")}
    assert {(n.db, n.code) for n in back.normalizations.values()} == {("RxNorm", "29046"), ("UMLS", "C0010200")}
    assert [n.text for n in back.notes.values()] == ["patient's words"]
    assert [len(e.members) for e in back.equivalences] == [2]

    def rel_summary(d):
        return sorted((r.label, d.entities[r.arg1].text, d.entities[r.arg2].text) for r in d.relations.values())

    assert rel_summary(back) == rel_summary(doc)


def test_cas_from_brat_survives_xmi():
    cas = document_to_cas(TEXT, parse_ann(ANN, TEXT), TS, "d1")
    back = load_cas_from_xmi(cas.to_xmi(), typesystem=TS)
    assert cas_to_document(back).to_ann() == cas_to_document(cas).to_ann()


def test_reader_and_writer(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "note1.txt").write_text(TEXT, encoding="utf-8")
    (src / "note1.ann").write_text(ANN, encoding="utf-8")
    reader = BratReader(src)
    [source] = list(reader.sources())
    cas = reader.load(source, TS)
    assert source.document_id == "note1" and len(cas.select(MEDICATION_MENTION)) == 2
    writer = BratWriter(tmp_path / "out")
    writer.write(cas, "note1")
    assert writer.done("note1")
    text, doc = read_brat(tmp_path / "out" / "note1.ann")
    assert text == TEXT and len(doc.entities) == 6 and len(doc.relations) == 2


def test_reader_needs_the_text(tmp_path):
    (tmp_path / "a.ann").write_text("T1\tDrug 0 3\tfoo\n", encoding="utf-8")
    reader = BratReader(tmp_path)
    with pytest.raises(Exception, match="no .txt"):
        reader.load(next(reader.sources()), TS)
    with pytest.raises(Exception, match="unknown option"):
        BratReader(tmp_path, bogus=1)


def test_type_map_changes_labels(tmp_path):
    path = tmp_path / "types.tsv"
    path.write_text("# type -> label\nMedicationMention\tChemical\n", encoding="utf-8")
    assert load_type_map(path) == {"org.apache.ctakes.typesystem.type.textsem.MedicationMention": "Chemical"}
    cas = document_to_cas(TEXT, parse_ann(ANN, TEXT), TS)
    doc = cas_to_document(cas, mapping_from_type_map(path))
    # the map replaces the default labels (no Strength/Frequency); categorized Modifiers keep theirs
    assert {e.label for e in doc.entities.values()} == {"Chemical", "ADE", "Reason"}
    ann = write_brat(cas, tmp_path / "o", "d", mapping_from_type_map(path))
    assert "Chemical" in ann.read_text(encoding="utf-8")
    path.write_text("just-one-column\n", encoding="utf-8")
    with pytest.raises(Exception, match="TYPE<TAB>LABEL"):
        load_type_map(path)


def test_empty_document():
    assert parse_ann("", "") == BratDocument()
    assert BratDocument().to_ann() == ""
