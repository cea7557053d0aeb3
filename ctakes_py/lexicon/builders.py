"""One function per kind of build, shared by the CLI and ``scripts/build_lexicons.py``."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .bsv import add_bsv
from .filters import ENGLISH_STOP_WORDS, TermFilter
from .format import LexiconWriter
from .mesh import fetch_mesh
from .normalize import term_key
from .open_sources import PACKAGES, add_doid, add_drugs, add_hpo, add_icd10cm, add_mesh, fetch_member
from .report import BuildReport, read_lines
from .tabular import add_table
from .umls import UmlsOptions, add_umls


def read_stop_terms(path: str | os.PathLike | None, report: BuildReport | None = None) -> set[str]:
    """Normalized keys of a one-term-per-line file (``#`` comments)."""
    if path is None:
        return set()
    out = set()
    for _, line in read_lines(str(path), report or BuildReport()):
        text = line.split("#", 1)[0].strip()
        if text:
            out.add(term_key(text))
    return out


def _writer(out: str | os.PathLike, name: str, scheme: str, stop_terms: Iterable[str] = (),
            min_chars: int = 3, **kwargs: Any) -> LexiconWriter:
    term_filter = TermFilter(min_chars=min_chars,
                             stop_terms=frozenset(ENGLISH_STOP_WORDS | set(stop_terms)))
    return LexiconWriter(out, name=name, default_scheme=scheme, term_filter=term_filter, **kwargs)


def build_umls(out: str | os.PathLike, meta: str | os.PathLike, options: UmlsOptions,
               name: str = "umls", **paths: Any) -> dict[str, Any]:
    writer = _writer(out, name, "UMLS")
    source = add_umls(writer, meta, options, **paths)
    return writer.finish([source])


def build_bsv(out: str | os.PathLike, inputs: list[Path], name: str = "custom",
              scheme: str = "CUSTOM", tui: str | None = None, group: str | None = None,
              min_chars: int = 3) -> dict[str, Any]:
    writer = _writer(out, name, scheme, min_chars=min_chars)
    sources = []
    for path in inputs:
        kept = add_bsv(writer, path, tui=tui, group=group, scheme=scheme)
        sources.append({"name": Path(path).name, "format": "BSV", "terms_added": kept})
    return writer.finish(sources)


def build_table(out: str | os.PathLike, inputs: list[Path], name: str = "custom",
                scheme: str = "CUSTOM", group: str | None = None,
                min_chars: int = 3) -> dict[str, Any]:
    writer = _writer(out, name, scheme, min_chars=min_chars)
    sources = []
    for path in inputs:
        kept = add_table(writer, path, group=group, scheme=scheme)
        sources.append({"name": Path(path).name, "format": "CSV/TSV", "terms_added": kept})
    return writer.finish(sources)


def build_open(out: str | os.PathLike, *, shared_data: Path, cache_dir: Path, seeds_dir: Path,
               include_hpo: bool = True, include_icd: bool = True, include_mesh: bool = False,
               name: str = "default") -> dict[str, Any]:
    """The shipped default lexicon from open sources (see :mod:`.open_sources`).

    ``shared_data`` holds ``ontologies/doid.obo`` and ``rxnorm/``; ``seeds_dir`` holds the
    hand-written ``anatomy.csv``, ``procedures.csv`` and ``stop_terms.txt``."""
    stop_names = read_stop_terms(seeds_dir / "stop_terms.txt")
    writer = _writer(out, name, "CTAKES_PY", stop_terms=stop_names,
                     description="Open clinical lexicon: diseases, findings, drugs, "
                                 "anatomy and procedures from openly licensed sources"
                                 + ("; with MeSH chemicals and diseases" if include_mesh else ""))
    sources = [add_doid(writer, shared_data / "ontologies" / "doid.obo", stop_names)]
    if include_hpo:
        sources.append(add_hpo(writer, fetch_member("hpo", cache_dir), stop_names))
    if include_icd:
        sources.append(add_icd10cm(writer, fetch_member("icd10cm", cache_dir), stop_names))
    rx_dir = shared_data / "rxnorm"
    drug_stats = add_drugs(writer, fetch_member("drugs", cache_dir),
                           rx_dir / "rxnorm_prescribable_no_A.tsv", rx_dir / "cpic_drug_rxcui.tsv",
                           stop_names)
    sources.append({
        "name": "drug-named-entity-recognition", "version": PACKAGES["drugs"].version,
        "file": PACKAGES["drugs"].member, "sha256": PACKAGES["drugs"].member_sha256,
        "license": "MIT (package); its data: DrugBank open vocabulary CC0, MeSH (NLM), "
                   "MedlinePlus, Wikipedia (CC BY-SA 3.0) drug names",
        "url": "https://github.com/fastdatascience/drug_named_entity_recognition",
        "terms_added": writer.terms_by_source["DrugNER"]})
    sources.append({
        "name": "RxNorm Current Prescribable Content (ingredients B-Z, 0-9)", "version": "2025-10-06",
        "license": "free from NLM without a UMLS license; 'RxNorm, U.S. National Library of "
                   "Medicine'", "note": "ingredients starting with A are missing in the copy used",
        "terms_added": writer.terms_by_source["RxNorm"]})
    sources.append({"name": "CPIC drug list (cpic_drug_rxcui.tsv, 208 RxNorm ingredients)",
                    "version": "cpic-schema 97f9e3bf",
                    "license": "none stated (CPIC data is published openly)",
                    "terms_added": writer.terms_by_source["CPIC"]})
    if include_mesh:
        sources.append(add_mesh(writer, *fetch_mesh(cache_dir, writer.report), stop_names))
    for seed, label in (("anatomy.csv", "ANATOMY"), ("procedures.csv", "PROCEDURE")):
        kept = add_table(writer, seeds_dir / seed, scheme="CTAKES_PY")
        sources.append({"name": f"ctakes-py {label.lower()} seed list ({seed})",
                        "license": "Apache-2.0 (written for ctakes-py)", "terms_added": kept})
    return writer.finish(sources, {"drug_coverage": drug_stats})
