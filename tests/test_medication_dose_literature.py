"""MedicationAttributes' literatureDoses / unlinkedDoses options: qualitative doses and
literature amounts as Dosage modifiers, off by default (made-up sentences)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.medication import MedicationAttributes
from ctakes_py.document import create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.medication.cas import MODIFIERS
from ctakes_py.medication.drugs import DICTIONARY, DrugSpan
from ctakes_py.medication.extractor import MedicationExtractor
from ctakes_py.medication.literature import merge_attributes
from ctakes_py.medication.patterns import DOSAGE, STRENGTH, Attribute
from ctakes_py.medication.vocabulary import load_vocabulary
from ctakes_py.safe_xml import parse_xml_file
from ctakes_py.typesystem import BINARY_TEXT_RELATION, MEDICATION_MENTION, load_typesystem

REPO = Path(__file__).resolve().parents[1]
VOCAB = REPO / "lexicons" / "medication"
TS = load_typesystem()
LITERATURE = MedicationExtractor.from_folder(VOCAB, literature_doses=True)
CLINICAL = MedicationExtractor.from_folder(VOCAB)
DOSE_TYPES = [m[0] for m in MODIFIERS.values()]


def dictionary(text: str, *words: str) -> list[DrugSpan]:
    """Dictionary drug mentions at the first occurrence of each word."""
    return [DrugSpan(text.index(w), text.index(w) + len(w), DICTIONARY) for w in words]


def doses(text: str, drug: str, extractor: MedicationExtractor = LITERATURE) -> list[tuple[str, str]]:
    """(kind, surface) of the Strength/Dosage attributes linked to a drug (``drug`` given as a
    dictionary mention)."""
    result = extractor.extract(text, dictionary(text, drug))
    return [(a.kind, text[a.begin:a.end]) for a in result.linked_attributes() if a.kind in (STRENGTH, DOSAGE)]


def found(text: str) -> list[str]:
    """Surfaces the literature patterns alone find."""
    return [text[a.begin:a.end] for a in sorted(LITERATURE.literature.find(text), key=lambda a: a.begin)]


@pytest.mark.parametrize("text, drug, expected", [
    ("Coma followed a deliberate quetiapine overdose last spring.", "quetiapine", "overdose"),
    ("Two overdoses of lithium were reported.", "lithium", "overdoses"),
    ("Acute overdosage of theophylline causes seizures.", "theophylline", "overdosage"),
    ("A single dose of rituximab preceded the rash.", "rituximab", "single dose"),
])
def test_dose_nouns_are_dosages_of_their_drug(text, drug, expected):
    assert (DOSAGE, expected) in doses(text, drug)
    assert doses(text, drug, CLINICAL) == []


@pytest.mark.parametrize("text, drug, expected", [
    ("Low-dose warfarin was continued.", "warfarin", "Low-dose"),
    ("Patients on high-dosage valproate were followed.", "valproate", "high-dosage"),
])
def test_hyphenated_dose_adjective_is_one_span_linked_to_its_drug(text, drug, expected):
    assert doses(text, drug) == [(DOSAGE, expected)]


@pytest.mark.parametrize("text, drug, expected", [
    ("He took a high dose of lithium for a week.", "lithium", "high"),
    ("An excessive dose of digoxin was given by mistake.", "digoxin", "excessive"),
    ("Tremor appeared with conventional doses of amiodarone.", "amiodarone", "conventional"),
])
def test_spaced_dose_adjective_alone_is_the_span(text, drug, expected):
    assert found(text) == [expected]
    # "dose of" parts it from the drug for the linker: written only as an unlinked dose
    cas = run(text, make(literatureDoses=True, unlinkedDoses=True), (drug,))
    assert ("MedicationDosageModifier", expected) in modifiers(cas)
    assert ("MedicationDosageModifier", expected) not in modifiers(run(text, make(), (drug,)))


def test_adjective_without_a_dose_word_is_nothing():
    assert found("High blood pressure and low sodium were seen with a large effusion.") == []


def test_od_after_an_amount_is_not_an_overdose():
    assert "OD" not in found("digoxin 0.25 mg OD was resumed")
    assert found("a clozapine OD") == ["OD"]


def test_overdosed_drug_stays_a_drug_only_with_literature_doses():
    text = "Coma followed a deliberate quetiapine overdose last spring."
    assert [text[d.begin:d.end] for d in CLINICAL.extract(text, dictionary(text, "quetiapine")).drugs] == []
    assert [text[d.begin:d.end] for d in LITERATURE.extract(text, dictionary(text, "quetiapine")).drugs] == \
        ["quetiapine"]


@pytest.mark.parametrize("text, drug, expected", [
    ("Cisplatin 75 mg/m2 was given on day 1.", "Cisplatin", "75 mg/m2"),
    ("She received vinorelbine 25 mg/m(2)/week.", "vinorelbine", "25 mg/m(2)/week"),
    ("Children given between 2.5 and 12 mg/kg/d of phenytoin were studied.", "phenytoin",
     "between 2.5 and 12 mg/kg/d"),
    ("A 300-mg bolus of lidocaine was given.", "lidocaine", "300-mg"),
    ("Sedation followed clonidine (2.5 microg/kg) before surgery.", "clonidine", "2.5 microg/kg"),
    ("He was switched to haloperidol 0.5 to 2 mg nightly.", "haloperidol", "0.5 to 2 mg"),
    ("Gabapentin 1800 mg per day was tolerated.", "Gabapentin", "1800 mg per day"),
])
def test_literature_amounts(text, drug, expected):
    assert expected in found(text)
    cas = run(text, make(literatureDoses=True, unlinkedDoses=True), (drug,))
    assert expected in [surface for _, surface in modifiers(cas)]


def test_blood_levels_are_not_doses():
    assert found("Her serum lithium was 2.1 mmol/L and TSH 3 mU/l.") == []


def test_a_longer_literature_amount_replaces_the_clinical_strength():
    text = "carbamazepine 600 mg/day"
    assert doses(text, "carbamazepine", CLINICAL) == [(STRENGTH, "600 mg")]
    assert doses(text, "carbamazepine") == [(DOSAGE, "600 mg/day")]


def test_merge_keeps_the_clinical_attribute_on_a_tie():
    clinical = [Attribute(STRENGTH, 0, 6)]
    merged = merge_attributes(clinical, [Attribute(DOSAGE, 0, 6), Attribute(DOSAGE, 10, 18)])
    assert [(a.kind, a.begin, a.end) for a in merged] == [(STRENGTH, 0, 6), (DOSAGE, 10, 18)]


def make(**parameters) -> MedicationAttributes:
    annotator = MedicationAttributes()
    annotator.initialize(UimaContext(parameters=parameters, resources={}, typesystem=TS))
    return annotator


def modifiers(cas) -> list[tuple[str, str]]:
    return sorted((m.type.name.rsplit(".", 1)[1], m.get_covered_text())
                  for t in DOSE_TYPES for m in cas.select(t))


def run(text: str, annotator: MedicationAttributes, drugs: tuple[str, ...] = ()):
    """CAS after the annotator; ``drugs`` are added first as dictionary mentions."""
    cas = create_cas(text, TS, "doc")
    for d in dictionary(text, *drugs):
        cas.add(TS.get_type(MEDICATION_MENTION)(begin=d.begin, end=d.end, discoveryTechnique=1, typeID=1))
    annotator.process(cas)
    return cas


def test_options_are_off_by_default_in_the_class_and_the_descriptor():
    annotator = make()
    assert annotator.literatureDoses is False and annotator.unlinkedDoses is False
    root = parse_xml_file(REPO / "descriptors" / "annotators" / "MedicationAttributes.xml")
    settings = {el.findtext("{*}name"): el.find("{*}value")[0] for el in root.iter("{*}nameValuePair")}
    assert settings["literatureDoses"].text == "false" and settings["unlinkedDoses"].text == "false"


def test_default_output_has_no_literature_doses():
    text = "Seizures followed a bupropion overdose; later low-dose haloperidol 2 mg/kg/d was tried."
    off = modifiers(run(text, make(), ("bupropion", "haloperidol")))
    on = modifiers(run(text, make(literatureDoses=True), ("bupropion", "haloperidol")))
    assert ("MedicationDosageModifier", "overdose") not in off
    assert ("MedicationDosageModifier", "overdose") in on
    assert ("MedicationDosageModifier", "low-dose") in on


def test_clinical_sig_unchanged_when_no_literature_form_occurs():
    text = "1. Lisinopril 10 mg PO daily.\n2. Metformin 500 mg tablet, 2 tabs BID with meals."
    assert modifiers(run(text, make(literatureDoses=True))) == modifiers(run(text, make()))


def test_unlinked_doses_are_written_without_a_relation():
    text = "The dose was raised to 40 mg at the second visit."
    assert modifiers(run(text, make())) == []
    cas = run(text, make(unlinkedDoses=True))
    assert modifiers(cas) == [("MedicationStrengthModifier", "40 mg")]
    assert list(cas.select(MEDICATION_MENTION)) == []
    assert list(cas.select(BINARY_TEXT_RELATION)) == []


def test_missing_qualifier_list_is_a_resource_error(tmp_path):
    folder = tmp_path / "medication"
    shutil.copytree(VOCAB, folder)
    (folder / "dose_qualifiers.tsv").unlink()
    vocab = load_vocabulary(folder)
    MedicationExtractor(vocab)  # off: not needed
    with pytest.raises(ResourceError):
        MedicationExtractor(vocab, literature_doses=True)


def test_dosage_pipeline_relates_literature_doses_to_their_drugs():
    from ctakes_py.pipeline import Pipeline
    from ctakes_py.typesystem import BINARY_TEXT_RELATION

    nlp = Pipeline.from_descriptor("dosage")
    settings = {s.key: a for s, a in zip(nlp.steps, nlp.annotators)}
    assert settings["MedicationAttributes"].literatureDoses and settings["MedicationAttributes"].unlinkedDoses
    assert settings["CrfNerAde"].alternativeThreshold == 0.0
    text = "Weekly high-dose methotrexate at 40 mg/m2 was followed by severe mucositis."
    cas = nlp(text, document_id="made-up")
    pairs = {(r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text())
             for r in cas.select(BINARY_TEXT_RELATION) if r.category == "DOSAGE"}
    assert ("methotrexate", "high-dose") in pairs or ("methotrexate", "40 mg/m2") in pairs
    assert all(r.confidence is not None for r in cas.select(BINARY_TEXT_RELATION) if r.category == "DOSAGE")
