"""DocTimeRel of an event: BEFORE, OVERLAP, AFTER or BEFORE/OVERLAP the document creation time.

Features (:func:`features`) come from the section, tense/aspect cues around the event in
its sentence, the time expressions of the sentence (their value against the DCT), the
assertion's ``historyOf`` and a chronic-condition list. :func:`rule_label` turns them into
a label with ordered rules; :class:`LinearModel` is a scikit-learn logistic regression
trained on annotated notes (``scripts/evaluate_temporal.py train``) and stored as JSON
(feature names, classes, coefficients), so loading a model runs no pickled code.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..errors import LexiconError, ResourceError
from .timex import Timex

BEFORE, OVERLAP, AFTER, BEFORE_OVERLAP = "BEFORE", "OVERLAP", "AFTER", "BEFORE/OVERLAP"
LABELS = (BEFORE, OVERLAP, AFTER, BEFORE_OVERLAP)
_YEARISH = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


@dataclass(frozen=True)
class DocTimeRelLexicon:
    """Section categories, cue regexes (kind -> compiled) and chronic condition words."""

    sections: Mapping[str, str]
    cues: Mapping[str, re.Pattern]
    chronic: re.Pattern


def load_doctimerel_lexicon(folder: str | Path) -> DocTimeRelLexicon:
    folder = Path(folder)
    sections = dict(_tsv(folder / "doctimerel_sections.tsv", 2))
    cues = {kind: re.compile(rf"\b(?:{regex})\b", re.I) for kind, regex in _tsv(folder / "doctimerel_cues.tsv", 2)}
    words = [w.strip() for w in _lines(folder / "chronic_conditions.txt")]
    chronic = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")", re.I)
    return DocTimeRelLexicon(sections, cues, chronic)


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        raise LexiconError(f"DocTimeRel lexicon file missing: {path}", file=str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _tsv(path: Path, width: int) -> list[list[str]]:
    rows = [line.split("\t") for line in _lines(path)]
    for number, row in enumerate(rows, 1):
        if len(row) != width:
            raise LexiconError(f"expected {width} tab-separated columns", file=str(path), position=number)
    return rows


def relation_to_dct(value: str, dct: date | None) -> str | None:
    """``before``, ``same`` or ``after`` for a DATE/TIME value against the DCT; None if unknown."""
    if dct is None or not value:
        return None
    if value == "PAST_REF":
        return "before"
    if value == "FUTURE_REF":
        return "after"
    if value == "PRESENT_REF":
        return "same"
    week = _WEEK.match(value)
    if week:
        dct_year, dct_week, _ = dct.isocalendar()
        return _cmp((int(week.group(1)), int(week.group(2))), (dct_year, dct_week))
    m = _YEARISH.match(value)
    if not m:
        return None
    parts = [int(p) for p in m.groups() if p is not None]
    return _cmp(tuple(parts), (dct.year, dct.month, dct.day)[:len(parts)])


def _cmp(a: tuple, b: tuple) -> str:
    return "before" if a < b else "after" if a > b else "same"


@dataclass(frozen=True)
class EventContext:
    """What DocTimeRel looks at for one event (character offsets are document offsets)."""

    text: str                  # the document
    begin: int
    end: int
    kind: str                  # disorder, symptom, procedure, medication
    sentence: tuple[int, int]
    section: str | None        # section id
    history_of: int
    polarity: int
    timexes: Sequence[Timex]   # the sentence's time expressions
    dct: date | None


def _nearest_cue(lex: DocTimeRelLexicon, side: str, window: str) -> dict[str, float]:
    """Cue kinds found on one side; the value is closeness (1 = adjacent)."""
    out = {}
    for kind, regex in lex.cues.items():
        if not kind.startswith(side + "_"):
            continue
        hits = list(regex.finditer(window))
        if hits:
            distance = len(window) - hits[-1].end() if side == "left" else hits[0].start()
            out[kind] = 1.0 / (1.0 + distance / 20.0)
    return out


def features(ctx: EventContext, lex: DocTimeRelLexicon) -> dict[str, float]:
    """Sparse named features of one event (values 0..1)."""
    s_begin, s_end = ctx.sentence
    left = ctx.text[s_begin:ctx.begin]
    right = ctx.text[ctx.end:s_end]
    f: dict[str, float] = {f"type={ctx.kind}": 1.0,
                           f"section={lex.sections.get(ctx.section or '', 'other')}": 1.0}
    f.update(_nearest_cue(lex, "left", left[-60:]))
    f.update(_nearest_cue(lex, "right", right[:40]))
    if ctx.history_of:
        f["historyOf"] = 1.0
    if ctx.polarity == -1:
        f["negated"] = 1.0
    if lex.chronic.search(ctx.text[ctx.begin:ctx.end]):
        f["chronic"] = 1.0
    clause = _clause(ctx)
    for t in ctx.timexes:
        side = "left" if t.end <= ctx.begin else "right"
        scope = "timex" if clause[0] <= t.begin and t.end <= clause[1] else "sent_timex"
        if t.timex_class in ("DATE", "TIME"):
            rel = relation_to_dct(t.value, ctx.dct)
            if rel:
                f[f"{scope}_{rel}"] = 1.0
                f[f"{scope}_{rel}_{side}"] = 1.0
        else:
            f[f"{scope}_{t.timex_class.lower()}"] = 1.0
    return f


_CLAUSE_END = re.compile(r"[;,:]")


def _clause(ctx: EventContext) -> tuple[int, int]:
    """The event's clause: its sentence cut at the nearest ``;``, ``,`` or ``:`` on each side."""
    s_begin, s_end = ctx.sentence
    left = [m.end() for m in _CLAUSE_END.finditer(ctx.text, s_begin, ctx.begin)]
    right = _CLAUSE_END.search(ctx.text, ctx.end, s_end)
    return (left[-1] if left else s_begin), (right.start() if right else s_end)


