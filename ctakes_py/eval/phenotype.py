"""Phenotype and cohort scores.

- **patient phenotype** P/R/F1 over (unit, concept) pairs, where a unit is a document
  (``phenotype.json`` per note) or a patient (notes merged by patient id);
- **family phenotype** P/R/F1 over (unit, role, concept) triples;
- **cohort count error** per concept: |predicted patients - gold patients|, and how many
  concepts are counted exactly.

A phenotype is the ``phenotype.json`` shape: ``{"patient": [...], "family": {role: [...]}}``.
Family role keys are compared after :func:`role_key` on both sides ("maternal aunt" =
"maternal_aunt" = "Maternal-Aunt"), since annotators spell multi-word roles either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from .ner import Counts


@dataclass
class PhenotypeScores:
    patient: Counts
    family: Counts
    units: int

    def table(self, label: str = "") -> str:
        rows = [("patient", self.patient), ("family", self.family)]
        head = f"{label:<12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>7} {'R':>7} {'F1':>7}"
        return "\n".join([head] + [f"{name:<12} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:7.4f} {c.recall:7.4f} "
                                   f"{c.f1:7.4f}" for name, c in rows])


_ROLE_SEPARATORS = re.compile(r"[\s_\-]+")


def role_key(role: str) -> str:
    """Comparable family role key: lower case, runs of spaces/underscores/hyphens -> one space."""
    return _ROLE_SEPARATORS.sub(" ", role).strip().lower()


def normalize_roles(phenotype: Mapping) -> dict:
    """``phenotype`` with its family role keys through :func:`role_key` (concepts merged)."""
    family: dict[str, set] = {}
    for role, concepts in phenotype.get("family", {}).items():
        family.setdefault(role_key(role), set()).update(concepts)
    return {"patient": list(phenotype.get("patient", [])), "family": {r: sorted(c) for r, c in family.items()}}


def _pairs(phenotypes: Mapping[str, Mapping]) -> tuple[set, set]:
    patient = {(unit, c) for unit, p in phenotypes.items() for c in p.get("patient", [])}
    family = {(unit, role_key(role), c) for unit, p in phenotypes.items()
              for role, cs in p.get("family", {}).items() for c in cs}
    return patient, family


def _counts(gold: set, pred: set) -> Counts:
    return Counts(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))


def score_phenotypes(gold: Mapping[str, Mapping], predicted: Mapping[str, Mapping]) -> PhenotypeScores:
    """Scores over the units of ``gold`` (a unit missing from ``predicted`` predicts nothing)."""
    predicted = {unit: predicted.get(unit, {}) for unit in gold}
    gp, gf = _pairs(gold)
    pp, pf = _pairs(predicted)
    return PhenotypeScores(_counts(gp, pp), _counts(gf, pf), len(gold))


def merge_by_patient(phenotypes: Mapping[str, Mapping], patient_of: Mapping[str, str]) -> dict[str, dict]:
    """Document phenotypes merged per patient id (union of concepts, roles kept)."""
    out: dict[str, dict] = {}
    for doc, p in phenotypes.items():
        merged = out.setdefault(patient_of.get(doc, doc), {"patient": set(), "family": {}})
        merged["patient"].update(p.get("patient", []))
        for role, cs in p.get("family", {}).items():
            merged["family"].setdefault(role, set()).update(cs)
    return {k: {"patient": sorted(v["patient"]), "family": {r: sorted(c) for r, c in v["family"].items()}}
            for k, v in out.items()}


def cohort_counts(phenotypes: Mapping[str, Mapping], concepts: Iterable[str]) -> dict[str, int]:
    """Per concept, the number of units whose patient phenotype has it."""
    return {c: sum(c in p.get("patient", []) for p in phenotypes.values()) for c in concepts}


def count_errors(gold: Mapping[str, int], predicted: Mapping[str, int]) -> dict[str, int]:
    """Absolute count error per concept of ``gold``."""
    return {c: abs(predicted.get(c, 0) - n) for c, n in gold.items()}


def count_table(gold: Mapping[str, int], columns: Mapping[str, Mapping[str, int]]) -> str:
    """Gold count and, per system, its count and absolute error, one row per concept, plus
    the number of exactly counted concepts."""
    width = max(len(c) for c in gold)
    head = f"{'concept':<{width}} {'gold':>5}" + "".join(f" {name:>10} {'err':>4}" for name in columns)
    lines = [head]
    for concept, n in gold.items():
        line = f"{concept:<{width}} {n:>5}"
        for counts in columns.values():
            line += f" {counts.get(concept, 0):>10} {abs(counts.get(concept, 0) - n):>4}"
        lines.append(line)
    exact = "".join(f" {sum(columns[name].get(c, 0) == n for c, n in gold.items()):>10}/{len(gold):<3}"
                    for name in columns)
    total = "".join(f" {sum(abs(columns[name].get(c, 0) - n) for c, n in gold.items()):>10} {'':>4}"
                    for name in columns)
    lines.append(f"{'exact':<{width}} {'':>5}{exact}")
    lines.append(f"{'total error':<{width}} {'':>5}{total}")
    return "\n".join(lines)
