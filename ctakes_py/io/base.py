"""Reader and writer interfaces shared by the batch engines.

A **reader** lists :class:`Source` items cheaply, in a deterministic order, in the main
process; a worker turns each into a CAS with :meth:`Reader.load`. Errors while loading
one document are :class:`~ctakes_py.errors.InputError` naming the file, document and
position, so the batch records them and goes on.

A **writer** is created once per worker process with the output folder. It writes each
document to its own file named after the document id (``NAME.xmi``), atomically (temporary
name, then rename), so a killed batch never leaves a truncated file and ``--resume`` can
trust what exists. Tabular writers write a per-document part and merge the parts in input
order in :meth:`Writer.finalize`, which keeps output independent of the worker count.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from cassis import Cas, TypeSystem


@dataclass(frozen=True)
class Source:
    """One input document before it is read: picklable and cheap."""

    document_id: str
    location: str
    payload: str | bytes | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    position: str | None = None  # e.g. "line 12" inside a JSONL file, for error messages


class Reader:
    """Base collection reader. ``extensions`` decides which inputs select it automatically."""

    name: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        self.path = Path(path)
        self.options = options

    def sources(self) -> Iterator[Source]:
        raise NotImplementedError

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        raise NotImplementedError


class Writer:
    """Base CAS consumer writing one file per document under ``outdir``."""

    name: ClassVar[str] = ""
    extension: ClassVar[str] = ""

    def __init__(self, outdir: str | os.PathLike, **options: Any) -> None:
        self.outdir = Path(outdir)
        self.options = options

    def output_path(self, document_id: str) -> Path:
        return self.outdir / f"{safe_file_stem(document_id)}{self.extension}"

    def done(self, document_id: str) -> bool:
        """True when this document's output exists (``--resume`` skips it)."""
        return self.output_path(document_id).exists()

    def write(self, cas: Cas, document_id: str) -> None:
        raise NotImplementedError

    def finalize(self, document_ids: list[str]) -> None:
        """Called once in the main process after the batch, with ids in input order."""


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _umask_mode()
_UNSAFE = re.compile(r"[^A-Za-z0-9._\-]+")


def safe_file_stem(document_id: str) -> str:
    """A file name for a document id: path separators and odd characters become ``_``."""
    stem = _UNSAFE.sub("_", document_id).strip("._") or "document"
    return stem[:200]


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only when the block completes: written under a
    temporary name in the same folder, then renamed (a killed run leaves no partial file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _FILE_MODE)  # mkstemp makes 0600; outputs get the usual umask-based mode
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)
