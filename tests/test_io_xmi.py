from __future__ import annotations

import logging
from pathlib import Path

import pytest
from cassis import load_cas_from_xmi
from cassis import load_typesystem as cassis_load_typesystem

from ctakes_py.document import create_cas, get_document_id, get_metadata
from ctakes_py.errors import InputError
from ctakes_py.io.base import Source
from ctakes_py.io.xmi import XmiDirectoryReader, XmiWriter, xmi_stem
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, SENTENCE, UMLS_CONCEPT, WORD_TOKEN


def _sample_cas(typesystem, text="Patient has hypertension. Denies pain \U0001F600.", doc_id="d1"):
    cas = create_cas(text, typesystem, doc_id, metadata={"patient_id": "p9"})
    Sentence, Word = typesystem.get_type(SENTENCE), typesystem.get_type(WORD_TOKEN)
    cas.add_all([Sentence(begin=0, end=25), Word(begin=0, end=7), Word(begin=12, end=24)])
    concept = typesystem.get_type(UMLS_CONCEPT)(cui="C0020538", code="38341003",
                                                codingScheme="SNOMEDCT_US")
    arr = typesystem.get_type("uima.cas.FSArray")(elements=[concept])
    cas.add(typesystem.get_type(DISEASE_DISORDER_MENTION)(begin=12, end=24, ontologyConceptArr=arr,
                                                           polarity=1))
    return cas


def _load_one(path: Path, typesystem, **options):
    reader = XmiDirectoryReader(path, **options)
    (source,) = reader.sources()
    return reader.load(source, typesystem)


def test_write_then_read_gives_the_same_cas(tmp_path, typesystem, canonical):
    cas = _sample_cas(typesystem)
    writer = XmiWriter(tmp_path)
    assert not writer.done("d1")
    writer.write(cas, "d1")
    assert writer.done("d1")
    assert writer.output_path("d1") == tmp_path / "d1.xmi"
    back = _load_one(tmp_path, typesystem)
    assert canonical(back) == canonical(cas)
    assert back.sofa_string == cas.sofa_string  # astral character: offsets survive
    (mention,) = back.select(DISEASE_DISORDER_MENTION)
    assert mention.get_covered_text() == "hypertension"
    assert get_metadata(back) == {"patient_id": "p9"}
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_writer_file_names_are_safe(tmp_path, typesystem):
    XmiWriter(tmp_path).write(_sample_cas(typesystem, doc_id="a/b c"), "a/b c")
    assert [p.name for p in tmp_path.iterdir()] == ["a_b_c.xmi"]


def test_pretty_option(tmp_path, typesystem):
    XmiWriter(tmp_path, pretty=True).write(_sample_cas(typesystem), "d1")
    assert (tmp_path / "d1.xmi").read_text(encoding="utf-8").count("\n") > 5