def rule_label(f: Mapping[str, float]) -> str:
    """Ordered rules over :func:`features`; the first that fires decides."""
    section = next((k.split("=", 1)[1] for k in f if k.startswith("section=")), "other")
    chronic = "chronic" in f
    ended = f.get("left_ended", 0) >= 0.5
    if f.get("timex_after") or (section == "future" and not ended):
        return AFTER
    if f.get("left_future", 0) >= 0.7 and not f.get("timex_before"):
        return AFTER
    if f.get("timex_before") or f.get("timex_same") and f.get("left_begun"):
        if ended:
            return BEFORE
        if f.get("left_begun") or f.get("right_begun") or chronic:
            return BEFORE_OVERLAP
        return BEFORE
    if ended or f.get("right_ended") or f.get("right_past", 0) >= 0.7:
        return BEFORE
    if f.get("left_past", 0) >= 0.6 and f.get("left_past", 0) > f.get("left_current", 0):
        return BEFORE
    if f.get("timex_duration") or f.get("left_begun") or f.get("right_begun"):
        return BEFORE_OVERLAP
    if f.get("left_current", 0) >= 0.6:
        return BEFORE_OVERLAP if chronic and f.get("type=disorder") else OVERLAP
    if section == "past" or f.get("historyOf") or f.get("left_history", 0) >= 0.5:
        return BEFORE_OVERLAP if chronic else BEFORE
    if section == "course" or f.get("left_past", 0) >= 0.6:
        return BEFORE
    if chronic and f.get("type=disorder"):
        return BEFORE_OVERLAP
    return OVERLAP


class LinearModel:
    """A multinomial logistic regression applied from stored weights (no pickle)."""

    def __init__(self, classes: Sequence[str], names: Sequence[str],
                 coef: Sequence[Sequence[float]], intercept: Sequence[float]) -> None:
        self.classes = list(classes)
        self.index = {n: i for i, n in enumerate(names)}
        self.coef = [list(row) for row in coef]
        self.intercept = list(intercept)

    @classmethod
    def load(cls, path: str | Path) -> "LinearModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(data["classes"], data["features"], data["coef"], data["intercept"])
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(f"cannot read DocTimeRel model: {exc}", file=str(path)) from exc

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=self.index.get)
        Path(path).write_text(json.dumps({"classes": self.classes, "features": names, "coef": self.coef,
                                          "intercept": self.intercept}, indent=1), encoding="utf-8")

    def predict(self, f: Mapping[str, float]) -> str:
        scores = []
        for k, row in enumerate(self.coef):
            total = self.intercept[k]
            for name, value in f.items():
                i = self.index.get(name)
                if i is not None:
                    total += row[i] * value
            scores.append(total)
        if len(self.classes) == 2:  # sklearn's binary case: one row for the second class
            return self.classes[1] if scores[0] > 0 else self.classes[0]
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]


def with_rule(f: Mapping[str, float]) -> dict[str, float]:
    """Features plus the rule's label (the model learns when to trust the rules)."""
    out = dict(f)
    out[f"rule={rule_label(f)}"] = 1.0
    return out


def train(feature_dicts: Iterable[Mapping[str, float]], labels: Iterable[str], c: float = 1.0) -> LinearModel:
    """Fit a logistic regression (scikit-learn) on rule-augmented features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([with_rule(f) for f in feature_dicts])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels))
    return LinearModel([str(k) for k in clf.classes_], list(vec.get_feature_names_out()),
                       clf.coef_.tolist(), clf.intercept_.tolist())
