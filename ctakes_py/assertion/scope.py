"""Is a finding within a trigger's scope? (ConText-style scope over one sentence.)

Distance is counted in *counted words*: word tokens that are neither SKIP words
(determiners, auxiliaries: ``a``, ``any``, ``has``) nor LIST words (``and``, ``or``);
punctuation never counts. A finding is in scope of a forward trigger when

- it lies after the trigger in the same sentence (window),
- no TERMINATE match for the trigger's category lies between them, nor a CLAUSE match with
  a counted word between the trigger and it (``no fever and is ...`` ends at ``is``, but
  ``has not had any syncope`` does not end at ``had``),
- no forward trigger of a competing category lies between (``no fever, possible
  pneumonia``; ``no bleeding, monitor for melena``), and
- the distance is at most the rule's scope, or the words between form a list (items of at
  most ``list_item`` counted words separated by commas or LIST words) no longer than
  ``list_scope`` counted words: ``denies fever, chills, night sweats or cough``.

A trigger directly followed by a colon (``Family history: ...``) reaches to the end of the
sentence. Backward triggers mirror this, except that CLAUSE words do not end them: the verb
between a finding and its backward trigger is usually the finding's own (``X was felt to be
unlikely``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Sequence

from .matcher import TriggerMatch
from .rules import TriggerRule

# A forward trigger's scope ends at a forward trigger of these categories.
COMPETING: dict[str, frozenset[str]] = {
    "NEGATED": frozenset({"POSSIBLE", "HYPOTHETICAL"}),
    "POSSIBLE": frozenset({"NEGATED", "HYPOTHETICAL"}),
}
UNLIMITED = 10 ** 6


@dataclass(frozen=True)
class ScopeSettings:
    """Defaults for rows without a scope, and the list-scope limits."""

    default_scope: int = 8
    list_scope: int = 20
    list_item: int = 4


class SentenceScope:
    """Scope tests within one sentence ``[start, end)`` of a view's tokens."""

    def __init__(self, words: Sequence[str], start: int, end: int, matches: Sequence[TriggerMatch],
                 skip_words: frozenset[str], list_words: frozenset[str], settings: ScopeSettings) -> None:
        self.start, self.end = start, end
        self.words = words
        self.settings = settings
        counted = [1 if (w[:1].isalnum() and w not in skip_words and w not in list_words) else 0
                   for w in words[start:end]]
        self._prefix = [0, *accumulate(counted)]
        self._separator = [w == "," or w in list_words for w in words[start:end]]
        self._blockers = sorted(((m, r) for m in matches for r in m.rules
                                 if r.category in ("TERMINATE", "CLAUSE") or r.attribute is not None),
                                key=lambda pair: pair[0].start)
        self._blocker_starts = [m.start for m, _ in self._blockers]
        self._matches = list(matches)
        self._match_starts = [m.start for m in self._matches]
        self._longest = max((m.end - m.start for m in self._matches), default=0)
        scopes = [r.scope for m in self._matches for r in m.rules if r.attribute is not None and r.scope is not None]
        self._reach = max([settings.default_scope, settings.list_scope, *scopes])
        self._open_ended = [m for m in self._matches if self._colon_after(m)]

    def reachable(self, begin: int, end: int) -> list[TriggerMatch]:
        """The sentence's matches that may have the finding at tokens ``[begin, end)`` in scope
        (a superset, in start order): those within the longest scope or list reach in counted
        words on either side, and the open-ended ones (a trigger followed by a colon). Testing
        only these keeps a long run-on sentence from costing mentions x triggers."""
        prefix, base = self._prefix, self.start
        first = base + bisect_left(prefix, prefix[begin - base] - self._reach) - self._longest
        stop = base + bisect_right(prefix, prefix[end - base] + self._reach)
        lo, hi = bisect_left(self._match_starts, first), bisect_left(self._match_starts, stop)
        near = self._matches[lo:hi]
        far = [m for m in self._open_ended if m.start < first]
        return far + near if far else near

    def counted(self, a: int, b: int) -> int:
        """Counted words among tokens ``[a, b)`` (document indices)."""
        if b <= a:
            return 0
        return self._prefix[b - self.start] - self._prefix[a - self.start]

    def is_list(self, a: int, b: int) -> bool:
        """Do tokens ``[a, b)`` form list items separated by commas / LIST words?"""
        items, size, separators = [], 0, 0
        for i in range(a, b):
            if self._separator[i - self.start]:
                separators += 1
                items.append(size)
                size = 0
            else:
                size += self.counted(i, i + 1)
        items.append(size)
        return separators > 0 and max(items) <= self.settings.list_item

    def _blocked(self, rule: TriggerRule, a: int, b: int, forward: bool) -> bool:
        """Does a terminator (or competing trigger) lie in ``[a, b)``, the gap between a
        trigger and a finding?"""
        competing = COMPETING.get(rule.category, frozenset())
        lo, hi = bisect_left(self._blocker_starts, a), bisect_left(self._blocker_starts, b)
        for match, other in self._blockers[lo:hi]:
            if other.category == "TERMINATE" and other.stops_category(rule.category):
                return True
            if (forward and other.category == "CLAUSE" and other.stops_category(rule.category)
                    and self.counted(a, match.start) > 0):
                return True
            if other.category in competing and other.forward == forward:
                return True
        return False

    def _colon_after(self, match: TriggerMatch) -> bool:
        """A colon right after the trigger (``Family history: ...``): it reaches the sentence end."""
        return match.end < self.end and self.words[match.end] == ":"

    def _limit(self, rule: TriggerRule, match: TriggerMatch, forward: bool) -> int:
        if forward and self._colon_after(match):
            return UNLIMITED
        return self.settings.default_scope if rule.scope is None else rule.scope

    def distance(self, rule: TriggerRule, match: TriggerMatch, begin: int, end: int) -> int | None:
        """Counted words between the trigger and the finding at tokens ``[begin, end)`` when
        the finding is in the rule's scope, else None."""
        if rule.forward and match.end <= begin:
            gap = (match.end, begin, True)
        elif rule.backward and end <= match.start:
            gap = (end, match.start, False)
        else:
            return None
        a, b, forward = gap
        dist = self.counted(a, b)
        limit = self._limit(rule, match, forward)
        # the distance tests are cheap, the terminator scan is not: a far trigger is out first
        if dist > limit and dist > self.settings.list_scope or self._blocked(rule, a, b, forward):
            return None
        if dist <= limit or self.is_list(a, b):
            return dist
        return None
