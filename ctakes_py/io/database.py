"""Mentions, concepts, medication attributes and relations in a database: DuckDB (embedded,
the default) or any SQLAlchemy URL (PostgreSQL, SQLite, ...).

Schema (created when missing; every key starts with ``doc_id``)::

    documents (doc_id PK, patient_id, text_length INT, mention_count INT, relation_count INT)
    mentions  (doc_id, mention_id INT, type, begin INT, "end" INT, text, cuis, tuis, codes,
               coding_schemes, preferred_text, polarity INT, uncertainty INT, conditional BOOL,
               generic BOOL, subject, history_of INT, discovery_technique INT,
               confidence DOUBLE, section;                 PK (doc_id, mention_id))
    concepts  (doc_id, mention_id INT, concept_id INT, cui, tui, code, coding_scheme,
               preferred_text;                              PK (doc_id, mention_id, concept_id))
    attributes(doc_id, mention_id INT, name, value;         PK (doc_id, mention_id, name))
    relations (doc_id, relation_id INT, category, arg1_mention_id INT, arg1_role,
               arg2_mention_id INT, arg2_role;              PK (doc_id, relation_id))

``mention_id`` numbers a document's IdentifiedAnnotations in (begin, end, type) order, as
:func:`~ctakes_py.io.mentions.mention_rows` lists them; mention columns are that function's.
``attributes`` has one row per non-empty medication attribute (strength, dose, route,
frequency, duration, form, status_change: the modifier's text). ``relations`` has every
``BinaryTextRelation`` whose arguments are mentions of the document.

Writing is idempotent: each batch deletes the rows of its documents, then inserts them,
in one transaction, so a rerun replaces a document's rows instead of adding to them.

:class:`DatabaseWriter` (``-f db`` / ``-f duckdb``; option ``url``, default
``duckdb:///OUTDIR/ctakes.duckdb``) writes each document's rows to a part file in the
workers (``OUTDIR/db.parts/NAME.json``) and loads them, in input order, in
:meth:`DatabaseWriter.finalize`: one process owns the database, whatever the worker count.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cassis import Cas

from ..document import PATIENT_ID, get_document_id, get_metadata
from ..errors import CtakesError
from ..medication.cas import MEDICATION_COLUMNS
from ..typesystem import BINARY_TEXT_RELATION, IDENTIFIED_ANNOTATION
from .base import Writer, atomic_write_bytes, safe_file_stem
from .mentions import MENTION_COLUMNS, mention_rows

INT, TEXT, BOOL, FLOAT = "INTEGER", "VARCHAR", "BOOLEAN", "DOUBLE"
_MENTION_TYPES = {"begin": INT, "end": INT, "polarity": INT, "uncertainty": INT, "conditional": BOOL,
                  "generic": BOOL, "history_of": INT, "discovery_technique": INT, "confidence": FLOAT}
_MENTION_FIELDS = [c for c in MENTION_COLUMNS if c not in MEDICATION_COLUMNS and c not in ("doc_id", "patient_id")]

# table -> ([(column, SQL type)], primary key columns)
SCHEMA: dict[str, tuple[list[tuple[str, str]], tuple[str, ...]]] = {
    "documents": ([("doc_id", TEXT), ("patient_id", TEXT), ("text_length", INT), ("mention_count", INT),
                   ("relation_count", INT)], ("doc_id",)),
    "mentions": ([("doc_id", TEXT), ("mention_id", INT)] + [(c, _MENTION_TYPES.get(c, TEXT)) for c in _MENTION_FIELDS],
                 ("doc_id", "mention_id")),
    "concepts": ([("doc_id", TEXT), ("mention_id", INT), ("concept_id", INT), ("cui", TEXT), ("tui", TEXT),
                  ("code", TEXT), ("coding_scheme", TEXT), ("preferred_text", TEXT)],
                 ("doc_id", "mention_id", "concept_id")),
    "attributes": ([("doc_id", TEXT), ("mention_id", INT), ("name", TEXT), ("value", TEXT)],
                   ("doc_id", "mention_id", "name")),
    "relations": ([("doc_id", TEXT), ("relation_id", INT), ("category", TEXT), ("arg1_mention_id", INT),
                   ("arg1_role", TEXT), ("arg2_mention_id", INT), ("arg2_role", TEXT)],
                  ("doc_id", "relation_id")),
}
TABLES = tuple(SCHEMA)


@dataclass
class DocumentRows:
    """One document's rows: table name -> list of tuples in :data:`SCHEMA` column order."""

    doc_id: str
    tables: dict[str, list[tuple]] = field(default_factory=dict)

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def to_json(self) -> bytes:
        return json.dumps({"doc_id": self.doc_id, "tables": self.tables}, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> "DocumentRows":
        raw = json.loads(data)
        return cls(raw["doc_id"], {t: [tuple(r) for r in rows] for t, rows in raw["tables"].items()})


def document_rows(cas: Cas, document_id: str | None = None) -> DocumentRows:
    """The rows of every table for one CAS (``document_id`` defaults to its DocumentID)."""
    doc_id = document_id if document_id is not None else (get_document_id(cas) or "")
    rows = mention_rows(cas, doc_id)
    mentions = sorted(cas.select(IDENTIFIED_ANNOTATION), key=lambda a: (a.begin, a.end, a.type.name))
    ids = {id(fs): i for i, fs in enumerate(mentions)}
    out = DocumentRows(doc_id, {t: [] for t in TABLES})
    for i, (fs, row) in enumerate(zip(mentions, rows)):
        out.tables["mentions"].append((doc_id, i, *(row[c] for c in _MENTION_FIELDS)))
        out.tables["attributes"].extend((doc_id, i, c, row[c]) for c in MEDICATION_COLUMNS if row.get(c))
        out.tables["concepts"].extend(_concepts(doc_id, i, fs))
    out.tables["relations"] = _relations(doc_id, cas, ids)
    out.tables["documents"] = [(doc_id, get_metadata(cas).get(PATIENT_ID), len(cas.sofa_string or ""),
                                len(mentions), len(out.tables["relations"]))]
    return out


def _concepts(doc_id: str, mention_id: int, fs: Any) -> Iterator[tuple]:
    array = fs.ontologyConceptArr
    for j, c in enumerate(array.elements if array is not None and array.elements else []):
        yield (doc_id, mention_id, j, getattr(c, "cui", None), getattr(c, "tui", None), getattr(c, "code", None),
               getattr(c, "codingScheme", None), getattr(c, "preferredText", None))


def _relations(doc_id: str, cas: Cas, ids: dict[int, int]) -> list[tuple]:
    out = []
    for rel in cas.select(BINARY_TEXT_RELATION):
        a1, a2 = rel.arg1, rel.arg2
        if a1 is None or a2 is None or id(a1.argument) not in ids or id(a2.argument) not in ids:
            continue
        out.append((doc_id, len(out), rel.category, ids[id(a1.argument)], a1.role, ids[id(a2.argument)], a2.role))
    return out


# --- backends ---------------------------------------------------------------------------
def create_statements(quote: str = '"') -> list[str]:
    """``CREATE TABLE IF NOT EXISTS`` statements of :data:`SCHEMA` (columns quoted)."""
    out = []
    for table, (columns, key) in SCHEMA.items():
        cols = ", ".join(f"{quote}{c}{quote} {t}" for c, t in columns)
        pk = ", ".join(f"{quote}{c}{quote}" for c in key)
        out.append(f"CREATE TABLE IF NOT EXISTS {table} ({cols}, PRIMARY KEY ({pk}))")
    return out


class Database:
    """A connection that writes :class:`DocumentRows` batches idempotently; use as a
    context manager or call :meth:`close`."""

    def write(self, batch: list[DocumentRows]) -> int:
        """Replace the rows of the batch's documents; returns the number of rows inserted."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class DuckDBDatabase(Database):
    """DuckDB through its own client; rows go in through Arrow tables (fast bulk insert)."""

    def __init__(self, path: str) -> None:
        import duckdb
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(path)
        for statement in create_statements():
            self.con.execute(statement)

    def write(self, batch: list[DocumentRows]) -> int:
        import pyarrow as pa
        ids = sorted({d.doc_id for d in batch})
        count = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, (columns, _) in SCHEMA.items():
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
                rows = [r for d in batch for r in d.tables.get(table, [])]
                if rows:
                    arrow = pa.Table.from_arrays([pa.array(col) for col in zip(*rows)], names=[c for c, _ in columns])
                    self.con.register("_ctakes_batch", arrow)
                    self.con.execute(f"INSERT INTO {table} SELECT * FROM _ctakes_batch")
                    self.con.unregister("_ctakes_batch")
                    count += len(rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return count

    def close(self) -> None:
        self.con.close()


class SqlAlchemyDatabase(Database):
    """Any SQLAlchemy URL (``postgresql://...``, ``sqlite:///...``); executemany inserts."""

    def __init__(self, url: str) -> None:
        import sqlalchemy as sa
        self.engine = sa.create_engine(url)
        self.meta = sa.MetaData()
        types = {INT: sa.Integer, TEXT: sa.Text, BOOL: sa.Boolean, FLOAT: sa.Float}
        self.tables = {
            name: sa.Table(name, self.meta, *(sa.Column(c, types[t], primary_key=c in key) for c, t in columns))
            for name, (columns, key) in SCHEMA.items()}
        self.meta.create_all(self.engine)

    def write(self, batch: list[DocumentRows]) -> int:
        ids = sorted({d.doc_id for d in batch})
        count = 0
        with self.engine.begin() as con:  # one transaction
            for name, table in self.tables.items():
                con.execute(table.delete().where(table.c.doc_id.in_(ids)))
                names = [c.name for c in table.columns]
                rows = [dict(zip(names, r)) for d in batch for r in d.tables.get(name, [])]
                if rows:
                    con.execute(table.insert(), rows)
                    count += len(rows)
        return count

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Database:
    """``duckdb:///path`` (or ``duckdb:///:memory:``) -> DuckDB; any other URL -> SQLAlchemy."""
    if url.startswith("duckdb:///"):
        return DuckDBDatabase(url[len("duckdb:///"):] or ":memory:")
    if "://" not in url:
        raise CtakesError(f"not a database URL: {url!r}",
                          fix="use duckdb:///out.duckdb or a SQLAlchemy URL such as postgresql://user@host/db")
    return SqlAlchemyDatabase(url)


def write_documents(url_or_db: str | Database, documents: Iterable[DocumentRows], batch_size: int = 200) -> int:
    """Write ``documents`` in batches of ``batch_size``; returns the number of rows inserted."""
    db = connect(url_or_db) if isinstance(url_or_db, str) else url_or_db
    total, batch = 0, []
    try:
        for doc in documents:
            batch.append(doc)
            if len(batch) >= batch_size:
                total += db.write(batch)
                batch = []
        if batch:
            total += db.write(batch)
    finally:
        if isinstance(url_or_db, str):
            db.close()
    return total


class DatabaseWriter(Writer):
    """Per-document part files in the workers, one ordered database load in :meth:`finalize`."""

    name = "db"
    extension = ".json"
    parts_dir = "db.parts"

    def __init__(self, outdir: str, **options: Any) -> None:
        super().__init__(outdir, **options)
        self.url = options.get("url") or f"duckdb:///{Path(outdir) / 'ctakes.duckdb'}"
        self.batch_size = int(options.get("batch_size", 200))

    def output_path(self, document_id: str) -> Path:
        return self.outdir / self.parts_dir / f"{safe_file_stem(document_id)}{self.extension}"

    def write(self, cas: Cas, document_id: str) -> None:
        atomic_write_bytes(self.output_path(document_id), document_rows(cas, document_id).to_json())

    def finalize(self, document_ids: list[str]) -> None:
        parts = (self.output_path(d) for d in document_ids)
        write_documents(self.url, (DocumentRows.from_json(p.read_bytes()) for p in parts if p.exists()),
                        self.batch_size)


def db_writer_spec(url: str) -> tuple[str, dict[str, Any]]:
    """The ``(writer name, options)`` pair the CLI's ``--db URL`` adds to the engine's writers."""
    connect_check = url.startswith("duckdb:///") or "://" in url
    if not connect_check:
        raise CtakesError(f"--db needs a database URL, got {url!r}",
                          fix="use duckdb:///out.duckdb or a SQLAlchemy URL")
    return ("db", {"url": url})
