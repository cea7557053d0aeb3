"""BioC XML collections (the ``bioc`` package): a document model, CAS conversion, I/O.

Reading (:func:`read_bioc`) takes every document of a collection:

- text: the passages placed at their offsets (gaps filled with spaces), so annotation
  offsets (document-level in BioC) index the text directly;
- entities: each annotation's type (infon ``type``), span (first to last location) and
  concept ids (infon ``identifier`` or ``MESH``, ``|``- or ``,``-separated);
- relations: type (infon ``relation`` or ``type``), the ``(refid, role)`` nodes, and the
  other infons: BC5CDR's CID relations name concepts (``Chemical``/``Disease`` infons)
  instead of nodes.

A BioC file's ``<!DOCTYPE collection SYSTEM "BioC.dtd">`` line is removed before parsing;
any other DOCTYPE or entity declaration is refused (:mod:`ctakes_py.safe_xml`).

CAS conversion (:func:`document_to_cas`, :func:`cas_to_document`): a ``Segment`` per
passage (``id`` = the passage's ``type`` infon), a mention per entity (``Chemical`` ->
``MedicationMention``, diseases -> ``DiseaseDisorderMention``, any other type a
``textsem.Modifier`` whose ``category`` is the type; ``discoveryTechnique`` 2, concept ids
as ``UmlsConcept`` codes), a ``BinaryTextRelation`` per relation (``category`` = type;
between the node annotations, or for a concept-level relation between the first mentions
of the two concepts, roles = the infon keys). Writing emits both nodes and concept infons.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from cassis import Cas, TypeSystem

from ..document import create_cas, get_document_id
from ..errors import InputError, MalformedXMLError
from ..safe_xml import check_no_doctype, parse_xml_bytes
from ..typesystem import BINARY_TEXT_RELATION, IDENTIFIED_ANNOTATION, MODIFIER, RELATION_ARGUMENT, SEGMENT, UMLS_CONCEPT
from .base import atomic_write_bytes
from .pubtator import MENTION_TYPES

GOLD_ANNOTATION = 2
_BIOC_DOCTYPE = re.compile(rb"<!DOCTYPE\s+collection\s+SYSTEM\s+\"[^\"<>\[\]]*\"\s*>")
_ID_SPLIT = re.compile(r"[|,;]")
_CONCEPT_INFONS = ("identifier", "MESH", "MeSH", "mesh")


@dataclass
class BiocEntity:
    id: str
    begin: int
    end: int
    type: str
    concept_ids: tuple[str, ...] = ()
    text: str = ""


@dataclass
class BiocRelation:
    id: str
    type: str
    nodes: tuple[tuple[str, str], ...] = ()          # (refid, role)
    infons: dict[str, str] = field(default_factory=dict)


@dataclass
class BiocDoc:
    doc_id: str
    text: str
    passages: list[tuple[int, int, str]] = field(default_factory=list)   # (begin, end, type)
    entities: list[BiocEntity] = field(default_factory=list)
    relations: list[BiocRelation] = field(default_factory=list)


def _decode(data: bytes, source: str):
    from bioc import biocxml

    data = _BIOC_DOCTYPE.sub(b"", data, count=1)
    check_no_doctype(data, source)
    parse_xml_bytes(data, source)  # well-formedness, with the safe parser
    try:
        return biocxml.loads(data.decode("utf-8"))
    except (ValueError, KeyError, AttributeError) as exc:
        raise MalformedXMLError(f"not a BioC collection: {exc}", file=source) from None


def _concepts(infons: Mapping[str, str]) -> tuple[str, ...]:
    for key in _CONCEPT_INFONS:
        if infons.get(key):
            return tuple(x.strip() for x in _ID_SPLIT.split(infons[key]) if x.strip())
    return ()


def _document(d: Any, source: str) -> BiocDoc:
    end = max((p.offset + len(p.text or "") for p in d.passages), default=0)
    chars = [" "] * end
    out = BiocDoc(str(d.id), "")
    annotations = [a for p in d.passages for a in p.annotations] + list(d.annotations)
    relations = [r for p in d.passages for r in p.relations] + list(d.relations)
    for p in d.passages:
        text = p.text or ""
        chars[p.offset:p.offset + len(text)] = text
        out.passages.append((p.offset, p.offset + len(text), p.infons.get("type", "")))
    out.text = "".join(chars)
    for a in annotations:
        if not a.locations:
            continue
        begin = min(loc.offset for loc in a.locations)
        stop = max(loc.offset + loc.length for loc in a.locations)
        if stop > len(out.text):
            raise InputError(f"annotation {a.id} ends at {stop}, after the text", file=source, document=out.doc_id)
        out.entities.append(BiocEntity(str(a.id), begin, stop, a.infons.get("type", ""),
                                       _concepts(a.infons), a.text or ""))
    for r in relations:
        infons = dict(r.infons)
        kind = infons.pop("relation", None) or infons.pop("type", "")
        out.relations.append(BiocRelation(str(r.id), kind, tuple((n.refid, n.role) for n in r.nodes), infons))
    return out


def read_bioc(path: str | os.PathLike) -> Iterator[BiocDoc]:
    """Documents of a BioC XML file."""
    collection = _decode(Path(path).read_bytes(), str(path))
    for d in collection.documents:
        yield _document(d, str(path))


def loads_bioc(xml: str | bytes, source: str = "<string>") -> list[BiocDoc]:
    """Documents of a BioC XML string."""
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    return [_document(d, source) for d in _decode(data, source).documents]


# --- CAS conversion --------------------------------------------------------------------------
def document_to_cas(doc: BiocDoc, typesystem: TypeSystem, label_types: Mapping[str, str] | None = None) -> Cas:
    """A CAS with the document's text, passages, entities and relations."""
    types = {k: v[0] for k, v in MENTION_TYPES.items()} if label_types is None else label_types
    cas = create_cas(doc.text, typesystem, doc.doc_id)
    cas.add_all([typesystem.get_type(SEGMENT)(begin=b, end=e, id=kind or None) for b, e, kind in doc.passages])
    made: dict[str, Any] = {}
    by_concept: dict[str, Any] = {}
    concept_type, fs_array = typesystem.get_type(UMLS_CONCEPT), typesystem.get_type("uima.cas.FSArray")
    for ent in doc.entities:
        type_name = types.get(ent.type)
        concepts = fs_array(elements=[concept_type(code=c) for c in ent.concept_ids])
        if type_name is None:
            fs = typesystem.get_type(MODIFIER)(begin=ent.begin, end=ent.end, category=ent.type,
                                              discoveryTechnique=GOLD_ANNOTATION, ontologyConceptArr=concepts)
        else:
            fs = typesystem.get_type(type_name)(begin=ent.begin, end=ent.end, discoveryTechnique=GOLD_ANNOTATION,
                                                polarity=1, ontologyConceptArr=concepts)
        made[ent.id] = fs
        for c in ent.concept_ids:
            by_concept.setdefault(c, fs)
    cas.add_all(list(made.values()))
    cas.add_all([r for r in (_relation(typesystem, rel, made, by_concept) for rel in doc.relations) if r is not None])
    return cas


