"""Collection readers for notes stored one per row: JSON Lines and CSV.

Input is one file, or a folder whose ``.jsonl``/``.ndjson`` (or ``.csv``) files are read
recursively in sorted order. Options (column names; JSONL reads the same names as keys):

========================  ====================  =================================================
option                    default               meaning
========================  ====================  =================================================
``text_column``           ``"text"``            the note text (required)
``id_column``             ``"id"``              document id; ``None``: always use row numbers
``patient_column``        ``"patient_id"``      -> ``Metadata.patientIdentifier``
``date_column``           ``"date"``            -> ``SourceData.sourceOriginalDate``
``note_type_column``      ``"note_type"``       -> ``SourceData.noteTypeCode``
``delimiter`` (CSV only)  ``","``               field separator (``tab`` for TSV)
========================  ====================  =================================================

A column left at its default may be absent; a column named explicitly must exist (CSV: in
the header, else :meth:`sources` fails for the whole file; JSONL: in each record, else that
record's :meth:`load` fails). Without an id column the id is the row number: the 1-based data
row for CSV (header not counted) and the 1-based line number for JSONL; for folder input it
is prefixed with the file stem (``notes-12``). A header name is matched after stripping
spaces, so ``id_column=""`` selects an unnamed column (pandas' index column).

:meth:`sources` scans each file once and records only byte offsets; :meth:`load` re-reads
the record's bytes, so notes are never held in the main process and a bad record (not
UTF-8, NUL bytes, broken JSON, wrong field count, empty text, missing or duplicate id) is an
:class:`~ctakes_py.errors.InputError` for that document only, naming file, row and byte.
"""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any, Iterator

from cassis import Cas, TypeSystem

from ..document import CREATION_TIME, NOTE_TYPE, PATIENT_ID, create_cas
from ..errors import InputError
from .base import Reader, Source
from .text import check_not_empty, check_options, decode_text, list_files

DEFAULTS: dict[str, Any] = {
    "text_column": "text",
    "id_column": "id",
    "patient_column": "patient_id",
    "date_column": "date",
    "note_type_column": "note_type",
}
_METADATA_COLUMNS = {"patient_column": PATIENT_ID, "date_column": CREATION_TIME,
                     "note_type_column": NOTE_TYPE}
# csv's default 128 KiB field limit would reject long notes (a 5 MB note must load).
_FIELD_LIMIT = 1 << 30


class _Record:
    """Where one row is: ``number`` (row or line), byte range, the id found while scanning."""

    __slots__ = ("number", "position", "offset", "length", "doc_id")

    def __init__(self, number: int, position: str, offset: int, length: int, doc_id: str | None):
        self.number, self.position, self.offset, self.length = number, position, offset, length
        self.doc_id = doc_id


class _UnreadableRest(InputError):
    """A structural error part-way through a file (records before it are fine)."""


