"""Deterministic coreference sieves over person mentions, in the spirit of the Stanford
multi-pass sieve (Lee et al. 2013), applied to each mention in text order.

Each sieve looks at one mention and either decides its entity or abstains; the sieves are
tried from the most to the least precise:

1. :func:`patient_descriptor` - "the patient", "Pt", "84 yo F", "this 58-year-old woman";
2. :func:`apposition` - a name next to a kinship/role noun ("her son Michael");
3. :func:`relational_noun` - kinship noun phrases through their possessor and the kinship
   algebra ("his mother" said by the patient's son is the patient; "Her sister" after
   "whose sister" is the same sister; "another sister" is not), and subjects of a kinship
   predicate ("Caller is the patient's son");
4. :func:`name_alias` - names and titles ("Mrs. Greene" ... "Greene"); the first
   non-clinician name introduces the patient;
5. :func:`role_noun` - "her caregiver", "the nurse": same role of the same person;
6. :func:`pronoun_rules` - "She is a 50 yo ..." introduces the patient; a subject pronoun
   right after a reporting verb of someone else ("Her daughter states she ...") is the
   patient when the genders allow;
7. :func:`single_candidate` - a pronoun with one compatible candidate entity.

Mentions left open go to the mention-pair classifier (:mod:`ctakes_py.coref.resolver`).
Text order matters because the possessor of "his mother" must be resolved before "his
mother" itself can be placed, and the gender of an entity grows as its mentions come in.
Constraints used by the candidate ranking (:func:`candidates`): gender agreement, no
antecedent inside a family-history section for a pronoun outside it, an object pronoun
is not its clause's subject (binding), a window of a few sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .discourse import Discourse
from .mentions import KIN, NAME, OBJECT, PATIENT, POSSESSIVE, PRONOUN, ROLE, SUBJECT, PersonMention
from .relations import SELF, UNKNOWN, compatible, compose

WINDOW_SENTENCES = 4
_INTRO = re.compile(r"\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:\d|(?:pleasant\s+)?(?:man|woman|boy|girl|"
                    r"gentleman|lady|male|female|infant|child|toddler|widow|widower)\b)", re.I)
_CHILD = re.compile(r"\b(?:(?:[1-9]|1[0-7])[- ]?(?:years?|yrs?|yo|y/o|year-old)\b|\d{1,2}[- ]?(?:months?|mos?|weeks?|"
                    r"wks?|days?)[- ]old|pediatric|peds|well[- ]child|newborn|infant|toddler|\bboy\b|\bgirl\b)", re.I)
_APPOSITION_GAP = re.compile(r"\s*,?\s*$")
_CONTINUATION = re.compile(r"\b(?:also|too|as well|again|either|likewise|similarly)\b", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+$", re.I)
DISTINCT_DETERMINERS = frozenset({"a", "an", "one", "another"})
DISTINCT_MODIFIERS = frozenset({"other", "second", "third", "another"})


@dataclass
class Entity:
    """A person being built. ``relation``: :data:`SELF` for the patient, a kinship relation
    to the patient ("mother"), :data:`UNKNOWN` for a relative the algebra cannot place, or
    "" for non-relatives; ``category``: clinician / other / ""."""

    id: int
    mentions: list[int] = field(default_factory=list)
    gender: str = "u"
    relation: str = ""
    category: str = ""
    names: set[str] = field(default_factory=set)
    keys: set[tuple] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)

    @property
    def is_patient(self) -> bool:
        return self.relation == SELF


class State:
    """Entities built so far and the entity of every mention (-1: not placed yet)."""

    def __init__(self, discourse: Discourse) -> None:
        self.d = discourse
        self.mentions = discourse.mentions
        self.entities: list[Entity] = [Entity(0, relation=SELF)]
        self.entity_of: list[int] = [-1] * len(self.mentions)
        self.anchor_of: dict[int, int] = {}  # kinship mention -> entity of its possessor
        self.child_patient = bool(_CHILD.search(discourse.text[:400]))
        for m in self.mentions:
            if m.kind == PATIENT and m.gender != "u" and self.patient.gender == "u":
                self.patient.gender = m.gender

    @property
    def patient(self) -> Entity:
        return self.entities[0]

    def new(self, **attributes) -> int:
        entity = Entity(len(self.entities), **attributes)
        self.entities.append(entity)
        return entity.id

    def assign(self, index: int, entity_id: int) -> None:
        """Place mention ``index`` in entity ``entity_id`` and let it tell the entity's gender."""
        entity = self.entities[entity_id]
        m = self.mentions[index]
        entity.mentions.append(index)
        self.entity_of[index] = entity_id
        gender = m.predicate.get("gender", "u") if m.gender == "u" else m.gender
        if entity.gender == "u" and gender != "u" and not (m.kind == KIN and entity.is_patient and m.gender == "u"):
            entity.gender = gender
        entity.modifiers.update(m.modifiers)
        if m.kind == NAME:
            entity.names.update(m.name_tokens)

    def gender(self, entity_id: int) -> str:
        return self.entities[entity_id].gender


