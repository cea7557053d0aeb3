"""The token view the CRF works on: sentences of sub-tokens read from a CAS.

The CRF labels finer units than the pipeline's :mod:`~ctakes_py.annotators.tokenizer`:
a word token is cut again at ``-`` and ``/`` (``cocaine-induced`` -> ``cocaine`` ``-``
``induced``), because chemical and disease names end inside hyphenated words in the
biomedical corpora (690 of 9,385 BC5CDR training mentions end inside one of our tokens;
none after the cut). Newline tokens are dropped.

:class:`NerDocument` holds what the feature extractor needs: the text, the sub-token
spans, sentences as ``[start, end)`` token-index ranges, the section id of each token and
the gazetteer tags of each token (filled by :mod:`.gazetteer`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from cassis import Cas

from ..annotators.tokenizer import tokenize
from ..document import get_document_id
from ..typesystem import BASE_TOKEN, NEWLINE_TOKEN, SEGMENT, SENTENCE

_CUT = re.compile(r"[-/]")


@dataclass
class NerDocument:
    """One document as the CRF sees it.

    ``tokens``: ``(begin, end)`` character spans in text order; ``sentences``: ``(start,
    end)`` token-index ranges covering every token once; ``sections``: one section id per
    token (``""`` outside any Segment); ``gazetteer``: one tuple of tags (``B-DRUG``,
    ``I-DISORDER``...) per token.
    """

    doc_id: str
    text: str
    tokens: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    sections: list[str] = field(default_factory=list)
    gazetteer: list[tuple[str, ...]] = field(default_factory=list)

    def words(self) -> list[str]:
        text = self.text
        return [text[b:e] for b, e in self.tokens]


def split_span(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Cut one token span at each ``-`` and ``/`` (kept as tokens of their own)."""
    if end - begin < 2 or not _CUT.search(text, begin, end):
        return [(begin, end)]
    out, pos = [], begin
    for m in _CUT.finditer(text, begin, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        out.append((m.start(), m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def sub_tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """All spans cut by :func:`split_span`, in order."""
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        out.extend(split_span(text, begin, end))
    return out


def _base_spans(cas: Cas) -> list[tuple[int, int]]:
    """Token spans from the CAS, or from :func:`tokenize` when the CAS has none."""
    found = [(t.begin, t.end) for t in cas.select(BASE_TOKEN) if t.type.name != NEWLINE_TOKEN]
    if not found:
        text = cas.sofa_string or ""
        found = [(t.begin, t.end) for t in tokenize(text) if t.kind != "newline"]
    found.sort()
    return found


def group_sentences(tokens: list[tuple[int, int]], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token-index ranges: tokens starting inside one sentence span form one range; tokens
    outside every sentence form ranges of their own (so each token is in exactly one)."""
    if not tokens:
        return []
    starts = [b for b, _ in bounds]
    keys = []
    for begin, _ in tokens:
        k = bisect_right(starts, begin) - 1
        keys.append(k if k >= 0 and begin < bounds[k][1] else -1 - k)
    out, start = [], 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or keys[i] != keys[start]:
            out.append((start, i))
            start = i
    return out


def _sections(cas: Cas, tokens: list[tuple[int, int]]) -> list[str]:
    segments = sorted((s.begin, s.end, s.id or "") for s in cas.select(SEGMENT))
    if not segments:
        return [""] * len(tokens)
    starts = [s[0] for s in segments]
    out = []
    for begin, _ in tokens:
        k = bisect_right(starts, begin) - 1
        out.append(segments[k][2] if k >= 0 and begin < segments[k][1] else "")
    return out


def document_from_cas(cas: Cas, doc_id: str | None = None) -> NerDocument:
    """The CRF's view of a CAS: its BaseTokens (cut at ``-``/``/``), Sentences and
    Segments. Without Sentences the whole document is one sentence."""
    text = cas.sofa_string or ""
    tokens = sub_tokens(text, _base_spans(cas))
    bounds = sorted((s.begin, s.end) for s in cas.select(SENTENCE))
    sentences = group_sentences(tokens, bounds) if bounds else ([(0, len(tokens))] if tokens else [])
    return NerDocument(doc_id or get_document_id(cas) or "", text, tokens, sentences,
                       _sections(cas, tokens), [()] * len(tokens))
