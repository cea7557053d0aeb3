"""Two exact speed-ups for dkpro-cassis, applied once on import.

1. UTF-16 offset mapping. cassis maps Python code-point offsets to UIMA's UTF-16 offsets by building two dicts with
one entry per character of every document, on every CAS creation and XMI load: about
1 ms per 3 KB note, and 2.5 s / 900 MB for a 5 MB note. When a text has no character
outside the Basic Multilingual Plane the two offset systems are identical, and cassis's
converter already treats a missing mapping as the identity; so only texts with astral
characters (emoji, rare CJK) need the tables. Behaviour is unchanged; only the work is
skipped.

2. ``TypeSystem.is_instance_of`` walks the supertype chain recursively on every call; XMI
serialization calls it a few times per feature structure (about a third of XMI write
time). Answers are memoized per type system, keyed by type names. Type hierarchies do
not change once a type exists (new types only add keys), so the cache stays exact.
(Both worth proposing upstream.)
"""
from __future__ import annotations

import re

from cassis import TypeSystem
from cassis.cas import Utf16CodepointOffsetConverter

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_original = Utf16CodepointOffsetConverter.create_offset_mapping


def _create_offset_mapping(self: Utf16CodepointOffsetConverter, sofa_string: str | None) -> None:
    if sofa_string is not None and _ASTRAL.search(sofa_string) is None:
        self._python_to_external = None
        self._external_to_python = None
        return
    _original(self, sofa_string)


_original_is_instance_of = TypeSystem.is_instance_of


def _is_instance_of(self: TypeSystem, type_, parent) -> bool:
    if not parent:
        return False
    key = (type_ if isinstance(type_, str) else type_.name, parent if isinstance(parent, str) else parent.name)
    cache = self.__dict__.setdefault("_ctakes_py_instance_of", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = _original_is_instance_of(self, type_, parent)
    return found


def install() -> None:
    """Idempotent."""
    Utf16CodepointOffsetConverter.create_offset_mapping = _create_offset_mapping  # type: ignore[method-assign]
    TypeSystem.is_instance_of = _is_instance_of  # type: ignore[method-assign]
