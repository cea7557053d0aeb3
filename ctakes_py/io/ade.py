"""ADE-Corpus-V2 (Gurulingappa et al. 2012): ``DRUG-AE.rel``, ``DRUG-DOSE.rel`` and ``ADE-NEG.txt``.

``*.rel`` lines are ``PMID|sentence|effect-or-dose|begin|end|drug|begin|end`` with offsets
into the whole annotated document (``PMID\\n\\nTitle\\n\\nAbstract``), which is not
distributed; ``ADE-NEG.txt`` lines are ``PMID NEG sentence``. A sentence is repeated once
per relation, so the reader groups lines into distinct sentences per PubMed id and turns
document offsets into sentence offsets (the sentence start is the offset at which both
arguments' texts sit in the sentence).

:func:`read_ade` gives one :class:`AdeDocument` per PubMed id (sentences in document order,
then the negative sentences); :func:`ade_to_cas` builds a CAS (sentences joined by newlines,
gold Sentence annotations, ``MedicationMention`` drugs, ``DiseaseDisorderMention`` effects,
``MedicationDosageModifier`` doses and ``BinaryTextRelation`` s ``ADE``/``DOSAGE``);
:func:`split_documents` is the deterministic document-level split (never split by line:
a line split puts copies of one sentence on both sides).
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cassis import Cas, TypeSystem

from ..document import create_cas
from ..errors import InputError, raise_or_record
from ..typesystem import (
    BINARY_TEXT_RELATION,
    DISEASE_DISORDER_MENTION,
    MEDICATION_MENTION,
    RELATION_ARGUMENT,
    SENTENCE,
)
from ..typesystem import MEDICATION_DOSAGE_MODIFIER as DOSE_TYPE

AE_FILE, DOSE_FILE, NEG_FILE = "DRUG-AE.rel", "DRUG-DOSE.rel", "ADE-NEG.txt"
DRUG, EFFECT, DOSE = "Drug", "AdverseEffect", "Dose"
ADE, DOSAGE = "ADE", "DOSAGE"
GOLD_ANNOTATION = 2
LABEL_TYPES: dict[str, tuple[str, int]] = {
    DRUG: (MEDICATION_MENTION, 1), EFFECT: (DISEASE_DISORDER_MENTION, 2), DOSE: (DOSE_TYPE, 0)}
_NEG_LINE = re.compile(r"^(\d+)\s+NEG\s+(.*)$")


@dataclass(frozen=True)
class AdeMention:
    """A mention with sentence-relative offsets; ``label`` is Drug, AdverseEffect or Dose."""

    begin: int
    end: int
    label: str


@dataclass
class AdeSentence:
    text: str
    mentions: list[AdeMention] = field(default_factory=list)
    relations: list[tuple[str, int, int]] = field(default_factory=list)  # (category, drug idx, other idx)
    start: int = -1          # document offset of the sentence; -1 for ADE-NEG sentences

    def mention_index(self, mention: AdeMention) -> int:
        if mention not in self.mentions:
            self.mentions.append(mention)
        return self.mentions.index(mention)


@dataclass
class AdeDocument:
    pmid: str
    sentences: list[AdeSentence] = field(default_factory=list)


def _offsets(text: str, surface: str, begin: int) -> set[int]:
    """Candidate sentence starts: ``begin`` minus each place ``surface`` occurs in ``text``."""
    return {begin - m.start() for m in re.finditer(re.escape(surface), text)}


def _sentence_start(text: str, args: list[tuple[str, int, int]]) -> int | None:
    starts = None
    for surface, begin, _ in args:
        found = _offsets(text, surface, begin)
        starts = found if starts is None else starts & found
    return min(starts) if starts else None


def _mention(text: str, surface: str, begin: int, end: int, start: int | None, label: str) -> AdeMention | None:
    """The mention in sentence offsets, without surrounding spaces (a few corpus spans have them)."""
    if start is not None and text[begin - start:end - start] == surface:
        local = begin - start
    else:
        local = text.find(surface)
        if local < 0:
            return None
    lead = len(surface) - len(surface.lstrip())
    return AdeMention(local + lead, local + len(surface.rstrip()), label)


def _rel_fields(line: str) -> tuple[str, str, str, int, int, str, int, int] | None:
    """The eight fields of a ``.rel`` line (a ``|`` inside the sentence is kept), or None."""
    head, _, rest = line.partition("|")
    fields = rest.rsplit("|", 6)
    if not head.isdigit() or len(fields) != 7 or not all(f.isdigit() for f in (fields[2], fields[3], fields[5],
                                                                                fields[6])):
        return None
    text, other, ob, oe, drug, db, de = fields
    return head, text, other, int(ob), int(oe), drug, int(db), int(de)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if line.strip():
                yield number, line


def _read_rel(path: Path, category: str, other_label: str, docs: dict[str, AdeDocument],
              by_text: dict[tuple[str, str], AdeSentence], problems: list[InputError] | None) -> None:
    for number, line in _lines(path):
        fields = _rel_fields(line)
        if fields is None:
            raise_or_record(problems, InputError("expected PMID|sentence|text|begin|end|drug|begin|end with numeric "
                                         "offsets", file=str(path), position=f"line {number}"))
            continue
        pmid, text, other, ob, oe, drug, db, de = fields
        start = _sentence_start(text, [(other, ob, oe), (drug, db, de)])
        m_drug = _mention(text, drug, db, de, start, DRUG)
        m_other = _mention(text, other, ob, oe, start, other_label)
        if m_drug is None or m_other is None:
            raise_or_record(problems, InputError("argument text not found in its sentence", file=str(path),
                                         document=pmid, position=f"line {number}"))
            continue
        sentence = by_text.get((pmid, text))
        if sentence is None:
            sentence = by_text[(pmid, text)] = AdeSentence(text, start=start if start is not None else -1)
            docs.setdefault(pmid, AdeDocument(pmid)).sentences.append(sentence)
        rel = (category, sentence.mention_index(m_drug), sentence.mention_index(m_other))
        if rel not in sentence.relations:
            sentence.relations.append(rel)


def _read_neg(path: Path, docs: dict[str, AdeDocument], seen: set[tuple[str, str]],
              problems: list[InputError] | None) -> None:
    for number, line in _lines(path):
        match = _NEG_LINE.match(line)
        if match is None:
            raise_or_record(problems, InputError("expected 'PMID NEG sentence'", file=str(path),
                                                 position=f"line {number}"))
            continue
        pmid, text = match.groups()
        if (pmid, text) not in seen:
            seen.add((pmid, text))
            docs.setdefault(pmid, AdeDocument(pmid)).sentences.append(AdeSentence(text))


def read_ade(folder: str | os.PathLike, dose: bool = True, negatives: bool = True,
             problems: list[InputError] | None = None) -> list[AdeDocument]:
    """Documents of an ADE-Corpus-V2 folder, sorted by PubMed id (files that are absent are
    skipped; :class:`InputError` if none is there). Annotated sentences come in document
    order, ADE-NEG sentences after them in file order.

    A malformed line (wrong field count, offsets that are not numbers, an argument not in
    its sentence) raises :class:`InputError` naming the file and line; with a ``problems``
    list it is appended there instead and skipped, so one bad line does not stop a run."""
    folder = Path(folder)
    files = [folder / AE_FILE] + ([folder / DOSE_FILE] if dose else []) + ([folder / NEG_FILE] if negatives else [])
    if not any(f.is_file() for f in files):
        raise InputError("no ADE corpus file found", file=str(folder),
                         fix=f"the folder must hold {AE_FILE}, {DOSE_FILE} and/or {NEG_FILE}")
    docs: dict[str, AdeDocument] = {}
    by_text: dict[tuple[str, str], AdeSentence] = {}
    if (folder / AE_FILE).is_file():
        _read_rel(folder / AE_FILE, ADE, EFFECT, docs, by_text, problems)
    if dose and (folder / DOSE_FILE).is_file():
        _read_rel(folder / DOSE_FILE, DOSAGE, DOSE, docs, by_text, problems)
    for doc in docs.values():
        doc.sentences.sort(key=lambda s: s.start)
    if negatives and (folder / NEG_FILE).is_file():
        _read_neg(folder / NEG_FILE, docs, set(by_text), problems)
    return [docs[k] for k in sorted(docs, key=lambda p: (len(p), p))]


def split_documents(docs: Iterable[AdeDocument], test_fraction: float = 0.2, seed: str = "ade"
                    ) -> tuple[list[AdeDocument], list[AdeDocument]]:
    """(train, test) by a hash of the PubMed id: stable whatever the order or subset of documents."""
    train, test = [], []
    for doc in docs:
        digest = hashlib.sha1(f"{seed}:{doc.pmid}".encode()).digest()
        (test if int.from_bytes(digest[:4], "big") / 2 ** 32 < test_fraction else train).append(doc)
    return train, test


def documents_with(docs: Iterable[AdeDocument], category: str) -> list[AdeDocument]:
    """The documents with at least one relation of ``category`` (DRUG-DOSE.rel annotates
    only the documents that have a drug-dose relation, so DOSAGE is scored on those)."""
    return [d for d in docs if any(r[0] == category for s in d.sentences for r in s.relations)]


def iter_sentences(docs: Iterable[AdeDocument]) -> Iterator[tuple[str, AdeSentence]]:
    """``(sentence id, sentence)`` with ids ``PMID_index``."""
    for doc in docs:
        for i, sentence in enumerate(doc.sentences):
            yield f"{doc.pmid}_{i}", sentence


def ade_to_cas(doc: AdeDocument | AdeSentence, typesystem: TypeSystem, document_id: str | None = None,
               mentions: bool = True) -> Cas:
    """A CAS of a document (sentences joined by newlines) or of one sentence, with gold
    Sentence annotations and, with ``mentions``, the gold mentions and relations."""
    sentences = doc.sentences if isinstance(doc, AdeDocument) else [doc]
    text = "\n".join(s.text for s in sentences)
    cas = create_cas(text, typesystem, document_id or getattr(doc, "pmid", None))
    sentence_type = typesystem.get_type(SENTENCE)
    offset, out = 0, []
    for number, sentence in enumerate(sentences):
        out.append(sentence_type(begin=offset, end=offset + len(sentence.text), sentenceNumber=number))
        if mentions:
            out += _sentence_annotations(sentence, offset, typesystem)
        offset += len(sentence.text) + 1
    cas.add_all(out)
    return cas


def _sentence_annotations(sentence: AdeSentence, offset: int, ts: TypeSystem) -> list:
    made = []
    for m in sentence.mentions:
        type_name, type_id = LABEL_TYPES[m.label]
        kwargs = {"typeID": type_id, "discoveryTechnique": GOLD_ANNOTATION, "polarity": 1} if type_id else {}
        made.append(ts.get_type(type_name)(begin=offset + m.begin, end=offset + m.end, **kwargs))
    argument, relation = ts.get_type(RELATION_ARGUMENT), ts.get_type(BINARY_TEXT_RELATION)
    rels = [relation(category=cat, discoveryTechnique=GOLD_ANNOTATION,
                     arg1=argument(argument=made[i], role=DRUG),
                     arg2=argument(argument=made[j], role=sentence.mentions[j].label))
            for cat, i, j in sentence.relations]
    return made + rels


def write_pubtator_sentences(docs: Iterable[AdeDocument], path: str | os.PathLike,
                             labels: dict[str, str] | None = None) -> int:
    """Write each sentence as a PubTator document (id ``PMID_index``; title = sentence) with
    its mentions relabelled by ``labels`` (default Drug -> Chemical, AdverseEffect -> Disease;
    labels mapped to nothing are dropped), for the CRF NER trainer. Returns the sentence count."""
    from .pubtator import PubtatorDocument, PubtatorMention, write_pubtator

    labels = labels or {DRUG: "Chemical", EFFECT: "Disease"}
    out = []
    for sid, s in iter_sentences(docs):
        ms = sorted({PubtatorMention(m.begin, m.end, s.text[m.begin:m.end], labels[m.label])
                     for m in s.mentions if labels.get(m.label)}, key=lambda m: (m.begin, m.end))
        out.append(PubtatorDocument(sid, s.text, "", ms))
    write_pubtator(out, path)
    return len(out)