def test_ids_from_file_names(tmp_path, typesystem):
    assert xmi_stem(Path("x/note.txt.xmi")) == "note"
    assert xmi_stem(Path("note.XMI")) == "note"
    for name in ("one.txt.xmi", "two.xmi", "sub/one.xmi"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(_sample_cas(typesystem, doc_id=None).to_xmi(), encoding="utf-8")
    reader = XmiDirectoryReader(tmp_path)
    ids = [s.document_id for s in reader.sources()]
    assert ids == ["one", "sub/one", "two"]
    # a CAS without DocumentID gets the file-derived id
    cas = reader.load(next(iter(reader.sources())), typesystem)
    assert get_document_id(cas) == "one"


def _write(tmp_path: Path, name: str, data: bytes) -> Source:
    path = tmp_path / name
    path.write_bytes(data)
    return Source(document_id=path.stem, location=str(path))


def test_malformed_xmi_reports_the_line(tmp_path, typesystem):
    good = _sample_cas(typesystem).to_xmi(pretty_print=True).encode("utf-8")
    lines = good.split(b"\n")
    broken = b"\n".join(lines[:4] + [lines[4].replace(b"/>", b">", 1)] + lines[5:])
    source = _write(tmp_path, "bad.xmi", broken)
    with pytest.raises(InputError, match="malformed XMI") as err:
        XmiDirectoryReader(tmp_path).load(source, typesystem)
    assert err.value.position and err.value.position.startswith("line ")
    assert err.value.document == "bad" and err.value.file == source.location
    with pytest.raises(InputError, match="malformed XMI"):
        XmiDirectoryReader(tmp_path).load(_write(tmp_path, "empty.xmi", b""), typesystem)


def test_unknown_type_strict_names_it_and_lenient_drops_it(tmp_path, typesystem):
    xmi = _sample_cas(typesystem).to_xmi(pretty_print=True)
    data = xmi.replace("textsem:DiseaseDisorderMention", "textsem:FancyNewMention").encode("utf-8")
    line = data[: data.index(b"FancyNewMention")].count(b"\n") + 1
    source = _write(tmp_path, "unknown.xmi", data)
    with pytest.raises(InputError) as err:
        XmiDirectoryReader(tmp_path).load(source, typesystem)
    assert "org.apache.ctakes.typesystem.type.textsem.FancyNewMention" in err.value.message
    assert err.value.position == f"line {line}"
    assert "lenient" in err.value.fix
    cas = XmiDirectoryReader(tmp_path, lenient=True).load(source, typesystem)
    assert cas.select(DISEASE_DISORDER_MENTION) == []
    assert len(cas.select(WORD_TOKEN)) == 2
    # options arrive as text from the command line
    assert XmiDirectoryReader(tmp_path, lenient="true").load(source, typesystem) is not None
    with pytest.raises(InputError, match="FancyNewMention"):
        XmiDirectoryReader(tmp_path, lenient="false").load(source, typesystem)
    with pytest.raises(InputError, match="true or false"):
        XmiDirectoryReader(tmp_path, lenient="maybe")


def test_unknown_feature_is_named(tmp_path, typesystem):
    data = _sample_cas(typesystem).to_xmi().replace('polarity="1"', 'polarityScore="1"')
    source = _write(tmp_path, "feature.xmi", data.encode("utf-8"))
    with pytest.raises(InputError, match="'polarityScore'"):
        XmiDirectoryReader(tmp_path, lenient=True).load(source, typesystem)


def test_doctype_is_refused_without_reading_the_entity(tmp_path, typesystem):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xmi = create_cas("Note: REPLACE", typesystem, "xxe").to_xmi()
    body = xmi.split("?>", 1)[1].replace("REPLACE", "&xxe;")
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE xmi:XMI [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
            f"{body}").encode("utf-8")
    source = _write(tmp_path, "xxe.xmi", data)
    with pytest.raises(InputError, match="DOCTYPE") as err:
        XmiDirectoryReader(tmp_path).load(source, typesystem)
    assert err.value.position == "line 2"
    assert "TOP-SECRET" not in str(err.value)


def test_bad_references_and_values_are_input_errors(tmp_path, typesystem):
    xmi = _sample_cas(typesystem).to_xmi()
    bad_ref = xmi.replace('ontologyConceptArr="', 'ontologyConceptArr="9999 ')
    with pytest.raises(InputError, match="xmi:id 9999"):
        XmiDirectoryReader(tmp_path).load(_write(tmp_path, "ref.xmi", bad_ref.encode()), typesystem)
    bad_int = xmi.replace('begin="12"', 'begin="twelve"')
    with pytest.raises(InputError, match="cannot be read"):
        XmiDirectoryReader(tmp_path).load(_write(tmp_path, "int.xmi", bad_int.encode()), typesystem)


def test_empty_document_text_is_an_error(tmp_path, typesystem):
    xmi = create_cas("   ", typesystem, "e").to_xmi()
    with pytest.raises(InputError, match="empty document"):
        XmiDirectoryReader(tmp_path).load(_write(tmp_path, "e.xmi", xmi.encode()), typesystem)


def test_lenient_logs_dropped_structures(tmp_path, typesystem, caplog):
    data = _sample_cas(typesystem).to_xmi().replace("refsem:UmlsConcept", "refsem:OtherConcept")
    source = _write(tmp_path, "drop.xmi", data.encode("utf-8"))
    with caplog.at_level(logging.INFO, logger="ctakes_py.io.xmi"):
        cas = XmiDirectoryReader(tmp_path, lenient=True).load(source, typesystem)
    assert "dropped 1 feature structure" in caplog.text
    (mention,) = cas.select(DISEASE_DISORDER_MENTION)  # kept, minus its dangling reference
    assert (mention.begin, mention.end, mention.polarity) == (12, 24, 1)
    assert not (mention.ontologyConceptArr and mention.ontologyConceptArr.elements)
    with pytest.raises(InputError, match="OtherConcept"):
        XmiDirectoryReader(tmp_path).load(source, typesystem)


def test_five_megabyte_note_round_trip(tmp_path, typesystem):
    text = "Chest pain & shortness of breath <resolved>. " * 112_000
    assert len(text) > 5_000_000
    XmiWriter(tmp_path).write(create_cas(text, typesystem, "big"), "big")
    assert _load_one(tmp_path, typesystem).sofa_string == text


def test_written_xmi_loads_with_plain_cassis_and_the_ctakes_type_system(tmp_path, typesystem,
                                                                        fixtures_dir):
    XmiWriter(tmp_path).write(_sample_cas(typesystem), "d1")
    with open(fixtures_dir / "ctakes" / "TypeSystem.xml", "rb") as fh:
        ctakes_ts = cassis_load_typesystem(fh)  # cTAKES core only, without ctakes_py types
    with open(tmp_path / "d1.xmi", "rb") as fh:
        cas = load_cas_from_xmi(fh, typesystem=ctakes_ts)
    assert [m.get_covered_text() for m in cas.select(DISEASE_DISORDER_MENTION)] == ["hypertension"]
