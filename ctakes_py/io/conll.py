"""CoNLL / IOB column files: ``token [columns...] tag`` per line, a blank line between
sentences, an optional ``-DOCSTART-`` line before each document.

- Reading (:func:`read_conll`) keeps the first and last columns (token, tag); tags in
  IOB1 (``I-X`` may start an entity) are converted to IOB2 with ``scheme="iob1"``.
  A file without ``-DOCSTART-`` lines is one document, or documents of
  ``sentences_per_document`` sentences.
- Into a CAS (:func:`document_to_cas`): the text is the tokens joined by single spaces,
  one sentence per line; each token becomes a ``WordToken``/``NumToken``/
  ``PunctuationToken`` and each sentence a ``Sentence``; each entity becomes a mention of
  the type its label maps to (``Chemical`` -> ``MedicationMention``, ``Disease`` ->
  ``DiseaseDisorderMention``), any other label a ``textsem.Modifier`` whose ``category``
  is the label (as the brat reader does), with ``discoveryTechnique`` 2 (gold).
- Out of a CAS (:func:`cas_to_document`): the CAS's tokens (optionally cut at ``-`` and
  ``/`` like the CRF's tokens) and sentences, tags from the mentions of mapped types.
- Writing (:func:`write_conll`): ``token<TAB>tag`` lines in IOB2.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from cassis import Cas, TypeSystem

from ..document import create_cas, get_document_id
from ..errors import InputError
from ..lexicon.semantic import mention_type_id
from ..typesystem import (
    BASE_TOKEN,
    DISEASE_DISORDER_MENTION,
    IDENTIFIED_ANNOTATION,
    MEDICATION_MENTION,
    MODIFIER,
    NEWLINE_TOKEN,
    NUM_TOKEN,
    PUNCTUATION_TOKEN,
    SENTENCE,
    WORD_TOKEN,
)
from .base import atomic_write_bytes

GOLD_ANNOTATION = 2
DOCSTART = "-DOCSTART-"
LABEL_TYPES: dict[str, str] = {"Chemical": MEDICATION_MENTION, "Drug": MEDICATION_MENTION,
                               "Disease": DISEASE_DISORDER_MENTION}
_HAS_ALNUM = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"[\d.,/:]*\d[\d.,/:]*")


@dataclass
class ConllSentence:
    tokens: list[str]
    tags: list[str]


@dataclass
class ConllDocument:
    doc_id: str
    sentences: list[ConllSentence] = field(default_factory=list)


def iob1_to_iob2(tags: list[str]) -> list[str]:
    """IOB1 tags as IOB2: an ``I-X`` that does not continue an ``X`` becomes ``B-X``."""
    out, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def read_conll(path: str | os.PathLike, scheme: str = "iob2", sentences_per_document: int = 0
               ) -> Iterator[ConllDocument]:
    """Documents of a CoNLL file; raises :class:`InputError` (file + line) for a line
    with one column or a tag that is not ``O``/``B-X``/``I-X``."""
    if scheme not in ("iob1", "iob2"):
        raise ValueError("scheme must be 'iob1' or 'iob2'")
    name = str(path)
    stem = Path(path).stem
    doc = ConllDocument(stem if sentences_per_document == 0 else f"{stem}-0")
    sentence = ConllSentence([], [])
    count = 0

    def close_sentence() -> None:
        nonlocal sentence
        if sentence.tokens:
            if scheme == "iob1":
                sentence.tags = iob1_to_iob2(sentence.tags)
            doc.sentences.append(sentence)
        sentence = ConllSentence([], [])

    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                close_sentence()
                if sentences_per_document and len(doc.sentences) >= sentences_per_document:
                    yield doc
                    count += 1
                    doc = ConllDocument(f"{stem}-{count}")
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if parts[0] == DOCSTART:
                close_sentence()
                if doc.sentences:
                    yield doc
                count += 1
                doc = ConllDocument(f"{stem}-{count}")
                continue
            if len(parts) < 2:
                raise InputError("expected a token and a tag column", file=name, position=f"line {number}")
            tag = parts[-1]
            if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
                raise InputError(f"tag {tag!r} is not O, B-X or I-X", file=name, position=f"line {number}")
            sentence.tokens.append(parts[0])
            sentence.tags.append(tag)
    close_sentence()
    if doc.sentences:
        yield doc


def _token_type(token: str) -> str:
    if _NUMBER.fullmatch(token):
        return NUM_TOKEN
    return WORD_TOKEN if _HAS_ALNUM.search(token) else PUNCTUATION_TOKEN


def document_to_cas(doc: ConllDocument, typesystem: TypeSystem,
                    label_types: Mapping[str, str] | None = None) -> Cas:
    """A CAS with the document's text, tokens, sentences and gold mentions."""
    from ..ner.bio import tags_to_spans

    label_types = LABEL_TYPES if label_types is None else label_types
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    sentence_spans = []
    tags: list[str] = []
    pos = 0
    for k, sentence in enumerate(doc.sentences):
        start = pos
        for j, token in enumerate(sentence.tokens):
            if j:
                pieces.append(" ")
                pos += 1
            pieces.append(token)
            offsets.append((pos, pos + len(token)))
            pos += len(token)
        sentence_spans.append((start, pos))
        tags.extend(sentence.tags)
        if k + 1 < len(doc.sentences):
            pieces.append("\n")
            pos += 1
    cas = create_cas("".join(pieces), typesystem, doc.doc_id)
    text = cas.sofa_string
    annotations = [typesystem.get_type(_token_type(text[b:e]))(begin=b, end=e, tokenNumber=n)
                   for n, (b, e) in enumerate(offsets)]
    annotations += [typesystem.get_type(SENTENCE)(begin=b, end=e, sentenceNumber=n)
                    for n, (b, e) in enumerate(sentence_spans)]
    for begin, end, label in tags_to_spans(offsets, tags):
        annotations.append(_mention(typesystem, begin, end, label, label_types))
    cas.add_all(annotations)
    return cas


