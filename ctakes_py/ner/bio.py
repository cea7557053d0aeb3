"""Entity spans <-> BIO (IOB2) tags over a document's tokens.

A span is ``(begin, end, label)`` in characters (end exclusive). :func:`spans_to_tags`
labels the tokens a span covers (a token belongs to a span when it lies inside it); a
span that starts or ends inside a token is widened to whole tokens and counted as
misaligned. Overlapping spans cannot be expressed in BIO: the longer one wins.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple, Sequence

OUTSIDE = "O"


class Alignment(NamedTuple):
    tags: list[str]
    misaligned: int   # spans widened to token boundaries
    dropped: int      # spans lost to an overlap or covering no token


def spans_to_tags(tokens: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, str]]) -> Alignment:
    """BIO tags for ``tokens`` (sorted ``(begin, end)``) from entity ``spans``."""
    tags = [OUTSIDE] * len(tokens)
    begins = [b for b, _ in tokens]
    ends = [e for _, e in tokens]
    misaligned = dropped = 0
    for begin, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):  # longest first
        first = bisect_right(ends, begin)        # first token ending after the span begins
        last = bisect_left(begins, end) - 1      # last token starting before the span ends
        if first > last:
            dropped += 1
            continue
        if tokens[first][0] != begin or tokens[last][1] != end:
            misaligned += 1
        if any(tags[i] != OUTSIDE for i in range(first, last + 1)):
            dropped += 1
            continue
        tags[first] = "B-" + label
        for i in range(first + 1, last + 1):
            tags[i] = "I-" + label
    return Alignment(tags, misaligned, dropped)


def tags_to_spans(tokens: Sequence[tuple[int, int]], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans from BIO tags (an ``I-X`` that does not continue an ``X`` starts one,
    as conlleval does)."""
    out: list[tuple[int, int, str]] = []
    label, begin, end = None, 0, 0
    for (t_begin, t_end), tag in zip(tokens, tags):
        prefix, kind = (tag[0], tag[2:]) if tag != OUTSIDE else (OUTSIDE, "")
        if label is not None and (prefix != "I" or kind != label):
            out.append((begin, end, label))
            label = None
        if prefix == OUTSIDE:
            continue
        if label is None:
            label, begin = kind, t_begin
        end = t_end
    if label is not None:
        out.append((begin, end, label))
    return out


def sentence_tags(tags: Sequence[str], sentences: Sequence[tuple[int, int]]) -> list[list[str]]:
    """Document tags cut into sentences; an entity cut by a sentence end restarts with B-."""
    out = []
    for start, end in sentences:
        part = list(tags[start:end])
        if part and part[0].startswith("I-"):
            part[0] = "B-" + part[0][2:]
        out.append(part)
    return out
