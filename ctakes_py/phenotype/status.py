"""Phenotype status of a condition mention: its assertion features plus a few cues that
take a condition out of a phenotype (``lexicons/phenotype/status_cues.tsv``).

Statuses: ``positive``, ``historical`` (positive, placed in the past: still part of an
ever-diagnosed phenotype), ``negated``, ``uncertain``, ``hypothetical`` (conditional,
generic, risk, screening, "may develop"). Cue file rows: ``phrase<TAB>effect<TAB>max
words``, effect ``hypothetical`` or ``family`` (about the family in general).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import ResourceError

POSITIVE, HISTORICAL, NEGATED = "positive", "historical", "negated"
UNCERTAIN, HYPOTHETICAL = "uncertain", "hypothetical"
IN_PHENOTYPE = frozenset({POSITIVE, HISTORICAL})
EFFECTS = ("hypothetical", "family")
_WORD = re.compile(r"[A-Za-z0-9]+")
_CLAUSE_START = re.compile(r"[.;:!?\n]|\bbut\b", re.I)
_RESOLVED_AFTER = re.compile(r"[\s,]*(?:(?:now|since|has|had|have|was|were|is|are|been|fully|completely)\s+){0,3}"
                             r"(?:resolved|in\s+remission)\b", re.I)
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|denies|denied|deny|without|never|negative\s+for|free\s+of|absence\s+of|"
                              r"ruled\s+out|rules\s+out)\b", re.I)


def assertion_status(mention: Any) -> str:
    """Status from cTAKES assertion features (polarity, uncertainty, conditional, generic, historyOf)."""
    if (mention.polarity or 1) < 0:
        return NEGATED
    if mention.uncertainty == 1:
        return UNCERTAIN
    if mention.conditional or mention.generic:
        return HYPOTHETICAL
    return HISTORICAL if mention.historyOf == 1 else POSITIVE


def resolved_not_negated(text: str, begin: int, end: int) -> bool:
    """A condition followed by "resolved" / "in remission" and not negated before it in its
    clause: over, not absent ("h/o colon ca, resolved") - historical, as the guideline has
    it, where a negation trigger list reads "resolved" as a negation."""
    if not _RESOLVED_AFTER.match(text, end):
        return False
    window_start = max(0, begin - 120)
    breaks = [m.end() for m in _CLAUSE_START.finditer(text, window_start, begin)]
    return not _NEGATION_BEFORE.search(text, breaks[-1] if breaks else window_start, begin)


class StatusCues:
    """The cue phrases, one compiled pattern; :meth:`effects` per condition."""

    def __init__(self, rows: list[tuple[str, str, int]]) -> None:
        self.rows = {" ".join(p.lower().split()): (effect, words) for p, effect, words in rows}
        alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(self.rows, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?:{alternation})\b", re.I) if rows else None

    @classmethod
    def load(cls, path: str | Path) -> "StatusCues":
        rows = []
        path = Path(path)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != 3 or parts[1] not in EFFECTS or not parts[2].isdigit():
                raise ResourceError(f"expected phrase<TAB>{'|'.join(EFFECTS)}<TAB>max words", file=str(path),
                                    position=f"line {number}")
            rows.append((parts[0], parts[1], int(parts[2])))
        return cls(rows)

    def effects(self, text: str, begin: int) -> set[str]:
        """Effects of the cues before offset ``begin`` in the same clause and within reach."""
        if self.pattern is None:
            return set()
        window_start = max(0, begin - 120)
        breaks = [m.end() for m in _CLAUSE_START.finditer(text, window_start, begin)]
        start = breaks[-1] if breaks else window_start
        out = set()
        for m in self.pattern.finditer(text, start, begin):
            effect, reach = self.rows[" ".join(m.group(0).lower().split())]
            if len(_WORD.findall(text, m.end(), begin)) <= reach:
                out.add(effect)
        return out
