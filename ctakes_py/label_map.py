"""``LABEL=TYPE`` lists: how descriptors and command lines map model labels to CAS types."""
from __future__ import annotations

from collections.abc import Iterable


def parse_label_map(items: str | Iterable[str] | None) -> dict[str, str]:
    """``"A=B,C=D"`` or ``["A=B", "C=D"]`` -> ``{"A": "B", "C": "D"}`` (blank items skipped).

    Raises ValueError naming the first item without ``=``; callers re-raise it as the
    error of their layer (descriptor, command line)."""
    if isinstance(items, str):
        items = items.split(",")
    out = {}
    for item in items or ():
        if item.strip():
            source, sep, target = item.partition("=")
            if not sep:
                raise ValueError(f"{item.strip()!r} is not LABEL=TYPE")
            out[source.strip()] = target.strip()
    return out
