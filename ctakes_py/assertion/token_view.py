"""A document's tokens as one lower-cased string, the form trigger phrases are matched in.

``text`` is ``" " + " ".join(lower-cased tokens) + " "``: every token is framed by single
spaces, so a trigger phrase framed the same way (``" history of "``) can only match whole
tokens, whatever the spacing and line breaks of the original text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Sequence


@dataclass
class TokenView:
    """``begins``/``ends``: character offsets of token ``i`` in the document;
    ``words``: its lower-cased text; ``text``: the framed token string; ``token_at_start``
    / ``token_at_end``: offset in ``text`` where token ``i`` starts / ends -> ``i``."""

    begins: list[int]
    ends: list[int]
    words: list[str]
    text: str
    token_at_start: dict[int, int]
    token_at_end: dict[int, int]

    @classmethod
    def build(cls, document: str, spans: Sequence[tuple[int, int]]) -> "TokenView":
        """From ``(begin, end)`` token spans over ``document`` (sorted, non-overlapping)."""
        begins = [b for b, _ in spans]
        ends = [e for _, e in spans]
        lowered = document.lower()
        if len(lowered) != len(document):  # a few characters grow when lower-cased
            words = [document[b:e].lower() for b, e in spans]
        else:
            words = [lowered[b:e] for b, e in spans]
        text = " " + " ".join(words) + " "
        if text.count(" ") != len(words) + 1:  # tokens from elsewhere may hold spaces
            words = ["_".join(w.split()) for w in words]
            text = " " + " ".join(words) + " "
        # token i starts at 1 + sum(len(w) + 1 for the words before it)
        starts = list(accumulate((len(w) + 1 for w in words), initial=1))[:-1]
        at_start = dict(zip(starts, range(len(words))))
        at_end = {start + len(w): i for i, (start, w) in enumerate(zip(starts, words))}
        return cls(begins, ends, words, text, at_start, at_end)

    def __len__(self) -> int:
        return len(self.words)

    def token_range(self, begin: int, end: int) -> tuple[int, int]:
        """``[first, last)`` token indices of the tokens that overlap ``[begin, end)``
        characters (an empty range where none do)."""
        first = bisect_right(self.ends, begin)
        last = bisect_left(self.begins, end)
        return first, max(first, last)