class _TabularReader(Reader):
    option_names: tuple[str, ...] = tuple(DEFAULTS)

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        check_options(self.name, options, self.option_names)
        super().__init__(path, **options)
        self.columns = {key: options.get(key, default) for key, default in DEFAULTS.items()}
        self.explicit = set(options)

    # --- listing ---------------------------------------------------------------------
    def sources(self) -> Iterator[Source]:
        files = list_files(self.path, self.extensions)
        prefix_stems = self.path.is_dir()
        first_seen: dict[str, str] = {}
        for file in files:
            try:
                for rec in self._scan(file):
                    fallback = f"{file.stem}-{rec.number}" if prefix_stems else str(rec.number)
                    doc_id = rec.doc_id if rec.doc_id is not None else fallback
                    meta: dict[str, Any] = {"offset": rec.offset, "length": rec.length}
                    where = f"{file}, {rec.position}"
                    if doc_id in first_seen:
                        meta["error"] = f"duplicate document id {doc_id!r} (first at {first_seen[doc_id]})"
                        doc_id = f"{doc_id}@{fallback}"
                    first_seen.setdefault(doc_id, where)
                    yield Source(document_id=doc_id, location=str(file), metadata=meta,
                                 position=rec.position)
            except _UnreadableRest as exc:
                # The rest of this file cannot be read; report it as one failed document
                # and go on with the next file.
                yield Source(document_id=f"{file.stem}@{exc.position or 'file'}".replace(" ", ""),
                             location=str(file), metadata={"error": exc.message}, position=exc.position)

    def _scan(self, file: Path) -> Iterator[_Record]:
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------
    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        where = {"file": source.location, "document": source.document_id, "position": source.position}
        if "error" in source.metadata:
            raise InputError(source.metadata["error"], **where)
        offset, length = source.metadata["offset"], source.metadata["length"]
        data = _read_range(source.location, offset, length, source.document_id)
        values = self._parse(decode_text(data, file=source.location, document=source.document_id,
                                         offset=offset), source)
        text = values.get(self.columns["text_column"])
        if text is None:
            raise InputError(f"no text field {self.columns['text_column']!r} in this record",
                             fix=f"set text_column to one of: {', '.join(map(str, values))}", **where)
        if not isinstance(text, str):
            raise InputError(f"text field {self.columns['text_column']!r} is not a string", **where)
        if "\x00" in text:
            raise InputError("text contains a NUL character (binary content)", **where)
        check_not_empty(text, **where)
        self._check_id(values, where)
        return create_cas(text, typesystem, source.document_id, self._metadata(values))

    def _parse(self, text: str, source: Source) -> dict[str, Any]:
        raise NotImplementedError

    def _check_id(self, values: dict[str, Any], where: dict[str, Any]) -> None:
        """A blank id is an error when the id column exists or was asked for by name."""
        column = self.columns["id_column"]
        if column is None or (column not in values and "id_column" not in self.explicit):
            return
        value = values.get(column)
        if _blank(value) or isinstance(value, (dict, list)):
            raise InputError(f"no usable document id in the id column {column!r}", **where)

    def _metadata(self, values: dict[str, Any]) -> dict[str, Any] | None:
        meta = {key: values.get(self.columns[opt]) for opt, key in _METADATA_COLUMNS.items()
                if self.columns[opt] is not None}
        meta = {k: v for k, v in meta.items() if not _blank(v)}
        return meta or None

    def _id_value(self, values: dict[str, Any]) -> str | None:
        column = self.columns["id_column"]
        if column is None or not isinstance(values, dict):
            return None
        value = values.get(column)
        if _blank(value) or isinstance(value, (dict, list)):
            return None
        text = str(value).strip()
        return text if _encodable(text) else None


