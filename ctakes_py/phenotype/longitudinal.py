"""Longitudinal records: the notes of one patient (same patient id, from the reader's
metadata or a document -> patient map) are one patient.

A patient's phenotype is the union of its notes' patient phenotypes (ever diagnosed); a
relative keeps its family role across notes ("mother" in two notes is one mother, and her
conditions never become the patient's); cohort counts are over patients, not notes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .graph import DocumentGraph


@dataclass
class PatientRecord:
    patient_id: str
    documents: list[str] = field(default_factory=list)
    patient: set[str] = field(default_factory=set)
    family: dict[str, set[str]] = field(default_factory=dict)

    def add(self, document_id: str, phenotype: Mapping) -> None:
        self.documents.append(document_id)
        self.patient.update(phenotype["patient"])
        for role, concepts in phenotype["family"].items():
            self.family.setdefault(role, set()).update(concepts)

    def to_json(self) -> dict:
        return {"patient_id": self.patient_id, "documents": self.documents, "patient": sorted(self.patient),
                "family": {k: sorted(v) for k, v in sorted(self.family.items())}}


def merge_patients(graphs: Iterable[DocumentGraph], family_roles: Mapping[str, str]) -> dict[str, PatientRecord]:
    """``patient id -> record``, in order of first note."""
    out: dict[str, PatientRecord] = {}
    for graph in graphs:
        record = out.setdefault(graph.patient_id, PatientRecord(graph.patient_id))
        record.add(graph.document_id, graph.phenotype(family_roles))
    return out


def cohort_counts(records: Mapping[str, PatientRecord], concepts: Iterable[str]) -> dict[str, int]:
    """Per concept, the number of patients whose phenotype has it."""
    return {c: sum(c in r.patient for r in records.values()) for c in concepts}
