"""PubTator files: ``PMID|t|title``, ``PMID|a|abstract``, then one tab-separated line per
mention (``PMID start end text type id[ individual ids]``) or relation (``PMID type id1
id2``), documents separated by blank lines. Offsets are into ``title + " " + abstract``.

Used to read gold corpora (NCBI-disease, BC5CDR). :func:`make_cas` builds a CAS with the
document text and, optionally, the gold mentions as cTAKES mentions with
``discoveryTechnique=2`` (gold annotation).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from cassis import Cas, TypeSystem

from ..document import create_cas
from ..errors import InputError, raise_or_record
from ..typesystem import DISEASE_DISORDER_MENTION, ENTITY_MENTION, GOLD_ANNOTATION, MEDICATION_MENTION, UMLS_CONCEPT

# PubTator entity types -> cTAKES mention type and typeID.
MENTION_TYPES: dict[str, tuple[str, int]] = {
    "Disease": (DISEASE_DISORDER_MENTION, 2),
    "SpecificDisease": (DISEASE_DISORDER_MENTION, 2),
    "DiseaseClass": (DISEASE_DISORDER_MENTION, 2),
    "CompositeMention": (DISEASE_DISORDER_MENTION, 2),
    "Modifier": (DISEASE_DISORDER_MENTION, 2),
    "Chemical": (MEDICATION_MENTION, 1),
}


@dataclass(frozen=True)
class PubtatorMention:
    begin: int
    end: int
    text: str
    type: str
    concept_id: str = ""


@dataclass(frozen=True)
class PubtatorRelation:
    type: str
    arg1: str
    arg2: str


@dataclass
class PubtatorDocument:
    pmid: str
    title: str = ""
    abstract: str = ""
    mentions: list[PubtatorMention] = field(default_factory=list)
    relations: list[PubtatorRelation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.title} {self.abstract}" if self.abstract else self.title


def read_pubtator(path: str | os.PathLike, problems: list[InputError] | None = None) -> Iterator[PubtatorDocument]:
    """Documents of a PubTator file, in order. Raises :class:`InputError` (file + line)
    for a line that fits none of the forms; with a ``problems`` list such a line is appended
    there instead and skipped (its document is kept), so one bad line does not stop a run."""
    name = str(path)
    doc: PubtatorDocument | None = None
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if doc is not None:
                    yield doc
                    doc = None
                continue
            head, sep, rest = line.partition("|")
            if sep and rest[:2] in ("t|", "a|") and "\t" not in head:
                if doc is None or doc.pmid != head:
                    if doc is not None:
                        yield doc
                    doc = PubtatorDocument(head)
                if rest[0] == "t":
                    doc.title = rest[2:]
                else:
                    doc.abstract = rest[2:]
                continue
            fields = line.split("\t")
            if doc is None or fields[0] != doc.pmid:
                raise_or_record(problems, InputError("annotation line before its document's title/abstract",
                                                     file=name, position=f"line {number}"))
                continue
            try:
                _add_annotation_line(doc, fields, name, number)
            except InputError as exc:
                raise_or_record(problems, exc)
    if doc is not None:
        yield doc


def _add_annotation_line(doc: PubtatorDocument, fields: list[str], name: str, number: int) -> None:
    """Add one tab-separated annotation line to ``doc``."""
    if len(fields) >= 5 and fields[1].isdigit() and fields[2].isdigit():
        begin, end = int(fields[1]), int(fields[2])
        doc.mentions.append(PubtatorMention(begin, end, fields[3], fields[4],
                                            fields[5] if len(fields) > 5 else ""))
    elif len(fields) == 4:
        doc.relations.append(PubtatorRelation(fields[1], fields[2], fields[3]))
    else:
        raise InputError(f"cannot read annotation line with {len(fields)} fields", file=name,
                         document=doc.pmid, position=f"line {number}")


def make_cas(doc: PubtatorDocument, typesystem: TypeSystem, gold: bool = False) -> Cas:
    """A CAS with the document text (id = PMID); with ``gold``, also its mentions."""
    cas = create_cas(doc.text, typesystem, doc.pmid)
    if gold:
        concept_type = typesystem.get_type(UMLS_CONCEPT)
        fs_array = typesystem.get_type("uima.cas.FSArray")
        mentions = []
        for m in doc.mentions:
            type_name, type_id = MENTION_TYPES.get(m.type, (ENTITY_MENTION, 0))
            concepts = [concept_type(code=cid, codingScheme="MSH" if cid[:1] in "DC" else "OMIM")
                        for cid in m.concept_id.split("|") if cid and cid != "-1"]
            mentions.append(typesystem.get_type(type_name)(
                begin=m.begin, end=m.end, typeID=type_id, discoveryTechnique=GOLD_ANNOTATION,
                ontologyConceptArr=fs_array(elements=concepts)))
        cas.add_all(mentions)
    return cas


# --- writing and full CAS conversion (added with the CRF NER issue) --------------------------
TYPE_SCHEME = "pubtator:type"     # OntologyConcept keeping a PubTator type the mention type cannot
TITLE, ABSTRACT = "title", "abstract"
_CANONICAL_LABELS = {DISEASE_DISORDER_MENTION: "Disease", MEDICATION_MENTION: "Chemical"}


def format_pubtator(docs: "Iterator[PubtatorDocument] | list[PubtatorDocument]") -> str:
    """PubTator text of documents (title, abstract, mentions, relations; a blank line after each)."""
    out: list[str] = []
    for doc in docs:
        out.append(f"{doc.pmid}|t|{doc.title}")
        out.append(f"{doc.pmid}|a|{doc.abstract}")
        out += [f"{doc.pmid}\t{m.begin}\t{m.end}\t{m.text}\t{m.type}\t{m.concept_id}".rstrip("\t")
                for m in doc.mentions]
        out += [f"{doc.pmid}\t{r.type}\t{r.arg1}\t{r.arg2}" for r in doc.relations]
        out.append("")
    return "\n".join(out) + ("\n" if out else "")


def write_pubtator(docs: "Iterator[PubtatorDocument] | list[PubtatorDocument]", path: str | os.PathLike) -> None:
    """Write documents to one PubTator file (atomically)."""
    from pathlib import Path

    from .base import atomic_write_bytes

    atomic_write_bytes(Path(path), format_pubtator(docs).encode("utf-8"))


def document_to_cas(doc: PubtatorDocument, typesystem: TypeSystem) -> Cas:
    """A CAS with the text, ``title``/``abstract`` Segments, gold mentions (concept ids as
    UmlsConcept codes, ``-1`` kept; a type other than ``Chemical``/``Disease`` also kept as
    an OntologyConcept with codingScheme ``pubtator:type``) and relations (``CID``) as
    BinaryTextRelations between the first mentions of the two concepts (role = the mention's
    type, ``Type:ID`` when the mention has several concept ids, as composite mentions do)."""
    from ..typesystem import BINARY_TEXT_RELATION, RELATION_ARGUMENT, SEGMENT

    cas = create_cas(doc.text, typesystem, doc.pmid)
    segment = typesystem.get_type(SEGMENT)
    segments = [segment(begin=0, end=len(doc.title), id=TITLE)]
    if doc.abstract:
        segments.append(segment(begin=len(doc.title) + 1, end=len(doc.text), id=ABSTRACT))
    cas.add_all(segments)
    concept_type = typesystem.get_type(UMLS_CONCEPT)
    other_type = typesystem.get_type("org.apache.ctakes.typesystem.type.refsem.OntologyConcept")
    fs_array = typesystem.get_type("uima.cas.FSArray")
    mentions, first_of = [], {}
    for m in doc.mentions:
        type_name, type_id = MENTION_TYPES.get(m.type, (ENTITY_MENTION, 0))
        ids = [cid for cid in m.concept_id.split("|") if cid]
        concepts = [concept_type(code=cid, codingScheme="MSH" if cid[:1] in "DC" else "OMIM") for cid in ids]
        if _CANONICAL_LABELS.get(type_name) != m.type:
            concepts.append(other_type(codingScheme=TYPE_SCHEME, code=m.type))
        fs = typesystem.get_type(type_name)(begin=m.begin, end=m.end, typeID=type_id,
                                            discoveryTechnique=GOLD_ANNOTATION, polarity=1,
                                            ontologyConceptArr=fs_array(elements=concepts))
        mentions.append(fs)
        for cid in ids:
            if cid not in first_of or (len(ids) == 1 and len(_codes(first_of[cid])) > 1):
                first_of[cid] = fs
    cas.add_all(mentions)
    argument, relation = typesystem.get_type(RELATION_ARGUMENT), typesystem.get_type(BINARY_TEXT_RELATION)
    relations = []
    for r in doc.relations:
        a1, a2 = first_of.get(r.arg1), first_of.get(r.arg2)
        if a1 is not None and a2 is not None:
            relations.append(relation(category=r.type, discoveryTechnique=1,
                                      arg1=argument(argument=a1, role=_role(a1, r.arg1)),
                                      arg2=argument(argument=a2, role=_role(a2, r.arg2))))
    cas.add_all(relations)
    return cas


def _role(fs, concept_id: str) -> str | None:
    label = _label_of(fs)
    return f"{label}:{concept_id}" if len(_codes(fs)) > 1 else label


def _relation_code(arg) -> str | None:
    codes = _codes(arg.argument)
    if len(codes) == 1:
        return codes[0]
    _, sep, code = (arg.role or "").rpartition(":")
    return code if sep and code in codes else None


def _codes(fs) -> list[str]:
    array = fs.ontologyConceptArr
    return [c.code for c in (array.elements if array is not None and array.elements else [])
            if c.code and c.codingScheme != TYPE_SCHEME]


def _label_of(fs) -> str | None:
    """The PubTator type of a mention: its ``pubtator:type`` concept, else from its type."""
    array = fs.ontologyConceptArr
    for c in (array.elements if array is not None and array.elements else []):
        if c.codingScheme == TYPE_SCHEME:
            return c.code
    type_ = fs.type
    while type_ is not None:
        if type_.name in _CANONICAL_LABELS:
            return _CANONICAL_LABELS[type_.name]
        type_ = type_.supertype
    return None


def cas_to_pubtator(cas: Cas, discovery_techniques: "tuple[int, ...] | None" = None) -> PubtatorDocument:
    """The PubTator view of a CAS: title/abstract from its ``title`` Segment (else the whole
    text is the title), one mention per Disease/Medication mention (or ``pubtator:type``
    mention), relations between written mentions with a concept id each. With
    ``discovery_techniques`` only mentions made that way are written (e.g. ``(3,)`` for CRF)."""
    from ..document import get_document_id
    from ..typesystem import BINARY_TEXT_RELATION, IDENTIFIED_ANNOTATION, SEGMENT

    text = cas.sofa_string or ""
    title_seg = next((s for s in cas.select(SEGMENT) if s.id == TITLE), None)
    if title_seg is not None and title_seg.begin == 0:
        title, abstract = text[:title_seg.end], text[title_seg.end + 1:]
    else:
        title, abstract = text, ""
    doc = PubtatorDocument(get_document_id(cas) or "0", title, abstract)
    written = set()
    for fs in sorted(cas.select(IDENTIFIED_ANNOTATION), key=lambda a: (a.begin, a.end)):
        label = _label_of(fs)
        if label is None or (discovery_techniques and fs.discoveryTechnique not in discovery_techniques):
            continue
        written.add(id(fs))
        doc.mentions.append(PubtatorMention(fs.begin, fs.end, text[fs.begin:fs.end], label, "|".join(_codes(fs))))
    for rel in cas.select(BINARY_TEXT_RELATION):
        c1, c2 = _relation_code(rel.arg1), _relation_code(rel.arg2)
        if id(rel.arg1.argument) in written and id(rel.arg2.argument) in written and c1 and c2:
            doc.relations.append(PubtatorRelation(rel.category or "", c1, c2))
    return doc