Sieve = Callable[[State, int], "int | None"]


# --- candidate ranking ----------------------------------------------------------------------
def candidates(state: State, offset: int, gender: str, form: str = SUBJECT, exclude: int = -1,
               window: int = WINDOW_SENTENCES) -> Iterator[int]:
    """Mention indices that may be the antecedent of a pronoun at ``offset``, best first
    (a centering-style order): the pronoun's own clause left to right, the rest of its
    utterance, then earlier utterances nearest first, each left to right. When the nearest
    earlier utterance that names anyone has no compatible person ("His wife has COPD. He
    ..."), the patient comes next: the note's topic. Within a group, persons whose gender
    is known come before persons of unknown gender, and the patient before an unknown-gender
    non-relative ("Dr. Shah adjusted his meds"). Filters: placed mentions, gender, members
    of "X and Y", family-history sections, binding (:func:`binding_excluded`)."""
    d = state.d
    before = d.mentions_before(offset)
    clause, utterance, sentence = d.clause_at(offset), d.utterance_at(offset), d.sentence_at(offset)
    in_family = d.section_at(offset) in d.family_sections
    bound = binding_excluded(state, offset, before, form)
    # an object pronoun is not its clause's subject, whichever mention of it is nearer
    bound_entities = {state.entity_of[j] for j in bound if d.clause[j] == clause} if form == OBJECT else set()

    def usable(j: int) -> bool:
        entity = state.entity_of[j]
        return (j != exclude and entity >= 0 and j not in bound and entity not in bound_entities
                and not d.conjoined[j]
                and compatible(gender, state.gender(entity))
                and not (d.in_family_section(j) and not in_family))

    own_clause = [j for j in range(before) if d.clause[j] == clause]
    own_rest = [j for j in range(before) if d.utterance[j] == utterance and d.clause[j] != clause]
    yield from _prefer(state, gender, [j for j in own_clause if usable(j)])
    yield from _prefer(state, gender, [j for j in own_rest if usable(j)])
    earlier: dict[int, list[int]] = {}
    for j in range(before - 1, -1, -1):
        if d.sentence[j] < sentence - window:
            break
        if d.utterance[j] != utterance:
            earlier.setdefault(d.utterance[j], []).insert(0, j)
    nearest = True
    for key in sorted(earlier, reverse=True):
        found = [j for j in earlier[key] if usable(j)]
        if nearest and compatible(gender, state.patient.gender) and (
                not found or _back_to_patient(state, offset, form, found[0])):
            yield from _patient_mention(state, before)
        nearest = False
        yield from _prefer(state, gender, found)
    yield from _patient_mention(state, before)


def _back_to_patient(state: State, offset: int, form: str, candidate: int) -> bool:
    """A subject pronoun opening a new sentence after a sentence about a relative returns to
    the note's topic, the patient ("His father died of kidney failure. He is not diabetic."),
    unless it says it goes on about the same person ("She also had diabetes") or the relative
    is the informant (the subject of a reporting verb)."""
    d = state.d
    entity = state.entities[state.entity_of[candidate]]
    if form != SUBJECT or entity.is_patient or not entity.relation or d.sentence[candidate] == d.sentence_at(offset):
        return False
    if any(d.mentions_before(begin) - 1 == candidate for begin, _ in d.reporting):
        return False  # the relative is the informant of the note ("Daughter called to report ...")
    clause = d.clause_at(offset)
    clause_end = d.clause_starts[clause + 1] if clause + 1 < len(d.clause_starts) else len(d.text)
    return not _CONTINUATION.search(d.text, offset, clause_end)


