"""Plain-text collection reader: a folder of ``.txt`` notes (recursive) or one ``.txt`` file.

Document ids are file stems (``notes/a/123.txt`` -> ``123``). When two files share a stem
(``a/123.txt`` and ``b/123.txt``), those files get their path relative to the input folder,
without the extension and with ``/`` separators (``a/123``, ``b/123``); files with a unique
stem keep the stem. Hidden files and folders (name starting with ``.``) are skipped.

Text must be UTF-8 (a leading byte-order mark is dropped); line endings are kept as they
are, so offsets match the file. NUL bytes, undecodable bytes and empty or whitespace-only
notes raise :class:`~ctakes_py.errors.InputError` from :meth:`TextDirectoryReader.load`,
naming the file, the document and the byte offset.

The helpers (:func:`decode_text`, :func:`check_not_empty`, :func:`list_files`,
:func:`unique_ids`, :func:`read_bytes`, :func:`check_options`, :func:`as_bool`) are shared
by the other readers, so they all report bad input the same way.
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from cassis import Cas, TypeSystem

from ..document import create_cas
from ..errors import InputError
from .base import Reader, Source

_BOM = b"\xef\xbb\xbf"


def decode_text(data: bytes, *, file: str, document: str | None, offset: int = 0) -> str:
    """``data`` as UTF-8 text, or :class:`InputError` with the absolute byte offset of the
    first NUL byte or undecodable byte (``offset`` is where ``data`` starts in ``file``)."""
    if data.startswith(_BOM):
        data, offset = data[len(_BOM):], offset + len(_BOM)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            "binary content (NUL byte); this is not a UTF-8 text document", file=file,
            document=document, position=f"byte {offset + nul}",
            fix="convert the file to UTF-8 text (UTF-16 files contain NUL bytes) or remove it",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 ({exc.reason})", file=file, document=document,
            position=f"byte {offset + exc.start}",
            fix="convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
        ) from None


def check_not_empty(text: str, *, file: str, document: str | None, position: str | None = None) -> None:
    """Empty or whitespace-only notes are errors: a batch reports them instead of
    silently producing empty output."""
    if not text.strip():
        raise InputError("empty document (no text, or only whitespace)", file=file,
                         document=document, position=position)


def check_options(reader: str, given: dict[str, Any], known: Iterable[str]) -> None:
    """Refuse misspelt options instead of silently ignoring them."""
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise InputError(f"unknown option(s) for the {reader} reader: {', '.join(unknown)}",
                         fix=f"known options: {', '.join(sorted(known)) or 'none'}")


_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off", ""}


def as_bool(value: Any, option: str) -> bool:
    """An option value given as a bool or as command-line text (``lenient=false``)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise InputError(f"option {option} must be true or false, not {value!r}")


def list_files(root: Path, extensions: tuple[str, ...]) -> list[Path]:
    """Files under ``root`` (recursive, hidden entries skipped) whose lower-cased name ends
    with one of ``extensions``, sorted by relative path; ``root`` itself when it is a file."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError("input path does not exist", file=str(root))
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder, f) for f in files
                     if not f.startswith(".") and f.lower().endswith(extensions))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def unique_ids(root: Path, files: list[Path], stem_of: Callable[[Path], str]) -> list[str]:
    """One id per file: ``stem_of(file)``, or the relative path without the extension part
    that ``stem_of`` strips when stems collide."""
    stems = [stem_of(f) for f in files]
    counts = Counter(stems)
    ids = []
    for path, stem in zip(files, stems):
        if counts[stem] == 1:
            ids.append(stem)
        else:
            parent = path.parent.relative_to(root).as_posix()
            ids.append(stem if parent == "." else f"{parent}/{stem}")
    # Still equal only when names differ in the extension's case (a/x.txt, a/x.TXT).
    clashes = Counter(ids)
    return [i if clashes[i] == 1 else p.relative_to(root).as_posix() for i, p in zip(ids, files)]


def read_bytes(path: str, document: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read input file: {exc.strerror or exc}", file=path,
                         document=document) from None


class TextDirectoryReader(Reader):
    """Reads ``.txt`` notes; options: none."""

    name = "text"
    extensions = (".txt",)

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        check_options(self.name, options, ())
        super().__init__(path, **options)

    def sources(self) -> Iterator[Source]:
        files = list_files(self.path, self.extensions)
        ids = unique_ids(self.path, files, _text_stem)
        for doc_id, path in zip(ids, files):
            yield Source(document_id=doc_id, location=str(path))

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        data = read_bytes(source.location, source.document_id)
        text = decode_text(data, file=source.location, document=source.document_id)
        check_not_empty(text, file=source.location, document=source.document_id)
        return create_cas(text, typesystem, source.document_id)


def _text_stem(path: Path) -> str:
    return path.stem
