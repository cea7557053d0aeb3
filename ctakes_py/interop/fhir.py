"""FHIR R4B export of one document's results (``fhir.resources``, models validate every resource).

:func:`document_bundle` ``(cas) -> Bundle`` (type ``collection``) holds:

- one ``DocumentReference`` for the note (``id`` from the document id, subject = the patient);
- one ``Condition`` per ``DiseaseDisorderMention`` (and ``SignSymptomMention`` with
  ``include_symptoms``) that is **asserted for the patient**: polarity not negated, subject
  ``patient`` (or unset), not generic, not conditional. ``verificationStatus`` is
  ``confirmed``, or ``provisional`` when uncertain; ``clinicalStatus`` is ``active`` for a
  current mention and absent for history-of (the note does not say whether it resolved).
  Negated, family-history, generic and hypothetical mentions are not exported: a note's
  "no diabetes" is not a patient-level condition;
- one ``MedicationStatement`` per ``MedicationMention``: status ``not-taken`` when negated,
  else ``active``; a ``Dosage`` with ``text`` (the attribute texts), ``route`` (SNOMED CT
  coding for common routes, text otherwise), ``timing`` (``repeat`` for frequencies such as
  daily/BID/TID/QID/q6h/weekly, text always) and ``doseAndRate.doseQuantity`` from the dose,
  or from the strength when there is no dose ("aspirin 81 mg");
- one ``Provenance`` whose targets are all of the above, entity = the DocumentReference,
  agent = ctakes-py.

Codes: each ``UmlsConcept`` becomes a ``Coding`` in the system :data:`CODE_SYSTEMS` gives its
``codingScheme`` (SNOMED CT, RxNorm, ICD-10-CM, MeSH, DOID, HPO, ATC, LOINC) plus one UMLS
CUI coding; ``code.text`` is the note's text. Unknown schemes are skipped.

Span provenance: every Condition/MedicationStatement carries the extension
:data:`SPAN_EXTENSION` with sub-extensions ``document`` (Reference to the
DocumentReference), ``begin`` / ``end`` (character offsets in the note, end exclusive) and
``text`` (the covered text).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from cassis import Cas

from ..document import PATIENT_ID, get_document_id, get_metadata
from ..io.base import Writer, atomic_write_bytes, safe_file_stem
from ..medication.cas import medication_columns
from ..typesystem import DISEASE_DISORDER_MENTION, MEDICATION_MENTION, SIGN_SYMPTOM_MENTION

CODE_SYSTEMS: dict[str, str] = {
    "SNOMEDCT_US": "http://snomed.info/sct",
    "SNOMEDCT": "http://snomed.info/sct",
    "RXNORM": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "ICD10CM": "http://hl7.org/fhir/sid/icd-10-cm",
    "MSH": "http://terminology.hl7.org/CodeSystem/MSH",
    "DOID": "http://purl.obolibrary.org/obo/doid.owl",
    "HPO": "http://human-phenotype-ontology.org",
    "ATC": "http://www.whocc.no/atc",
    "LNC": "http://loinc.org",
}
UMLS_SYSTEM = "http://terminology.hl7.org/CodeSystem/umls"
SPAN_EXTENSION = "urn:ctakes-py:fhir:StructureDefinition:source-span"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
UCUM = "http://unitsofmeasure.org"

# route text (lower case) -> SNOMED CT route concept
ROUTES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("po", "p.o.", "oral", "orally", "by mouth"), ("26643006", "Oral route")),
    **dict.fromkeys(("iv", "i.v.", "intravenous", "intravenously"), ("47625008", "Intravenous route")),
    **dict.fromkeys(("im", "i.m.", "intramuscular", "intramuscularly"), ("78421000", "Intramuscular route")),
    **dict.fromkeys(("sc", "sq", "subq", "subcut", "subcutaneous", "subcutaneously"),
                    ("34206005", "Subcutaneous route")),
    **dict.fromkeys(("topical", "topically"), ("6064005", "Topical route")),
}
# frequency text (lower case, dots removed) -> (frequency, period, periodUnit)
FREQUENCIES: dict[str, tuple[int, float, str]] = {
    **dict.fromkeys(("daily", "qd", "once a day", "once daily", "every day", "qday", "qam", "qpm", "qhs",
                     "at bedtime", "nightly"), (1, 1, "d")),
    **dict.fromkeys(("bid", "twice a day", "twice daily"), (2, 1, "d")),
    **dict.fromkeys(("tid", "three times a day", "three times daily"), (3, 1, "d")),
    **dict.fromkeys(("qid", "four times a day", "four times daily"), (4, 1, "d")),
    **dict.fromkeys(("weekly", "once a week", "every week", "qweek"), (1, 1, "wk")),
    **dict.fromkeys(("qod", "every other day"), (1, 2, "d")),
}
_EVERY_HOURS = re.compile(r"^(?:q|every )\s*(\d+)\s*(?:h|hr|hrs|hours?)$")
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*([a-zA-Z%]+(?:/[a-zA-Z]+)?)?")
_UCUM_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "ug": "ug", "ml": "mL", "l": "L", "units": "[iU]", "unit": "[iU]",
               "meq": "meq", "%": "%"}


def document_bundle(cas: Cas, document_id: str | None = None, include_symptoms: bool = False,
                    recorded: str | None = None) -> Any:
    """The FHIR R4B ``Bundle`` of one document (see the module docstring); ``recorded`` is the
    Provenance time (ISO 8601, default now)."""
    from fhir.resources.R4B.bundle import Bundle
    doc_id = document_id if document_id is not None else (get_document_id(cas) or "document")
    rid = _resource_id(doc_id)
    patient = get_metadata(cas).get(PATIENT_ID)
    subject = {"reference": f"Patient/{_resource_id(patient)}"} if patient else {"display": "unidentified patient"}
    note = document_reference(rid, doc_id, subject)
    note_ref = {"reference": f"DocumentReference/{rid}"}
    types = (DISEASE_DISORDER_MENTION, SIGN_SYMPTOM_MENTION) if include_symptoms else (DISEASE_DISORDER_MENTION,)
    mentions = sorted((m for t in types for m in cas.select(t) if m.type.name == t), key=lambda m: (m.begin, m.end))
    resources: list[Any] = [note]
    for i, m in enumerate(mentions):
        if exported_condition(m):
            resources.append(condition(m, f"{rid}-c{i}", subject, note_ref))
    for i, m in enumerate(sorted(cas.select(MEDICATION_MENTION), key=lambda m: (m.begin, m.end))):
        resources.append(medication_statement(m, f"{rid}-m{i}", subject, note_ref))
    resources.append(provenance(f"{rid}-prov", resources[1:], note_ref, recorded))
    entries = [{"fullUrl": f"{r.get_resource_type()}/{r.id}", "resource": r} for r in resources]
    return Bundle(type="collection", id=rid, entry=entries)


def _resource_id(value: str) -> str:
    """A FHIR id (``[A-Za-z0-9\\-\\.]{1,64}``) from any string."""
    return safe_file_stem(value).replace("_", "-")[:64] or "x"


def exported_condition(m: Any) -> bool:
    """True for a mention asserted of the patient: not negated, subject patient (or unset),
    not generic, not conditional."""
    return ((m.polarity or 0) >= 0 and (m.subject or "patient") == "patient"
            and not m.generic and not m.conditional)


def codeable_concept(m: Any) -> dict[str, Any]:
    """``CodeableConcept`` dict: one coding per (scheme, code) with a known system, plus CUIs."""
    concepts = m.ontologyConceptArr.elements if m.ontologyConceptArr is not None else []
    codings: dict[tuple[str, str], dict[str, Any]] = {}
    for c in concepts or []:
        system = CODE_SYSTEMS.get(getattr(c, "codingScheme", None) or "")
        code = getattr(c, "code", None)
        if system and code:
            codings.setdefault((system, code), _coding(system, code, getattr(c, "preferredText", None)))
        cui = getattr(c, "cui", None)
        if cui:
            codings.setdefault((UMLS_SYSTEM, cui), _coding(UMLS_SYSTEM, cui, getattr(c, "preferredText", None)))
    out: dict[str, Any] = {"text": m.get_covered_text()}
    if codings:
        out["coding"] = list(codings.values())
    return out


def _coding(system: str, code: str, display: str | None) -> dict[str, Any]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def span_extension(m: Any, note_ref: dict[str, str]) -> dict[str, Any]:
    """The source-span extension: document reference, begin, end, text."""
    return {"url": SPAN_EXTENSION, "extension": [
        {"url": "document", "valueReference": note_ref},
        {"url": "begin", "valueInteger": m.begin},
        {"url": "end", "valueInteger": m.end},
        {"url": "text", "valueString": m.get_covered_text()},
    ]}


def condition(m: Any, rid: str, subject: dict, note_ref: dict) -> Any:
    """A ``Condition`` for a patient-level disorder mention."""
    from fhir.resources.R4B.condition import Condition
    status = "provisional" if (m.uncertainty or 0) > 0 else "confirmed"
    data: dict[str, Any] = {
        "id": rid, "subject": subject, "code": codeable_concept(m), "extension": [span_extension(m, note_ref)],
        "verificationStatus": {"coding": [{"system": CONDITION_VERIFICATION, "code": status}]},
        "evidence": [{"detail": [note_ref]}],
    }
    if not m.historyOf:
        data["clinicalStatus"] = {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]}
    return Condition(**data)


def medication_statement(m: Any, rid: str, subject: dict, note_ref: dict) -> Any:
    """A ``MedicationStatement`` with a ``Dosage`` from the mention's attributes."""
    from fhir.resources.R4B.medicationstatement import MedicationStatement
    attrs = medication_columns(m)
    data: dict[str, Any] = {
        "id": rid, "subject": subject, "medicationCodeableConcept": codeable_concept(m),
        "status": "not-taken" if (m.polarity or 0) < 0 else "active",
        "extension": [span_extension(m, note_ref)], "derivedFrom": [note_ref],
    }
    dosage = dosage_dict(attrs)
    if dosage:
        data["dosage"] = [dosage]
    return MedicationStatement(**data)