def _prefer(state: State, gender: str, found: list[int]) -> list[int]:
    """Known-gender persons first, then the patient before an unknown-gender non-relative,
    then the unknown-gender ones."""
    known = [j for j in found if state.gender(state.entity_of[j]) != "u"]
    unknown = [j for j in found if state.gender(state.entity_of[j]) == "u"]
    if unknown and gender != "u" and state.patient.gender == gender and any(
            not state.entities[state.entity_of[j]].relation for j in unknown):
        patient = [j for j in found if state.entity_of[j] == 0]
        if not patient:
            patient = list(_patient_mention(state, len(state.entity_of)))[:1]
        known += patient
    return known + unknown


def _patient_mention(state: State, before: int) -> Iterator[int]:
    """The patient's latest placed mention before mention number ``before``, if any."""
    for j in reversed(state.patient.mentions):
        if j < before:
            yield j
            return


def binding_excluded(state: State, offset: int, before: int, form: str) -> set[int]:
    """Mentions a pronoun at ``offset`` cannot stand for (binding, roughly). An object
    pronoun: the subject of its own clause, the head noun of a relative clause it sits in
    ("Her granddaughter, who lives with her"), the speaker of a reporting verb right before
    it ("her doctor told her"). A possessive after "is/was": the subject ("Their son is his
    primary contact")."""
    d = state.d
    clause = d.clause_at(offset)
    if form == POSSESSIVE:
        if _COPULA_BEFORE.search(d.text[max(0, offset - 12):offset]):
            return {j for j in range(before) if d.utterance[j] == d.utterance_at(offset)}
        return set()
    if form != OBJECT:
        return set()
    out = {j for j in range(before) if d.clause[j] == clause}
    clause_start = d.clause_starts[clause]
    opener = d.text[clause_start:clause_start + 6].lower()
    if before and opener.startswith(("who", "that", "which")):
        out.add(d.mentions_before(clause_start) - 1)
    verb = d.reporting_before(offset)
    if verb is not None and before:
        out.add(d.mentions_before(verb[0]) - 1)
    return out


def ranked_entities(state: State, offset: int, gender: str, form: str = SUBJECT, exclude: int = -1,
                    limit: int = 4) -> list[tuple[int, int]]:
    """``(mention, entity)`` of the first mention of each distinct candidate entity, best first."""
    seen, out = set(), []
    for j in candidates(state, offset, gender, form, exclude):
        entity = state.entity_of[j]
        if entity not in seen:
            seen.add(entity)
            out.append((j, entity))
            if len(out) == limit:
                break
    return out


def resolve_position(state: State, offset: int, gender: str, exclude: int = -1) -> int:
    """The entity the possessor of a kinship/role phrase at ``offset`` stands for: the
    best-ranked candidate, else the patient. Relations are told from the patient's point of
    view, so a relative in another clause loses to the patient ("Client's mother had
    depression and her father had a CVA") unless that relative is the speaker ("Daughter
    states her mother's memory ...") or the subject of the same clause ("Patient's son
    called on behalf of his mother")."""
    ranked = ranked_entities(state, offset, gender, "poss", exclude, limit=1)
    if not ranked:
        return 0
    j, entity = ranked[0]
    d = state.d
    relative = entity != 0 and bool(state.entities[entity].relation)
    if relative and compatible(gender, state.patient.gender) and d.clause[j] != d.clause_at(offset):
        verb = d.reporting_before(offset)
        speaker = verb is not None and j in range(d.mentions_before(verb[0]) - 1, d.mentions_before(verb[1]))
        if not speaker:
            return 0
    return entity


# --- the sieves ----------------------------------------------------------------------------
def patient_descriptor(state: State, i: int) -> int | None:
    return 0 if state.mentions[i].kind == PATIENT else None


def apposition(state: State, i: int) -> int | None:
    """A name right after a kinship/role noun, or such a noun right after a name, with at
    most a comma between: "her son Michael", "Maria, her daughter"."""
    if i == 0:
        return None
    m, prev = state.mentions[i], state.mentions[i - 1]
    pair = {m.kind, prev.kind}
    if NAME not in pair or not pair & {KIN, ROLE} or state.d.sentence[i] != state.d.sentence[i - 1]:
        return None
    if m.kind == NAME and m.category == "clinician" or prev.kind == NAME and prev.category == "clinician":
        return None
    if not _APPOSITION_GAP.match(state.d.text, prev.end, m.begin) or state.entity_of[i - 1] < 0:
        return None
    gap = state.d.text[prev.end:m.begin]
    return state.entity_of[i - 1] if "," in gap or m.kind == NAME else None


