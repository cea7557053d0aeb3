"""Phenotyping annotators.

``PhenotypeConditions`` (runs *before* ``AssertionAnnotator``, so assertion applies to what
it finds): matches the concept vocabulary (``lexicons/phenotype/concepts.tsv`` or
``conceptsFile``) and the other-conditions list over the text. A match whose span already
carries a ``DiseaseDisorderMention``/``SignSymptomMention`` (dictionary lookup) adds its
concept to that mention; otherwise a ``DiseaseDisorderMention`` is created
(``discoveryTechnique`` 3). The concept is a ``refsem.UmlsConcept`` with ``codingScheme``
``ctakes_py.phenotype`` (vocabulary) or ``ctakes_py.phenotype.other`` (recognized, never
counted), ``code`` and ``preferredText`` = the normalized name, ``cui`` = its first CUI.

``Phenotype`` (after ``Coreference``): every disorder/symptom mention with a normalized
concept (from ``PhenotypeConditions``, or a dictionary CUI/code listed in the vocabulary,
unless a vocabulary phrase match covers it) is attached to the person(s) who have it
(:mod:`ctakes_py.phenotype.attribution`, through the coreference chains) with a status
(assertion features + phenotype cues, :mod:`ctakes_py.phenotype.status`). Output:

- one ``ctakes_py.type.PhenotypeEntry`` per person x concept (``status`` aggregated over
  the evidence mentions: positive > historical > uncertain > hypothetical > negated);
- one ``relation.BinaryTextRelation`` (``category`` ``Has_Condition``) from the holder's
  nearest mention to the condition mention, as in the brat guideline;
- ``ctakes_py.type.Person`` ``F`` (role ``family``) for conditions of the family in general.

With ``useCoreference`` false (the baseline) the holder is the assertion ``subject`` alone:
``patient`` -> the patient, ``family_member`` -> the family in general, else ``other``.
"""
from __future__ import annotations

from typing import Any

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..phenotype.attribution import Attributor, PersonRef
from ..phenotype.concepts import ConceptMatcher, Vocabulary
from ..phenotype.graph import STATUS_ORDER
from ..phenotype.status import (
    HISTORICAL,
    HYPOTHETICAL,
    IN_PHENOTYPE,
    NEGATED,
    StatusCues,
    assertion_status,
    resolved_not_negated,
)
from ..typesystem import BINARY_TEXT_RELATION, EXPLICIT_AE, RELATION_ARGUMENT, SEGMENT, SENTENCE, UMLS_CONCEPT
from ..typesystem import DISEASE_DISORDER_MENTION as DISEASE
from ..typesystem import SIGN_SYMPTOM_MENTION as SYMPTOM
from .person_mentions import resource_path

PERSON = "ctakes_py.type.Person"
ENTRY = "ctakes_py.type.PhenotypeEntry"
SCHEME, OTHER_SCHEME = "ctakes_py.phenotype", "ctakes_py.phenotype.other"
CONCEPTS, OTHER_CONDITIONS = "lexicons/phenotype/concepts.tsv", "lexicons/phenotype/other_conditions.tsv"
STATUS_CUES, FAMILY_ROLES = "lexicons/phenotype/status_cues.tsv", "lexicons/phenotype/family_roles.tsv"
FAMILY, OTHER = "F", "O"


def load_vocabulary(context: UimaContext, path_parameter: str) -> Vocabulary:
    """The ``conceptsFile`` parameter's file when set, else the bound ``concepts`` resource."""
    path = path_parameter or resource_path(context, "concepts", CONCEPTS)
    return Vocabulary.load(path)


