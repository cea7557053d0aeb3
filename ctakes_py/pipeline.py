"""Pipeline: a validated descriptor turned into initialized annotators over one CAS.

    from ctakes_py import Pipeline
    nlp = Pipeline.from_descriptor("default")
    cas = nlp("No chest pain. Metformin 500 mg PO BID.")
    for m in cas.select("org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation"): ...
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from cassis import Cas, TypeSystem

from .annotator import Annotator, UimaContext
from .descriptor import Description, parse_descriptor, validate
from .descriptor.model import AggregateDescription
from .descriptor.validate import READER_OUTPUTS, Step
from .document import create_cas, get_document_id
from .errors import AnnotatorError, CtakesError
from .resources import find_descriptor
from .typesystem import load_typesystems


class Pipeline:
    """Initialized annotators in flow order. Build with :meth:`from_descriptor`."""

    def __init__(self, description: Description, steps: list[Step], typesystem: TypeSystem,
                 annotators: list[Annotator], overrides: Mapping[str, Any] | None = None) -> None:
        self.description = description
        self.overrides = dict(overrides or {})
        self.steps = steps
        self.typesystem = typesystem
        self.annotators = annotators

    @classmethod
    def from_descriptor(cls, path_or_name: str | os.PathLike = "default",
                        overrides: Mapping[str, Any] | None = None,
                        provided: tuple[str, ...] = READER_OUTPUTS) -> "Pipeline":
        """Parse, validate and initialize. ``overrides`` maps ``"Key/param"`` to a value."""
        description = parse_descriptor(path_or_name)
        steps, typesystem = plan(description, overrides, provided)
        annotators = []
        for step in steps:
            annotator = step.annotator_class()
            context = UimaContext(parameters=dict(step.parameters), resources=dict(step.resources),
                                  typesystem=typesystem, descriptor=str(step.description.source),
                                  key=step.key)
            try:
                annotator.initialize(context)
            except CtakesError:
                raise
            except Exception as exc:
                raise AnnotatorError(f"{step.key} failed to initialize: {type(exc).__name__}: {exc}",
                                     file=str(step.description.source)) from exc
            annotators.append(annotator)
        return cls(description, steps, typesystem, annotators, overrides)

    @property
    def source(self) -> Path:
        return self.description.source

    def make_cas(self, text: str, document_id: str | None = None,
                 metadata: Mapping[str, Any] | None = None) -> Cas:
        return create_cas(text, self.typesystem, document_id, metadata)

    def __call__(self, text: str, document_id: str | None = None,
                 metadata: Mapping[str, Any] | None = None) -> Cas:
        """Analyse one text and return its CAS."""
        return self.process(self.make_cas(text, document_id, metadata))

    def process(self, cas: Cas) -> Cas:
        """Run every annotator on ``cas`` in flow order. A failure is an
        :class:`AnnotatorError` naming the annotator and the document."""
        for step, annotator in zip(self.steps, self.annotators):
            try:
                annotator.process(cas)
            except Exception as exc:
                doc = get_document_id(cas)
                if isinstance(exc, CtakesError):
                    exc.document = exc.document or doc
                    exc.element = exc.element or step.key
                    raise
                raise AnnotatorError(f"{type(exc).__name__}: {exc}", document=doc,
                                     element=step.key, file=str(step.description.source)) from exc
        return cas

    def pipe(self, texts: Iterable[str], n_process: int = 1, batch_size: int = 32) -> Iterator[Cas]:
        """Analyse many texts, yielding CASes in input order. With ``n_process > 1`` each
        worker process builds its own pipeline from the descriptor (annotators are never
        pickled) and sends back XMI."""
        if n_process <= 1:
            for text in texts:
                yield self(text)
            return
        from .engine.local import pipe_texts
        yield from pipe_texts(self, texts, n_process=n_process, batch_size=batch_size)

    def close(self) -> None:
        """Signal the end of the collection to every annotator."""
        for annotator in self.annotators:
            annotator.collection_process_complete()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        from .describe import describe_steps
        return describe_steps(self.description, self.steps)

    def __repr__(self) -> str:
        return f"Pipeline({self.description.name!r}, steps={[s.key for s in self.steps]})"


def plan(description: Description, overrides: Mapping[str, Any] | None = None,
         provided: tuple[str, ...] = READER_OUTPUTS) -> tuple[list[Step], TypeSystem]:
    """Type system and validated steps of a parsed descriptor."""
    typesystem = load_typesystems(sorted(set(_typesystem_paths(description))))
    steps = validate(description, typesystem, provided=provided, overrides=dict(overrides or {}))
    return steps, typesystem


def _typesystem_paths(description: Description) -> Iterator[Path]:
    yield from description.typesystems
    if isinstance(description, AggregateDescription):
        for delegate in description.delegates.values():
            yield from _typesystem_paths(delegate.description)


def validate_descriptor(path_or_name: str | os.PathLike) -> list[Step]:
    """Parse and validate without initializing annotators (``ctakes-py validate``)."""
    return plan(parse_descriptor(find_descriptor(path_or_name)))[0]
