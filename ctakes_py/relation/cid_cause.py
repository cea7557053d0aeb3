"""Explicitly stated causes of disease mentions for CID candidates.

An abstract often names the cause of a disease mention right beside it: ``isoproterenol-
induced tachycardia``, ``hepatitis due to isoniazid``, ``seizures following the
administration of lidocaine``. :func:`explicit_causes` finds, for every disease concept of a
document, the chemical concepts so attached to one of its mentions (a chemical mention
followed by ``-induced``/``-associated``... and the disease mention, or the disease mention
followed by ``induced by``/``due to``/``after``... and the chemical mention).
:func:`cause_features` then tells a candidate whose disease is explicitly caused by its own
chemical (``e:cause_self``) from one whose disease is explicitly caused by another chemical
only (``e:cause_other``: BC5CDR rarely relates it to the candidate's chemical as well).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

# ``CHEM[ (abbrev)]-induced DISEASE``: the text between the chemical's end and the disease's start
_BEFORE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*-?\s*(?:induced|associated|related|evoked|caused|mediated|elicited|produced"
    r"|triggered)\s*", re.I)
# ``DISEASE[ (abbrev)] induced by [the administration of] CHEM``: between the disease's end and the chemical
_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:induced|caused|produced|elicited|evoked|triggered|precipitated|provoked)"
    r"\s+by|due\s+to|secondary\s+to|associated\s+with|after|following)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:administration|treatment|therapy|use|intake|ingestion|exposure|injection|infusion)\s+(?:of|with|to)\s+)?",
    re.I)
_BEFORE_GAP, _AFTER_GAP = 40, 80  # longest text between the two mentions worth matching


def explicit_causes(text: str, chemicals: Iterable[tuple[int, int, str]],
                    diseases: dict[str, Iterable[tuple[int, int]]]) -> dict[str, set[str]]:
    """``disease key -> chemical keys stated as the cause of one of its mentions``.

    ``chemicals``: ``(begin, end, key)`` of every chemical mention; ``diseases``: disease key
    -> ``(begin, end)`` of its mentions (character offsets into ``text``)."""
    by_end = sorted(chemicals, key=lambda c: c[1])
    ends = [e for _, e, _ in by_end]
    by_begin = sorted(by_end)
    begins = [b for b, _, _ in by_begin]
    out: dict[str, set[str]] = {}
    for key, spans in diseases.items():
        for b2, e2 in spans:
            for b1, e1, k1 in by_end[bisect_right(ends, b2 - _BEFORE_GAP): bisect_right(ends, b2)]:
                if _BEFORE.fullmatch(text, e1, b2):
                    out.setdefault(key, set()).add(k1)
            for b1, e1, k1 in by_begin[bisect_left(begins, e2): bisect_left(begins, e2 + _AFTER_GAP)]:
                if _AFTER.fullmatch(text, e2, b1):
                    out.setdefault(key, set()).add(k1)
    return out


def cause_features(chemical: str, causes: set[str]) -> dict[str, float]:
    """``e:`` features of a candidate from the stated ``causes`` of its disease (see the
    module docstring)."""
    if chemical in causes:
        return {"e:cause_self": 1.0}
    return {"e:cause_other": 1.0} if causes else {}
