"""Read the phenotype graph back from an analysed CAS (``Person`` and ``PhenotypeEntry``
annotations written by the ``Coreference`` and ``Phenotype`` annotators), so the JSON and
tabular outputs can be made from any CAS, including XMI files read back."""
from __future__ import annotations

from cassis import Cas

from ..document import PATIENT_ID, get_document_id, get_metadata
from .graph import DocumentGraph, Edge, Evidence, PersonNode

PERSON = "ctakes_py.type.Person"
ENTRY = "ctakes_py.type.PhenotypeEntry"


def graph_from_cas(cas: Cas, document_id: str | None = None, patient_id: str | None = None) -> DocumentGraph:
    """The document's phenotype graph. ``patient_id`` defaults to the CAS metadata's, then
    to the document id (one note = one patient)."""
    document_id = document_id or get_document_id(cas) or "document"
    patient_id = patient_id or get_metadata(cas).get(PATIENT_ID) or document_id
    text = cas.sofa_string or ""
    graph = DocumentGraph(document_id, patient_id)
    for person in cas.select(PERSON):
        mentions = person.mentions.elements if person.mentions is not None and person.mentions.elements else []
        graph.persons[person.personId] = PersonNode(
            person.personId, person.role or "other", person.gender or "u",
            [(m.begin, m.end, text[m.begin:m.end]) for m in sorted(mentions, key=lambda m: m.begin)])
    for entry in cas.select(ENTRY):
        holder = entry.person.personId
        if holder not in graph.persons:
            graph.persons[holder] = PersonNode(holder, entry.person.role or "other")
        evidence = entry.evidence.elements if entry.evidence is not None and entry.evidence.elements else []
        edge = graph.edges.setdefault((holder, entry.concept), Edge(holder, entry.concept))
        edge.evidence.extend(Evidence(m.begin, m.end, text[m.begin:m.end], entry.status, "")
                             for m in sorted(evidence, key=lambda m: m.begin))
    return graph
