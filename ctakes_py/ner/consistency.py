"""Document-level post-processing of CRF spans: label consistency and abbreviations.

Abstracts and notes repeat their entities; the CRF labels each occurrence from its local
context and sometimes misses one. Two passes over a document's predicted spans
``(begin, end, label)``:

- :func:`propagate_abbreviations`: for each Schwartz-Hearst definition ``long form (SF)``,
  when a predicted entity ends where the long form ends, every occurrence of ``SF`` gets
  its label (added, or relabelled); when none does, predicted entities exactly on ``SF``
  occurrences are removed if ``remove_undefined``.
- :func:`propagate_strings`: a string predicted as an entity somewhere in the document is
  labelled at its other token-aligned occurrences that no prediction overlaps (majority
  label; case-insensitive for strings of ``min_chars`` or more, exact case otherwise).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from .abbreviations import find_definitions, short_form_occurrences

Spans = list[tuple[int, int, str]]


def _overlaps_any(begin: int, end: int, spans: Spans) -> bool:
    return any(b < end and begin < e for b, e, _ in spans)


def _aligned(begin: int, end: int, begins: set[int], ends: set[int]) -> bool:
    return begin in begins and end in ends


def propagate_abbreviations(text: str, spans: Spans, tokens: list[tuple[int, int]],
                            remove_undefined: bool = False) -> Spans:
    """Spans with short forms labelled like their long forms (see the module docstring)."""
    definitions = find_definitions(text)
    if not definitions:
        return spans
    begins, ends = {b for b, _ in tokens}, {e for _, e in tokens}
    out = list(spans)
    for d in definitions:
        labels = [label for b, e, label in out if e == d.long_end and d.long_begin <= b < e]
        short = text[d.short_begin:d.short_end]
        places = [p for p in short_form_occurrences(text, short) if _aligned(p[0], p[1], begins, ends)]
        if labels:
            label = labels[0]
            out = [s for s in out if (s[0], s[1]) not in places or s[2] == label]
            for b, e in places:
                if not _overlaps_any(b, e, out):
                    out.append((b, e, label))
        elif remove_undefined:
            out = [s for s in out if (s[0], s[1]) not in places]
    return sorted(out)


def propagate_strings(text: str, spans: Spans, tokens: list[tuple[int, int]], min_chars: int = 4) -> Spans:
    """Spans plus the other occurrences of each predicted entity string."""
    if not spans:
        return spans
    votes: dict[str, Counter] = defaultdict(Counter)
    for b, e, label in spans:
        votes[_key(text[b:e], min_chars)][label] += 1
    begins, ends = {b for b, _ in tokens}, {e for _, e in tokens}
    out = sorted(spans)
    starts = [s[0] for s in out]
    added: Spans = []
    for key, counter in votes.items():
        label = counter.most_common(1)[0][0]
        flags = re.IGNORECASE if len(key) >= min_chars else 0
        rx = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)", flags)
        for m in rx.finditer(text):
            b, e = m.span()
            if not _aligned(b, e, begins, ends):
                continue
            k = bisect_left(starts, e)
            if any(sb < e and b < se for sb, se, _ in out[max(0, k - 8):k]) or _overlaps_any(b, e, added):
                continue
            added.append((b, e, label))
    return sorted(out + added)


def _key(surface: str, min_chars: int) -> str:
    return surface.lower() if len(surface) >= min_chars else surface
