"""The per-document phenotype graph and its aggregation.

Nodes are persons (the patient, relatives, others) and normalized concepts; an edge says
that a person has (or is said not to have, or may have) a concept, with the condition
mentions as evidence. :meth:`DocumentGraph.phenotype` aggregates it into the
``phenotype.json`` shape: the patient's concepts and, per family role, each relative's
concepts, keeping only edges whose status is positive or historical.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import ResourceError
from .status import HISTORICAL, HYPOTHETICAL, IN_PHENOTYPE, NEGATED, POSITIVE, UNCERTAIN

PATIENT = "patient"
# aggregate status of several mentions of one concept for one person: the first present wins
STATUS_ORDER = (POSITIVE, HISTORICAL, UNCERTAIN, HYPOTHETICAL, NEGATED)


@dataclass
class PersonNode:
    person_id: str
    role: str  # patient, a kinship relation, relative, clinician, other, family (unspecified)
    gender: str = "u"
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (begin, end, text)


@dataclass
class Evidence:
    begin: int
    end: int
    text: str
    status: str
    rule: str  # how the holder was chosen


@dataclass
class Edge:
    person_id: str
    concept: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def status(self) -> str:
        found = {e.status for e in self.evidence}
        return next((s for s in STATUS_ORDER if s in found), NEGATED)


@dataclass
class DocumentGraph:
    """Persons, edges (person x concept) and the document's identity."""

    document_id: str
    patient_id: str
    persons: dict[str, PersonNode] = field(default_factory=dict)
    edges: dict[tuple[str, str], Edge] = field(default_factory=dict)

    def add(self, person_id: str, concept: str, evidence: Evidence) -> None:
        self.edges.setdefault((person_id, concept), Edge(person_id, concept)).evidence.append(evidence)

    def phenotype(self, family_roles: Mapping[str, str]) -> dict[str, Any]:
        """``{"patient": [...], "family": {role: [...]}}``: concepts with a positive or
        historical edge; ``family`` lists every person whose role maps to a family key
        (``family_roles``: relation -> key), relatives with no concept included."""
        patient: set[str] = set()
        family: dict[str, set[str]] = {}
        for person in self.persons.values():
            key = family_roles.get(person.role)
            if key:
                family.setdefault(key, set())
        for edge in self.edges.values():
            if edge.status not in IN_PHENOTYPE:
                continue
            role = self.persons[edge.person_id].role
            if role == PATIENT:
                patient.add(edge.concept)
            elif family_roles.get(role):
                family[family_roles[role]].add(edge.concept)
        return {"patient": sorted(patient), "family": {k: sorted(v) for k, v in family.items()}}

    def rows(self) -> list[dict[str, Any]]:
        """One row per person x concept: the tabular cohort file."""
        out = []
        for (person_id, concept), edge in sorted(self.edges.items()):
            person = self.persons[person_id]
            out.append({
                "document_id": self.document_id, "patient_id": self.patient_id, "person_id": person_id,
                "role": person.role, "concept": concept, "status": edge.status,
                "in_phenotype": edge.status in IN_PHENOTYPE,
                "evidence": " | ".join(f"{e.text} [{e.begin}-{e.end}] {e.status}" for e in edge.evidence),
            })
        return out

    def to_json(self, family_roles: Mapping[str, str]) -> dict[str, Any]:
        """Everything: identity, phenotype, persons and edges with evidence."""
        return {
            "document_id": self.document_id, "patient_id": self.patient_id,
            "phenotype": self.phenotype(family_roles),
            "persons": [{"id": p.person_id, "role": p.role, "gender": p.gender,
                         "mentions": [{"begin": b, "end": e, "text": t} for b, e, t in p.mentions]}
                        for p in self.persons.values()],
            "edges": [{"person": e.person_id, "concept": e.concept, "status": e.status,
                       "evidence": [vars(x) for x in e.evidence]} for e in self.edges.values()],
        }


__all__ = ["PATIENT", "PersonNode", "Evidence", "Edge", "DocumentGraph", "HISTORICAL", "HYPOTHETICAL",
           "load_family_roles"]


def load_family_roles(path: str | Path | None = None) -> dict[str, str]:
    """``relation -> family key`` from a ``family_roles.tsv`` (default: the shipped one);
    rows whose key is ``-`` are left out."""
    from ..resources import resolve_location

    path = Path(path) if path else resolve_location("lexicons/phenotype/family_roles.tsv")
    if path is None or not path.is_file():
        raise ResourceError("family roles file not found", file=str(path))
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            relation, _, key = (p.strip() for p in line.partition("\t"))
            if key and key != "-":
                out[relation] = key
    return out
