"""Typed errors with stable codes, in the spirit of spaCy's ``Errors`` (E001, ...).

Every error the framework raises on purpose derives from :class:`CtakesError` and names
where the problem is (file, document, element, position) and, when there is one, the fix.
A batch turns these into rows of its errors file instead of stopping.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class CtakesError(Exception):
    """Base class. ``code`` is stable across releases; the message is for people."""

    code = "E000"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        document: str | None = None,
        element: str | None = None,
        position: str | int | None = None,
        fix: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.document = document
        self.element = element
        self.position = position
        self.fix = fix
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.file:
            where.append(f"file {self.file}")
        if self.document:
            where.append(f"document {self.document!r}")
        if self.element:
            where.append(f"element {self.element}")
        if self.position is not None:
            where.append(f"position {self.position}")
        text = f"[{self.code}] {self.message}"
        if where:
            text += f" ({', '.join(where)})"
        if self.fix:
            text += f". Fix: {self.fix}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "document": self.document,
            "element": self.element,
            "position": self.position,
            "fix": self.fix,
        }


class DescriptorError(CtakesError):
    """A descriptor cannot be parsed or does not describe a runnable pipeline."""

    code = "E100"


class UnsafeXMLError(CtakesError):
    """XML with a DOCTYPE or entity declarations; refused before anything is resolved."""

    code = "E101"


class MalformedXMLError(CtakesError):
    """XML that does not parse."""

    code = "E102"


class TypeSystemError(CtakesError):
    """A type system descriptor is missing, malformed, or lacks a type that is needed."""

    code = "E110"


class ResourceError(CtakesError):
    """A lexicon, model, trigger list or other external resource is missing or corrupt."""

    code = "E120"


class InputError(CtakesError):
    """An input document cannot be read: binary, not UTF-8, malformed XMI, bad row."""

    code = "E200"


def raise_or_record(problems: list[InputError] | None, error: InputError) -> None:
    """Raise ``error``, or, when the caller passed a ``problems`` list, record it there so the
    reader skips the bad line and goes on (corpus readers' policy for evaluation and training)."""
    if problems is None:
        raise error
    problems.append(error)


class AnnotatorError(CtakesError):
    """An annotator failed while processing one document."""

    code = "E300"


class WorkerCrashError(CtakesError):
    """A worker process died (crash, signal, out of memory) while processing a document."""

    code = "E301"


class LexiconError(CtakesError):
    """A lexicon source line or file cannot be used."""

    code = "E400"


@dataclass(frozen=True)
class DocumentFailure:
    """One row of a batch's errors report: which document failed, where and why."""

    document: str
    stage: str
    error: str
    code: str
    message: str
    source: str | None = None
    position: str | int | None = None

    @classmethod
    def from_exception(
        cls, document: str, stage: str, exc: BaseException, source: str | None = None
    ) -> "DocumentFailure":
        if isinstance(exc, CtakesError):
            return cls(document, stage, type(exc).__name__, exc.code, str(exc), source or exc.file,
                       exc.position)
        return cls(document, stage, type(exc).__name__, AnnotatorError.code,
                   f"{type(exc).__name__}: {exc}", source, None)
