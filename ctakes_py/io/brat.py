"""brat standoff (``NAME.txt`` + ``NAME.ann``): a document model, CAS conversion, reader, writer.

The model (:class:`BratDocument`) holds every kind of ``.ann`` line and writes it back
unchanged in meaning:

============  ==============================================  =========================
line          form                                            class
============  ==============================================  =========================
``T1``        ``T1<TAB>Label B E[;B E...]<TAB>text``          :class:`BratEntity`
``R1``        ``R1<TAB>Label Arg1:T1 Arg2:T2``                :class:`BratRelation`
``E1``        ``E1<TAB>Label:T1 Role:T2 ...``                 :class:`BratEvent`
``A1``/``M1`` ``A1<TAB>Name T1 [Value]``                       :class:`BratAttribute`
``N1``        ``N1<TAB>Reference T1 DB:ID<TAB>text``          :class:`BratNormalization`
``#1``        ``#1<TAB>AnnotatorNotes T1<TAB>text``           :class:`BratNote`
``*``         ``*<TAB>Equiv T1 T2 ...``                       :class:`BratEquivalence`
============  ==============================================  =========================

CAS conversion (:func:`document_to_cas`, :func:`cas_to_document`) uses a
:class:`BratMapping` from brat labels to cTAKES types (default :data:`DEFAULT_LABEL_TYPES`:
``Drug`` -> ``MedicationMention``, ``Strength`` -> ``MedicationStrengthModifier``, ...):

- an entity becomes an annotation of the mapped type (a discontinuous entity covers its
  first to last fragment); a label without a mapping becomes a ``textsem.Modifier`` whose
  ``category`` is the label, so any brat scheme round-trips;
- a relation becomes a ``relation.BinaryTextRelation`` with ``category`` = label and
  argument roles = brat roles;
- attributes ``Negated``/``Uncertain``/``Conditional``/``Generic``/``Historical`` set the
  cTAKES assertion features; any other attribute, and every note, is kept as a
  ``refsem.OntologyConcept`` of the entity with ``codingScheme`` ``brat:attribute`` /
  ``brat:AnnotatorNotes`` and ``code`` = ``Name`` or ``Name=Value`` / the note text;
- a normalization becomes a ``refsem.UmlsConcept`` (``DB`` = UMLS) or an
  ``OntologyConcept`` (``codingScheme`` = DB) of the entity;
- an equivalence becomes a ``relation.CollectionTextRelation`` (``category`` = label);
- events are kept in the model only (cTAKES has no generic n-ary event type).

Writing a CAS back emits the annotations whose type (or a supertype) has a label, the
relations between written entities, and the items above. ``discoveryTechnique`` 2 (gold)
marks annotations read from brat.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from cassis import Cas, TypeSystem

from ..document import create_cas, get_document_id
from ..errors import InputError
from ..fslist import fs_list_items, make_fs_list
from ..lexicon.semantic import mention_type_id
from ..typesystem import (
    BINARY_TEXT_RELATION,
    COLLECTION_TEXT_RELATION,
    GOLD_ANNOTATION,
    IDENTIFIED_ANNOTATION,
    MEDICATION_MENTION,
    MODIFIER,
    ONTOLOGY_CONCEPT,
    RELATION_ARGUMENT,
    UMLS_CONCEPT,
)
from .base import Reader, Source, Writer, atomic_write_bytes
from .text import check_options, decode_text, list_files, read_bytes, unique_ids

_C = "org.apache.ctakes.typesystem.type."

ATTRIBUTE_SCHEME = "brat:attribute"
NOTE_SCHEME = "brat:AnnotatorNotes"

# brat label -> cTAKES type. Medication labels follow the n2c2 2018 track 2 scheme.
DEFAULT_LABEL_TYPES: dict[str, str] = {
    "Drug": MEDICATION_MENTION,
    "Strength": _C + "textsem.MedicationStrengthModifier",
    "Dosage": _C + "textsem.MedicationDosageModifier",
    "Route": _C + "textsem.MedicationRouteModifier",
    "Frequency": _C + "textsem.MedicationFrequencyModifier",
    "Duration": _C + "textsem.MedicationDurationModifier",
    "Form": _C + "textsem.MedicationFormModifier",
    "StatusChange": _C + "textsem.MedicationStatusChangeModifier",
    "DiseaseDisorder": _C + "textsem.DiseaseDisorderMention",
    "SignSymptom": _C + "textsem.SignSymptomMention",
    "Procedure": _C + "textsem.ProcedureMention",
    "AnatomicalSite": _C + "textsem.AnatomicalSiteMention",
    "Lab": _C + "textsem.LabMention",
}
# brat attribute -> (feature, value) of IdentifiedAnnotation.
ASSERTION_ATTRIBUTES: dict[str, tuple[str, Any]] = {
    "Negated": ("polarity", -1), "Negation": ("polarity", -1),
    "Uncertain": ("uncertainty", 1), "Speculated": ("uncertainty", 1),
    "Conditional": ("conditional", True), "Hypothetical": ("conditional", True),
    "Generic": ("generic", True), "Historical": ("historyOf", 1),
}


class BratFormatError(InputError):
    """A malformed ``.ann`` line or a span that does not match the text."""


# --- model ---------------------------------------------------------------------------------
@dataclass
class BratEntity:
    id: str
    label: str
    spans: tuple[tuple[int, int], ...]
    text: str

    @property
    def begin(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class BratRelation:
    id: str
    label: str
    arg1: str
    arg2: str
    roles: tuple[str, str] = ("Arg1", "Arg2")


@dataclass
class BratEvent:
    id: str
    label: str
    trigger: str
    arguments: tuple[tuple[str, str], ...] = ()


@dataclass
class BratAttribute:
    id: str
    name: str
    target: str
    value: str | None = None


@dataclass
class BratNormalization:
    id: str
    label: str
    target: str
    db: str
    code: str
    text: str = ""


@dataclass
class BratNote:
    id: str
    label: str
    target: str
    text: str


@dataclass
class BratEquivalence:
    label: str
    members: tuple[str, ...]


@dataclass
class BratDocument:
    """Everything in one ``.ann`` file. Ids are brat's (``T3``, ``R1``...)."""

    entities: dict[str, BratEntity] = field(default_factory=dict)
    relations: dict[str, BratRelation] = field(default_factory=dict)
    events: dict[str, BratEvent] = field(default_factory=dict)
    attributes: dict[str, BratAttribute] = field(default_factory=dict)
    normalizations: dict[str, BratNormalization] = field(default_factory=dict)
    notes: dict[str, BratNote] = field(default_factory=dict)
    equivalences: list[BratEquivalence] = field(default_factory=list)

    def to_ann(self) -> str:
        """The ``.ann`` text, one line per item, entities first."""
        lines = []
        for e in self.entities.values():
            spans = ";".join(f"{b} {en}" for b, en in e.spans)
            lines.append(f"{e.id}\t{e.label} {spans}\t{_one_line(e.text)}")
        for ev in self.events.values():
            args = "".join(f" {role}:{target}" for role, target in ev.arguments)
            lines.append(f"{ev.id}\t{ev.label}:{ev.trigger}{args}")
        for r in self.relations.values():
            lines.append(f"{r.id}\t{r.label} {r.roles[0]}:{r.arg1} {r.roles[1]}:{r.arg2}")
        for eq in self.equivalences:
            lines.append(f"*\t{eq.label} {' '.join(eq.members)}")
        for a in self.attributes.values():
            lines.append(f"{a.id}\t{a.name} {a.target}" + (f" {a.value}" if a.value is not None else ""))
        for n in self.normalizations.values():
            lines.append(f"{n.id}\t{n.label} {n.target} {n.db}:{n.code}\t{_one_line(n.text)}")
        for note in self.notes.values():
            lines.append(f"{note.id}\t{note.label} {note.target}\t{_one_line(note.text)}")
        return "".join(line + "\n" for line in lines)


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


