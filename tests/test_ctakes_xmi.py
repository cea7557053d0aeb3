"""Genuine cTAKES 4.x output (tests/fixtures/ctakes/README.md) read with cassis and our readers."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from cassis import load_cas_from_xmi
from cassis import load_typesystem as cassis_load_typesystem
from lxml import etree

from ctakes_py.document import get_document_id
from ctakes_py.errors import InputError
from ctakes_py.io.base import Source
from ctakes_py.io.mentions import mention_rows
from ctakes_py.io.xmi import XmiDirectoryReader
from ctakes_py.typesystem import IDENTIFIED_ANNOTATION

SAMPLE = "mts_sample_note_97_1152.txt.xmi"
_C = "org.apache.ctakes.typesystem.type."
# Counts from the reference material's description of this file (see fixtures README).
EXPECTED = {"DiseaseDisorderMention": 10, "SignSymptomMention": 39, "ProcedureMention": 17,
            "AnatomicalSiteMention": 13, "MedicationMention": 11}


@pytest.fixture(scope="module")
def ctakes_dir(fixtures_dir) -> Path:
    return fixtures_dir / "ctakes"


@pytest.fixture(scope="module")
def ctakes_ts(ctakes_dir):
    """The cTAKES core type system alone (it has no imports), not merged with ours."""
    with open(ctakes_dir / "TypeSystem.xml", "rb") as fh:
        return cassis_load_typesystem(fh)


@pytest.fixture(scope="module")
def sample_cas(ctakes_dir, ctakes_ts):
    with open(ctakes_dir / SAMPLE, "rb") as fh:
        return load_cas_from_xmi(fh, typesystem=ctakes_ts)  # strict


def _element_types(path: Path) -> Counter:
    """Full type name -> number of elements, straight from the XML (independent of cassis)."""
    counts: Counter = Counter()
    for elem in etree.parse(str(path)).getroot():
        uri, local = etree.QName(elem).namespace, etree.QName(elem).localname
        package = uri[len("http:///"):-len(".ecore")].replace("/", ".")
        counts[f"{package}.{local}"] += 1
    return counts


def test_counts_per_type(sample_cas, ctakes_dir):
    raw = _element_types(ctakes_dir / SAMPLE)
    for short, n in EXPECTED.items():
        assert len(sample_cas.select(_C + "textsem." + short)) == n
        assert raw[_C + "textsem." + short] == n
    concepts = {id(c) for m in sample_cas.select(IDENTIFIED_ANNOTATION)
                if m.ontologyConceptArr is not None for c in m.ontologyConceptArr.elements}
    assert len(concepts) == raw[_C + "refsem.UmlsConcept"] == 157


def test_concrete_mentions(sample_cas):
    (hypertension,) = [m for m in sample_cas.select(_C + "textsem.DiseaseDisorderMention")
                       if m.get_covered_text() == "hypertension"]
    (concept,) = hypertension.ontologyConceptArr.elements
    assert (concept.cui, concept.codingScheme, concept.code) == ("C0020538", "SNOMEDCT_US", "38341003")
    assert (hypertension.begin, hypertension.end, hypertension.polarity) == (648, 660, 1)
    assert hypertension.subject == "patient" and hypertension.typeID == 2
    (medications,) = [m for m in sample_cas.select(_C + "textsem.MedicationMention")
                      if m.get_covered_text() == "MEDICATIONS"]
    codes = {(c.cui, c.code) for c in medications.ontologyConceptArr.elements}
    assert {("C0013227", "410942007"), ("C0013227", "373873005")} <= codes
    assert get_document_id(sample_cas) == "mts_sample_note_97_1152"


def test_sample_uses_only_core_ctakes_types(ctakes_dir, ctakes_ts):
    used = set(_element_types(ctakes_dir / SAMPLE)) - {"uima.cas.NULL", "uima.cas.Sofa", "uima.cas.View"}
    assert not any(name.startswith("ctakes_py.") for name in used)
    assert [name for name in sorted(used) if not ctakes_ts.contains_type(name)] == []


def test_mention_rows_of_the_sample(sample_cas, ctakes_dir, ctakes_ts):
    rows = mention_rows(sample_cas)
    raw = _element_types(ctakes_dir / SAMPLE)
    ia = ctakes_ts.get_type(IDENTIFIED_ANNOTATION)
    n_mentions = sum(n for name, n in raw.items()
                     if ctakes_ts.contains_type(name) and ctakes_ts.subsumes(ia, ctakes_ts.get_type(name)))
    assert len(rows) == n_mentions == 99
    counts = Counter(r["type"] for r in rows)
    assert {k: counts[k] for k in EXPECTED} == EXPECTED
    text = sample_cas.sofa_string
    assert all(r["text"] == text[r["begin"]:r["end"]] for r in rows)
    assert [(r["begin"], r["end"]) for r in rows] == sorted((r["begin"], r["end"]) for r in rows)
    assert {r["section"] for r in rows} == {"SIMPLE_SEGMENT"}
    assert {r["doc_id"] for r in rows} == {"mts_sample_note_97_1152"}
    (row,) = [r for r in rows if r["text"] == "hypertension"]
    assert row["type"] == "DiseaseDisorderMention"
    assert (row["cuis"], row["codes"], row["coding_schemes"]) == ("C0020538", "38341003", "SNOMEDCT_US")
    assert row["preferred_text"] == "Hypertensive disease" and row["tuis"] == "T047"
    (calcium,) = [r for r in rows if r["text"] == "calcium"]  # six concepts, two distinct codes
    assert (calcium["codes"], calcium["coding_schemes"]) == ("5540006;1895", "SNOMEDCT_US;RXNORM")


def test_our_reader_and_type_system_read_it_strictly(ctakes_dir, sample_cas, typesystem):
    reader = XmiDirectoryReader(ctakes_dir)
    (source,) = reader.sources()
    assert source.document_id == "mts_sample_note_97_1152"
    cas = reader.load(source, typesystem)  # the shipped ctakes_py type system, strict
    assert cas.sofa_string == sample_cas.sofa_string
    assert mention_rows(cas) == mention_rows(sample_cas)


def test_non_core_type_is_a_clear_error_unless_lenient(ctakes_dir, tmp_path, typesystem):
    data = (ctakes_dir / SAMPLE).read_bytes()
    # type4 is declared in the file as the drug NER namespace, which is not in cTAKES core.
    changed = re.sub(rb"<textsem:DateAnnotation ", b"<type4:DrugMentionAnnotation ", data, count=1)
    path = tmp_path / "drugner.xmi"
    path.write_bytes(changed)
    source = Source(document_id="drugner", location=str(path))
    with pytest.raises(InputError) as err:
        XmiDirectoryReader(tmp_path).load(source, typesystem)
    assert "'org.apache.ctakes.drugner.type.DrugMentionAnnotation'" in err.value.message
    assert err.value.position == "line 1"  # cTAKES writes the whole XMI on one line
    cas = XmiDirectoryReader(tmp_path, lenient=True).load(source, typesystem)
    assert len(mention_rows(cas)) == 98
