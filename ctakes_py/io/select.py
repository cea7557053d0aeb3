"""Choose a collection reader for an input path and writers for output format names.

A reader is chosen by name (``--reader jsonl``) or by the file extensions found: a file by
its own extension, a folder by the extensions of the files in it (hidden entries skipped);
a folder mixing formats (``.txt`` and ``.xmi``) needs an explicit name. Readers and writers
are looked up in :mod:`ctakes_py.registry`, so plug-in formats take part.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from .. import registry
from ..errors import InputError
from .base import Reader, Writer


def reader_classes() -> dict[str, type[Reader]]:
    """Registered reader name -> class (entries that do not import are left out)."""
    found = {}
    for name in registry.registered(registry.READERS):
        try:
            cls = registry.resolve(registry.READERS, name)
        except registry.RegistryError:
            continue
        if isinstance(cls, type) and issubclass(cls, Reader):
            found[name] = cls
    return found


def reader_name_for(path: str | os.PathLike) -> str:
    """The registered reader whose extensions match ``path`` (a file or a folder)."""
    path = Path(path)
    by_ext = _extension_table()
    if path.is_file():
        names = {_match(path.name, by_ext)} - {None}
    elif path.is_dir():
        names = {_match(f, by_ext) for f in _walk_names(path)} - {None}
    else:
        raise InputError("input path does not exist", file=str(path))
    if len(names) == 1:
        return names.pop()
    known = ", ".join(f"{ext} ({name})" for ext, name in sorted(by_ext.items()))
    if not names:
        raise InputError("no reader handles this input", file=str(path),
                         fix=f"give files with a known extension: {known}; or name a reader")
    raise InputError(f"the input mixes formats ({', '.join(sorted(names))})", file=str(path),
                     fix="choose one reader by name (--reader NAME)")


def make_reader(path: str | os.PathLike, name: str | None = None, **options: Any) -> Reader:
    """A reader for ``path``: the one called ``name``, else the one its extensions select."""
    name = name or reader_name_for(path)
    cls = _lookup(registry.READERS, name, Reader, "reader")
    return cls(path, **options)


def make_writer(name: str, outdir: str | os.PathLike, **options: Any) -> Writer:
    """The writer registered as ``name`` (``xmi``, ``json``, ``csv``, ``parquet``, ...)."""
    return _lookup(registry.WRITERS, name, Writer, "writer")(outdir, **options)


def make_writers(names: Iterable[str], outdir: str | os.PathLike, **options: Any) -> list[Writer]:
    """One writer per format name, in the given order; repeated names count once."""
    return [make_writer(n, outdir, **options) for n in dict.fromkeys(names)]


def _lookup(group: str, name: str, base: type, kind: str) -> type:
    available = sorted(registry.registered(group))
    try:
        cls = registry.resolve(group, name)
    except registry.RegistryError as exc:
        raise InputError(f"unknown {kind} {name!r}: {exc}",
                         fix=f"available {kind}s: {', '.join(available)}") from None
    if not (isinstance(cls, type) and issubclass(cls, base)):
        raise InputError(f"{name!r} is not a {kind} class", fix=f"available {kind}s: {', '.join(available)}")
    return cls


def _extension_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, cls in reader_classes().items():
        for ext in cls.extensions:
            table.setdefault(ext.lower(), name)
    return table


def _match(filename: str, by_ext: dict[str, str]) -> str | None:
    lower = filename.lower()
    for ext in sorted(by_ext, key=len, reverse=True):
        if lower.endswith(ext):
            return by_ext[ext]
    return None


def _walk_names(root: Path) -> Iterable[str]:
    for _, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (f for f in files if not f.startswith("."))