# --- parsing -------------------------------------------------------------------------------
_SPANS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")


def parse_ann(ann: str, text: str | None = None, *, file: str | None = None,
              document: str | None = None) -> BratDocument:
    """Parse ``.ann`` content. With ``text``, every entity's spans are checked against it
    (whitespace differences inside the span text are tolerated, as brat itself does).
    Malformed lines raise :class:`BratFormatError` naming the line."""
    doc = BratDocument()
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        where = {"file": file, "document": document, "position": f"line {number}"}
        try:
            _parse_line(doc, line)
        except (ValueError, IndexError) as exc:
            raise BratFormatError(f"malformed brat line {line[:80]!r}: {exc}", **where) from None
        if text is not None and line.startswith("T"):
            _check_entity(doc.entities[line.split("\t", 1)[0]], text, where)
    _check_references(doc, file, document)
    return doc


def _parse_line(doc: BratDocument, line: str) -> None:
    ident, _, rest = line.partition("\t")
    kind = ident[:1]
    if kind == "T":
        head, _, span_text = rest.partition("\t")
        label, _, spans = head.partition(" ")
        if not _SPANS.match(spans):
            raise ValueError("expected 'Label START END[;START END]'")
        pairs = tuple(tuple(int(x) for x in part.split()) for part in spans.split(";"))
        if any(b > e for b, e in pairs):
            raise ValueError("a span ends before it starts")
        doc.entities[ident] = BratEntity(ident, label, pairs, span_text)  # type: ignore[arg-type]
    elif kind == "R":
        label, a1, a2 = rest.split()
        (r1, t1), (r2, t2) = a1.split(":", 1), a2.split(":", 1)
        doc.relations[ident] = BratRelation(ident, label, t1, t2, (r1, r2))
    elif kind == "E":
        parts = rest.split()
        label, trigger = parts[0].split(":", 1)
        args = tuple(tuple(p.split(":", 1)) for p in parts[1:])
        doc.events[ident] = BratEvent(ident, label, trigger, args)  # type: ignore[arg-type]
    elif kind in ("A", "M"):
        parts = rest.split()
        if len(parts) not in (2, 3):
            raise ValueError("expected 'Name TARGET [VALUE]'")
        doc.attributes[ident] = BratAttribute(ident, parts[0], parts[1], parts[2] if len(parts) == 3 else None)
    elif kind == "N":
        head, _, norm_text = rest.partition("\t")
        label, target, ref = head.split()
        db, _, code = ref.partition(":")
        doc.normalizations[ident] = BratNormalization(ident, label, target, db, code, norm_text)
    elif kind == "#":
        head, _, note_text = rest.partition("\t")
        label, target = head.split()
        doc.notes[ident] = BratNote(ident, label, target, note_text)
    elif kind == "*":
        parts = rest.split()
        doc.equivalences.append(BratEquivalence(parts[0], tuple(parts[1:])))
    else:
        raise ValueError(f"unknown annotation id {ident!r}")


