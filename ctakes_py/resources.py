"""Find shipped resources (descriptors, lexicons, models) by name.

In a checkout they live at the repository top level; an installed package carries them in
``ctakes_py/_resources/`` (see ``package_dir`` in setup.cfg). The data path can be extended
with the ``CTAKES_PY_DATAPATH`` environment variable (os.pathsep-separated folders), like
UIMA's datapath.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import ResourceError

KINDS = ("descriptors", "lexicons", "models")
_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def resource_root(kind: str) -> Path:
    """Folder holding the shipped resources of ``kind`` (one of :data:`KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown resource kind {kind!r}; expected one of {KINDS}")
    for candidate in (_PACKAGE_DIR / "_resources" / kind, _PACKAGE_DIR.parent / kind):
        if candidate.is_dir():
            return candidate
    raise ResourceError(
        f"the shipped {kind}/ folder was not found next to the package",
        file=str(_PACKAGE_DIR), fix="reinstall ctakes-py (pip install .) from a full checkout",
    )


def data_path() -> list[Path]:
    """Folders searched, in order, for relative resource locations."""
    extra = [Path(p) for p in os.environ.get("CTAKES_PY_DATAPATH", "").split(os.pathsep) if p]
    roots = []
    for kind in KINDS:
        try:
            roots.append(resource_root(kind).parent)
        except ResourceError:
            continue
    return extra + list(dict.fromkeys(roots))


def resolve_location(location: str, relative_to: Path | None = None) -> Path | None:
    """Resolve a file location (optionally ``file:``-prefixed) against ``relative_to`` then
    the data path. Returns None when nothing exists there."""
    if location.startswith("file:"):
        location = location[len("file:"):]
        if location.startswith("//"):
            location = location[2:]
    path = Path(location)
    if path.is_absolute():
        return path if path.exists() else None
    bases = ([relative_to] if relative_to is not None else []) + data_path()
    for base in bases:
        candidate = (base / path)
        if candidate.exists():
            return candidate.resolve()
    return None


def find_descriptor(name_or_path: str | os.PathLike) -> Path:
    """A descriptor given as a path, or by shipped name (``default`` ->
    ``descriptors/pipelines/default.xml``; ``annotators/SentenceDetector``)."""
    path = Path(name_or_path)
    if path.is_file():
        return path.resolve()
    root = resource_root("descriptors")
    name = str(name_or_path)
    stem = name[:-4] if name.endswith(".xml") else name
    for candidate in (root / "pipelines" / f"{stem}.xml", root / f"{stem}.xml",
                      root / "annotators" / f"{stem}.xml"):
        if candidate.is_file():
            return candidate
    shipped = sorted(p.stem for p in (root / "pipelines").glob("*.xml"))
    raise ResourceError(
        f"no descriptor file or shipped pipeline named {name!r}",
        fix=f"give a path to a descriptor XML file or one of the shipped pipelines: {', '.join(shipped)}",
    )
