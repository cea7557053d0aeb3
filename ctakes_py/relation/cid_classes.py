"""A rare disease's base rate backed off to its MeSH class: ``kdc:`` features of CID candidates.

The ``kd:`` features of :mod:`~ctakes_py.relation.cid_rates` say how often the training abstracts
naming a disease relate it to some chemical; a disease named in few abstracts gets little from
them. Backed off to its MeSH class, a rare disease inherits what train says about its siblings
(a rare arrhythmia: the other arrhythmias). A disease's classes (:func:`mesh_classes`) are itself
and its parents: for a descriptor, the descriptors one level up its tree numbers under
:data:`~ctakes_py.lexicon.mesh.DISEASE_TREES` (``C14.280.067.558`` -> ``C14.280.067``); for a
supplementary record, the descriptors it is mapped to. Two diseases share a class when their
class sets meet.

:func:`class_abstracts` records, per class, the training abstracts (numbered from 0) where some
disease of the class was related to some chemical and those where such diseases were only
candidates. :func:`disease_class_features` counts the union over the candidate's classes (an
abstract counts once however many classes match; on a training candidate its own abstract is
left out) and adds ``kdc:rate=<quarter>|<1|2-4|5+>`` like ``kd:``, only for a disease named in
fewer than :data:`RARE` training abstracts. The tables ship as ``cid_classes.json``
(:func:`save_classes`: ``{"classes": disease -> its classes found in "abstracts", "abstracts":
class -> [related abstracts, candidate-only abstracts]}``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..lexicon.mesh import DISEASE_TREES, MeshRecord, tree_index
from .cid_rates import rate_bucket, rate_key

CLASSES_FILE = "cid_classes.json"
RARE = 5  # a disease named in fewer training abstracts than this gets the kdc: backoff

Abstracts = dict[str, list[list[int]]]  # class -> [related abstract numbers, candidate-only ones]


@dataclass
class ClassTable:
    """Disease class sets (:func:`mesh_classes`) and the abstracts of :func:`class_abstracts`."""

    classes: dict[str, frozenset[str]]
    abstracts: Abstracts


def mesh_classes(descriptors: Iterable[MeshRecord], supplementary: Iterable[MeshRecord] = (),
                 trees: tuple[str, ...] = DISEASE_TREES) -> dict[str, frozenset[str]]:
    """``MeSH id -> itself and its parent descriptors`` for the descriptors with a tree number
    under ``trees`` (only those tree numbers count) and the supplementary records mapped to them."""
    mine, by_tree = tree_index(descriptors, trees)
    out = {k: frozenset({k, *(by_tree[p] for p in (t.rpartition(".")[0] for t in ts) if p in by_tree)})
           for k, ts in mine.items()}
    for r in supplementary:
        heads = {h for h in r.mapped_to if h in out}
        if heads:
            out[r.id] = frozenset({r.id} | heads)
    return out


def class_abstracts(docs: Iterable[Iterable[tuple[tuple[str, str], int]]], classes: dict[str, frozenset[str]]
                    ) -> Abstracts:
    """``class -> [sorted numbers of the abstracts where a disease of the class was related to
    some chemical, of those where the class's diseases were all unrelated]`` over the
    ``((chemical, disease), label)`` candidates of each training abstract."""
    related: dict[str, set[int]] = {}
    seen: dict[str, set[int]] = {}
    for j, doc in enumerate(docs):
        doc = list(doc)
        caused = {disease for (_, disease), label in doc if label}
        for disease in {disease for (_, disease), _ in doc}:
            for c in classes.get(disease, (disease,)):
                seen.setdefault(c, set()).add(j)
                if disease in caused:
                    related.setdefault(c, set()).add(j)
    return {k: [sorted(related.get(k, ())), sorted(v - related.get(k, set()))] for k, v in sorted(seen.items())}


def disease_class_features(f: dict[str, float], disease: str, table: ClassTable, counts: dict[str, list[int]],
                           own: int | None = None) -> None:
    """Add the ``kdc:`` feature of a rare ``disease`` to ``f``; ``counts``: the pair counts with
    the ``kd:`` rows; ``own``: the number of the candidate's own (training) abstract, left out."""
    if sum(counts.get(rate_key(disease), (0, 0))) - (own is not None) >= RARE:
        return
    pos: set[int] = set()
    seen: set[int] = set()
    for c in table.classes.get(disease, (disease,)):
        rel, other = table.abstracts.get(c, ((), ()))
        pos.update(rel)
        seen.update(rel, other)
    pos.discard(own)
    seen.discard(own)
    if seen:
        f[f"kdc:rate={rate_bucket(len(pos), len(seen))}"] = 1.0


def save_classes(table: ClassTable, path: Path) -> bytes:
    """Write ``cid_classes.json`` (class sets only of the diseases with a class in the
    abstracts, and only those classes); returns the bytes written."""
    from ..io.base import atomic_write_bytes

    used = set(table.abstracts)
    classes = {k: sorted(v & used) for k, v in sorted(table.classes.items()) if v & used}
    body = json.dumps({"classes": classes, "abstracts": table.abstracts}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    atomic_write_bytes(Path(path), body)
    return body


def load_classes(path: Path) -> ClassTable | None:
    """The :class:`ClassTable` of :func:`save_classes` (None when the file does not exist)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        classes = {str(k): frozenset(str(c) for c in v) for k, v in data["classes"].items()}
        abstracts = {str(k): [[int(x) for x in v[0]], [int(x) for x in v[1]]] for k, v in data["abstracts"].items()}
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
        raise ResourceError(f"cannot read the disease class table: {exc!r}", file=str(path)) from None
    return ClassTable(classes, abstracts)