def dosage_dict(attrs: dict[str, str | None]) -> dict[str, Any]:
    """``Dosage`` dict from medication attribute texts (empty when there are none)."""
    parts = [attrs.get(k) for k in ("strength", "dose", "form", "route", "frequency", "duration")]
    text = " ".join(p for p in parts if p)
    if not text:
        return {}
    out: dict[str, Any] = {"text": text}
    route = attrs.get("route")
    if route:
        known = ROUTES.get(route.strip().lower())
        out["route"] = {"text": route, **({"coding": [_coding("http://snomed.info/sct", *known)]} if known else {})}
    frequency = attrs.get("frequency")
    if frequency:
        out["timing"] = timing(frequency)
    quantity = _quantity(attrs.get("dose")) or _quantity(attrs.get("strength"))
    if quantity:
        out["doseAndRate"] = [{"doseQuantity": quantity}]
    return out


def timing(frequency: str) -> dict[str, Any]:
    """``Timing`` dict: ``code.text`` always, ``repeat`` when the frequency is recognized."""
    out: dict[str, Any] = {"code": {"text": frequency}}
    key = " ".join(frequency.lower().replace(".", "").split())
    known = FREQUENCIES.get(key)
    hours = _EVERY_HOURS.match(key)
    if known:
        out["repeat"] = {"frequency": known[0], "period": known[1], "periodUnit": known[2]}
    elif hours:
        out["repeat"] = {"frequency": 1, "period": int(hours.group(1)), "periodUnit": "h"}
    return out