def _relation(ts: TypeSystem, rel: BiocRelation, made: dict[str, Any], by_concept: dict[str, Any]) -> Any:
    if len(rel.nodes) >= 2:
        args = [(made.get(refid), role) for refid, role in rel.nodes[:2]]
    else:
        args = [(by_concept.get(value), key) for key, value in list(rel.infons.items())[:2]]
    if len(args) < 2 or any(fs is None for fs, _ in args):
        return None
    arg = ts.get_type(RELATION_ARGUMENT)
    return ts.get_type(BINARY_TEXT_RELATION)(category=rel.type, discoveryTechnique=1,
                                             arg1=arg(argument=args[0][0], role=args[0][1]),
                                             arg2=arg(argument=args[1][0], role=args[1][1]))


def _label(fs: Any, type_labels: Mapping[str, str]) -> str | None:
    type_ = fs.type
    while type_ is not None:
        if type_.name in type_labels:
            return type_labels[type_.name]
        type_ = type_.supertype
    return getattr(fs, "category", None) if fs.type.name == MODIFIER else None


def cas_to_document(cas: Cas, label_types: Mapping[str, str] | None = None) -> BiocDoc:
    """The BioC view of a CAS (passages from Segments, or one passage)."""
    types = {"Chemical": MENTION_TYPES["Chemical"][0], "Disease": MENTION_TYPES["Disease"][0]} \
        if label_types is None else label_types
    type_labels: dict[str, str] = {}
    for label, type_name in types.items():
        type_labels.setdefault(type_name, label)
    text = cas.sofa_string or ""
    doc = BiocDoc(get_document_id(cas) or "document", text)
    segments = sorted((s.begin, s.end, s.id or "") for s in cas.select(SEGMENT))
    doc.passages = segments or [(0, len(text), "")]
    ids: dict[int, str] = {}
    for fs in sorted(cas.select(IDENTIFIED_ANNOTATION), key=lambda a: (a.begin, -a.end)):
        label = _label(fs, type_labels)
        if label is None:
            continue
        ident = f"T{len(doc.entities)}"
        ids[id(fs)] = ident
        concepts = fs.ontologyConceptArr.elements if fs.ontologyConceptArr is not None else []
        doc.entities.append(BiocEntity(ident, fs.begin, fs.end, label,
                                       tuple(c.code for c in concepts if c.code), text[fs.begin:fs.end]))
    for rel in cas.select(BINARY_TEXT_RELATION):
        a1, a2 = rel.arg1.argument, rel.arg2.argument
        if id(a1) not in ids or id(a2) not in ids:
            continue
        infons = {}
        for arg, fs in ((rel.arg1, a1), (rel.arg2, a2)):
            codes = [c.code for c in (fs.ontologyConceptArr.elements if fs.ontologyConceptArr is not None else [])]
            if len(codes) == 1 and arg.role:
                infons[arg.role] = codes[0]
        doc.relations.append(BiocRelation(f"R{len(doc.relations)}", rel.category or "",
                                          ((ids[id(a1)], rel.arg1.role or "Arg1"),
                                           (ids[id(a2)], rel.arg2.role or "Arg2")), infons))
    return doc