class PhenotypeConditions(Annotator):
    """Finds vocabulary conditions so that assertion and phenotyping see them."""

    parameters = (Parameter("conceptsFile", "String", default="",
                            description="A concept file (concepts.tsv format) replacing the bound one."),)
    resources = (
        ExternalResource("concepts", "Concept vocabulary (concept, term/abbrev/cui/code rows).", default=CONCEPTS),
        ExternalResource("otherConditions", "Conditions recognized but never counted.", optional=True,
                         default=OTHER_CONDITIONS),
    )
    inputs = (DISEASE, SYMPTOM)
    outputs = (DISEASE, UMLS_CONCEPT)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.vocabulary = load_vocabulary(context, self.conceptsFile)
        other_path = resource_path(context, "otherConditions", OTHER_CONDITIONS)
        other = Vocabulary.load(other_path) if other_path is not None else None
        self.matcher = ConceptMatcher(self.vocabulary, other)
        self.first_cui = {c: cui for cui, c in reversed(list(self.vocabulary.cuis.items()))}

    def process(self, cas: Cas) -> None:
        ts = cas.typesystem
        existing = {(m.begin, m.end): m for t in (DISEASE, SYMPTOM) for m in cas.select(t)}
        concept_type, array_type = ts.get_type(UMLS_CONCEPT), ts.get_type("uima.cas.FSArray")
        mention_type = ts.get_type(DISEASE)
        new = []
        for match in self.matcher.find(cas.sofa_string or ""):
            concept = concept_type(codingScheme=SCHEME if match.counted else OTHER_SCHEME, code=match.concept,
                                   preferredText=match.concept,
                                   cui=self.first_cui.get(match.concept) if match.counted else None)
            mention = existing.get((match.begin, match.end))
            if mention is not None:
                old = mention.ontologyConceptArr.elements if mention.ontologyConceptArr is not None else []
                mention.ontologyConceptArr = array_type(elements=list(old or []) + [concept])
            else:
                new.append(mention_type(begin=match.begin, end=match.end, typeID=2, discoveryTechnique=EXPLICIT_AE,
                                        polarity=1, ontologyConceptArr=array_type(elements=[concept])))
        cas.add_all(new)