def _check_entity(entity: BratEntity, text: str, where: dict[str, Any]) -> None:
    if entity.end > len(text):
        raise BratFormatError(f"entity {entity.id} ends at {entity.end}, after the end of the "
                              f"text ({len(text)} characters)", **where)
    covered = " ".join(text[b:e] for b, e in entity.spans)
    if covered.split() != entity.text.split():
        raise BratFormatError(f"entity {entity.id} text {entity.text!r} differs from the text at "
                              f"its offsets {covered!r}", **where,
                              fix="check the .txt is the one annotated (same line endings, no BOM)")


def _check_references(doc: BratDocument, file: str | None, document: str | None) -> None:
    known = set(doc.entities) | set(doc.events) | set(doc.relations)
    refs = [(r.id, t) for r in doc.relations.values() for t in (r.arg1, r.arg2)]
    refs += [(a.id, a.target) for a in doc.attributes.values()]
    refs += [(n.id, n.target) for n in doc.normalizations.values()]
    refs += [(n.id, n.target) for n in doc.notes.values()]
    refs += [("*", m) for eq in doc.equivalences for m in eq.members]
    for source, target in refs:
        if target not in known:
            raise BratFormatError(f"{source} refers to {target}, which is not defined",
                                  file=file, document=document)


def read_brat(ann_path: str | os.PathLike, text_path: str | os.PathLike | None = None,
              *, check: bool = True) -> tuple[str | None, BratDocument]:
    """Text (None when there is no ``.txt``) and parsed annotations of one document."""
    ann_path = Path(ann_path)
    text_path = Path(text_path) if text_path else ann_path.with_suffix(".txt")
    doc_id = ann_path.stem
    text = None
    if text_path.exists():
        text = decode_text(read_bytes(str(text_path), doc_id), file=str(text_path), document=doc_id)
    ann = decode_text(read_bytes(str(ann_path), doc_id), file=str(ann_path), document=doc_id)
    return text, parse_ann(ann, text if check else None, file=str(ann_path), document=doc_id)


# --- CAS conversion ------------------------------------------------------------------------
@dataclass
class BratMapping:
    """brat label <-> cTAKES type. ``label_types`` drives reading; writing uses its
    inverse (plus ``extra_type_labels``) and looks up each annotation's type, then its
    supertypes. ``Modifier`` annotations without a mapped type are written under their
    ``category``."""

    label_types: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LABEL_TYPES))
    extra_type_labels: Mapping[str, str] = field(default_factory=dict)
    assertion_attributes: Mapping[str, tuple[str, Any]] = field(
        default_factory=lambda: dict(ASSERTION_ATTRIBUTES))

    def type_for(self, label: str) -> str:
        return self.label_types.get(label, MODIFIER)

    def type_labels(self) -> dict[str, str]:
        out = {t: label for label, t in self.label_types.items()}
        out.update(self.extra_type_labels)
        return out


