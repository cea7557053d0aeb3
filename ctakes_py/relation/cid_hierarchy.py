"""Disease hypernymy for CID candidates from MeSH tree numbers.

BC5CDR relates a chemical to the most specific disease an abstract names, so a candidate
whose disease has a more specific form elsewhere in the same document (``hepatitis`` /
``drug-induced hepatitis``) is less often related, and one whose disease has a more general
form is more often related. MeSH files every descriptor under one or more tree numbers
(``C06.552.380.705``); the descriptors whose tree numbers are dot-prefixes of a disease's are its
ancestors. :func:`mesh_ancestors` turns the :class:`~ctakes_py.lexicon.mesh.MeshRecord` lists of
:mod:`ctakes_py.lexicon.mesh` into ``MeSH id -> sorted MeSH ids of its ancestors`` for the disease
descriptors (tree numbers under :data:`~ctakes_py.lexicon.mesh.DISEASE_TREES`; only those tree
numbers count) and the supplementary records mapped to them (the mapped descriptors and their
ancestors). The table ships as JSON (:func:`save_hierarchy` / :func:`load_hierarchy`) and
:func:`hierarchy_features` turns it into ``h:`` features of one candidate.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..errors import ResourceError
from ..lexicon.mesh import DISEASE_TREES, MeshRecord, tree_index

HIERARCHY_FILE = "disease_hierarchy.json"


def _tree_ancestors(trees: Iterable[str], by_tree: dict[str, str]) -> set[str]:
    """Descriptor ids at the proper dot-prefixes of ``trees``."""
    out = set()
    for tree in trees:
        parts = tree.split(".")
        out.update(by_tree[p] for p in (".".join(parts[:i]) for i in range(1, len(parts))) if p in by_tree)
    return out


def mesh_ancestors(descriptors: Iterable[MeshRecord], supplementary: Iterable[MeshRecord] = ()
                   ) -> dict[str, list[str]]:
    """``MeSH id -> sorted MeSH ids of its ancestors`` for the disease descriptors and the
    supplementary records mapped to them (ids without any ancestor are left out)."""
    diseases, by_tree = tree_index(descriptors, DISEASE_TREES)
    table = {k: _tree_ancestors(trees, by_tree) - {k} for k, trees in diseases.items()}
    for record in supplementary:
        heads = [h for h in record.mapped_to if h in table]
        if heads:
            table[record.id] = set(heads).union(*(table[h] for h in heads)) - {record.id}
    return {k: sorted(v) for k, v in sorted(table.items()) if v}


def save_hierarchy(table: dict[str, list[str]], path: Path) -> bytes:
    """Write the table as JSON; returns the bytes written."""
    from ..io.base import atomic_write_bytes

    body = json.dumps(table, sort_keys=True, separators=(",", ":")).encode("utf-8")
    atomic_write_bytes(Path(path), body)
    return body


def load_hierarchy(path: Path) -> dict[str, frozenset[str]]:
    """The table of :func:`save_hierarchy` (empty when the file does not exist)."""
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): frozenset(str(x) for x in v) for k, v in data.items()}
    except (ValueError, AttributeError, TypeError) as exc:
        raise ResourceError(f"cannot read the disease hierarchy: {exc!r}", file=str(path)) from None


def hierarchy_features(disease: str, others: Iterable[str], hierarchy: dict[str, frozenset[str]]
                       ) -> dict[str, float]:
    """``h:`` features of a candidate's ``disease`` MeSH id against the MeSH ids of the
    document's other diseases: a descendant among them makes it the more general one
    (``h:more_general``), an ancestor the more specific one (``h:more_specific``).
    (Conjoining them with same-sentence co-occurrence or with the chemical's own candidates
    did worse in 5-fold CV on BC5CDR train.)"""
    mine = hierarchy.get(disease, frozenset())
    others = set(others) - {disease}
    f: dict[str, float] = {}
    if any(disease in hierarchy.get(o, ()) for o in others):
        f["h:more_general"] = 1.0
    if mine & others:
        f["h:more_specific"] = 1.0
    return f
