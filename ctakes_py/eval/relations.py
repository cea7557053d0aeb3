"""Relation scoring: a predicted relation is correct when its label matches and both
arguments match a gold relation's arguments (same label and span for ``strict``; same
label and overlapping span for ``lenient``). Matching is one-to-one per (document, label).
Direction counts: ``(A, B)`` does not match ``(B, A)``.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, NamedTuple

from .ner import LENIENT, MODES, STRICT, Counts, Span, overlaps, tally


class RelationTuple(NamedTuple):
    doc: str
    label: str
    arg1: Span
    arg2: Span


def _arg_matches(g: Span, p: Span, mode: str) -> bool:
    if g.label != p.label:
        return False
    if mode == STRICT:
        return (g.begin, g.end) == (p.begin, p.end)
    return overlaps((g.begin, g.end), (p.begin, p.end))


def _overlap(g: Span, p: Span) -> int:
    return max(0, min(g.end, p.end) - max(g.begin, p.begin))


def match_relations(gold: Iterable[RelationTuple], pred: Iterable[RelationTuple],
                    mode: str = STRICT
                    ) -> tuple[list[tuple[RelationTuple, RelationTuple]], list[RelationTuple],
                               list[RelationTuple]]:
    """Matched pairs, missed gold relations and spurious predictions (duplicates count once)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    groups: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for r in set(gold):
        groups[(r.doc, r.label)][0].append(r)
    for r in set(pred):
        groups[(r.doc, r.label)][1].append(r)
    matched, missed, spurious = [], [], []
    for key in sorted(groups):
        g_list, p_list = (sorted(x) for x in groups[key])
        candidates = []
        for i, g in enumerate(g_list):
            for j, p in enumerate(p_list):
                if _arg_matches(g.arg1, p.arg1, mode) and _arg_matches(g.arg2, p.arg2, mode):
                    score = 0 if mode == STRICT else -(_overlap(g.arg1, p.arg1) + _overlap(g.arg2, p.arg2))
                    candidates.append((score, i, j))
        candidates.sort()
        used_g, used_p = set(), set()
        for _, i, j in candidates:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                matched.append((g_list[i], p_list[j]))
        missed += [g for i, g in enumerate(g_list) if i not in used_g]
        spurious += [p for j, p in enumerate(p_list) if j not in used_p]
    return matched, missed, spurious


def score_relations(gold: Iterable[RelationTuple], pred: Iterable[RelationTuple],
                    mode: str = STRICT, labels: Iterable[str] | None = None) -> dict[str, Counts]:
    """Per-label counts (``labels`` restricts the scored relation labels)."""
    return tally(gold, pred, match_relations, mode, labels)


__all__ = ["RelationTuple", "match_relations", "score_relations", "STRICT", "LENIENT"]
