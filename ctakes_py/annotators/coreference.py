"""Coreference annotator: who is each "she", "the patient", "his mother"; and which
clinical mentions are the same problem.

Persons: the ``ctakes_py.type.PersonMention`` annotations (from ``PersonMentions``, or any
other source, e.g. gold) are resolved by the deterministic sieves and the mention-pair
classifier (:mod:`ctakes_py.coref.resolver`). Output, with cTAKES's types:

- one ``relation.CoreferenceRelation`` per link, antecedent as ``arg1`` and anaphor as
  ``arg2`` (each mention linked to the previous mention of its person), ``category``
  ``Person``;
- one ``relation.CollectionTextRelation`` per chain of two or more mentions, ``members`` an
  FSList of the mentions (cTAKES puts Markables there), ``category`` ``Person``;
- one ``ctakes_py.type.Person`` per person: ``personId`` (P0, P1... in order of first
  mention), ``role`` (``patient``, a kinship relation to the patient such as ``mother`` or
  ``maternal aunt``, ``relative``, ``clinician`` or ``other``), ``gender``, ``mentions``.

Clinical entities (``linkClinicalEntities``): mentions of ``entityTypes`` (default disorders
and symptoms) with the same concept and assertion, and anaphoric definite noun phrases
("the pain", "this lesion"), become ``textsem.Markable`` chains
(``category`` ``Entity``), as cTAKES links entity markables
(:mod:`ctakes_py.coref.entities`).
"""
from __future__ import annotations

from typing import Any, Sequence

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..coref.entities import EntityMention, definite_anaphors, same_concept_chains
from ..coref.lexicon import DEFAULT_FOLDER, CorefLexicon
from ..coref.model import PairModel
from ..coref.resolver import CorefResolver, Resolution
from ..errors import DescriptorError
from ..fslist import make_fs_list
from ..typesystem import (
    COLLECTION_TEXT_RELATION,
    COREFERENCE_RELATION,
    IDENTIFIED_ANNOTATION,
    MARKABLE,
    RELATION_ARGUMENT,
    SEGMENT,
    SENTENCE,
)
from .person_mentions import PERSON_MENTION, resource_path

_C = "org.apache.ctakes.typesystem.type."
PERSON = "ctakes_py.type.Person"
DEFAULT_MODEL = "models/coref/pair_model.json"
PROBLEM_TYPES = frozenset(_C + "textsem." + t for t in ("DiseaseDisorderMention", "SignSymptomMention"))


