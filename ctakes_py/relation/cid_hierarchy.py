"""Disease hypernymy for CID candidates from the Human Disease Ontology (DOID, CC0).

BC5CDR relates a chemical to the most specific disease an abstract names, so a candidate
whose disease has a more specific form elsewhere in the same document (``hepatitis`` /
``drug-induced hepatitis``) is less often related, and one whose disease has a more general
form is more often related. :func:`mesh_ancestors` reads ``doid.obo`` (OBO 1.2: ``[Term]``
stanzas with ``id:``, ``is_a:``, ``xref: MESH:...``, ``property_value: exactMatch "MESH:..."``,
``is_obsolete:``) into
``MeSH id -> sorted MeSH ids of its DOID ancestors`` (transitive ``is_a``; a MeSH id filed
under several DOID terms gets the union; MeSH ids of the same DOID term are not each
other's ancestors). The table ships as JSON (:func:`save_hierarchy` / :func:`load_hierarchy`)
and :func:`hierarchy_features` turns it into ``h:`` features of one candidate.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..errors import ResourceError
from ..lexicon.obo import read_obo
from ..lexicon.report import BuildReport

HIERARCHY_FILE = "disease_hierarchy.json"

_MESH = "MESH:"


def parse_obo(path: Path, report: BuildReport | None = None) -> dict[str, tuple[list[str], list[str]]]:
    """``DOID id -> (parent DOID ids, MeSH ids)`` of the non-obsolete ``[Term]`` stanzas of an
    OBO file (read by :func:`~ctakes_py.lexicon.obo.read_obo`; malformed lines are counted
    in ``report`` and skipped). MeSH ids come from ``xref`` and ``exactMatch`` values."""
    _, terms = read_obo(str(path), report or BuildReport())
    return {t.id: (t.parents, [x[len(_MESH):] for x in (*t.xrefs, *t.exact_matches) if x.startswith(_MESH)])
            for t in terms if not t.obsolete}


def mesh_ancestors(terms: dict[str, tuple[list[str], list[str]]]) -> dict[str, list[str]]:
    """``MeSH id -> sorted MeSH ids of the DOID ancestors`` of every term carrying it
    (only MeSH ids with at least one such ancestor are kept)."""
    closure: dict[str, frozenset[str]] = {}

    def ancestors(doid: str) -> frozenset[str]:
        # DOID is a DAG about 15 levels deep: plain memoized recursion; the empty
        # placeholder stops a (malformed) cycle
        if doid not in closure:
            closure[doid] = frozenset()
            parents = terms.get(doid, ((), ()))[0]
            closure[doid] = frozenset(parents).union(*(ancestors(p) for p in parents))
        return closure[doid]

    out: dict[str, set[str]] = {}
    for doid, (_, mesh) in terms.items():
        if not mesh:
            continue
        above = {m for a in ancestors(doid) for m in terms.get(a, ((), ()))[1]} - set(mesh)
        for m in mesh:
            out.setdefault(m, set()).update(above)
    return {m: sorted(a) for m, a in sorted(out.items()) if a}


def build_hierarchy(obo_path: Path) -> dict[str, list[str]]:
    """:func:`mesh_ancestors` of the OBO file at ``obo_path``."""
    return mesh_ancestors(parse_obo(obo_path))


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