def _mention(ts: TypeSystem, begin: int, end: int, label: str, label_types: Mapping[str, str]):
    type_name = label_types.get(label)
    if type_name is None:
        return ts.get_type(MODIFIER)(begin=begin, end=end, category=label, discoveryTechnique=GOLD_ANNOTATION)
    return ts.get_type(type_name)(begin=begin, end=end, typeID=mention_type_id(type_name),
                                  discoveryTechnique=GOLD_ANNOTATION, polarity=1)


def cas_entity_spans(cas: Cas, type_labels: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """``(begin, end, label)`` of the CAS's mentions whose type (or a supertype) has a
    label, and of ``Modifier`` annotations by ``category`` when Modifier has none."""
    out = []
    for fs in cas.select(IDENTIFIED_ANNOTATION):
        label = None
        type_ = fs.type
        while type_ is not None and label is None:
            label = type_labels.get(type_.name)
            type_ = type_.supertype
        if label is None and fs.type.name == MODIFIER and getattr(fs, "category", None):
            label = fs.category
        if label is not None and fs.end > fs.begin:
            out.append((fs.begin, fs.end, label))
    return sorted(set(out))


def cas_to_document(cas: Cas, label_types: Mapping[str, str] | None = None, split_tokens: bool = False
                    ) -> ConllDocument:
    """The CoNLL view of a CAS: its BaseTokens (newlines dropped; cut at ``-``/``/`` with
    ``split_tokens``), its Sentences, and IOB2 tags from its mentions."""
    from ..ner.bio import sentence_tags, spans_to_tags
    from ..ner.tokens import group_sentences, sub_tokens

    label_types = LABEL_TYPES if label_types is None else label_types
    type_labels: dict[str, str] = {}
    for label, type_name in label_types.items():
        type_labels.setdefault(type_name, label)
    text = cas.sofa_string or ""
    tokens = sorted((t.begin, t.end) for t in cas.select(BASE_TOKEN) if t.type.name != NEWLINE_TOKEN)
    if split_tokens:
        tokens = sub_tokens(text, tokens)
    bounds = sorted((s.begin, s.end) for s in cas.select(SENTENCE))
    sentences = group_sentences(tokens, bounds) if bounds else [(0, len(tokens))]
    tags = spans_to_tags(tokens, cas_entity_spans(cas, type_labels)).tags
    doc = ConllDocument(get_document_id(cas) or "document")
    for (start, end), part in zip(sentences, sentence_tags(tags, sentences)):
        doc.sentences.append(ConllSentence([text[b:e] for b, e in tokens[start:end]], part))
    return doc


def format_conll(docs: Iterable[ConllDocument], docstart: bool = True) -> str:
    """CoNLL text (``token<TAB>tag``) of documents; ``-DOCSTART-`` lines with ``docstart``."""
    lines: list[str] = []
    for doc in docs:
        if docstart:
            lines += [f"{DOCSTART}\tO", ""]
        for sentence in doc.sentences:
            lines += [f"{tok}\t{tag}" for tok, tag in zip(sentence.tokens, sentence.tags)]
            lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def write_conll(docs: Iterable[ConllDocument], path: str | os.PathLike, docstart: bool = True) -> None:
    """Write documents to one CoNLL file (atomically)."""
    atomic_write_bytes(Path(path), format_conll(docs, docstart).encode("utf-8"))


def read_conll_cases(path: str | os.PathLike, typesystem: TypeSystem, scheme: str = "iob2",
                     label_types: Mapping[str, str] | None = None) -> Iterator[Cas]:
    """One CAS per document of a CoNLL file (see :func:`document_to_cas`)."""
    for doc in read_conll(path, scheme):
        yield document_to_cas(doc, typesystem, label_types)
