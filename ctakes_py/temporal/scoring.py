"""Score system temporal annotations against :class:`~.corpus.GoldNote` s.

- TIMEX3 spans: strict (same offsets) and lenient (overlap) precision/recall/F1; class and
  value accuracy over strictly matched spans.
- DocTimeRel: accuracy over gold events that a system event matches (same offsets, else the
  most overlapping), with coverage = matched / gold events.
- TLINK: (event, time, category) triples, arguments matched by overlap; labelled and
  unlabelled P/R/F1.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from cassis import Cas

from .cas import DEFAULT_EVENT_TYPES, TEMPORAL_TEXT_RELATION, event_mentions, get_doctimerel, read_timexes
from .corpus import GoldNote


@dataclass
class SystemNote:
    """What a system produced for one note: timexes ``(b, e, class, value)``, events
    ``(b, e, doctimerel)``, tlinks ``((event b, e), (time b, e), category)``."""

    timexes: list[tuple[int, int, str, str]] = field(default_factory=list)
    events: list[tuple[int, int, str]] = field(default_factory=list)
    tlinks: list[tuple[tuple[int, int], tuple[int, int], str]] = field(default_factory=list)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _best(span: tuple[int, int], candidates: Sequence[tuple[int, int]]) -> int | None:
    best, best_len = None, 0
    for i, c in enumerate(candidates):
        if c == span:
            return i
        size = min(span[1], c[1]) - max(span[0], c[0])
        if size > best_len:
            best, best_len = i, size
    return best


def score(gold: Sequence[GoldNote], system: Sequence[SystemNote]) -> dict[str, Any]:
    """All figures over the notes (paired by position)."""
    c: Counter = Counter()
    errors: list[dict[str, Any]] = []
    confusion: Counter = Counter()
    for g, s in zip(gold, system):
        _score_timex(g, s, c, errors)
        _score_doctimerel(g, s, c, confusion, errors)
        _score_tlinks(g, s, c, errors)
    return {
        "timex_strict": prf(c["tx_strict"], c["tx_pred"], c["tx_gold"]),
        "timex_lenient": prf(c["tx_lenient_p"], c["tx_pred"], c["tx_gold"]) | {
            "recall": c["tx_lenient_g"] / c["tx_gold"] if c["tx_gold"] else 0.0},
        "timex_class_accuracy": c["tx_class"] / c["tx_strict"] if c["tx_strict"] else 0.0,
        "timex_value_accuracy": c["tx_value"] / c["tx_strict"] if c["tx_strict"] else 0.0,
        "timex_value_accuracy_lenient": c["tx_value_l"] / c["tx_lenient_g"] if c["tx_lenient_g"] else 0.0,
        "doctimerel_accuracy": c["dtr_ok"] / c["dtr_matched"] if c["dtr_matched"] else 0.0,
        "doctimerel_matched": c["dtr_matched"], "doctimerel_gold": c["dtr_gold"],
        "doctimerel_coverage": c["dtr_matched"] / c["dtr_gold"] if c["dtr_gold"] else 0.0,
        "doctimerel_confusion": {f"{k[0]}->{k[1]}": v for k, v in sorted(confusion.items())},
        "tlink": prf(c["tl_tp"], c["tl_pred"], c["tl_gold"]),
        "tlink_unlabelled": prf(c["tl_tp_u"], c["tl_pred"], c["tl_gold"]),
        "errors": errors,
    }


def _score_timex(g: GoldNote, s: SystemNote, c: Counter, errors: list) -> None:
    pred = {(b, e): (cls, val) for b, e, cls, val in s.timexes}
    c["tx_pred"] += len(pred)
    c["tx_gold"] += len(g.timexes)
    for t in g.timexes:
        span = (t.begin, t.end)
        if span in pred:
            c["tx_strict"] += 1
            c["tx_class"] += pred[span][0] == t.timex_class
            c["tx_value"] += pred[span][1] == t.value
            if pred[span][1] != t.value or pred[span][0] != t.timex_class:
                errors.append({"doc": g.doc_id, "kind": "timex_value", "text": g.text[t.begin:t.end],
                               "gold": f"{t.timex_class} {t.value}", "pred": " ".join(pred[span])})
        i = _best(span, list(pred))
        if i is not None:
            c["tx_lenient_g"] += 1
            c["tx_value_l"] += list(pred.values())[i][1] == t.value
        if span not in pred:
            errors.append({"doc": g.doc_id, "kind": "timex_missed" if i is None else "timex_span",
                           "text": g.text[t.begin:t.end],
                           "pred": g.text[list(pred)[i][0]:list(pred)[i][1]] if i is not None else ""})
    gold_spans = [(t.begin, t.end) for t in g.timexes]
    for span in pred:
        if any(_overlaps(span, gs) for gs in gold_spans):
            c["tx_lenient_p"] += 1
        else:
            errors.append({"doc": g.doc_id, "kind": "timex_spurious", "text": g.text[span[0]:span[1]],
                           "pred": " ".join(pred[span])})


def _score_doctimerel(g: GoldNote, s: SystemNote, c: Counter, confusion: Counter, errors: list) -> None:
    spans = [(b, e) for b, e, _ in s.events]
    for ev in g.events:
        c["dtr_gold"] += 1
        i = _best((ev.begin, ev.end), spans)
        if i is None:
            continue
        c["dtr_matched"] += 1
        label = s.events[i][2]
        confusion[(ev.doctimerel, label)] += 1
        if label == ev.doctimerel:
            c["dtr_ok"] += 1
        else:
            errors.append({"doc": g.doc_id, "kind": "doctimerel", "text": g.text[ev.begin:ev.end],
                           "gold": ev.doctimerel, "pred": label})


def _score_tlinks(g: GoldNote, s: SystemNote, c: Counter, errors: list) -> None:
    c["tl_gold"] += len(g.tlinks)
    c["tl_pred"] += len(s.tlinks)
    used: set[int] = set()
    for ei, ti, cat in g.tlinks:
        ev, tx = g.events[ei], g.timexes[ti]
        found = None
        for k, (es, ts, pcat) in enumerate(s.tlinks):
            if k not in used and _overlaps(es, (ev.begin, ev.end)) and _overlaps(ts, (tx.begin, tx.end)):
                found = k
                break
        if found is None:
            errors.append({"doc": g.doc_id, "kind": "tlink_missed",
                           "text": f"{g.text[ev.begin:ev.end]} -- {g.text[tx.begin:tx.end]}", "gold": cat})
            continue
        used.add(found)
        c["tl_tp_u"] += 1
        pcat = s.tlinks[found][2]
        c["tl_tp"] += pcat == cat
        if pcat != cat:
            errors.append({"doc": g.doc_id, "kind": "tlink_category",
                           "text": f"{g.text[ev.begin:ev.end]} -- {g.text[tx.begin:tx.end]}",
                           "gold": cat, "pred": pcat})
    for k, (es, ts, pcat) in enumerate(s.tlinks):
        if k not in used:
            errors.append({"doc": g.doc_id, "kind": "tlink_spurious",
                           "text": f"{g.text[es[0]:es[1]]} -- {g.text[ts[0]:ts[1]]}", "pred": pcat})


def system_note(cas: Cas, event_types: Sequence[str] = DEFAULT_EVENT_TYPES) -> SystemNote:
    """The temporal annotations of a processed CAS."""
    out = SystemNote()
    out.timexes = [(t.begin, t.end, t.timex_class, t.value) for _, t in read_timexes(cas)]
    out.events = [(e.begin, e.end, get_doctimerel(e) or "") for e in event_mentions(cas, event_types)]
    for r in cas.select(TEMPORAL_TEXT_RELATION):
        a1, a2 = r.arg1.argument, r.arg2.argument
        time, event = (a1, a2) if a1.type.name.endswith("TimeMention") else (a2, a1)
        out.tlinks.append(((event.begin, event.end), (time.begin, time.end), r.category))
    return out
