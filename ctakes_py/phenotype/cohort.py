"""Run a phenotyping pipeline over a collection and count a cohort.

:func:`run_cohort` reads the notes (any registered reader: a folder of ``.txt``, JSONL/CSV
with a patient id column, XMI...), analyses each with the pipeline, builds each note's
phenotype graph, merges notes by patient id (:mod:`.longitudinal`) and counts, per
concept, the patients whose phenotype has it. :func:`write_outputs` writes:

- ``documents/NAME.phenotype.json``: the note's phenotype (the gold ``phenotype.json`` shape);
- ``documents/NAME.graph.json``: persons, edges (person x concept, status) and evidence;
- ``patients.jsonl``: one merged record per patient;
- ``cohort.json``: counts per concept, with the patients and documents behind each count;
- ``cohort.csv``: one row per document x person x concept with status and evidence;
- ``errors.csv`` when notes failed (the run goes on).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from ..errors import CtakesError, InputError
from ..io.base import atomic_write_bytes
from .graph import DocumentGraph, load_family_roles
from .longitudinal import PatientRecord, cohort_counts, merge_patients

DEFAULT_PIPELINE, BASELINE_PIPELINE = "phenotype", "phenotype-nocoref"
ROW_FIELDS = ("document_id", "patient_id", "person_id", "role", "concept", "status", "in_phenotype", "evidence")


@dataclass
class CohortResult:
    concepts: list[str]
    graphs: list[DocumentGraph]
    records: dict[str, PatientRecord]
    family_roles: dict[str, str]
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return cohort_counts(self.records, self.concepts)

    def documents_with(self, concept: str) -> list[str]:
        return [g.document_id for g in self.graphs if concept in g.phenotype(self.family_roles)["patient"]]

    def patients_with(self, concept: str) -> list[str]:
        return [pid for pid, r in self.records.items() if concept in r.patient]

    def cohort_json(self) -> dict[str, Any]:
        return {"n_documents": len(self.graphs), "n_patients": len(self.records),
                "patient_counts": self.counts,
                "patients": {c: self.patients_with(c) for c in self.concepts},
                "documents": {c: self.documents_with(c) for c in self.concepts},
                "failed_documents": [e["document_id"] for e in self.errors]}

    def summary(self) -> str:
        """A table: concept, patients, documents."""
        width = max([len(c) for c in self.concepts] + [7])
        lines = [f"{'concept':<{width}}  patients  documents"]
        for c in self.concepts:
            lines.append(f"{c:<{width}}  {self.counts[c]:>8}  {len(self.documents_with(c)):>9}")
        lines.append(f"{len(self.graphs)} document(s), {len(self.records)} patient(s), {len(self.errors)} failed")
        return "\n".join(lines)


def build_pipeline(pipeline: str = DEFAULT_PIPELINE, concepts: str | Path | None = None, no_coref: bool = False):
    """The phenotyping pipeline: ``pipeline`` (the baseline descriptor instead of the
    default one with ``no_coref``), with ``concepts`` replacing the concept vocabulary."""
    from ..pipeline import Pipeline

    overrides: dict[str, Any] = {}
    if no_coref:
        if pipeline == DEFAULT_PIPELINE:
            pipeline = BASELINE_PIPELINE
        else:
            overrides["Phenotype/useCoreference"] = False
    if concepts:
        path = str(Path(concepts).resolve())
        overrides["PhenotypeConditions/conceptsFile"] = path
        overrides["Phenotype/conceptsFile"] = path
    return Pipeline.from_descriptor(pipeline, overrides=overrides)


def choose_reader(path: Path, name: str | None = None, options: Mapping[str, Any] | None = None):
    """The reader for ``path``; a folder of brat ``.txt`` + ``.ann`` files is read as text."""
    from ..io.select import make_reader, reader_name_for

    if name is None and path.is_dir():
        try:
            name = reader_name_for(path)
        except InputError:
            name = "text" if any(path.rglob("*.txt")) else None
    return make_reader(path, name, **dict(options or {}))


def run_cohort(input_path: str | Path, pipeline: str = DEFAULT_PIPELINE, concepts: str | Path | None = None,
               no_coref: bool = False, patient_map: Mapping[str, str] | None = None, reader: str | None = None,
               reader_options: Mapping[str, Any] | None = None,
               on_document: Callable[[str], None] | None = None) -> CohortResult:
    """Analyse every note under ``input_path`` and count the cohort. ``patient_map``:
    document id -> patient id (overrides the reader's metadata)."""
    nlp = build_pipeline(pipeline, concepts, no_coref)
    phenotype_step = next(a for a in nlp.annotators if type(a).__name__ == "Phenotype")
    family_roles = load_family_roles()
    source_reader = choose_reader(Path(input_path), reader, reader_options)
    graphs, errors = [], []
    for source in source_reader.sources():
        try:
            cas = nlp.process(source_reader.load(source, nlp.typesystem))
            patient = (patient_map or {}).get(source.document_id)
            graphs.append(_graph(cas, source.document_id, patient))
        except CtakesError as exc:
            errors.append({"document_id": source.document_id, "error": str(exc)})
        if on_document is not None:
            on_document(source.document_id)
    nlp.close()
    return CohortResult(list(phenotype_step.vocabulary.concepts), graphs, merge_patients(graphs, family_roles),
                        family_roles, errors)


def _graph(cas: Any, document_id: str, patient_id: str | None) -> DocumentGraph:
    from .cas import graph_from_cas
    return graph_from_cas(cas, document_id, patient_id)


def write_outputs(result: CohortResult, outdir: str | Path) -> Path:
    """Write the files listed in the module docstring under ``outdir``; returns it."""
    outdir = Path(outdir)
    docs = outdir / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    for graph in result.graphs:
        _write_json(docs / f"{graph.document_id}.phenotype.json", graph.phenotype(result.family_roles))
        _write_json(docs / f"{graph.document_id}.graph.json", graph.to_json(result.family_roles))
    lines = "".join(json.dumps(r.to_json()) + "\n" for r in result.records.values())
    atomic_write_bytes(outdir / "patients.jsonl", lines.encode("utf-8"))
    _write_json(outdir / "cohort.json", result.cohort_json())
    _write_csv(outdir / "cohort.csv", ROW_FIELDS, [row for g in result.graphs for row in g.rows()])
    if result.errors:
        _write_csv(outdir / "errors.csv", ("document_id", "error"), result.errors)
    return outdir


def _write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))


def _write_csv(path: Path, fields: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))