def _quantity(text: str | None) -> dict[str, Any] | None:
    match = _QUANTITY.search(text or "")
    if not match:
        return None
    out: dict[str, Any] = {"value": float(match.group(1))}
    unit = match.group(2)
    if unit:
        out["unit"] = unit
        ucum = _UCUM_UNITS.get(unit.lower())
        if ucum:
            out.update(system=UCUM, code=ucum)
    return out


def document_reference(rid: str, doc_id: str, subject: dict) -> Any:
    from fhir.resources.R4B.documentreference import DocumentReference
    content = {"attachment": {"contentType": "text/plain", "title": doc_id}}
    data = {"id": rid, "status": "current", "identifier": [{"value": doc_id}], "content": [content]}
    if "reference" in subject:
        data["subject"] = subject
    return DocumentReference(**data)


def provenance(rid: str, targets: list[Any], note_ref: dict, recorded: str | None = None) -> Any:
    from fhir.resources.R4B.provenance import Provenance
    refs = [{"reference": f"{t.get_resource_type()}/{t.id}"} for t in targets] or [note_ref]
    when = recorded or datetime.now(timezone.utc).isoformat(timespec="seconds")
    return Provenance(id=rid, target=refs, recorded=when,
                      agent=[{"who": {"display": "ctakes-py"}}],
                      entity=[{"role": "source", "what": note_ref}])


class FhirBundleWriter(Writer):
    """``OUTDIR/NAME.fhir.json``: the document's FHIR Bundle (``document_bundle``), validated
    by fhir.resources' models before it is written (needs the ``[fhir]`` extra)."""

    name = "fhir"
    extension = ".fhir.json"

    def write(self, cas: Cas, document_id: str) -> None:
        bundle = document_bundle(cas, document_id)
        atomic_write_bytes(self.output_path(document_id), bundle.model_dump_json(indent=1).encode("utf-8"))
