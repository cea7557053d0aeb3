"""The annotated temporal corpus: authoring markup, brat files, and scoring.

Markup (``tests/temporal_corpus/source.txt``): ``[[text|CLASS|value|#id]]`` is a TIMEX3,
``{{text|DocTimeRel|CAT>id,...}}`` an event with TLINKs to timexes; a header line
``=== id | dct=2019-03-14 | split=dev | type=progress`` starts a note (``dct=header``: the
note states it). brat: ``TIMEX3`` entities with a ``Class`` attribute and the value as
AnnotatorNotes, ``EVENT`` entities with a ``DocTimeRel`` attribute (``BEFORE-OVERLAP`` for
BEFORE/OVERLAP), TLINK relations labelled by category (CONTAINS: Arg1 time, Arg2 event;
others: Arg1 event, Arg2 time). ``metadata.tsv`` holds id, dct, split, type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..io.brat import BratAttribute, BratDocument, BratEntity, BratNote, BratRelation, read_brat

_MARK = re.compile(r"\[\[(?P<t>[^\]]+)\]\]|\{\{(?P<e>[^}]+)\}\}")
_HEADER = re.compile(r"^=== (\S+)((?: \| \w+=[^|]*)*)$")


@dataclass
class GoldTimex:
    begin: int
    end: int
    timex_class: str
    value: str


@dataclass
class GoldEvent:
    begin: int
    end: int
    doctimerel: str


@dataclass
class GoldNote:
    """One annotated note; tlinks are ``(event index, timex index, category)``."""

    doc_id: str
    text: str
    meta: dict[str, str]
    timexes: list[GoldTimex] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    tlinks: list[tuple[int, int, str]] = field(default_factory=list)


def parse_markup(source: str) -> list[GoldNote]:
    """Notes of the authoring markup; raises :class:`InputError` on a dangling reference."""
    notes, current, body = [], None, []
    for line in source.splitlines():
        if line.startswith("#") and current is None:
            continue
        m = _HEADER.match(line)
        if m:
            if current is not None:
                notes.append(_parse_note(current, "\n".join(body) + "\n"))
            meta = dict(kv.strip().split("=", 1) for kv in m.group(2).split("|") if kv.strip())
            current, body = (m.group(1), meta), []
        elif current is not None:
            body.append(line)
    if current is not None:
        notes.append(_parse_note(current, "\n".join(body) + "\n"))
    return notes


def _parse_note(head: tuple[str, dict[str, str]], marked: str) -> GoldNote:
    doc_id, meta = head
    note = GoldNote(doc_id, "", meta)
    pieces, pos, cursor = [], 0, 0
    ids: dict[str, int] = {}
    pending: list[tuple[int, str]] = []
    for m in _MARK.finditer(marked):
        pieces.append(marked[pos:m.start()])
        cursor += m.start() - pos
        fields = (m.group("t") or m.group("e")).split("|")
        surface = fields[0]
        if m.group("t"):
            cls, value = fields[1], fields[2] if len(fields) > 2 else ""
            if len(fields) > 3 and fields[3].startswith("#"):
                if fields[3][1:] in ids:
                    raise InputError(f"duplicate timex id {fields[3]!r}", document=doc_id)
                ids[fields[3][1:]] = len(note.timexes)
            note.timexes.append(GoldTimex(cursor, cursor + len(surface), cls, value))
        else:
            note.events.append(GoldEvent(cursor, cursor + len(surface), fields[1]))
            for ref in (fields[2].split(",") if len(fields) > 2 and fields[2] else []):
                pending.append((len(note.events) - 1, ref))
        pieces.append(surface)
        cursor += len(surface)
        pos = m.end()
    pieces.append(marked[pos:])
    note.text = "".join(pieces)
    for event, ref in pending:
        category, _, target = ref.partition(">")
        if target not in ids:
            raise InputError(f"TLINK to unknown timex id {target!r}", document=doc_id)
        note.tlinks.append((event, ids[target], category))
    return note


def to_brat(note: GoldNote) -> BratDocument:
    doc = BratDocument()
    tid = {}
    for i, t in enumerate(note.timexes):
        ident = f"T{len(doc.entities) + 1}"
        tid[("t", i)] = ident
        doc.entities[ident] = BratEntity(ident, "TIMEX3", ((t.begin, t.end),), note.text[t.begin:t.end])
        attr = f"A{len(doc.attributes) + 1}"
        doc.attributes[attr] = BratAttribute(attr, "Class", ident, t.timex_class)
        if t.value:
            doc.notes[f"#{len(doc.notes) + 1}"] = BratNote(f"#{len(doc.notes) + 1}", "AnnotatorNotes", ident, t.value)
    for i, e in enumerate(note.events):
        ident = f"T{len(doc.entities) + 1}"
        tid[("e", i)] = ident
        doc.entities[ident] = BratEntity(ident, "EVENT", ((e.begin, e.end),), note.text[e.begin:e.end])
        doc.attributes[f"A{len(doc.attributes) + 1}"] = BratAttribute(
            f"A{len(doc.attributes) + 1}", "DocTimeRel", ident, e.doctimerel.replace("/", "-"))
    for k, (ei, ti, cat) in enumerate(note.tlinks, 1):
        a1, a2 = (tid[("t", ti)], tid[("e", ei)]) if cat == "CONTAINS" else (tid[("e", ei)], tid[("t", ti)])
        doc.relations[f"R{k}"] = BratRelation(f"R{k}", cat, a1, a2)
    return doc


def from_brat(doc_id: str, text: str, doc: BratDocument, meta: dict[str, str]) -> GoldNote:
    note = GoldNote(doc_id, text, meta)
    attrs = {(a.target, a.name): a.value for a in doc.attributes.values()}
    values = {n.target: n.text for n in doc.notes.values()}
    index: dict[str, tuple[str, int]] = {}
    for ident, ent in sorted(doc.entities.items(), key=lambda kv: (kv[1].begin, kv[1].end)):
        if ent.label == "TIMEX3":
            index[ident] = ("t", len(note.timexes))
            note.timexes.append(GoldTimex(ent.begin, ent.end, attrs.get((ident, "Class")) or "DATE",
                                          values.get(ident, "")))
        elif ent.label == "EVENT":
            index[ident] = ("e", len(note.events))
            label = (attrs.get((ident, "DocTimeRel")) or "OVERLAP").replace("BEFORE-OVERLAP", "BEFORE/OVERLAP")
            note.events.append(GoldEvent(ent.begin, ent.end, label))
    for rel in doc.relations.values():
        a, b = index.get(rel.arg1), index.get(rel.arg2)
        if a and b:
            event, time = (a, b) if a[0] == "e" else (b, a)
            note.tlinks.append((event[1], time[1], rel.label))
    return note


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    header, rows = lines[0], lines[1:]
    return {row[0]: dict(zip(header, row)) for row in rows}


def load_corpus(folder: str | Path, split: str | None = None) -> list[GoldNote]:
    """The brat corpus in ``folder`` (``brat/*.ann`` + ``metadata.tsv``), optionally one split."""
    folder = Path(folder)
    meta = read_metadata(folder / "metadata.tsv")
    notes = []
    for doc_id, row in sorted(meta.items()):
        if split is not None and row.get("split") != split:
            continue
        text, doc = read_brat(folder / "brat" / f"{doc_id}.ann")
        notes.append(from_brat(doc_id, text or "", doc, row))
    return notes


def write_corpus(notes: list[GoldNote], folder: str | Path) -> None:
    folder = Path(folder)
    (folder / "brat").mkdir(parents=True, exist_ok=True)
    rows = ["id\tdct\tsplit\ttype"]
    for note in notes:
        (folder / "brat" / f"{note.doc_id}.txt").write_text(note.text, encoding="utf-8")
        (folder / "brat" / f"{note.doc_id}.ann").write_text(to_brat(note).to_ann(), encoding="utf-8")
        rows.append("\t".join([note.doc_id, note.meta.get("dct", ""), note.meta.get("split", ""),
                               note.meta.get("type", "")]))
    (folder / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