def load_type_map(path: str | os.PathLike) -> dict[str, str]:
    """A ``TYPE<TAB>LABEL`` file (``#`` comments): cTAKES type name (full or short, e.g.
    ``MedicationMention``) -> brat label. Short names are expanded over ``textsem``."""
    out = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) != 2:
            raise InputError("expected TYPE<TAB>LABEL", file=str(path), position=f"line {number}")
        type_name, label = parts[0].strip(), parts[1].strip()
        if "." not in type_name:
            type_name = _C + "textsem." + type_name
        out[type_name] = label
    return out


def document_to_cas(text: str, doc: BratDocument, typesystem: TypeSystem,
                    document_id: str | None = None, mapping: BratMapping | None = None) -> Cas:
    """A CAS holding ``text`` and the annotations of ``doc`` (see the module docstring)."""
    mapping = mapping or BratMapping()
    cas = create_cas(text, typesystem, document_id)
    made: dict[str, Any] = {}
    concepts: dict[str, list[Any]] = {}
    for entity in doc.entities.values():
        type_name = mapping.type_for(entity.label)
        made[entity.id] = _entity_fs(typesystem, type_name, entity)
    for attr in doc.attributes.values():
        target = made.get(attr.target)
        if target is None:
            continue
        feature = mapping.assertion_attributes.get(attr.name)
        if feature is not None and attr.value in (None, "true", "True"):
            setattr(target, feature[0], feature[1])
        else:
            code = attr.name if attr.value is None else f"{attr.name}={attr.value}"
            concepts.setdefault(attr.target, []).append(
                typesystem.get_type(ONTOLOGY_CONCEPT)(codingScheme=ATTRIBUTE_SCHEME, code=code))
    for norm in doc.normalizations.values():
        concepts.setdefault(norm.target, []).append(_normalization_fs(typesystem, norm))
    for note in doc.notes.values():
        concepts.setdefault(note.target, []).append(
            typesystem.get_type(ONTOLOGY_CONCEPT)(codingScheme=NOTE_SCHEME, code=note.text))
    fs_array = typesystem.get_type("uima.cas.FSArray")
    for target, items in concepts.items():
        if target in made:
            made[target].ontologyConceptArr = fs_array(elements=items)
    cas.add_all(list(made.values()))
    relations = [_relation_fs(typesystem, r, made) for r in doc.relations.values()
                 if r.arg1 in made and r.arg2 in made]
    relations += [_collection_fs(typesystem, eq, made) for eq in doc.equivalences]
    cas.add_all([r for r in relations if r is not None])
    return cas


def _entity_fs(ts: TypeSystem, type_name: str, entity: BratEntity) -> Any:
    fs = ts.get_type(type_name)(begin=entity.begin, end=entity.end)
    if ts.subsumes(ts.get_type(IDENTIFIED_ANNOTATION), fs.type):
        fs.discoveryTechnique = GOLD_ANNOTATION
        fs.polarity = 1
        fs.typeID = mention_type_id(type_name)
    if ts.subsumes(ts.get_type(MODIFIER), fs.type):
        fs.category = entity.label
    return fs


def _normalization_fs(ts: TypeSystem, norm: BratNormalization) -> Any:
    if norm.db.upper() == "UMLS":
        return ts.get_type(UMLS_CONCEPT)(codingScheme="UMLS", code=norm.code, cui=norm.code,
                                         preferredText=norm.text or None)
    if norm.text:  # OntologyConcept has no preferredText; keep the name (as the pipeline does)
        return ts.get_type(UMLS_CONCEPT)(codingScheme=norm.db, code=norm.code, preferredText=norm.text)
    return ts.get_type(ONTOLOGY_CONCEPT)(codingScheme=norm.db, code=norm.code)


def _relation_fs(ts: TypeSystem, rel: BratRelation, made: dict[str, Any]) -> Any:
    arg = ts.get_type(RELATION_ARGUMENT)
    return ts.get_type(BINARY_TEXT_RELATION)(
        category=rel.label, discoveryTechnique=1,  # CONST.REL_DISCOVERY_TECH_GOLD_ANNOTATION
        arg1=arg(argument=made[rel.arg1], role=rel.roles[0]),
        arg2=arg(argument=made[rel.arg2], role=rel.roles[1]))