def name_alias(state: State, i: int) -> int | None:
    m = state.mentions[i]
    if m.kind != NAME:
        return None
    tokens = set(m.name_tokens)
    clinician = m.category == "clinician"
    for entity in reversed(state.entities):
        if entity.names & tokens and compatible(entity.gender, m.gender) and \
                (entity.category == "clinician") == clinician:
            return entity.id
    if clinician:
        return state.new(category="clinician", gender=m.gender)
    # the patient's own name: the first name not given to anyone else (apposition and
    # kinship predicates place relatives' names before this sieve runs)
    if not state.patient.names and compatible(state.patient.gender, m.gender):
        return 0
    return state.new(category="other", gender=m.gender)


def relational_noun(state: State, i: int) -> int | None:
    """Kinship noun phrases (and subjects of a kinship predicate: "Caller is the patient's
    son"): anchor the possessor, compose the relation to the patient, reuse the entity with
    that relation unless the phrase says it is another one."""
    m = state.mentions[i]
    info = m.predicate if m.kind != KIN and m.predicate.get("relation") else None
    if m.kind != KIN and info is None:
        return None
    relation = info["relation"] if info else m.relation
    # a predicate nominal without possessor ("He is a son of ...") has no possessor keys
    possessor = info.get("possessor", "") if info else m.possessor
    possessor_begin = info.get("possessor_begin", -1) if info else m.possessor_begin
    gender = info.get("gender", m.gender) if info else m.gender
    if possessor == "their" and state.child_patient and relation in ("son", "daughter", "child"):
        return 0
    if info is None and not possessor and not m.determiner and not state.d.in_family_section(i) \
            and _patient_called(state, i, relation):
        return 0
    anchor = _perspective_anchor(state, i, possessor, relation) if info is None else None
    if anchor is None:
        anchor = _anchor(state, i, possessor, possessor_begin)
    state.anchor_of[i] = anchor
    base = state.entities[anchor].relation if anchor >= 0 else SELF
    if possessor.startswith("kin:"):
        base = compose(base or UNKNOWN, possessor[4:], state.patient.gender)
    target = compose(base or UNKNOWN, relation, state.patient.gender, gender)
    if target == SELF:
        return 0
    if target == UNKNOWN:
        key = ("kin", anchor, relation)
        found = next((e.id for e in reversed(state.entities) if key in e.keys), None)
        return found if found is not None else state.new(relation=UNKNOWN, gender=gender, keys={key})
    distinct = m.determiner in DISTINCT_DETERMINERS or bool(DISTINCT_MODIFIERS & set(m.modifiers))
    if not distinct:
        found = _same_relative(state, target, m)
        if found is not None:
            return found
    return state.new(relation=target, gender=gender)


def _patient_called(state: State, i: int, relation: str) -> bool:
    """A bare "Mom" / "Mother" outside a family history after the note has called the
    patient "her mother" (a relative's point of view, e.g. a calling daughter) is the patient."""
    return any(state.entity_of[j] == 0 and state.mentions[j].kind == KIN and state.mentions[j].relation == relation
               for j in range(i))


def _perspective_anchor(state: State, i: int, possessor: str, relation: str) -> int | None:
    """The possessor of "her father" when the note speaks from a relative's point of view:
    the anchor of an earlier "her mother" of the same pronoun naming that same relation
    again, or of the kinship phrase just before in the same sentence ("her mother may be
    depressed; her father passed away"), when that anchor is a relative, not the patient."""
    if possessor not in ("his", "her"):
        return None
    d = state.d
    for j in range(i - 1, -1, -1):
        other = state.mentions[j]
        anchor = state.anchor_of.get(j, 0)
        if other.kind != KIN or other.possessor != possessor or anchor <= 0 or state.entity_of[j] < 0:
            continue
        if other.relation == relation or d.sentence[j] == d.sentence[i]:
            return anchor
    return None


def _anchor(state: State, i: int, possessor: str, possessor_begin: int) -> int:
    """Entity of the possessor of mention ``i`` (the patient when there is none)."""
    if possessor in ("his", "her"):
        gender = "m" if possessor == "his" else "f"
        entity = resolve_position(state, possessor_begin, gender, exclude=i)
        if state.entities[entity].gender == "u":
            state.entities[entity].gender = gender
        return entity
    if possessor == "whose":
        return state.entity_of[i - 1] if i > 0 and state.entity_of[i - 1] >= 0 else 0
    if possessor.startswith("kin:"):
        word = state.d.text[possessor_begin:possessor_begin + 5].lower()
        if word.startswith(("his", "her")):
            return resolve_position(state, possessor_begin, "m" if word.startswith("his") else "f", exclude=i)
        return 0
    if possessor.startswith("name:"):
        tokens = set(possessor[5:].replace(".", "").split())
        for entity in reversed(state.entities):
            if entity.names & tokens:
                return entity.id
    return 0