class Phenotype(Annotator):
    """Attaches conditions to persons and aggregates person x concept phenotype entries."""

    parameters = (
        Parameter("useCoreference", "Boolean", default=True,
                  description="Attach conditions through the coreference persons; false: the baseline "
                              "(assertion subject only)."),
        Parameter("conceptsFile", "String", default="",
                  description="A concept file (concepts.tsv format) replacing the bound one."),
        Parameter("familySections", "String", multi_valued=True, default=("family_history",),
                  description="Section ids where a condition with no person in its sentence belongs to "
                              "no one in particular."),
        Parameter("writeRelations", "Boolean", default=True,
                  description="Write Has_Condition relations (person mention -> condition mention)."),
    )
    resources = (
        ExternalResource("concepts", "Concept vocabulary (the one PhenotypeConditions uses).", default=CONCEPTS),
        ExternalResource("statusCues", "Phrases that take a condition out of a phenotype.", default=STATUS_CUES),
        ExternalResource("familyRoles", "Relation -> family phenotype key.", default=FAMILY_ROLES),
    )
    inputs = (DISEASE, SYMPTOM, SENTENCE, SEGMENT)  # Person too, when present (optional)
    outputs = (ENTRY, PERSON, BINARY_TEXT_RELATION)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.vocabulary = load_vocabulary(context, self.conceptsFile)
        self.cues = StatusCues.load(resource_path(context, "statusCues", STATUS_CUES))
        self.families = frozenset(self.familySections or ())

    # --- conditions ----------------------------------------------------------------------------
    def concept_of(self, mention: Any) -> tuple[str | None, bool]:
        """(normalized concept or None, whether a vocabulary phrase match produced it)."""
        array = mention.ontologyConceptArr
        concepts = list(array.elements) if array is not None and array.elements else []
        for c in concepts:
            if c.codingScheme == SCHEME:
                return (c.code if c.code in self.vocabulary.concepts else None), True
            if c.codingScheme == OTHER_SCHEME:
                return None, True
        for c in concepts:
            cui = (getattr(c, "cui", None) or "").upper()
            found = self.vocabulary.cuis.get(cui) or self.vocabulary.concept_of_code(c.codingScheme, c.code)
            if found:
                return found, False
        return None, False

    def conditions(self, cas: Cas) -> list[tuple[int, int, str, list[Any]]]:
        """``(begin, end, concept, mentions)`` per condition instance, in text order: one
        instance per concept and overlapping span group; dictionary mentions under a phrase
        match are dropped (the vocabulary decides there)."""
        matched, mapped = [], []
        for mention in sorted((m for t in (DISEASE, SYMPTOM) for m in cas.select(t)), key=lambda m: (m.begin, -m.end)):
            concept, by_phrase = self.concept_of(mention)
            (matched if by_phrase else mapped).append((mention, concept))
        phrase_spans = [(m.begin, m.end) for m, _ in matched]
        keep = [(m, c) for m, c in matched if c] + [
            (m, c) for m, c in mapped if c and not any(b < m.end and m.begin < e for b, e in phrase_spans)]
        instances: list[tuple[int, int, str, list[Any]]] = []
        for mention, concept in sorted(keep, key=lambda mc: (mc[0].begin, -mc[0].end)):
            for k, (b, e, c, ms) in enumerate(instances):
                if c == concept and b < mention.end and mention.begin < e:
                    instances[k] = (min(b, mention.begin), max(e, mention.end), c, ms + [mention])
                    break
            else:
                instances.append((mention.begin, mention.end, concept, [mention]))
        return instances

    # --- process -----------------------------------------------------------------------------
    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        ts = cas.typesystem
        persons = {p.personId: p for p in cas.select(PERSON)} if self.useCoreference else {}
        patient = next((pid for pid, p in persons.items() if p.role == "patient"), None)
        new_persons = []
        if patient is None:
            patient = "P0" if "P0" not in persons else "PATIENT"
            persons[patient] = ts.get_type(PERSON)(personId=patient, role="patient", gender="u")
            new_persons.append(persons[patient])
        refs, ref_fs = [], []
        for pid, person in persons.items():
            for fs in (person.mentions.elements if person.mentions is not None and person.mentions.elements else []):
                refs.append(PersonRef(fs.begin, fs.end, pid, person.role == "clinician"))
                ref_fs.append(fs)
        order = sorted(range(len(refs)), key=lambda k: refs[k].begin)
        refs, ref_fs = [refs[k] for k in order], [ref_fs[k] for k in order]
        sentence_starts = sorted(s.begin for s in cas.select(SENTENCE))
        family_spans = [(s.begin, s.end) for s in cas.select(SEGMENT) if (s.id or "") in self.families]
        attributor = Attributor(text, refs, sentence_starts, family_spans, patient)
        edges: dict[tuple[str, str], tuple[list[str], list[Any]]] = {}
        relations = []
        for begin, end, concept, mentions in self.conditions(cas):
            primary = _primary(mentions)
            status = assertion_status(primary)
            if status == NEGATED and resolved_not_negated(text, begin, end):
                status = HISTORICAL
            cues = self.cues.effects(text, begin)
            if "hypothetical" in cues and status in IN_PHENOTYPE:
                status = HYPOTHETICAL
            holders, evidence_mentions = self._holders(attributor, primary, begin, end, "family" in cues, patient)
            for holder, k in zip(holders, evidence_mentions):
                if holder not in persons:
                    role = "family" if holder == FAMILY else "other"
                    persons[holder] = ts.get_type(PERSON)(personId=holder, role=role, gender="u")
                    new_persons.append(persons[holder])
                statuses, evidence = edges.setdefault((holder, concept), ([], []))
                statuses.append(status)
                evidence.extend(mentions)
                if self.writeRelations and k >= 0:
                    relations.append(_has_condition(ts, ref_fs[k], primary))
        entries = [ts.get_type(ENTRY)(person=persons[holder], concept=concept, preferredText=concept,
                                      status=_aggregate(statuses),
                                      evidence=ts.get_type("uima.cas.FSArray")(elements=_unique(evidence)))
                   for (holder, concept), (statuses, evidence) in edges.items()]
        cas.add_all(new_persons + entries + relations)

    def _holders(self, attributor: Attributor, primary: Any, begin: int, end: int, family_cue: bool,
                 patient: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        if not self.useCoreference:
            subject = primary.subject or "patient"
            holder = patient if subject == "patient" else FAMILY if subject == "family_member" else OTHER
            return (holder,), (-1,)
        found = attributor.attribute(begin, end, family_cue)
        if not found.holders:
            return (FAMILY,), (-1,)
        return found.holders, found.mentions


def _primary(mentions: list[Any]) -> Any:
    """The vocabulary-phrase mention when there is one (its span is the condition's)."""
    for m in mentions:
        array = m.ontologyConceptArr
        if array is not None and any(c.codingScheme == SCHEME for c in (array.elements or [])):
            return m
    return mentions[0]


def _aggregate(statuses: list[str]) -> str:
    return next(s for s in STATUS_ORDER if s in statuses)


def _unique(items: list[Any]) -> list[Any]:
    seen, out = set(), []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def _has_condition(ts: Any, person_mention: Any, condition: Any) -> Any:
    argument = ts.get_type(RELATION_ARGUMENT)
    return ts.get_type(BINARY_TEXT_RELATION)(category="Has_Condition",
                                             arg1=argument(argument=person_mention, role="Arg1"),
                                             arg2=argument(argument=condition, role="Arg2"))


__all__ = ["PhenotypeConditions", "Phenotype"]
