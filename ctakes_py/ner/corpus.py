"""Annotated corpora for training and evaluation: a CAS per document plus gold spans.

Formats (:func:`detect_format` guesses from the path):

=========  ========================================================  ==========================
format     input                                                     labels
=========  ========================================================  ==========================
pubtator   a PubTator file (BC5CDR, NCBI-disease)                    entity type, NCBI's four
                                                                     disease types -> ``Disease``
conll      a CoNLL/IOB column file (``token ... tag``)               tag suffix
bioc       a BioC XML collection                                     annotation infon ``type``
brat       a folder of ``NAME.txt`` + ``NAME.ann``                   entity label
=========  ========================================================  ==========================

Each CAS gets the pipeline's sentences and tokens (SentenceDetector, Tokenizer) unless the
format brings its own tokens (CoNLL). ``label_map`` renames labels (``SpecificDisease=
Disease``) and ``labels`` keeps only some.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from cassis import Cas, TypeSystem

from ..annotator import UimaContext
from ..annotators.sentence import SentenceDetector
from ..annotators.tokenizer import Tokenizer
from ..document import create_cas
from ..errors import InputError
from ..typesystem import BASE_TOKEN, SENTENCE

FORMATS = ("pubtator", "conll", "bioc", "brat")
PUBTATOR_LABELS: dict[str, str] = {"SpecificDisease": "Disease", "DiseaseClass": "Disease",
                                   "Modifier": "Disease", "CompositeMention": "Disease"}


@dataclass
class Example:
    """One document: its CAS (text, sentences, tokens) and gold ``(begin, end, label)``."""

    cas: Cas
    spans: list[tuple[int, int, str]]
    doc_id: str


def detect_format(path: str | os.PathLike) -> str:
    """``brat`` for a folder, ``bioc`` for ``.xml``, ``conll`` for ``.tsv/.conll/.iob/.bio``,
    else ``pubtator``."""
    p = Path(path)
    if p.is_dir():
        return "brat"
    suffix = p.suffix.lower()
    if suffix == ".xml":
        return "bioc"
    if suffix in (".tsv", ".conll", ".iob", ".bio", ".iob2"):
        return "conll"
    return "pubtator"


class Preprocessor:
    """Sentence detection and tokenization for CASes that have none."""

    def __init__(self, typesystem: TypeSystem) -> None:
        context = UimaContext(parameters={}, resources={}, typesystem=typesystem, key="ner.corpus")
        self.sentences = SentenceDetector()
        self.sentences.initialize(context)
        self.tokenizer = Tokenizer()
        self.tokenizer.initialize(UimaContext(parameters={"newlineTokens": False}, resources={},
                                              typesystem=typesystem, key="ner.corpus"))

    def __call__(self, cas: Cas) -> Cas:
        if not cas.select(SENTENCE):
            self.sentences.process(cas)
        if not cas.select(BASE_TOKEN):
            self.tokenizer.process(cas)
        return cas


def _relabel(spans: Iterable[tuple[int, int, str]], label_map: Mapping[str, str],
             labels: Iterable[str] | None) -> list[tuple[int, int, str]]:
    keep = set(labels) if labels else None
    out = {(b, e, label_map.get(label, label)) for b, e, label in spans}
    return sorted(s for s in out if keep is None or s[2] in keep)


def _pubtator(path: Path, ts: TypeSystem) -> Iterable[tuple[Cas, list, str]]:
    from ..io.pubtator import read_pubtator

    for doc in read_pubtator(path):
        spans = [(m.begin, m.end, PUBTATOR_LABELS.get(m.type, m.type)) for m in doc.mentions]
        yield create_cas(doc.text, ts, doc.pmid), spans, doc.pmid


def _conll(path: Path, ts: TypeSystem) -> Iterable[tuple[Cas, list, str]]:
    from ..io.conll import document_to_cas, read_conll
    from .bio import tags_to_spans

    for doc in read_conll(path):
        cas = document_to_cas(doc, ts, label_types={})
        tokens = sorted((t.begin, t.end) for t in cas.select(BASE_TOKEN))
        tags = [tag for s in doc.sentences for tag in s.tags]
        yield cas, tags_to_spans(tokens, tags), doc.doc_id


def _bioc(path: Path, ts: TypeSystem) -> Iterable[tuple[Cas, list, str]]:
    from ..io.bioc import read_bioc

    for doc in read_bioc(path):
        yield create_cas(doc.text, ts, doc.doc_id), [(e.begin, e.end, e.type) for e in doc.entities], doc.doc_id


def _brat(path: Path, ts: TypeSystem) -> Iterable[tuple[Cas, list, str]]:
    from ..io.brat import iter_brat_folder

    for doc_id, text, ann in iter_brat_folder(path):
        if text is None:
            raise InputError("brat document without its .txt file", file=str(path), document=doc_id)
        spans = [(e.begin, e.end, e.label) for e in ann.entities.values()]
        yield create_cas(text, ts, doc_id), spans, doc_id


_LOADERS = {"pubtator": _pubtator, "conll": _conll, "bioc": _bioc, "brat": _brat}


def load_examples(path: str | os.PathLike, typesystem: TypeSystem, fmt: str | None = None,
                  label_map: Mapping[str, str] | None = None, labels: Iterable[str] | None = None,
                  preprocessor: Preprocessor | None = None) -> list[Example]:
    """The documents of a corpus, preprocessed, with relabelled gold spans."""
    fmt = fmt or detect_format(path)
    if fmt not in _LOADERS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    prep = preprocessor or Preprocessor(typesystem)
    labels = list(labels) if labels else None
    return [Example(prep(cas), _relabel(spans, label_map or {}, labels), doc_id)
            for cas, spans, doc_id in _LOADERS[fmt](Path(path), typesystem)]


