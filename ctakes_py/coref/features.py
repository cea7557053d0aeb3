"""Mention-pair features for the trainable coreference classifier.

A pair is (anaphor, candidate antecedent mention) where the candidate's entity is one of
the few ranked by :func:`ctakes_py.coref.sieves.ranked_entities`. Features are binary or
small numbers: ranking position, distance, clause/sentence structure, mention types and
pronoun cases, gender agreement, entity roles (patient, clinician, relative), section
(family history), speaker cues (the candidate is the subject of a reporting verb that
introduces the anaphor) and string match. The names below are the model's columns.
"""
from __future__ import annotations

import math

from .mentions import KINDS, OBJECT, POSSESSIVE, SUBJECT
from .sieves import State

FORMS = (SUBJECT, OBJECT, POSSESSIVE)
FEATURES: tuple[str, ...] = (
    "rank_0", "rank_1", "rank_2plus",
    "sentence_distance_0", "sentence_distance_1", "sentence_distance_2plus",
    "mention_distance", "same_clause", "candidate_clause_first", "candidate_sentence_first",
    *(f"candidate_kind_{k}" for k in KINDS),
    *(f"candidate_form_{f}" for f in FORMS),
    *(f"anaphor_form_{f}" for f in FORMS),
    "gender_same", "gender_unknown",
    "candidate_is_patient", "candidate_is_clinician", "candidate_is_relative", "candidate_is_other",
    "candidate_in_family_section", "anaphor_in_family_section", "same_section",
    "candidate_after_preposition", "candidate_is_speaker", "anaphor_after_reporting_verb",
    "entity_size", "string_match",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


def pair_features(state: State, anaphor: int, candidate: int, rank: int) -> list[float]:
    """Feature vector (ordered like :data:`FEATURES`) of one (anaphor, candidate) pair."""
    d = state.d
    a, c = state.mentions[anaphor], state.mentions[candidate]
    entity = state.entities[state.entity_of[candidate]]
    x = [0.0] * len(FEATURES)

    def on(name: str, value: float = 1.0) -> None:
        x[INDEX[name]] = value

    on("rank_0" if rank == 0 else "rank_1" if rank == 1 else "rank_2plus")
    distance = d.sentence[anaphor] - d.sentence[candidate]
    on("sentence_distance_0" if distance == 0 else "sentence_distance_1" if distance == 1
       else "sentence_distance_2plus")
    on("mention_distance", min(anaphor - candidate, 10) / 10)
    on("same_clause", float(d.clause[anaphor] == d.clause[candidate]))
    on("candidate_clause_first", float(d.clause_first[candidate]))
    on("candidate_sentence_first", float(candidate == 0 or d.sentence[candidate - 1] != d.sentence[candidate]))
    on(f"candidate_kind_{c.kind}")
    if c.form:
        on(f"candidate_form_{c.form}")
    if a.form:
        on(f"anaphor_form_{a.form}")
    if entity.gender == "u":
        on("gender_unknown")
    elif entity.gender == a.gender:
        on("gender_same")
    on("candidate_is_patient", float(entity.is_patient))
    on("candidate_is_clinician", float(entity.category == "clinician"))
    on("candidate_is_relative", float(bool(entity.relation) and not entity.is_patient))
    on("candidate_is_other", float(entity.category == "other" and not entity.relation))
    on("candidate_in_family_section", float(d.in_family_section(candidate)))
    on("anaphor_in_family_section", float(d.in_family_section(anaphor)))
    on("same_section", float(d.section[anaphor] == d.section[candidate]))
    on("candidate_after_preposition", float(d.after_by_with[candidate]))
    verb = d.reporting_before(a.begin)
    if verb is not None:
        on("anaphor_after_reporting_verb")
        speaker = d.mentions_before(verb[0]) - 1
        on("candidate_is_speaker", float(speaker == candidate))
    on("entity_size", math.log1p(len(entity.mentions)) / 3)
    on("string_match", float(a.text.lower() == c.text.lower()))
    return x