def _to_bioc(doc: BiocDoc) -> Any:
    import bioc

    d = bioc.BioCDocument()
    d.id = doc.doc_id
    passages = []
    for begin, end, kind in doc.passages:
        p = bioc.BioCPassage()
        p.offset, p.text = begin, doc.text[begin:end]
        if kind:
            p.infons["type"] = kind
        passages.append(p)
        d.add_passage(p)
    for ent in doc.entities:
        a = bioc.BioCAnnotation()
        a.id, a.text = ent.id, ent.text or doc.text[ent.begin:ent.end]
        a.infons["type"] = ent.type
        if ent.concept_ids:
            a.infons["identifier"] = "|".join(ent.concept_ids)
        a.add_location(bioc.BioCLocation(ent.begin, ent.end - ent.begin))
        owner = next((p for p, (b, e, _) in zip(passages, doc.passages) if b <= ent.begin < e), passages[0])
        owner.add_annotation(a)
    for rel in doc.relations:
        r = bioc.BioCRelation()
        r.id = rel.id
        r.infons["relation"] = rel.type
        r.infons.update(rel.infons)
        for refid, role in rel.nodes:
            r.add_node(bioc.BioCNode(refid, role))
        d.add_relation(r)
    return d


def dumps_bioc(docs: Iterable[BiocDoc], source: str = "ctakes-py") -> str:
    """BioC XML of documents (one collection)."""
    import bioc
    from bioc import biocxml

    collection = bioc.BioCCollection()
    collection.source = source
    for doc in docs:
        collection.add_document(_to_bioc(doc))
    return biocxml.dumps(collection)


def write_bioc(docs: Iterable[BiocDoc], path: str | os.PathLike, source: str = "ctakes-py") -> None:
    """Write documents to one BioC XML file (atomically)."""
    atomic_write_bytes(Path(path), dumps_bioc(docs, source).encode("utf-8"))


def read_bioc_cases(path: str | os.PathLike, typesystem: TypeSystem) -> Iterator[Cas]:
    """One CAS per document of a BioC file (see :func:`document_to_cas`)."""
    for doc in read_bioc(path):
        yield document_to_cas(doc, typesystem)
