"""A sorted set of non-overlapping half-open intervals with O(log n) overlap tests."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Generic, Iterable, TypeVar

T = TypeVar("T")


class IntervalSet(Generic[T]):
    """Non-overlapping ``[begin, end)`` intervals, each with an optional payload."""

    def __init__(self, items: Iterable[tuple[int, int, T]] = ()) -> None:
        self.begins: list[int] = []
        self.ends: list[int] = []
        self.payloads: list[Any] = []
        for begin, end, payload in sorted(items, key=lambda x: (x[0], x[1])):
            self.add(begin, end, payload)

    def __len__(self) -> int:
        return len(self.begins)

    def find(self, begin: int, end: int) -> int | None:
        """Index of an interval sharing a character with ``[begin, end)`` (an empty span
        counts as the character at ``begin``), or None."""
        end = max(end, begin + 1)
        i = bisect_right(self.ends, begin)
        return i if i < len(self.begins) and self.begins[i] < end else None

    def overlaps(self, begin: int, end: int) -> bool:
        return self.find(begin, end) is not None

    def contains(self, begin: int, end: int) -> bool:
        """True when one interval covers all of ``[begin, end)``."""
        i = bisect_right(self.begins, begin) - 1
        return i >= 0 and self.ends[i] >= end

    def add(self, begin: int, end: int, payload: Any = None) -> bool:
        """Insert unless it overlaps an interval already there; returns whether it was added."""
        if self.overlaps(begin, end):
            return False
        i = bisect_left(self.begins, begin)
        self.begins.insert(i, begin)
        self.ends.insert(i, end)
        self.payloads.insert(i, payload)
        return True