class Coreference(Annotator):
    """Person chains (sieves + mention-pair classifier) and clinical entity chains."""

    parameters = (
        Parameter("useClassifier", "Boolean", default=True,
                  description="Let the mention-pair model choose among the candidates the sieves leave "
                              "open; false: the best-ranked candidate (deterministic)."),
        Parameter("familySections", "String", multi_valued=True, default=("family_history",),
                  description="Section ids whose mentions are not antecedents of pronouns outside them."),
        Parameter("linkClinicalEntities", "Boolean", default=True,
                  description="Also chain clinical mentions of the same concept and anaphoric 'the pain'."),
        Parameter("entityTypes", "String", multi_valued=True,
                  default=("DiseaseDisorderMention", "SignSymptomMention"),
                  description="Mention types (textsem short names or full names) whose mentions are chained; "
                              "add ProcedureMention, AnatomicalSiteMention, LabMention, MedicationMention to "
                              "chain those too."),
        Parameter("writePersons", "Boolean", default=True,
                  description="Write one ctakes_py.type.Person per resolved person."),
    )
    resources = (
        ExternalResource("lexicon", "Folder of the person word lists (lexicons/coref).", default=DEFAULT_FOLDER),
        ExternalResource("model", "Mention-pair model (JSON coefficients).", optional=True, default=DEFAULT_MODEL),
    )
    inputs = (PERSON_MENTION, SENTENCE, SEGMENT, IDENTIFIED_ANNOTATION)
    outputs = (COREFERENCE_RELATION, COLLECTION_TEXT_RELATION, PERSON, MARKABLE)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        model = None
        if self.useClassifier:
            path = resource_path(context, "model", DEFAULT_MODEL)
            if path is None or not path.is_file():
                raise DescriptorError("useClassifier is true but the coreference model was not found",
                                      file=context.descriptor, element="model",
                                      fix="bind the model resource, train one (ctakes-py train coref), "
                                          "or set useClassifier=false")
            model = PairModel.load(path)
        lexicon = CorefLexicon.load(resource_path(context, "lexicon", DEFAULT_FOLDER))
        self.resolver = CorefResolver(lexicon, model, frozenset(self.familySections or ()))
        self.entity_types = tuple(t if "." in t else _C + "textsem." + t for t in (self.entityTypes or ()))
        unknown = [t for t in self.entity_types if not context.typesystem.contains_type(t)]
        if unknown:
            raise DescriptorError(f"entityTypes: unknown type(s) {unknown}", file=context.descriptor,
                                  element="entityTypes", fix="use textsem mention types such as DiseaseDisorderMention")

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        sentences = sorted((s.begin, s.end) for s in cas.select(SENTENCE))
        sections = sorted((s.begin, s.end, s.id or "") for s in cas.select(SEGMENT))
        fs_mentions = sorted(cas.select(PERSON_MENTION), key=lambda m: (m.begin, m.end))
        if fs_mentions:
            resolution = self.resolver.resolve_spans(text, [(m.begin, m.end) for m in fs_mentions],
                                                     sentences, sections)
            self._write_persons(cas, resolution, fs_mentions)
        if self.linkClinicalEntities:
            self._link_entities(cas, text, [b for b, _ in sentences])

    # --- persons -----------------------------------------------------------------------------
    def _write_persons(self, cas: Cas, resolution: Resolution, fs_mentions: Sequence[Any]) -> None:
        ts = cas.typesystem
        out = []
        for number, cluster in enumerate(resolution.clusters()):
            members = [fs_mentions[i] for i in cluster]
            out += _chain(ts, members, "Person")
            if self.writePersons:
                entity = resolution.entities[resolution.entity_of[cluster[0]]]
                out.append(ts.get_type(PERSON)(
                    personId=f"P{number}", role=resolution.role(entity.id), gender=entity.gender,
                    mentions=ts.get_type("uima.cas.FSArray")(elements=members)))
        cas.add_all(out)

    # --- clinical entities -------------------------------------------------------------------
    def _link_entities(self, cas: Cas, text: str, sentence_starts: list[int]) -> None:
        seen, mentions = set(), []
        for fs in sorted((m for t in self.entity_types for m in cas.select(t)), key=lambda m: (m.begin, m.end)):
            if (fs.begin, fs.end) in seen:
                continue
            seen.add((fs.begin, fs.end))
            mentions.append(EntityMention(fs.begin, fs.end, _concept_key(fs), text[fs.begin:fs.end],
                                          fs.polarity or 1, fs.subject or "patient", fs.type.name in PROBLEM_TYPES))
        if not mentions:
            return
        parent = list(range(len(mentions)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for chain in same_concept_chains(mentions):
            for index in chain[1:]:
                parent[find(index)] = find(chain[0])
        extra: dict[int, list[tuple[int, int]]] = {}
        noun_phrase: dict[int, tuple[int, int]] = {}
        for anaphor in definite_anaphors(text, mentions, sentence_starts):
            inside = [k for k, m in enumerate(mentions) if m.begin < anaphor.end and anaphor.begin < m.end]
            if inside:  # "the pain" holds a mention ("pain"): it joins the chain as the whole phrase
                parent[find(inside[0])] = find(anaphor.antecedent)
                noun_phrase[inside[0]] = (anaphor.begin, anaphor.end)
            else:
                extra.setdefault(anaphor.antecedent, []).append((anaphor.begin, anaphor.end))
        groups: dict[int, list[tuple[int, int]]] = {}
        for index, m in enumerate(mentions):
            groups.setdefault(find(index), []).append(noun_phrase.get(index, (m.begin, m.end)))
        for index, spans in extra.items():
            groups[find(index)].extend(spans)
        ts = cas.typesystem
        markable = ts.get_type(MARKABLE)
        out = []
        for spans in groups.values():
            if len(spans) > 1:
                members = [markable(begin=b, end=e) for b, e in sorted(set(spans))]
                out += members + _chain(ts, members, "Entity")
        cas.add_all(out)


def _chain(ts: Any, members: Sequence[Any], category: str) -> list[Any]:
    """CoreferenceRelation links (each member to the previous one) and, for 2+ members, a
    CollectionTextRelation with the members as an FSList."""
    if len(members) < 2:
        return []
    argument = ts.get_type(RELATION_ARGUMENT)
    relation = ts.get_type(COREFERENCE_RELATION)
    out = [relation(category=category,
                    arg1=argument(argument=a, role="antecedent"), arg2=argument(argument=b, role="anaphor"))
           for a, b in zip(members, members[1:])]
    out.append(ts.get_type(COLLECTION_TEXT_RELATION)(category=category, members=make_fs_list(ts, members)))
    return out


def _concept_key(fs: Any) -> str:
    array = fs.ontologyConceptArr
    for concept in (array.elements if array is not None and array.elements else ()):
        key = getattr(concept, "cui", None) or getattr(concept, "code", None)
        if key:
            return key
    return " ".join((fs.get_covered_text() or "").lower().split())