class JsonlReader(_TabularReader):
    """One JSON object per line; blank lines are skipped."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def _scan(self, file: Path) -> Iterator[_Record]:
        offset = 0
        with _open(file) as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    yield _Record(lineno, f"line {lineno}", offset, len(line),
                                  self._id_value(_try_json(line)))
                offset += len(line)

    def _parse(self, text: str, source: Source) -> dict[str, Any]:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON: {exc.msg}", file=source.location,
                             document=source.document_id,
                             position=f"{source.position}, column {exc.colno}") from None
        if not isinstance(value, dict):
            raise InputError(f"expected a JSON object, found {type(value).__name__}",
                             file=source.location, document=source.document_id,
                             position=source.position)
        return value


class CsvReader(_TabularReader):
    """Comma-separated values with a header row (RFC 4180 quoting; fields may span lines)."""

    name = "csv"
    extensions = (".csv",)
    option_names = tuple(DEFAULTS) + ("delimiter",)

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        super().__init__(path, **options)
        self.delimiter = _delimiter(options.get("delimiter", ","))
        self._headers: dict[str, list[str]] = {}
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)

    def _scan(self, file: Path) -> Iterator[_Record]:
        with _open(file) as fh:
            pos = [0]
            reader = csv.reader(_lines(fh, pos), delimiter=self.delimiter)
            try:
                first = next(reader, None)
            except csv.Error as exc:
                raise InputError(f"malformed CSV header: {exc}", file=str(file), position="line 1") from None
            header = self._check_header(file, first)
            self._headers[str(file)] = header
            start, lines_before, number = pos[0], reader.line_num, 0
            try:
                for row in reader:
                    if row:
                        number += 1
                        values = dict(zip(header, row))
                        yield _Record(number, f"row {number} (line {lines_before + 1})", start,
                                      pos[0] - start, self._id_value(values))
                    start, lines_before = pos[0], reader.line_num
            except csv.Error as exc:
                raise _UnreadableRest(f"malformed CSV, the rest of the file cannot be read: {exc}", file=str(file),
                                 position=f"line {lines_before + 1}",
                                 fix="quote fields that contain line breaks, commas or quotes") from None

    def _check_header(self, file: Path, row: list[str] | None) -> list[str]:
        if not row:
            raise InputError("CSV file has no header row", file=str(file), position="line 1")
        header = [name.strip() for name in row]
        header[0] = header[0].lstrip("\ufeff").strip()
        if any("\x00" in n or "\ufffd" in n for n in header):
            raise InputError("CSV header is not UTF-8 text", file=str(file), position="line 1",
                             fix="convert the file to UTF-8")
        for opt, column in self.columns.items():
            if column is not None and opt in self.explicit and column not in header:
                raise InputError(f"column {column!r} ({opt}) is not in the header", file=str(file),
                                 position="line 1", fix=f"columns are: {', '.join(map(repr, header))}")
        if self.columns["text_column"] not in header:
            raise InputError(f"no text column {self.columns['text_column']!r} in the header",
                             file=str(file), position="line 1",
                             fix=f"set text_column to one of: {', '.join(map(repr, header))}")
        return header

    def _header(self, file: str) -> list[str]:
        if file not in self._headers:
            with _open(Path(file)) as fh:
                self._headers[file] = self._check_header(
                    Path(file), next(csv.reader(_lines(fh, [0]), delimiter=self.delimiter), None))
        return self._headers[file]

    def _parse(self, text: str, source: Source) -> dict[str, Any]:
        header = self._header(source.location)
        where = {"file": source.location, "document": source.document_id, "position": source.position}
        try:
            rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter) if r]
        except csv.Error as exc:
            raise InputError(f"malformed CSV row: {exc}", **where) from None
        if len(rows) != 1 or len(rows[0]) != len(header):
            found = len(rows[0]) if len(rows) == 1 else f"{len(rows)} rows and"
            raise InputError(f"row has {found} fields but the header has {len(header)}",
                             fix="check quoting: a field with commas, quotes or newlines must be"
                                 ' in double quotes, with inner quotes doubled ("")', **where)
        return dict(zip(header, rows[0]))


def _delimiter(value: Any) -> str:
    """One character; ``tab`` or ``\\t`` (as typed on a command line) mean a tab."""
    text = "\t" if value in ("tab", "\\t") else str(value)
    if len(text) != 1:
        raise InputError(f"delimiter must be one character, not {value!r}", fix="e.g. ',', ';' or tab")
    return text


def _lines(fh: io.BufferedReader, pos: list[int]) -> Iterator[str]:
    """Decoded lines for csv while ``pos[0]`` tracks the byte offset after the last one.

    Undecodable bytes and NULs are only masked here (record boundaries stay right); the
    record's own :meth:`load` reports them with their byte offset.
    """
    for raw in fh:
        pos[0] += len(raw)
        yield raw.decode("utf-8", "replace").replace("\x00", "\ufffd")


def _open(file: Path) -> io.BufferedReader:
    try:
        return open(file, "rb")
    except OSError as exc:
        raise InputError(f"cannot open input file: {exc.strerror or exc}", file=str(file)) from None


def _read_range(path: str, offset: int, length: int, document: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            return fh.read(length)
    except OSError as exc:
        raise InputError(f"cannot read input file: {exc.strerror or exc}", file=path,
                         document=document) from None


def _try_json(line: bytes) -> Any:
    """The record as far as it parses; bad bytes are masked here and reported by load."""
    try:
        return json.loads(line.decode("utf-8", "replace").lstrip("\ufeff"))
    except ValueError:
        return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\ufffd" not in text and "\x00" not in text
