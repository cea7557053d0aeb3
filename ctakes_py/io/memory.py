"""Documents that are already in memory (Python lists, Spark rows) as reader sources.

:class:`TextRecordReader` turns ``Source(document_id, payload=text, metadata=...)`` items
into CASes with the same checks as the file readers (empty text is an
:class:`~ctakes_py.errors.InputError`), so engines treat them like any other input.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from cassis import Cas, TypeSystem

from ..document import create_cas
from .base import Reader, Source
from .text import check_not_empty


def text_source(document_id: Any, text: Any, metadata: Mapping[str, Any] | None = None,
                location: str = "<memory>") -> Source:
    """A source for one in-memory text (``None`` text is kept and reported as empty)."""
    return Source(str(document_id), location, "" if text is None else str(text),
                  {k: v for k, v in (metadata or {}).items() if v is not None})


class TextRecordReader(Reader):
    """Reads sources whose payload is the text itself; ``path`` is only a label."""

    name = "memory"

    def __init__(self, path: str = "<memory>", records: Iterable[Source] = (), **options: Any) -> None:
        super().__init__(path, **options)
        self._records = records

    def sources(self) -> Iterator[Source]:
        yield from self._records

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        text = source.payload if isinstance(source.payload, str) else ""
        check_not_empty(text, file=source.location, document=source.document_id, position=source.position)
        return create_cas(text, typesystem, source.document_id, source.metadata)
