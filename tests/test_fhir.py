"""FHIR R4B export: Conditions, MedicationStatements with Dosage, codings, span provenance."""
from __future__ import annotations

import pytest

from ctakes_py.document import create_cas
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, MEDICATION_MENTION, UMLS_CONCEPT
from tests.conftest import require_tool

try:
    from fhir.resources.R4B.bundle import Bundle

    from ctakes_py.interop.fhir import SPAN_EXTENSION, document_bundle, timing
except ImportError:  # pragma: no cover - reported by require_tool
    Bundle = None

TEXT = "No diabetes. Hypertension. Mother has asthma. Aspirin 81 mg PO daily. Possible gout."


@pytest.fixture(autouse=True)
def _fhir():
    require_tool("fhir.resources", Bundle is not None)


def _concepts(ts, *pairs):
    return ts.get_type("uima.cas.FSArray")(elements=[
        ts.get_type(UMLS_CONCEPT)(cui=cui, codingScheme=scheme, code=code, preferredText="x")
        for cui, scheme, code in pairs])


def _cas(ts):
    cas = create_cas(TEXT, ts, "note 1", {"patient_id": "p1"})
    disorder = ts.get_type(DISEASE_DISORDER_MENTION)

    def add(word, type_=disorder, **features):
        begin = TEXT.index(word)
        fs = type_(begin=begin, end=begin + len(word), **features)
        cas.add(fs)
        return fs
    add("diabetes", polarity=-1, subject="patient")
    add("Hypertension", polarity=1, subject="patient",
        ontologyConceptArr=_concepts(ts, ("C0020538", "SNOMEDCT_US", "38341003"), ("C0020538", "ICD10CM", "I10")))
    add("asthma", polarity=1, subject="family_member")
    add("gout", polarity=1, subject="patient", uncertainty=1)
    drug = add("Aspirin", ts.get_type(MEDICATION_MENTION), polarity=1,
               ontologyConceptArr=_concepts(ts, ("C0004057", "RXNORM", "1191")))
    for word, kind in (("81 mg", "Strength"), ("PO", "Route"), ("daily", "Frequency")):
        drug.set(f"medication{kind}", add(word, ts.get_type(
            f"org.apache.ctakes.typesystem.type.textsem.Medication{kind}Modifier")))
    return cas


def _resources(bundle, kind):
    return [e.resource for e in bundle.entry if e.resource.get_resource_type() == kind]


def test_only_patient_level_positive_conditions(typesystem):
    bundle = document_bundle(_cas(typesystem), recorded="2024-01-01T00:00:00+00:00")
    conditions = _resources(bundle, "Condition")
    assert sorted(c.code.text for c in conditions) == ["Hypertension", "gout"]
    status = {c.code.text: c.verificationStatus.coding[0].code for c in conditions}
    assert status == {"Hypertension": "confirmed", "gout": "provisional"}
    htn = next(c for c in conditions if c.code.text == "Hypertension")
    assert {(k.system, k.code) for k in htn.code.coding} == {
        ("http://snomed.info/sct", "38341003"), ("http://hl7.org/fhir/sid/icd-10-cm", "I10"),
        ("http://terminology.hl7.org/CodeSystem/umls", "C0020538")}
    assert htn.subject.reference == "Patient/p1"


def test_span_provenance_points_back_to_the_note(typesystem):
    bundle = document_bundle(_cas(typesystem))
    for resource in _resources(bundle, "Condition") + _resources(bundle, "MedicationStatement"):
        ext = next(e for e in resource.extension if e.url == SPAN_EXTENSION)
        values = {e.url: e for e in ext.extension}
        begin, end = values["begin"].valueInteger, values["end"].valueInteger
        assert TEXT[begin:end] == values["text"].valueString
        assert values["document"].valueReference.reference == "DocumentReference/note-1"
    prov = _resources(bundle, "Provenance")[0]
    assert len(prov.target) == len(bundle.entry) - 2


def test_medication_statement_dosage(typesystem):
    statement = _resources(document_bundle(_cas(typesystem)), "MedicationStatement")[0]
    assert statement.status == "active"
    assert [(c.system, c.code) for c in statement.medicationCodeableConcept.coding][0] == (
        "http://www.nlm.nih.gov/research/umls/rxnorm", "1191")
    dosage = statement.dosage[0]
    assert dosage.text == "81 mg PO daily"
    assert dosage.route.coding[0].code == "26643006"
    assert (dosage.timing.repeat.frequency, dosage.timing.repeat.period, dosage.timing.repeat.periodUnit) == (1, 1, "d")
    quantity = dosage.doseAndRate[0].doseQuantity
    assert (float(quantity.value), quantity.unit, quantity.code) == (81.0, "mg", "mg")


def test_bundle_json_validates_with_the_library_models(typesystem):
    bundle = document_bundle(_cas(typesystem))
    again = Bundle.model_validate_json(bundle.model_dump_json(exclude_none=True))
    assert len(again.entry) == len(bundle.entry) == 1 + 2 + 1 + 1


@pytest.mark.parametrize("text, expected", [("BID", (2, 1, "d")), ("q.6h", (1, 6, "h")),
                                            ("every 8 hours", (1, 8, "h")), ("weekly", (1, 1, "wk"))])
def test_timing_repeat(text, expected):
    repeat = timing(text)["repeat"]
    assert (repeat["frequency"], repeat["period"], repeat["periodUnit"]) == expected


def test_unknown_frequency_keeps_text_only():
    assert timing("as needed") == {"code": {"text": "as needed"}}
