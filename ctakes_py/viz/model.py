"""What the visualizer shows, read from a CAS into plain data (no HTML here).

:func:`document_view` turns a CAS into a :class:`DocumentView`:

- ``spans``: every ``textsem.IdentifiedAnnotation`` (mentions, modifiers), every
  ``ctakes_py.type.AssertionCue`` and every coreference chain member that is not already
  shown (``Markable``/``PersonMention``); each with a hover title (type, UMLS CUI / codes,
  attribute links such as a drug's strength) and assertion flags (negated, uncertain, ...);
- ``arcs``: ``relation.BinaryTextRelation`` links between shown spans (coreference links are
  shown as chains instead);
- ``chains``: ``relation.CollectionTextRelation`` members (an FSList of annotations or
  ``RelationArgument``\\ s), as lists of span ids;
- ``sections``: ``textspan.Segment`` annotations.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from cassis import Cas

from ..document import get_document_id
from ..fslist import fs_list_items
from ..typesystem import (
    BINARY_TEXT_RELATION,
    COLLECTION_TEXT_RELATION,
    COREFERENCE_RELATION,
    IDENTIFIED_ANNOTATION,
    SEGMENT,
)

ASSERTION_CUE = "ctakes_py.type.AssertionCue"

# Short badge per assertion status, in display order.
FLAG_BADGES = {"negated": "NEG", "uncertain": "UNC", "conditional": "COND", "generic": "GEN",
               "history": "HX", "family": "FAM", "other-subject": "SUBJ"}


@dataclass
class Span:
    """One marked stretch of text. ``kind`` is ``entity``, ``markable`` or ``cue``."""

    id: str
    begin: int
    end: int
    type_name: str
    kind: str
    title: str
    flags: tuple[str, ...] = ()
    chains: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.type_name.rsplit(".", 1)[-1]


@dataclass
class Arc:
    """A directed, labelled link between two span ids."""

    source: str
    target: str
    label: str


@dataclass
class Chain:
    id: int
    label: str
    members: list[str]


@dataclass
class Section:
    begin: int
    end: int
    name: str


@dataclass
class DocumentView:
    text: str
    document_id: str | None
    spans: list[Span]
    arcs: list[Arc]
    chains: list[Chain]
    sections: list[Section]


def document_view(cas: Cas) -> DocumentView:
    """The displayable content of ``cas`` (see the module docstring)."""
    ts = cas.typesystem
    text = cas.sofa_string or ""
    spans: dict[int, Span] = {}
    for fs in _annotations(cas, IDENTIFIED_ANNOTATION):
        spans[id(fs)] = Span(f"s{len(spans)}", fs.begin, fs.end, fs.type.name, "entity",
                             _entity_title(fs), _flags(fs))
    if ts.contains_type(ASSERTION_CUE):
        for fs in _annotations(cas, ASSERTION_CUE):
            spans[id(fs)] = Span(f"s{len(spans)}", fs.begin, fs.end, fs.type.name, "cue", _cue_title(fs))
    chains = _chains(cas, spans)
    arcs = _arcs(cas, spans)
    ordered = sorted(spans.values(), key=lambda s: (s.begin, -s.end, s.id))
    return DocumentView(text, get_document_id(cas), ordered, arcs, chains, _sections(cas))


def _annotations(cas: Cas, type_name: str) -> Iterator[Any]:
    if not cas.typesystem.contains_type(type_name):
        return iter(())
    return (fs for fs in cas.select(type_name) if fs.end > fs.begin)


def _flags(fs: Any) -> tuple[str, ...]:
    flags = []
    if getattr(fs, "polarity", None) == -1:
        flags.append("negated")
    if getattr(fs, "uncertainty", None) == 1:
        flags.append("uncertain")
    if getattr(fs, "conditional", None):
        flags.append("conditional")
    if getattr(fs, "generic", None):
        flags.append("generic")
    if getattr(fs, "historyOf", None) == 1:
        flags.append("history")
    subject = (getattr(fs, "subject", None) or "").lower()
    if subject and subject != "patient":
        flags.append("family" if "family" in subject else "other-subject")
    return tuple(flags)


def _entity_title(fs: Any) -> str:
    lines = [fs.type.name.rsplit(".", 1)[-1]]
    lines += [_concept_line(c) for c in _concepts(fs)]
    lines += _linked_annotations(fs)
    flags = _flags(fs)
    if flags:
        lines.append("assertion: " + ", ".join(flags))
    subject = getattr(fs, "subject", None)
    if subject and subject != "patient":
        lines.append(f"subject: {subject}")
    return "\n".join(lines)


def _concepts(fs: Any) -> list[Any]:
    array = getattr(fs, "ontologyConceptArr", None)
    return list(array.elements or []) if array is not None else []


def _concept_line(concept: Any) -> str:
    parts = []
    cui = getattr(concept, "cui", None)
    if cui:
        parts.append(f"CUI {cui}")
    tui = getattr(concept, "tui", None)
    if tui:
        parts.append(f"TUI {tui}")
    if concept.code:
        parts.append(f"{concept.codingScheme or 'code'} {concept.code}")
    text = getattr(concept, "preferredText", None)
    return " | ".join(parts) + (f" ({text})" if text else "")


def _linked_annotations(fs: Any) -> list[str]:
    """``feature: covered text`` for each feature pointing at another annotation
    (a drug's strength, route, frequency...)."""
    out = []
    for feature in fs.type.all_features:
        if feature.name == "sofa":
            continue
        value = fs.get(feature.name)
        if value is not None and hasattr(value, "begin") and hasattr(value, "type"):
            label = feature.name[len("medication"):] if feature.name.startswith("medication") else feature.name
            out.append(f"{label[:1].lower()}{label[1:]}: {value.get_covered_text()}")
    return out


def _cue_title(fs: Any) -> str:
    lines = [f"assertion cue: {fs.get('attribute') or ''}={fs.get('value') or ''}"]
    if fs.get("rule"):
        lines.append(f"rule: {fs.get('rule')}")
    return "\n".join(lines)


def _arcs(cas: Cas, spans: dict[int, Span]) -> list[Arc]:
    ts = cas.typesystem
    coref = ts.get_type(COREFERENCE_RELATION) if ts.contains_type(COREFERENCE_RELATION) else None
    arcs, seen = [], set()
    for rel in cas.select(BINARY_TEXT_RELATION):
        if coref is not None and ts.subsumes(coref, rel.type):
            continue
        if rel.arg1 is None or rel.arg2 is None:
            continue
        source, target = spans.get(id(rel.arg1.argument)), spans.get(id(rel.arg2.argument))
        label = rel.category or rel.type.name.rsplit(".", 1)[-1]
        if source is None or target is None or (source.id, target.id, label) in seen:
            continue
        seen.add((source.id, target.id, label))
        arcs.append(Arc(source.id, target.id, label))
    return arcs


def _chains(cas: Cas, spans: dict[int, Span]) -> list[Chain]:
    """Chains from ``CollectionTextRelation``; a member already shown at the same offsets
    (e.g. a Markable over a mention) reuses that span, any other becomes a ``markable``."""
    if not cas.typesystem.contains_type(COLLECTION_TEXT_RELATION):
        return []
    by_offsets = {(s.begin, s.end): s for s in spans.values() if s.kind == "entity"}
    chains = []
    for number, coll in enumerate(cas.select(COLLECTION_TEXT_RELATION), start=1):
        members = []
        for member in fs_list_items(coll.members):
            target = getattr(member, "argument", None) if not hasattr(member, "begin") else member
            if target is None or not hasattr(target, "begin"):
                continue
            span = spans.get(id(target)) or by_offsets.get((target.begin, target.end))
            if span is None:
                span = Span(f"s{len(spans)}", target.begin, target.end, target.type.name, "markable",
                            target.type.name.rsplit(".", 1)[-1] + " (coreference mention)")
                spans[id(target)] = by_offsets[(target.begin, target.end)] = span
            if number not in span.chains:
                span.chains.append(number)
            members.append(span.id)
        if members:
            chains.append(Chain(number, coll.category or "chain", members))
    return chains


def _sections(cas: Cas) -> list[Section]:
    out = []
    for seg in _annotations(cas, SEGMENT):
        name = getattr(seg, "preferredText", None) or getattr(seg, "id", None) or "section"
        if name == "SIMPLE_SEGMENT":
            name = "(no heading)"
        out.append(Section(seg.begin, seg.end, name))
    return sorted(out, key=lambda s: (s.begin, -s.end))
