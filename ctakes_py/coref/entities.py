"""Coreference of clinical entity mentions, as cTAKES links markables of the same concept.

Two kinds of links, both within one note:

- **same concept**: mentions with the same key (first CUI, else the lower-cased text) and
  the same assertion (polarity, subject) form one chain ("CHF ... CHF exacerbation" with
  the same CUI; a negated mention never joins an affirmed one);
- **anaphoric definite noun phrases**: "the pain", "this lesion", "the mass" join the chain
  of the nearest preceding mention (within a few sentences) whose text has that head noun;
  generic heads ("this condition", "the symptoms") join the nearest disorder or symptom.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

ANAPHOR = re.compile(
    r"\b(?:the|this|that|her|his|these|those)\s+(?P<head>pain|lesion|mass|rash|wound|ulcer|nodule|tumou?r|cancer|"
    r"infection|fracture|swelling|bleeding|headache|cough|effusion|opacity|condition|problem|symptoms?|"
    r"disease|diagnosis)\b", re.I)
GENERIC_HEADS = frozenset({"condition", "problem", "symptom", "symptoms", "disease", "diagnosis"})
WINDOW_SENTENCES = 3


@dataclass(frozen=True)
class EntityMention:
    """A clinical mention: span, concept key, assertion, and whether it is a disorder or
    symptom (the antecedent of a generic head)."""

    begin: int
    end: int
    key: str
    text: str
    polarity: int = 1
    subject: str = "patient"
    problem: bool = True


@dataclass(frozen=True)
class Anaphor:
    begin: int
    end: int
    antecedent: int  # index into the mention list


def same_concept_chains(mentions: Sequence[EntityMention]) -> list[list[int]]:
    """Index lists (in text order) of mentions sharing key and assertion; only chains of 2+."""
    groups: dict[tuple, list[int]] = {}
    for index, m in enumerate(mentions):
        groups.setdefault((m.key, m.polarity, m.subject), []).append(index)
    return [g for g in groups.values() if len(g) > 1]


def definite_anaphors(text: str, mentions: Sequence[EntityMention],
                      sentence_starts: Sequence[int]) -> list[Anaphor]:
    """Definite noun phrases that point back to an earlier mention (never to one they overlap)."""
    out = []
    starts = list(sentence_starts) or [0]
    for match in ANAPHOR.finditer(text):
        head = match.group("head").lower()
        sentence = bisect_right(starts, match.start()) - 1
        for index in range(len(mentions) - 1, -1, -1):
            m = mentions[index]
            if m.end > match.start():
                continue
            if bisect_right(starts, m.begin) - 1 < sentence - WINDOW_SENTENCES:
                break
            fits = m.problem if head in GENERIC_HEADS else head.rstrip("s") in m.text.lower()
            if fits:
                out.append(Anaphor(match.start(), match.end(), index))
                break
    return out
