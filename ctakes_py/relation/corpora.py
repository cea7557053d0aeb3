"""Gold relation corpora as CASes ready for candidate generation.

- ADE-Corpus-V2 (:mod:`ctakes_py.io.ade`): one CAS per sentence, preprocessed by a
  pipeline (sentences, tokens, dictionary lookup, assertion), then the gold mentions and
  relations added; dictionary mentions overlapping a gold mention are removed, so the
  remaining ones (and every mention of an ADE-NEG sentence) give realistic negatives.
- PubTator with relations (BC5CDR CID): one CAS per document with title/abstract segments,
  gold mentions and ``CID`` relations (:func:`ctakes_py.io.pubtator.document_to_cas`),
  preprocessed the same way (the pipeline's own mentions are removed).
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cassis import Cas

from ..typesystem import GOLD_ANNOTATION, IDENTIFIED_ANNOTATION


def _overlaps(a: Any, b: Any) -> bool:
    return a.begin < b.end and b.begin < a.end


def ade_sentence_cases(docs: Iterable[Any], pipeline: Any, keep: Iterable[int] | None = (1, 3),
                       drop_overlapping: bool = True) -> Iterator[tuple[str, Any, Cas]]:
    """``(sentence id, AdeSentence, CAS)`` for every sentence: pipeline output plus gold
    annotations. Predicted mentions overlapping a gold one are dropped, and so are those
    whose discoveryTechnique is not in ``keep`` (None: keep all); kept ones lose their
    concept codes (gold mentions have none, and a feature must not tell the two kinds apart).
    Without ``drop_overlapping`` predicted mentions stay beside the gold ones (to train on
    predicted mentions, labelled by overlap with gold relations)."""
    from ..io.ade import _sentence_annotations, iter_sentences

    keep = set(keep) if keep is not None else None
    for sid, sentence in iter_sentences(docs):
        cas = pipeline(sentence.text, document_id=sid)
        gold = _sentence_annotations(sentence, 0, pipeline.typesystem)
        _drop_predicted(cas, [g for g in gold if hasattr(g, "begin")] if drop_overlapping else [], keep)
        cas.add_all(gold)
        yield sid, sentence, cas


def _drop_predicted(cas: Cas, gold: list[Any], keep: set[int] | None) -> None:
    for m in list(cas.select(IDENTIFIED_ANNOTATION)):
        if m.discoveryTechnique == GOLD_ANNOTATION:
            continue
        if (keep is not None and m.discoveryTechnique not in keep) or any(_overlaps(m, g) for g in gold):
            cas.remove(m)
        else:
            m.ontologyConceptArr = None


def pubtator_cases(source: Any, pipeline: Any) -> Iterator[Cas]:
    """Gold CASes of a PubTator file (a path) or of documents already read from one,
    tokenized by ``pipeline`` (its mentions removed)."""
    from ..io.pubtator import document_to_cas, read_pubtator

    docs = read_pubtator(source) if isinstance(source, (str, os.PathLike)) else source
    for doc in docs:
        gold_cas = document_to_cas(doc, pipeline.typesystem)
        cas = pipeline(doc.text, document_id=doc.pmid)
        _drop_predicted(cas, [], keep=set())
        copy_gold(gold_cas, cas)
        yield cas


def copy_gold(source: Cas, target: Cas) -> None:
    """Copy mentions (with concepts) and relations of ``source`` into ``target`` (same text)."""
    from ..typesystem import BINARY_TEXT_RELATION, RELATION_ARGUMENT

    ts = target.typesystem
    fs_array = ts.get_type("uima.cas.FSArray")
    made: dict[int, Any] = {}
    for m in source.select(IDENTIFIED_ANNOTATION):
        array = m.ontologyConceptArr
        concepts = [ts.get_type(c.type.name)(code=c.code, codingScheme=c.codingScheme)
                    for c in (array.elements if array is not None and array.elements else [])]
        made[id(m)] = ts.get_type(m.type.name)(begin=m.begin, end=m.end, typeID=m.typeID, polarity=1,
                                              discoveryTechnique=m.discoveryTechnique,
                                              ontologyConceptArr=fs_array(elements=concepts))
    target.add_all(list(made.values()))
    argument, relation = ts.get_type(RELATION_ARGUMENT), ts.get_type(BINARY_TEXT_RELATION)
    rels = [relation(category=r.category, discoveryTechnique=r.discoveryTechnique,
                     arg1=argument(argument=made[id(r.arg1.argument)], role=r.arg1.role),
                     arg2=argument(argument=made[id(r.arg2.argument)], role=r.arg2.role))
            for r in source.select(BINARY_TEXT_RELATION)]
    target.add_all(rels)


# brat entity label -> mention type for relation corpora (``train re``/``evaluate re``), on top of
# ctakes_py.io.brat's defaults (Drug, Strength, DiseaseDisorder...)
BRAT_ENTITY_TYPES = ("Drug=MedicationMention,AdverseEffect=DiseaseDisorderMention,Effect=DiseaseDisorderMention,"
                     "ADE=DiseaseDisorderMention,Reason=DiseaseDisorderMention,Disease=DiseaseDisorderMention,"
                     "Chemical=MedicationMention,Dose=MedicationDosageModifier")


def brat_mapping(label_types: dict[str, str]) -> Any:
    """A :class:`ctakes_py.io.brat.BratMapping` with ``label_types`` (brat label -> mention type,
    short textsem names allowed) over the built-in labels."""
    from ..io.brat import DEFAULT_LABEL_TYPES, BratMapping
    from .candidates import expand_type

    return BratMapping(label_types={**DEFAULT_LABEL_TYPES, **{k: expand_type(v) for k, v in label_types.items()}})


@dataclass
class BratRelationCorpus:
    """Gold CASes of a brat folder and what its relations look like: per relation label, the
    count, and the brat labels of its first and second arguments (with counts)."""

    mapping: Any                  # ctakes_py.io.brat.BratMapping: brat label <-> mention type
    cases: list[Cas] = field(default_factory=list)
    arg_labels: dict[str, tuple[Counter, Counter]] = field(default_factory=dict)

    @property
    def relations(self) -> Counter:
        """Relation label -> number of relations."""
        return Counter({label: firsts.total() for label, (firsts, _) in self.arg_labels.items()})

    def argument_types(self, category: str) -> tuple[list[str], list[str]]:
        """Mention types of the first and second arguments of ``category`` (most frequent first)."""
        firsts, seconds = self.arg_labels[category]
        return (list(dict.fromkeys(self.mapping.type_for(label) for label, _ in firsts.most_common())),
                list(dict.fromkeys(self.mapping.type_for(label) for label, _ in seconds.most_common())))

    def roles(self, category: str) -> tuple[str, str]:
        """The most frequent brat labels of the two arguments (the relation's roles)."""
        firsts, seconds = self.arg_labels[category]
        return firsts.most_common(1)[0][0], seconds.most_common(1)[0][0]


def brat_relation_cases(folder: Any, pipeline: Any, label_types: dict[str, str]) -> BratRelationCorpus:
    """Gold CASes of the brat documents under ``folder`` (``NAME.txt`` + ``NAME.ann``), ready for
    :func:`~ctakes_py.relation.training.train_and_select`: ``pipeline`` output (sentences,
    tokens...) with its mentions that overlap no gold entity kept as negatives (dictionary and
    CRF ones), plus the gold entities (``label_types``: brat label -> mention type) and
    relations (category = the brat relation label)."""
    from ..errors import InputError
    from ..io.brat import document_to_cas, iter_brat_folder

    mapping = brat_mapping(label_types)
    corpus = BratRelationCorpus(mapping)
    for doc_id, text, doc in iter_brat_folder(folder):
        if text is None:
            raise InputError("no .txt next to the .ann file", file=str(folder), document=doc_id)
        for rel in doc.relations.values():
            firsts, seconds = corpus.arg_labels.setdefault(rel.label, (Counter(), Counter()))
            firsts[doc.entities[rel.arg1].label] += 1
            seconds[doc.entities[rel.arg2].label] += 1
        gold = document_to_cas(text, doc, pipeline.typesystem, doc_id, mapping)
        cas = pipeline(text, document_id=doc_id)
        _drop_predicted(cas, list(gold.select(IDENTIFIED_ANNOTATION)), keep={1, 3})
        copy_gold(gold, cas)
        corpus.cases.append(cas)
    if not corpus.cases:
        raise InputError("no .ann files in the folder", file=str(folder))
    return corpus

