"""The offset-mapping shortcut keeps UTF-16 offsets exact for BMP and astral text alike."""
from __future__ import annotations

from cassis import load_cas_from_xmi

import ctakes_py  # noqa: F401  (installs the shortcut)
from ctakes_py.document import create_cas
from ctakes_py.typesystem import WORD_TOKEN, load_typesystem


def _roundtrip(text: str, word: str) -> tuple[str, str]:
    ts = load_typesystem()
    cas = create_cas(text, ts, "d")
    begin = text.index(word)
    cas.add(ts.get_type(WORD_TOKEN)(begin=begin, end=begin + len(word)))
    xmi = cas.to_xmi()
    back = load_cas_from_xmi(xmi, typesystem=ts)
    return xmi, back.select(WORD_TOKEN)[0].get_covered_text()


def test_bmp_text_offsets_are_identity():
    text = "Fiebre \u00e9t\u00e9 \u4e2d\u6587 fever"
    xmi, covered = _roundtrip(text, "fever")
    assert covered == "fever" and f'begin="{text.index("fever")}"' in xmi


def test_astral_text_still_maps_to_utf16_units():
    xmi, covered = _roundtrip("pain \U0001F600 fever", "fever")
    assert covered == "fever"
    assert 'begin="8"' in xmi  # the emoji is one code point but two UTF-16 units


def test_instance_of_memo_agrees_with_the_hierarchy():
    ts = load_typesystem()
    assert ts.is_instance_of(WORD_TOKEN, "org.apache.ctakes.typesystem.type.syntax.BaseToken")
    assert ts.is_instance_of(WORD_TOKEN, "uima.tcas.Annotation")
    assert not ts.is_instance_of("uima.tcas.Annotation", WORD_TOKEN)
    assert ts.is_instance_of(WORD_TOKEN, "uima.tcas.Annotation")  # second (cached) answer agrees
    assert not ts.is_instance_of(WORD_TOKEN, "")


def test_find_all_fs_matches_cassis_on_the_ctakes_sample(fixtures_dir):
    from cassis import Cas
    from cassis import load_typesystem as cassis_load_typesystem

    from ctakes_py import cassis_speedups

    with open(fixtures_dir / "ctakes" / "TypeSystem.xml", "rb") as fh:
        ts = cassis_load_typesystem(fh)
    with open(fixtures_dir / "ctakes" / "mts_sample_note_97_1152.txt.xmi", "rb") as fh:
        cas = load_cas_from_xmi(fh, typesystem=ts)
    ours = [fs.xmiID for fs in cas._find_all_fs()]
    theirs = [fs.xmiID for fs in cassis_speedups._original_find_all_fs(cas)]
    assert ours == theirs and len(ours) > 2000
    assert Cas._find_all_fs is cassis_speedups._find_all_fs


def test_find_all_fs_generates_ids_in_the_same_order():
    from ctakes_py import cassis_speedups
    from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, UMLS_CONCEPT

    def build():
        ts = load_typesystem()
        cas = create_cas("chest pain and fever", ts, "d")
        concepts = [ts.get_type(UMLS_CONCEPT)(cui=f"C{i}") for i in range(3)]
        array = ts.get_type("uima.cas.FSArray")(elements=concepts)
        cas.add(ts.get_type(DISEASE_DISORDER_MENTION)(begin=0, end=10, ontologyConceptArr=array))
        return cas

    a, b = build(), build()
    ours = [(fs.xmiID, fs.type.name) for fs in a._find_all_fs()]
    theirs = [(fs.xmiID, fs.type.name) for fs in cassis_speedups._original_find_all_fs(b)]
    assert ours == theirs


def test_select_of_a_supertype_has_a_fixed_order():
    from ctakes_py.typesystem import (
        ANATOMICAL_SITE_MENTION,
        DISEASE_DISORDER_MENTION,
        IDENTIFIED_ANNOTATION,
        MEDICATION_MENTION,
        SIGN_SYMPTOM_MENTION,
    )

    ts = load_typesystem()
    cas = create_cas("aspirin for chest pain and heart failure", ts, "d")
    spans = [(MEDICATION_MENTION, 0, 7), (SIGN_SYMPTOM_MENTION, 12, 22), (ANATOMICAL_SITE_MENTION, 12, 17),
             (DISEASE_DISORDER_MENTION, 27, 40), (ANATOMICAL_SITE_MENTION, 27, 32)]
    cas.add_all([ts.get_type(t)(begin=b, end=e) for t, b, e in reversed(spans)])
    got = [(a.type.name.rsplit(".", 1)[1], a.begin) for a in cas.select(IDENTIFIED_ANNOTATION)]
    assert got == [("AnatomicalSiteMention", 12), ("AnatomicalSiteMention", 27), ("DiseaseDisorderMention", 27),
                   ("MedicationMention", 0), ("SignSymptomMention", 12)]  # type-name order, offsets within a type
    pain = next(a for a in cas.select(SIGN_SYMPTOM_MENTION))
    covered = [(a.begin, a.end) for a in cas.select_covered(IDENTIFIED_ANNOTATION, pain)]
    assert covered == [(12, 17), (12, 22)]
