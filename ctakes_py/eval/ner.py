"""Entity span scoring: strict (same span, same label) and lenient (overlap, same label).

Spans are :class:`Span` tuples ``(doc, begin, end, label)`` with character offsets (end
exclusive), so any corpus format (brat, PubTator, XMI, BIO tags via :func:`spans_from_bio`)
scores the same way. Matching is one-to-one: in lenient mode a predicted span overlapping
two gold spans counts once (pairs are taken by largest overlap first), so a prediction can
never earn two true positives. Per-label :class:`Counts` give P/R/F1; :func:`summarize`
adds the micro average (summed counts) and the macro average (mean of the per-label
P, R and F1, as scikit-learn's ``average="macro"``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

STRICT = "strict"
LENIENT = "lenient"
MODES = (STRICT, LENIENT)


class Span(NamedTuple):
    doc: str
    begin: int
    end: int
    label: str


@dataclass
class Counts:
    """True positives, false positives and false negatives of one label (or all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the half-open spans share a character (empty spans overlap at a point)."""
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def _overlap_size(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], mode: str = STRICT
          ) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` of matching spans (one doc, one label)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if mode == STRICT:
        where = {}
        for j, span in enumerate(pred):
            where.setdefault(span, j)
        return [(i, where[span]) for i, span in enumerate(gold) if span in where]
    order = sorted(range(len(pred)), key=lambda j: pred[j][0])
    begins = [pred[j][0] for j in order]
    candidates = []
    for i, g in enumerate(gold):
        # predictions beginning before the gold span ends; those ending too early fail overlaps()
        for k in range(bisect_left(begins, g[1] + 1)):
            j = order[k]
            if overlaps(g, pred[j]):
                candidates.append((-_overlap_size(g, pred[j]), i, j))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _group(spans: Iterable[Span]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    out: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for span in set(spans):
        out[(span.doc, span.label)].append((span.begin, span.end))
    for spans_ in out.values():
        spans_.sort()
    return out


def match_spans(gold: Iterable[Span], pred: Iterable[Span], mode: str = STRICT
                ) -> tuple[list[tuple[Span, Span]], list[Span], list[Span]]:
    """Matched ``(gold, pred)`` pairs, unmatched gold (false negatives) and unmatched
    predictions (false positives). Duplicate spans count once."""
    g_groups, p_groups = _group(gold), _group(pred)
    matched, missed, spurious = [], [], []
    for key in sorted(set(g_groups) | set(p_groups)):
        g, p = g_groups.get(key, []), p_groups.get(key, [])
        pairs = align(g, p, mode)
        doc, label = key
        matched += [(Span(doc, *g[i], label), Span(doc, *p[j], label)) for i, j in pairs]
        hit_g, hit_p = {i for i, _ in pairs}, {j for _, j in pairs}
        missed += [Span(doc, *g[i], label) for i in range(len(g)) if i not in hit_g]
        spurious += [Span(doc, *p[j], label) for j in range(len(p)) if j not in hit_p]
    return matched, missed, spurious


def tally(gold: Iterable, pred: Iterable, matcher, mode: str,
          labels: Iterable[str] | None = None) -> dict[str, Counts]:
    """Per-label tp/fp/fn of items with a ``label`` (spans, relations) after one-to-one
    matching by ``matcher(gold, pred, mode) -> (matched, missed, spurious)``. ``labels``
    restricts the scored labels (others are ignored on both sides); by default every label
    seen in gold or predictions is scored."""
    gold, pred = list(gold), list(pred)
    if labels is not None:
        labels = list(labels)
        keep = set(labels)
        gold = [s for s in gold if s.label in keep]
        pred = [s for s in pred if s.label in keep]
    matched, missed, spurious = matcher(gold, pred, mode)
    out: dict[str, Counts] = {label: Counts() for label in sorted(
        set(labels) if labels is not None else {s.label for s in gold} | {s.label for s in pred})}
    for g, _ in matched:
        out[g.label].tp += 1
    for s in missed:
        out[s.label].fn += 1
    for s in spurious:
        out[s.label].fp += 1
    return out


def score_spans(gold: Iterable[Span], pred: Iterable[Span], mode: str = STRICT,
                labels: Iterable[str] | None = None) -> dict[str, Counts]:
    """Per-label counts of entity spans (see :func:`tally`)."""
    return tally(gold, pred, match_spans, mode, labels)


def summarize(per_label: dict[str, Counts]) -> dict[str, dict[str, float]]:
    """``{"micro": {...}, "macro": {...}}`` with precision, recall, f1 (micro also has the
    summed tp/fp/fn). Labels absent from both gold and predictions do not enter the macro
    average."""
    total = sum(per_label.values(), Counts())
    active = [c for c in per_label.values() if c.tp + c.fp + c.fn]
    n = len(active) or 1
    macro = {"precision": sum(c.precision for c in active) / n,
             "recall": sum(c.recall for c in active) / n,
             "f1": sum(c.f1 for c in active) / n}
    return {"micro": total.as_dict(), "macro": macro}


def spans_from_bio(tags: Sequence[str], offsets: Sequence[tuple[int, int]], doc: str = ""
                   ) -> list[Span]:
    """Entity spans from token tags (``B-X``/``I-X``/``O``, also ``E-``/``S-``/``L-``/``U-``)
    and the tokens' character offsets, chunked as conlleval/seqeval do: an ``I-X`` after
    ``O`` or after another label starts a new entity."""
    if len(tags) != len(offsets):
        raise ValueError("tags and offsets differ in length")
    spans: list[Span] = []
    label, begin, end = None, 0, 0
    for tag, (t_begin, t_end) in zip(tags, offsets):
        prefix, _, kind = tag.partition("-") if tag != "O" else ("O", "", "")
        continues = prefix in ("I", "E", "L") and kind == label
        if label is not None and not continues:
            spans.append(Span(doc, begin, end, label))
            label = None
        if prefix == "O":
            continue
        if label is None:
            label, begin = kind, t_begin
        end = t_end
        if prefix in ("E", "L", "S", "U"):
            spans.append(Span(doc, begin, end, label))
            label = None
    if label is not None:
        spans.append(Span(doc, begin, end, label))
    return spans