def _collection_fs(ts: TypeSystem, eq: BratEquivalence, made: dict[str, Any]) -> Any:
    members = [made[m] for m in eq.members if m in made]
    if not members:
        return None
    return ts.get_type(COLLECTION_TEXT_RELATION)(category=eq.label, members=make_fs_list(ts, members))


def cas_to_document(cas: Cas, mapping: BratMapping | None = None, *,
                    normalizations: bool = True) -> BratDocument:
    """The brat view of a CAS: entities, relations, attributes, normalizations, notes and
    equivalences, numbered in text order."""
    mapping = mapping or BratMapping()
    ts = cas.typesystem
    text = cas.sofa_string or ""
    labels = mapping.type_labels()
    doc = BratDocument()
    ids: dict[int, str] = {}
    annotations = sorted(cas.select("uima.tcas.Annotation"), key=lambda a: (a.begin, -a.end, a.type.name))
    for fs in annotations:
        label = _label_of(ts, fs, labels)
        if label is None or fs.end <= fs.begin:
            continue
        ident = f"T{len(doc.entities) + 1}"
        ids[id(fs)] = ident
        doc.entities[ident] = BratEntity(ident, label, ((fs.begin, fs.end),), text[fs.begin:fs.end])
        _annotation_extras(doc, fs, ident, mapping, normalizations)
    _add_relations(doc, cas, ids)
    return doc


def _label_of(ts: TypeSystem, fs: Any, labels: Mapping[str, str]) -> str | None:
    type_ = fs.type
    if type_.name == MODIFIER and getattr(fs, "category", None) and MODIFIER not in labels:
        return fs.category
    while type_ is not None:
        if type_.name in labels:
            return labels[type_.name]
        type_ = type_.supertype
    return None


def _annotation_extras(doc: BratDocument, fs: Any, ident: str, mapping: BratMapping,
                       normalizations: bool) -> None:
    if not hasattr(fs, "polarity"):
        return
    written = set()
    for name, (feature, value) in mapping.assertion_attributes.items():
        if feature not in written and getattr(fs, feature, None) == value:
            written.add(feature)
            _add_attribute(doc, name, ident)
    array = fs.ontologyConceptArr
    for concept in (array.elements if array is not None and array.elements else []):
        scheme, code = concept.codingScheme, concept.code
        if scheme == ATTRIBUTE_SCHEME and code:
            name, _, value = code.partition("=")
            _add_attribute(doc, name, ident, value or None)
        elif scheme == NOTE_SCHEME:
            nid = f"#{len(doc.notes) + 1}"
            doc.notes[nid] = BratNote(nid, "AnnotatorNotes", ident, code or "")
        elif normalizations and (getattr(concept, "cui", None) or code):
            cui = getattr(concept, "cui", None)
            db, ref = ("UMLS", cui) if cui else (scheme or "unknown", code)
            nid = f"N{len(doc.normalizations) + 1}"
            doc.normalizations[nid] = BratNormalization(
                nid, "Reference", ident, db, ref, getattr(concept, "preferredText", None) or "")


def _add_attribute(doc: BratDocument, name: str, target: str, value: str | None = None) -> None:
    aid = f"A{len(doc.attributes) + 1}"
    doc.attributes[aid] = BratAttribute(aid, name, target, value)


def exported_relations(cas: Cas, ids: dict[int, str]) -> Iterator[tuple[Any, str, str, str]]:
    """``(relation, label, arg1 id, arg2 id)`` for each BinaryTextRelation whose two arguments
    were exported (``ids`` maps ``id(annotation)`` to its export id), once per label and pair;
    the label is the category, else the relation type's short name."""
    seen = set()
    for rel in cas.select(BINARY_TEXT_RELATION):
        if rel.arg1 is None or rel.arg2 is None:
            continue
        a1, a2 = ids.get(id(rel.arg1.argument)), ids.get(id(rel.arg2.argument))
        label = rel.category or rel.type.name.rsplit(".", 1)[-1]
        if a1 is None or a2 is None or (label, a1, a2) in seen:
            continue
        seen.add((label, a1, a2))
        yield rel, label, a1, a2


