"""Two-stage (stacked) CRF: document-level features from a first CRF's labels.

A first-stage CRF tags the document; the second stage sees, besides the usual features,
for each token:

- ``s1=`` its first-stage tag and those of its neighbours (``s1[-1]=``, ``s1[1]=``);
- ``s1doc=``: the majority first-stage label of all occurrences of the same word in the
  document (``s1doc_mixed`` when they disagree);
- ``s1phr=``: ``B-X``/``I-X`` when the token lies in an occurrence of a string that the
  first stage labelled ``X`` somewhere in the document.

So "a string tagged as a disease in the title is a disease in the abstract too" is learned
(with its exceptions) rather than imposed. For training, the first-stage tags of the
training documents come from two-fold cross-validation (:func:`cross_validated_tags`),
so the second stage learns from first-stage output as noisy as it is on new text.
"""
from __future__ import annotations

import random
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Sequence

from .bio import tags_to_spans
from .model import train_crf
from .tokens import NerDocument

Items = list[list[str]]       # one sentence: attribute lists per token


def stage2_items(doc: NerDocument, sentences: Sequence[Items], tags: Sequence[str]) -> list[Items]:
    """The sentences' attribute lists extended with features of the document-level
    first-stage ``tags`` (one per token of ``doc``)."""
    words = [w.lower() for w in doc.words()]
    votes: dict[str, Counter] = defaultdict(Counter)
    for word, tag in zip(words, tags):
        votes[word][tag[2:] if tag != "O" else "O"] += 1
    phrase = _phrase_tags(doc, tags)
    out = []
    for (start, end), items in zip(doc.sentences, sentences):
        new = []
        for offset, attributes in enumerate(items):
            i = start + offset
            f = list(attributes)
            f.append("s1=" + tags[i])
            if i > start:
                f.append("s1[-1]=" + tags[i - 1])
            if i < end - 1:
                f.append("s1[1]=" + tags[i + 1])
            counter = votes[words[i]]
            total = sum(counter.values())
            if total > 1 and len(words[i]) > 2:
                label, count = counter.most_common(1)[0]
                f.append("s1doc=" + label)
                if count < total:
                    f.append("s1doc_mixed")
            if i in phrase:
                f.append("s1phr=" + phrase[i])
            new.append(f)
        out.append(new)
    return out


def _phrase_tags(doc: NerDocument, tags: Sequence[str]) -> dict[int, str]:
    """Token index -> ``B-X``/``I-X`` for tokens inside an occurrence of a string the first
    stage labelled ``X`` (majority label; case-insensitive, token-aligned)."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for b, e, label in tags_to_spans(doc.tokens, tags):
        labels[doc.text[b:e].lower()][label] += 1
    if not labels:
        return {}
    starts = {b: i for i, (b, _) in enumerate(doc.tokens)}
    lower = doc.text.lower()
    out: dict[int, str] = {}
    for surface, counter in labels.items():
        label = counter.most_common(1)[0][0]
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", lower):
            i = starts.get(m.start())
            j = i
            while j is not None and j < len(doc.tokens) and doc.tokens[j][1] <= m.end():
                out.setdefault(j, ("B-" if j == i else "I-") + label)
                j += 1
    return out


def tag_sentences(tagger, sentences: Sequence[Items]) -> list[str]:
    """Document-level Viterbi tags of a ``pycrfsuite.Tagger`` over sentences."""
    return [t for items in sentences for t in tagger.tag(items)]


def cross_validated_tags(documents: Sequence[tuple[Sequence[Items], Sequence[list[str]]]], c1: float, c2: float,
                         max_iterations: int, folds: int = 2, seed: int = 0) -> list[list[str]]:
    """First-stage tags of each document ``(sentences, gold tags)`` from a CRF trained on
    the other folds."""
    import pycrfsuite

    order = list(range(len(documents)))
    random.Random(seed).shuffle(order)
    parts = [order[k::folds] for k in range(folds)]
    out: list[list[str]] = [[] for _ in documents]
    with tempfile.TemporaryDirectory(prefix="ctakes-ner-cv-") as tmp:
        for k, held in enumerate(parts):
            rest = [i for j, part in enumerate(parts) if j != k for i in part]
            path = Path(tmp) / f"fold{k}.crfsuite"
            train_crf([s for i in rest for s in documents[i][0]], [s for i in rest for s in documents[i][1]],
                      path, c1, c2, max_iterations)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for i in held:
                out[i] = tag_sentences(tagger, documents[i][0])
            tagger.close()
    return out