def _same_relative(state: State, relation: str, m: PersonMention) -> int | None:
    """The latest entity with this relation to the patient; a bare "grandmother" also finds
    the one "maternal grandmother"; older/younger must not clash."""
    exact = [e for e in state.entities if e.relation == relation]
    if not exact:
        exact = [e for e in state.entities if e.relation.endswith(" " + relation)]
        if len(exact) != 1:
            return None
    for entity in reversed(exact):
        if {"older", "younger"} <= (entity.modifiers | set(m.modifiers)):
            continue
        return entity.id
    return None


def role_noun(state: State, i: int) -> int | None:
    m = state.mentions[i]
    if m.kind != ROLE:
        return None
    anchor = _anchor(state, i, m.possessor, m.possessor_begin) if m.possessor else -1
    key = ("role", anchor, m.relation)
    found = next((e.id for e in reversed(state.entities) if key in e.keys), None)
    if found is not None and m.determiner not in DISTINCT_DETERMINERS:
        return found
    return state.new(category=m.category, gender=m.gender, keys={key})


def pronoun_rules(state: State, i: int) -> int | None:
    m = state.mentions[i]
    if m.kind != PRONOUN or m.form != SUBJECT:
        return None
    d = state.d
    if _INTRO.match(d.text, m.end) and compatible(state.patient.gender, m.gender):
        return 0
    agent = _agent_of_patient(state, i)
    if agent is not None:
        return agent
    verb = d.reporting_before(m.begin)
    if verb is None:
        return None
    speaker = _perspective_speaker(state, i, verb)
    if speaker is not None:
        return speaker
    # the speaker may be the patient or someone else: either way the pronoun stands for
    # the patient when the gender allows ("Mom reports he has been wheezing")
    return 0 if compatible(state.patient.gender, m.gender) else None


def _agent_of_patient(state: State, i: int) -> int | None:
    """"she will see her weekly": a subject pronoun with an object pronoun of the same
    gender in its clause is not the patient (the object, the note's topic, is); the best
    ranked other person, if any."""
    d, m = state.d, state.mentions[i]
    following = [j for j in range(i + 1, len(state.mentions)) if d.clause[j] == d.clause[i]]
    if not any(state.mentions[j].kind == PRONOUN and state.mentions[j].form == OBJECT
               and state.mentions[j].gender == m.gender for j in following):
        return None
    if not compatible(state.patient.gender, m.gender):
        return None
    others = [e for _, e in ranked_entities(state, m.begin, m.gender, m.form, exclude=i) if e != 0]
    return others[0] if others else None


def _perspective_speaker(state: State, i: int, verb: tuple[int, int]) -> int | None:
    """"Daughter mentions she was told ...": when the note already calls the patient by a
    kinship term seen from the speaker ("her mother" = the patient, said of the daughter),
    a subject pronoun after the speaker's reporting verb is the speaker when the gender fits."""
    d, m = state.d, state.mentions[i]
    k = d.mentions_before(verb[0]) - 1
    if k < 0 or d.sentence[k] != d.sentence[i] or state.entity_of[k] <= 0:
        return None
    speaker = state.entity_of[k]
    if not state.entities[speaker].relation or not compatible(state.gender(speaker), m.gender):
        return None
    told = any(anchor == speaker and state.entity_of[j] == 0 for j, anchor in state.anchor_of.items())
    return speaker if told else None


def single_candidate(state: State, i: int) -> int | None:
    m = state.mentions[i]
    if m.kind != PRONOUN:
        return None
    ranked = ranked_entities(state, m.begin, m.gender, m.form, exclude=i, limit=2)
    if len(ranked) == 1:
        return ranked[0][1]
    if not ranked:
        return 0 if compatible(state.patient.gender, m.gender) else state.new(gender=m.gender)
    return None


SIEVES: tuple[Sieve, ...] = (patient_descriptor, apposition, relational_noun, name_alias, role_noun,
                             pronoun_rules, single_candidate)
