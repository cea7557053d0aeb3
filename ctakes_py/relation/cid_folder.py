"""A complete CID model folder, as models/cid ships it: fit the recipe of :mod:`.cid` on gold
CASes and write everything :class:`~ctakes_py.annotators.cid_relation.CidRelationExtractor`
and :class:`~ctakes_py.annotators.mesh_normalizer.MeshNormalizer` read.

Files: ``model.json`` + ``card.json`` (first stage), ``cid_rerank.json`` (second stage),
``cid_pairs.json`` (training pair counts and disease rates), ``mesh_names.json`` (the names table
for CRF mentions) and, when MeSH's tables are given, ``disease_hierarchy.json`` and
``cid_classes.json``. Used by ``ctakes-py train re --format pubtator --recipe cid`` and
scripts/train_relations.py cid.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..io.base import atomic_write_bytes
from .cid import PAIRS_FILE, RERANK_FILE, save_reranker, train_cid
from .cid_classes import CLASSES_FILE, mesh_classes, save_classes
from .cid_hierarchy import HIERARCHY_FILE, mesh_ancestors, save_hierarchy
from .model import RelationConfig
from .normalization import MeshNames, save_names

NAMES_FILE = "mesh_names.json"

# chemical -> disease MeSH-id pairs at document level (BC5CDR)
CID_CONFIG = RelationConfig("CID", ["MedicationMention"], ["DiseaseDisorderMention"], "Chemical", "Disease", "document",
                            code_pattern=r"[CD]\d{6,9}", require_ids=True)
# First-stage C, by nested CV (each outer fold fits the whole recipe on the other four; mean over 6
# fold assignments): on BC5CDR train 0.1 -> 0.6472, 0.05 -> 0.6489 (4 of 6 better); on train + dev,
# what models/cid is fit on, 0.6732 / 0.6770 (6 of 6). Repeated 5-fold CV on train + dev: 0.03 0.6802,
# 0.05 0.6819, 0.07 0.6802, 0.1 0.6756, 0.2 0.6712, 0.3 0.6664. BC5CDR dev, train-only fits, scored
# once: gold entities 0.646 -> 0.656 (P 0.646 R 0.666), end to end with the train-only CRF 0.526 ->
# 0.525 (P 0.563 R 0.491). The second stage's C (RERANK_C) at 0.3 / 1.0 / 3.0, repeated CV on
# train + dev: 0.6814 / 0.6819 / 0.6818, so it stays 1.0.
CID_C = 0.05


def fit_cid_folder(cases: list[Any], out: Path, names: MeshNames, mesh: tuple[list, list] | None = None,
                   c: float = CID_C, config: RelationConfig = CID_CONFIG, card: dict[str, Any] | None = None,
                   log: Callable[..., Any] = print) -> dict[str, Any]:
    """Fit the CID recipe (:func:`~ctakes_py.relation.cid.train_cid`) on gold ``cases`` (CASes
    with MeSH-coded mentions and relations) and write the folder ``out`` with ``names``
    (:func:`~ctakes_py.relation.normalization.build_names`). ``mesh``: MeSH's ``(descriptors,
    supplementary)`` records (:func:`~ctakes_py.lexicon.mesh.fetch_mesh`) for the disease
    hierarchy and classes; without them the model has neither. ``card``: extra card entries
    (``training`` entries are merged). Returns the card written."""
    hierarchy_table = mesh_ancestors(*mesh) if mesh else {}
    hierarchy = {k: frozenset(v) for k, v in hierarchy_table.items()} or None
    model, reranker, counts, report = train_cid(cases, config, c=c, hierarchy=hierarchy,
                                                disease_classes=mesh_classes(*mesh) if mesh else None, log=log)
    extra = dict(card or {})
    report.update(extra.pop("training", {}))
    report["names"] = {**report.get("names", {}), "file": NAMES_FILE,
                       "keys": {kind: len(table) for kind, table in names.table.items()}}
    out.mkdir(parents=True, exist_ok=True)
    files = {NAMES_FILE: save_names(names, out / NAMES_FILE)}
    pairs_body = json.dumps(counts, sort_keys=True, indent=0).encode("utf-8")
    atomic_write_bytes(out / PAIRS_FILE, pairs_body)
    files[PAIRS_FILE] = pairs_body
    if reranker is not None:
        files[RERANK_FILE] = save_reranker(reranker, out / RERANK_FILE)
    if hierarchy_table:
        files[HIERARCHY_FILE] = save_hierarchy(hierarchy_table, out / HIERARCHY_FILE)
        report["hierarchy"] = {"source": "MeSH tree numbers (C and F03 trees): ancestors = descriptors at "
                                         "dot-prefixes; supplementary records via their mapped descriptors",
                               "file": HIERARCHY_FILE, "mesh_ids": len(hierarchy_table)}
    if model.class_table is not None:
        files[CLASSES_FILE] = save_classes(model.class_table, out / CLASSES_FILE)
        report["disease_classes"] = {"source": "MeSH tree numbers (C and F03 trees): a disease and its parent "
                                               "descriptors; supplementary records: their mapped descriptors",
                                     "file": CLASSES_FILE, "classes": len(model.class_table.abstracts)}
    model.save(out, {"name": out.name, "task": config.category, **extra, "training": report})
    written = json.loads((out / "card.json").read_text(encoding="utf-8"))
    written["files"].update({name: hashlib.sha256(body).hexdigest() for name, body in files.items()})
    atomic_write_bytes(out / "card.json", json.dumps(written, indent=2).encode("utf-8"))
    log(f"wrote {out}: threshold {model.threshold:.3f}, {len(model.weights)} weights")
    return written