def _add_relations(doc: BratDocument, cas: Cas, ids: dict[int, str]) -> None:
    for rel, label, a1, a2 in exported_relations(cas, ids):
        rid = f"R{len(doc.relations) + 1}"
        roles = (rel.arg1.role or "Arg1", rel.arg2.role or "Arg2")
        if roles == ("Argument", "Related_to") or not all(re.fullmatch(r"\w+", r) for r in roles):
            roles = ("Arg1", "Arg2")
        doc.relations[rid] = BratRelation(rid, label, a1, a2, roles)
    for coll in cas.select(COLLECTION_TEXT_RELATION):
        members = [ids[id(m)] for m in fs_list_items(coll.members) if id(m) in ids]
        if len(members) > 1:
            doc.equivalences.append(BratEquivalence(coll.category or "Equiv", tuple(members)))


# --- reader / writer -------------------------------------------------------------------------
class BratReader(Reader):
    """Reads brat ``.ann`` files and their ``.txt`` siblings (a folder, recursive, or one
    ``.ann``). Options: ``check`` (bool, default True: spans must match the text)."""

    name = "brat"
    extensions = (".ann",)

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        check_options(self.name, options, ("check",))
        super().__init__(path, **options)
        self.check = bool(options.get("check", True))
        self.mapping = BratMapping()

    def sources(self) -> Iterator[Source]:
        files = list_files(self.path, self.extensions)
        for doc_id, path in zip(unique_ids(self.path, files, lambda p: p.stem), files):
            yield Source(document_id=doc_id, location=str(path))

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        text, doc = read_brat(source.location, check=self.check)
        if text is None:
            raise InputError("no .txt next to the .ann file", file=source.location,
                             document=source.document_id, fix="put NAME.txt beside NAME.ann")
        return document_to_cas(text, doc, typesystem, source.document_id, self.mapping)


class BratWriter(Writer):
    """Writes ``OUTDIR/NAME.ann`` and ``OUTDIR/NAME.txt``. Options: ``type_map`` (path of a
    ``TYPE<TAB>LABEL`` file that replaces the default labels), ``text`` (bool, default True:
    also write the ``.txt``), ``normalizations`` (bool, default True)."""

    name = "brat"
    extension = ".ann"

    def __init__(self, outdir: str | os.PathLike, **options: Any) -> None:
        check_options(self.name, options, ("type_map", "text", "normalizations"))
        super().__init__(outdir, **options)
        self.mapping = mapping_from_type_map(options.get("type_map"))
        self.write_text = _as_bool(options.get("text", True))
        self.normalizations = _as_bool(options.get("normalizations", True))

    def write(self, cas: Cas, document_id: str) -> None:
        doc = cas_to_document(cas, self.mapping, normalizations=self.normalizations)
        path = self.output_path(document_id)
        if self.write_text:
            atomic_write_bytes(path.with_suffix(".txt"), (cas.sofa_string or "").encode("utf-8"))
        atomic_write_bytes(path, doc.to_ann().encode("utf-8"))


def mapping_from_type_map(path: str | os.PathLike | None) -> BratMapping:
    """The default mapping, or one whose type->label table is read from ``path``."""
    if not path:
        return BratMapping()
    table = load_type_map(path)
    return BratMapping(label_types={label: t for t, label in table.items()}, extra_type_labels=table)


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "off", "")
    return bool(value)


def write_brat(cas: Cas, outdir: str | os.PathLike, document_id: str | None = None,
               mapping: BratMapping | None = None) -> Path:
    """Write one CAS as ``NAME.txt`` + ``NAME.ann`` under ``outdir``; returns the ``.ann`` path."""
    writer = BratWriter(outdir)
    if mapping is not None:
        writer.mapping = mapping
    doc_id = document_id or get_document_id(cas) or "document"
    writer.write(cas, doc_id)
    return writer.output_path(doc_id)


def iter_brat_folder(folder: str | os.PathLike, *, check: bool = True
                     ) -> Iterator[tuple[str, str | None, BratDocument]]:
    """``(document id, text, annotations)`` for every ``.ann`` under ``folder``."""
    root = Path(folder)
    files = list_files(root, (".ann",))
    for doc_id, path in zip(unique_ids(root, files, lambda p: p.stem), files):
        text, doc = read_brat(path, check=check)
        yield doc_id, text, doc


__all__: Iterable[str] = (
    "BratDocument", "BratEntity", "BratRelation", "BratEvent", "BratAttribute",
    "BratNormalization", "BratNote", "BratEquivalence", "BratFormatError", "BratMapping",
    "BratReader", "BratWriter", "parse_ann", "read_brat", "document_to_cas", "cas_to_document",
    "write_brat", "iter_brat_folder", "load_type_map", "mapping_from_type_map",
)
