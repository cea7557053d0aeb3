"""Gold coreference / phenotype corpora in brat (the GUIDELINES.md scheme).

A folder holds ``NAME.txt`` + ``NAME.ann`` (``Person`` and ``Condition`` entities,
``Coref`` and ``Has_Condition`` relations, ``Negated``/``Uncertain``/``Historical``
attributes), optionally ``NAME.phenotype.json``, and at its root ``cohort.json`` and
``patients.csv`` (``document_id,patient_id``: notes of one patient).
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..io.brat import iter_brat_folder

PERSON, CONDITION, COREF, HAS_CONDITION = "Person", "Condition", "Coref", "Has_Condition"


@dataclass
class GoldCondition:
    begin: int
    end: int
    text: str
    attributes: set[str] = field(default_factory=set)
    owners: list[tuple[int, int]] = field(default_factory=list)  # Person mention spans


@dataclass
class GoldDocument:
    """One annotated note. ``clusters``: Person spans grouped by the transitive closure of
    ``Coref`` (singletons included); ``phenotype``: the ``NAME.phenotype.json`` content."""

    doc_id: str
    text: str
    persons: list[tuple[int, int]]
    clusters: list[list[tuple[int, int]]]
    conditions: list[GoldCondition]
    phenotype: dict | None = None

    def cluster_of(self) -> dict[tuple[int, int], int]:
        return {span: k for k, cluster in enumerate(self.clusters) for span in cluster}


def read_corpus(folder: str | Path) -> list[GoldDocument]:
    """Every annotated note of ``folder`` (sorted by document id)."""
    return sorted(_documents(Path(folder)), key=lambda g: g.doc_id)


def _documents(folder: Path) -> Iterator[GoldDocument]:
    for doc_id, text, ann in iter_brat_folder(folder):
        if text is None:
            continue
        spans = {e.id: (e.begin, e.end) for e in ann.entities.values()}
        persons = sorted(spans[e.id] for e in ann.entities.values() if e.label == PERSON)
        parent = {p: p for p in persons}

        def find(x: tuple[int, int]) -> tuple[int, int]:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        conditions = {e.id: GoldCondition(e.begin, e.end, e.text) for e in ann.entities.values()
                      if e.label == CONDITION}
        for rel in ann.relations.values():
            if rel.label == COREF and spans[rel.arg1] in parent and spans[rel.arg2] in parent:
                parent[find(spans[rel.arg1])] = find(spans[rel.arg2])
            elif rel.label == HAS_CONDITION and rel.arg2 in conditions:
                conditions[rel.arg2].owners.append(spans[rel.arg1])
        for attr in ann.attributes.values():
            if attr.target in conditions:
                conditions[attr.target].attributes.add(attr.name)
        groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for p in persons:
            groups.setdefault(find(p), []).append(p)
        pheno_path = folder / f"{doc_id}.phenotype.json"
        phenotype = json.loads(pheno_path.read_text(encoding="utf-8")) if pheno_path.exists() else None
        yield GoldDocument(doc_id, text, persons, sorted(groups.values()),
                           sorted(conditions.values(), key=lambda c: c.begin), phenotype)


def read_cohort(folder: str | Path) -> dict | None:
    """``cohort.json`` of a corpus folder, or None."""
    path = Path(folder) / "cohort.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def read_patient_map(path: str | Path) -> dict[str, str]:
    """``document_id -> patient_id`` from a CSV with those two columns."""
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["document_id"]: row["patient_id"] for row in csv.DictReader(fh)}
