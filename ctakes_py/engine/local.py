"""Local batch engine: N worker processes, each building the pipeline once.

Per document: reader ``load`` -> pipeline ``process`` -> every writer ``write``. A failure
at any stage becomes one row of ``OUTDIR/errors.jsonl`` and the batch goes on. Outputs are
per document and written atomically, so output does not depend on the worker count and
``resume`` can skip documents whose outputs all exist.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from cassis import Cas, load_cas_from_xmi
from tqdm import tqdm

from .. import registry
from ..errors import CtakesError, DocumentFailure, InputError, WorkerCrashError
from ..io.base import Reader, Source, Writer

ERRORS_FILE = "errors.jsonl"


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs to rebuild the pipeline, reader and writers itself."""

    descriptor: str
    overrides: dict[str, Any]
    reader: tuple[str, str, dict[str, Any]]  # (registry name or class path, input path, options)
    writers: tuple[tuple[str, dict[str, Any]], ...]
    outdir: str


@dataclass
class BatchResult:
    total: int = 0
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors_path: Path | None = None
    failures: list[DocumentFailure] = field(default_factory=list)

    def summary(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        line = f"processed {self.processed}, failed {self.failed}"
        if self.skipped:
            line += f", skipped {self.skipped} (already done)"
        return f"{line} in {self.seconds:.1f} s ({rate:.1f} docs/s)"


class Worker:
    """The per-process state: pipeline, reader and writers built once."""

    def __init__(self, spec: WorkerSpec) -> None:
        from ..pipeline import Pipeline  # imported here: workers may be spawned fresh

        self.pipeline = Pipeline.from_descriptor(spec.descriptor, overrides=spec.overrides)
        reader_cls = registry.resolve(registry.READERS, spec.reader[0])
        self.reader: Reader = reader_cls(spec.reader[1], **spec.reader[2])
        self.writers: list[Writer] = [registry.resolve(registry.WRITERS, name)(spec.outdir, **opts)
                                      for name, opts in spec.writers]

    def analyse(self, source: Source) -> tuple[Cas | None, DocumentFailure | None]:
        """Read and process one document: its CAS, or the failure of the stage that broke."""
        doc = source.document_id
        try:
            cas = self.reader.load(source, self.pipeline.typesystem)
        except Exception as exc:
            return None, DocumentFailure.from_exception(doc, "reader", exc, source.location)
        try:
            self.pipeline.process(cas)
        except CtakesError as exc:
            return None, DocumentFailure.from_exception(doc, exc.element or "pipeline", exc, source.location)
        except Exception as exc:  # pipeline.process wraps, but be safe
            return None, DocumentFailure.from_exception(doc, "pipeline", exc, source.location)
        return cas, None

    def write(self, cas: Cas, source: Source) -> DocumentFailure | None:
        for writer in self.writers:
            try:
                writer.write(cas, source.document_id)
            except Exception as exc:
                return DocumentFailure.from_exception(source.document_id, f"writer:{writer.name}", exc,
                                                      source.location)
        return None

    def run(self, source: Source) -> DocumentFailure | None:
        cas, failure = self.analyse(source)
        return failure if cas is None else self.write(cas, source)


_STATE: dict[str, Worker] = {}


def _init_worker(spec: WorkerSpec) -> None:
    _STATE["worker"] = Worker(spec)


def _run_one(source: Source) -> tuple[str, DocumentFailure | None]:
    return source.document_id, _STATE["worker"].run(source)


def run_batch(spec: WorkerSpec, n_process: int | None = None, resume: bool = False,
              progress: bool = True, engine: str = "local", master: str = "local[*]") -> BatchResult:
    """Process every document the reader lists; returns counts and failures.

    ``engine`` is ``local`` (``n_process`` worker processes) or ``spark`` (Spark ``master``,
    e.g. ``local[2]`` or a cluster URL; needs the ``[spark]`` extra)."""
    start = time.perf_counter()
    outdir = Path(spec.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(outdir)
    main = Worker(spec) if engine == "local" and (n_process or 0) == 1 else None
    reader_cls = registry.resolve(registry.READERS, spec.reader[0])
    reader: Reader = reader_cls(spec.reader[1], **spec.reader[2])
    writers = [registry.resolve(registry.WRITERS, name)(spec.outdir, **opts) for name, opts in spec.writers]
    result = BatchResult(errors_path=outdir / ERRORS_FILE)
    order: list[str] = []
    seen: set[str] = set()

    def listed() -> Iterator[Source]:
        """The reader's sources; a listing that breaks is reported, not raised."""
        try:
            yield from reader.sources()
        except CtakesError as exc:
            _record(result, DocumentFailure.from_exception("<listing>", "reader", exc, spec.reader[1]))

    def todo() -> Iterator[Source]:
        for source in listed():
            result.total += 1
            doc = source.document_id
            if doc in seen:
                _record(result, DocumentFailure.from_exception(doc, "reader", InputError(
                    "duplicate document id; its output would overwrite an earlier document's",
                    file=source.location, document=doc, position=source.position,
                    fix="give every document a unique id (id column / file name)"), source.location))
                continue
            seen.add(doc)
            order.append(doc)
            if resume and writers and all(w.done(doc) for w in writers):
                result.skipped += 1
                continue
            yield source

    bar = tqdm(desc="documents", unit="doc", disable=not progress, file=sys.stderr)
    try:
        if engine == "spark":
            from .spark import spark_results
            results = spark_results(spec, todo(), master)
        elif engine == "local":
            results = _execute(spec, main, todo(), n_process)
        else:
            raise ValueError(f"unknown engine {engine!r}: use local or spark")
        for doc, failure in results:
            bar.update(1)
            if failure is None:
                result.processed += 1
            else:
                _record(result, failure)
    finally:
        bar.close()
    failed_ids = {f.document for f in result.failures}
    for writer in writers:
        writer.finalize([d for d in order if d not in failed_ids])
    _write_errors(result)
    result.seconds = time.perf_counter() - start
    return result


def _execute(spec: WorkerSpec, main: Worker | None, sources: Iterable[Source],
             n_process: int | None) -> Iterator[tuple[str, DocumentFailure | None]]:
    if main is not None:
        for source in sources:
            yield source.document_id, main.run(source)
        return
    yield from _pool_results(spec, iter(sources), n_process or os.cpu_count() or 1)


def _new_pool(spec: WorkerSpec, workers: int) -> ProcessPoolExecutor:
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(spec,))


def _pool_results(spec: WorkerSpec, sources: Iterator[Source],
                  workers: int) -> Iterator[tuple[str, DocumentFailure | None]]:
    """Results in input order with a bounded number of documents in flight.

    A worker that dies (segfault, OOM kill, ``os._exit``) breaks the whole pool; then each
    document that was in flight is retried alone in a fresh one-worker pool, so only the
    document that kills its worker again is reported, and the batch goes on.
    """
    window = workers * 4
    pending: deque[tuple[Source, Future]] = deque()
    pool = _new_pool(spec, workers)

    def fill() -> None:
        while len(pending) < window:
            source = next(sources, None)
            if source is None:
                return
            try:
                future = pool.submit(_run_one, source)
            except BrokenProcessPool as exc:  # broke after the last result we looked at
                future = Future()
                future.set_exception(exc)
            pending.append((source, future))

    try:
        fill()
        while pending:
            source, future = pending[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                suspects = [s for s, _ in pending]
                pending.clear()
                for suspect in suspects:
                    yield suspect.document_id, _run_isolated(spec, suspect)
                pool = _new_pool(spec, workers)
                fill()
                continue
            pending.popleft()
            yield result
            fill()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_isolated(spec: WorkerSpec, source: Source) -> DocumentFailure | None:
    with _new_pool(spec, 1) as pool:
        try:
            return pool.submit(_run_one, source).result()[1]
        except BrokenProcessPool:
            return DocumentFailure.from_exception(source.document_id, "worker", WorkerCrashError(
                "the worker process died while processing this document (crash, signal or out of memory)",
                file=source.location, document=source.document_id, position=source.position,
                fix="check the document's size and content; run it alone with -j 1 to see the crash"))


def _remove_stale_temporaries(outdir: Path) -> None:
    """Temporary files left by a killed run (atomic writes that never got renamed)."""
    for tmp in outdir.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _record(result: BatchResult, failure: DocumentFailure) -> None:
    result.failed += 1
    result.failures.append(failure)


def _write_errors(result: BatchResult) -> None:
    assert result.errors_path is not None
    with open(result.errors_path, "w", encoding="utf-8") as fh:
        for failure in result.failures:
            fh.write(json.dumps(asdict(failure), ensure_ascii=False) + "\n")


# --- Pipeline.pipe with several processes ----------------------------------------------

def _init_pipe_worker(descriptor: str, overrides: Mapping[str, Any]) -> None:
    from ..pipeline import Pipeline

    _STATE["pipeline"] = Pipeline.from_descriptor(descriptor, overrides=overrides)  # type: ignore[assignment]


def _pipe_one(text: str) -> str:
    pipeline = _STATE["pipeline"]
    return pipeline(text).to_xmi()  # type: ignore[attr-defined]


def pipe_texts(pipeline: Any, texts: Iterable[str], n_process: int, batch_size: int) -> Iterator[Cas]:
    """Texts in, CASes out in input order, processed by ``n_process`` workers."""
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(n_process, initializer=_init_pipe_worker,
                  initargs=(str(pipeline.source), pipeline.overrides)) as pool:
        for xmi in pool.imap(_pipe_one, texts, chunksize=max(1, batch_size // n_process)):
            yield load_cas_from_xmi(xmi, typesystem=pipeline.typesystem)
