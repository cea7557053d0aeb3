"""Database output: schema, DuckDB and SQLAlchemy (SQLite) backends, idempotent reruns."""
from __future__ import annotations

import pytest

from ctakes_py import registry
from ctakes_py.io.mentions import mention_rows
from ctakes_py.pipeline import Pipeline
from tests.conftest import require_tool

try:
    import duckdb
    import sqlalchemy

    from ctakes_py.io.database import TABLES, DatabaseWriter, connect, db_writer_spec, document_rows
except ImportError:  # pragma: no cover - reported by require_tool
    duckdb = None

NOTES = {
    "a": "Takes aspirin 81 mg PO daily for hypertension. Denies chest pain.",
    "b": "No diabetes. Metformin 500 mg BID.",
}


@pytest.fixture(autouse=True)
def _db():
    require_tool("duckdb and sqlalchemy", duckdb is not None)


@pytest.fixture(scope="module")
def cases():
    nlp = Pipeline.from_descriptor("default")
    return {doc_id: nlp(text, document_id=doc_id, metadata={"patient_id": "p1"}) for doc_id, text in NOTES.items()}


def _counts(url):
    if url.startswith("duckdb:///"):
        con = duckdb.connect(url[len("duckdb:///"):], read_only=True)
        try:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        finally:
            con.close()
    engine = sqlalchemy.create_engine(url)
    with engine.connect() as con:
        out = {t: con.execute(sqlalchemy.text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
    engine.dispose()
    return out


def test_rows_follow_the_mention_table(cases):
    cas = cases["a"]
    rows = document_rows(cas)
    assert len(rows.tables["mentions"]) == len(mention_rows(cas))
    med = next(r for r in rows.tables["mentions"] if r[2] == "MedicationMention")
    attrs = {name: value for doc, mid, name, value in rows.tables["attributes"] if mid == med[1]}
    assert attrs == {"strength": "81 mg", "route": "PO", "frequency": "daily"}
    linked = {(r[2], r[5]) for r in rows.tables["relations"]}
    assert linked == {("Strength-Drug", med[1]), ("Route-Drug", med[1]), ("Frequency-Drug", med[1])}
    assert rows.tables["documents"] == [("a", "p1", len(NOTES["a"]), len(rows.tables["mentions"]),
                                         len(rows.tables["relations"]))]


@pytest.mark.parametrize("scheme", ["duckdb", "sqlite"])
def test_writer_is_idempotent_on_rerun(cases, tmp_path, scheme):
    url = f"duckdb:///{tmp_path / 'out.duckdb'}" if scheme == "duckdb" else f"sqlite:///{tmp_path / 'out.sqlite'}"
    expected = {t: sum(len(document_rows(c).tables[t]) for c in cases.values()) for t in TABLES}
    for _ in range(2):
        writer = registry.resolve(registry.WRITERS, "db")(tmp_path / "out", url=url)
        for doc_id, cas in cases.items():
            writer.write(cas, doc_id)
        writer.finalize(list(cases))
        assert _counts(url) == expected
    assert expected["mentions"] > 0 and expected["concepts"] > 0 and expected["relations"] > 0


def test_changed_document_replaces_its_rows(cases, tmp_path):
    url = f"duckdb:///{tmp_path / 'x.duckdb'}"
    with connect(url) as db:
        db.write([document_rows(c) for c in cases.values()])
        db.write([document_rows(Pipeline.from_descriptor("text")("nothing here", document_id="a"))])
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    per_doc = dict(con.execute("SELECT doc_id, count(*) FROM mentions GROUP BY doc_id").fetchall())
    assert "a" not in per_doc and per_doc["b"] == len(document_rows(cases["b"]).tables["mentions"])
    con.close()


def test_default_url_is_duckdb_in_outdir(tmp_path):
    assert DatabaseWriter(tmp_path).url == f"duckdb:///{tmp_path / 'ctakes.duckdb'}"
    assert db_writer_spec("duckdb:///o.duckdb") == ("db", {"url": "duckdb:///o.duckdb"})
    with pytest.raises(Exception, match="database URL"):
        db_writer_spec("out.duckdb")
