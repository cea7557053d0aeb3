"""Load UIMA type system descriptors, resolving ``<imports>``, and name the cTAKES types.

dkpro-cassis reads one descriptor and ignores imports, so the import closure (by location
and by name) is gathered here into one description and handed to cassis once.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from cassis import TypeSystem
from cassis import load_typesystem as _cassis_load_typesystem
from lxml import etree

from .errors import TypeSystemError
from .resources import resolve_location, resource_root
from .safe_xml import parse_xml_file

UIMA_NS = "http://uima.apache.org/resourceSpecifier"
_NS = {"u": UIMA_NS}

# cTAKES descriptors import the core type system by this name; it is the file we ship.
NAME_ALIASES = {
    "org.apache.ctakes.typesystem.types.TypeSystem": "typesystem/ctakes/TypeSystem.xml",
    "ctakes_py.TypeSystem": "typesystem/CtakesPyTypeSystem.xml",
}

# --- type names ----------------------------------------------------------------------
_C = "org.apache.ctakes.typesystem.type."
DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation"
ANNOTATION = "uima.tcas.Annotation"
BASE_TOKEN = _C + "syntax.BaseToken"
WORD_TOKEN = _C + "syntax.WordToken"
PUNCTUATION_TOKEN = _C + "syntax.PunctuationToken"
NUM_TOKEN = _C + "syntax.NumToken"
SYMBOL_TOKEN = _C + "syntax.SymbolToken"
NEWLINE_TOKEN = _C + "syntax.NewlineToken"
CONTRACTION_TOKEN = _C + "syntax.ContractionToken"
SENTENCE = _C + "textspan.Sentence"
SEGMENT = _C + "textspan.Segment"
IDENTIFIED_ANNOTATION = _C + "textsem.IdentifiedAnnotation"
EVENT_MENTION = _C + "textsem.EventMention"
ENTITY_MENTION = _C + "textsem.EntityMention"
DISEASE_DISORDER_MENTION = _C + "textsem.DiseaseDisorderMention"
SIGN_SYMPTOM_MENTION = _C + "textsem.SignSymptomMention"
PROCEDURE_MENTION = _C + "textsem.ProcedureMention"
ANATOMICAL_SITE_MENTION = _C + "textsem.AnatomicalSiteMention"
MEDICATION_MENTION = _C + "textsem.MedicationMention"
LAB_MENTION = _C + "textsem.LabMention"
UMLS_CONCEPT = _C + "refsem.UmlsConcept"
MODIFIER = _C + "textsem.Modifier"
MEDICATION_DOSAGE_MODIFIER = _C + "textsem.MedicationDosageModifier"
MARKABLE = _C + "textsem.Markable"
TIME_MENTION = _C + "textsem.TimeMention"
ONTOLOGY_CONCEPT = _C + "refsem.OntologyConcept"
REFSEM_TIME = _C + "refsem.Time"
REFSEM_EVENT = _C + "refsem.Event"
EVENT_PROPERTIES = _C + "refsem.EventProperties"
RELATION = _C + "relation.Relation"
BINARY_TEXT_RELATION = _C + "relation.BinaryTextRelation"
RELATION_ARGUMENT = _C + "relation.RelationArgument"
COREFERENCE_RELATION = _C + "relation.CoreferenceRelation"
COLLECTION_TEXT_RELATION = _C + "relation.CollectionTextRelation"
TEMPORAL_TEXT_RELATION = _C + "relation.TemporalTextRelation"
DOCUMENT_ID = _C + "structured.DocumentID"
METADATA = _C + "structured.Metadata"
SOURCE_DATA = _C + "structured.SourceData"

# --- IdentifiedAnnotation.discoveryTechnique values (cTAKES CONST.NE_DISCOVERY_TECH_*) ----
DICT_LOOKUP = 1            # dictionary lookup
GOLD_ANNOTATION = 2        # gold annotation (corpus readers)
EXPLICIT_AE = 3            # a trained model (CRF, relation extractor)
ALTERNATIVE_SPAN = 4       # ours: an alternative (non-Viterbi) CRF span, see ctakes_py.ner.soft

CTAKES_PY_TYPESYSTEM = "typesystem/CtakesPyTypeSystem.xml"


def default_typesystem_path() -> Path:
    """The shipped descriptor: ctakes_py additions plus the imported cTAKES type system."""
    return resource_root("descriptors") / CTAKES_PY_TYPESYSTEM


def resolve_import(element: etree._Element, relative_to: Path, source: str) -> Path:
    """Resolve one UIMA ``<import location=...>`` or ``<import name=...>`` element."""
    location = element.get("location")
    name = element.get("name")
    if location:
        found = resolve_location(location, relative_to)
        wanted = location
    elif name:
        alias = NAME_ALIASES.get(name)
        rel = alias or name.replace(".", "/") + ".xml"
        found = resolve_location(rel, relative_to) or resolve_location(
            rel, resource_root("descriptors"))
        wanted = name
    else:
        raise TypeSystemError("an <import> needs a location or a name attribute", file=source,
                              element="import", position=f"line {element.sourceline}")
    if found is None:
        raise TypeSystemError(
            f"imported descriptor {wanted!r} was not found", file=source, element="import",
            position=f"line {element.sourceline}",
            fix="give a location relative to the importing file, or put the file on CTAKES_PY_DATAPATH",
        )
    return found


def _collect_types(path: Path, seen: set[Path], out: dict[str, etree._Element]) -> None:
    if path in seen:
        return
    seen.add(path)
    root = parse_xml_file(path)
    if etree.QName(root).localname != "typeSystemDescription":
        raise TypeSystemError(f"expected <typeSystemDescription>, found <{etree.QName(root).localname}>",
                              file=str(path))
    for imp in root.iterfind("u:imports/u:import", _NS):
        _collect_types(resolve_import(imp, path.parent, str(path)), seen, out)
    for td in root.iterfind("u:types/u:typeDescription", _NS):
        name = td.findtext("u:name", namespaces=_NS)
        if name in out:
            _merge_features(out[name], td)
        else:
            out[name] = td


def _merge_features(target: etree._Element, extra: etree._Element) -> None:
    """Same type declared twice (as UIMA allows): the union of their features."""
    have = {f.findtext("u:name", namespaces=_NS) for f in target.iterfind(".//u:featureDescription", _NS)}
    feats = target.find("u:features", _NS)
    for fd in extra.iterfind(".//u:featureDescription", _NS):
        if fd.findtext("u:name", namespaces=_NS) not in have:
            if feats is None:
                feats = etree.SubElement(target, f"{{{UIMA_NS}}}features")
            feats.append(fd)


@lru_cache(maxsize=16)
def _load_cached(paths: tuple[Path, ...]) -> TypeSystem:
    types: dict[str, etree._Element] = {}
    seen: set[Path] = set()
    for path in paths:
        _collect_types(path, seen, types)
    merged = etree.Element(f"{{{UIMA_NS}}}typeSystemDescription", nsmap={None: UIMA_NS})
    holder = etree.SubElement(merged, f"{{{UIMA_NS}}}types")
    for td in types.values():
        holder.append(td)
    try:
        return _cassis_load_typesystem(io.BytesIO(etree.tostring(merged)))
    except Exception as exc:  # cassis raises plain ValueError/KeyError for bad types
        raise TypeSystemError(f"type system cannot be loaded: {str(exc)[:300]}",
                              file=", ".join(map(str, paths))) from exc


def load_typesystem(path: str | Path | None = None) -> TypeSystem:
    """Load a type system descriptor with its imports; ``None`` loads the shipped one.

    The result is cached per file: annotators and readers of one process share it.
    """
    return load_typesystems([path] if path is not None else [])


def load_typesystems(paths: "list[str | Path]") -> TypeSystem:
    """The union of the shipped type system and the given descriptors (with imports)."""
    resolved = [default_typesystem_path().resolve()]
    for path in paths:
        p = Path(path).resolve()
        if not p.is_file():
            raise TypeSystemError("type system descriptor not found", file=str(p))
        if p not in resolved:
            resolved.append(p)
    return _load_cached(tuple(resolved))
