"""Spark engine (optional extra ``[spark]``): the same per-document work as the local
engine, spread over Spark executors.

Executors never receive pickled annotators: each Python worker builds the pipeline from the
descriptor path once (cached per process, so once per executor, not per partition or
document) and then runs the local engine's :class:`~ctakes_py.engine.local.Worker`. Per-document
outputs are written by the executors exactly as the local engine writes them, so results
are identical to a local run of the same input.

Two entry points:

* :func:`spark_results` - used by ``ctakes-py process --engine spark``: sources listed by a
  reader on the driver, results streamed back in input order.
* :func:`process_dataframe` - a DataFrame with id + text (+ metadata) columns in, a DataFrame
  of mentions (one row per IdentifiedAnnotation, the columns of the tabular writers) and a
  DataFrame of per-document status (optionally with XMI) out.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import DocumentFailure
from ..io.base import Source
from ..io.memory import text_source
from .local import Worker, WorkerSpec

_WORKERS: dict[str, Worker] = {}


def _worker(spec: WorkerSpec) -> Worker:
    """This executor process's worker for ``spec`` (built on first use)."""
    key = json.dumps(asdict(spec), sort_keys=True, default=str)
    worker = _WORKERS.get(key)
    if worker is None:
        worker = _WORKERS[key] = Worker(spec)
    return worker


def get_session(master: str = "local[*]", app_name: str = "ctakes-py"):
    """A SparkSession (an existing active one is reused)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError("the Spark engine needs pyspark: pip install 'ctakes-py[spark]'") from exc
    return (SparkSession.builder.master(master).appName(app_name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.execution.pyspark.udf.faulthandler.enabled", "true")
            .getOrCreate())


def _run_partition(spec: WorkerSpec):
    def run(sources: Iterable[Source]) -> Iterator[tuple[str, dict[str, Any] | None]]:
        worker = _worker(spec)
        for source in sources:
            failure = worker.run(source)
            yield source.document_id, (asdict(failure) if failure else None)
    return run


def spark_results(spec: WorkerSpec, sources: Iterable[Source], master: str = "local[*]",
                  partitions: int | None = None) -> Iterator[tuple[str, DocumentFailure | None]]:
    """Run the batch on Spark; ``(document id, failure or None)`` in input order."""
    items = list(sources)
    if not items:
        return
    spark = get_session(master)
    sc = spark.sparkContext
    slices = partitions or max(1, min(len(items), sc.defaultParallelism * 4))
    rdd = sc.parallelize(items, slices).mapPartitions(_run_partition(spec))
    # collect() runs all partitions in parallel (toLocalIterator would run them one job at a
    # time); results are a few bytes per document and come back in input order.
    for doc, failure in rdd.collect():
        yield doc, (DocumentFailure(**failure) if failure else None)


# --- DataFrame API ---------------------------------------------------------------------

@dataclass
class SparkResult:
    """``mentions``: one row per mention (tabular-writer columns); ``documents``: one row
    per input document with ``status`` ok/failed, error details and optionally ``xmi``."""

    mentions: Any
    documents: Any


def _mention_schema():
    from pyspark.sql import types as T

    from ..io.mentions import COLUMN_TYPES, MENTION_COLUMNS

    kinds = {"begin": T.IntegerType(), "end": T.IntegerType(), "polarity": T.IntegerType(),
             "uncertainty": T.IntegerType(), "history_of": T.IntegerType(),
             "discovery_technique": T.IntegerType(), "conditional": T.BooleanType(),
             "generic": T.BooleanType(), "confidence": T.DoubleType()}
    assert set(kinds) == set(COLUMN_TYPES), "keep the Spark schema in step with the writers"
    return T.StructType([T.StructField(c, kinds.get(c, T.StringType()), True) for c in MENTION_COLUMNS])


def _document_schema():
    from pyspark.sql import types as T

    return T.StructType([T.StructField(n, t, True) for n, t in (
        ("doc_id", T.StringType()), ("status", T.StringType()), ("stage", T.StringType()),
        ("code", T.StringType()), ("message", T.StringType()), ("mentions", T.IntegerType()),
        ("xmi", T.StringType()))])


def _analyse_partition(spec: WorkerSpec, with_xmi: bool):
    from ..io.mentions import MENTION_COLUMNS, mention_rows

    def run(sources: Iterable[Source]) -> Iterator[tuple[str, tuple]]:
        worker = _worker(spec)
        for source in sources:
            cas, failure = worker.analyse(source)
            if cas is None:
                assert failure is not None
                yield "doc", (source.document_id, "failed", failure.stage, failure.code, failure.message, 0, None)
                continue
            rows = mention_rows(cas, source.document_id)
            for row in rows:
                yield "mention", tuple(row[c] for c in MENTION_COLUMNS)
            yield "doc", (source.document_id, "ok", None, None, None, len(rows),
                          cas.to_xmi() if with_xmi else None)
    return run


def process_dataframe(df: Any, descriptor: str = "default", *, id_column: str = "id",
                      text_column: str = "text", patient_column: str | None = None,
                      date_column: str | None = None, overrides: dict[str, Any] | None = None,
                      xmi: bool = False) -> SparkResult:
    """Analyse every row of ``df`` (a Spark DataFrame) with the pipeline ``descriptor``."""
    from ..document import CREATION_TIME, PATIENT_ID
    from ..resources import find_descriptor

    spec = WorkerSpec(descriptor=str(find_descriptor(descriptor)), overrides=dict(overrides or {}),
                      reader=("ctakes_py.io.memory:TextRecordReader", "<dataframe>", {}), writers=(),
                      outdir="")
    columns = [id_column, text_column] + [c for c in (patient_column, date_column) if c]
    meta_keys = [k for k, c in ((PATIENT_ID, patient_column), (CREATION_TIME, date_column)) if c]

    def to_source(row: Any) -> Source:
        values = list(row)
        return text_source(values[0], values[1], dict(zip(meta_keys, values[2:], strict=True)),
                           location=f"<dataframe row {values[0]}>")

    tagged = df.select(*columns).rdd.map(to_source).mapPartitions(_analyse_partition(spec, xmi)).cache()
    spark = df.sparkSession
    mentions = spark.createDataFrame(tagged.filter(lambda t: t[0] == "mention").map(lambda t: t[1]),
                                     _mention_schema())
    documents = spark.createDataFrame(tagged.filter(lambda t: t[0] == "doc").map(lambda t: t[1]),
                                      _document_schema())
    return SparkResult(mentions, documents)


__all__ = ["SparkResult", "get_session", "process_dataframe", "spark_results"]
