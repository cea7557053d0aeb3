"""Train the mention-pair model from brat corpora with ``Coref`` relations.

For each note the resolver runs with a teacher that knows the gold cluster of every
detected mention whose span is a gold ``Person`` span; the (anaphor, candidate) pairs met
at the classifier step become training rows (label: same gold cluster). Sentences and
sections come from the given pipeline (default: the ``text`` pipeline: sections,
sentences, tokens), as at run time.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from ..typesystem import SEGMENT, SENTENCE
from .corpus import GoldDocument, read_corpus
from .model import PairModel, fit
from .resolver import CorefResolver


def structure(pipeline, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """Sentence and section spans of ``text`` from a pipeline (None: the fallback splitter)."""
    if pipeline is None:
        return [], []
    cas = pipeline(text)
    sentences = [(s.begin, s.end) for s in cas.select(SENTENCE)]
    sections = [(s.begin, s.end, s.id or "") for s in cas.select(SEGMENT)]
    return sentences, sections


def training_pairs(documents: Iterable[GoldDocument], resolver: CorefResolver,
                   pipeline=None) -> tuple[list[list[float]], list[int]]:
    """Feature rows and labels from gold documents."""
    resolver.examples = []
    for doc in documents:
        gold = doc.cluster_of()
        sentences, sections = structure(pipeline, doc.text)
        spans = [(m.begin, m.end) for m in resolver.discourse(doc.text, sentences, sections).mentions]

        def teacher(index: int, spans: Sequence[tuple[int, int]] = spans, gold: dict = gold) -> str | None:
            cluster = gold.get(spans[index])
            return None if cluster is None else str(cluster)

        resolver.resolve(doc.text, sentences, sections, teacher=teacher)
    rows = [x for x, _ in resolver.examples]
    labels = [y for _, y in resolver.examples]
    resolver.examples = []
    return rows, labels


def train(folders: Sequence[str | Path], output: str | Path | None = None, C: float = 1.0,
          pipeline_name: str | None = "text") -> PairModel:
    """Fit the pair model on every annotated note under ``folders``; write it (and a
    ``card.json`` beside it) when ``output`` is given."""
    from ..pipeline import Pipeline

    pipeline = Pipeline.from_descriptor(pipeline_name) if pipeline_name else None
    documents = [doc for folder in folders for doc in read_corpus(folder)]
    resolver = CorefResolver()
    rows, labels = training_pairs(documents, resolver, pipeline)
    model = fit(rows, labels, C=C, documents=len(documents),
                corpora=[Path(f).name for f in folders], date=date.today().isoformat())
    if output is not None:
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        model.save(output)
        write_card(output.with_name("card.json"), model)
    return model


def write_card(path: Path, model: PairModel, metrics: dict | None = None) -> None:
    """The model card: what it is, what it was trained on, how to rebuild it."""
    card = {
        "name": "ctakes-py person coreference mention-pair model",
        "file": "pair_model.json",
        "format": "JSON logistic-regression coefficients (no pickle), see ctakes_py/coref/model.py",
        "estimator": "sklearn.linear_model.LogisticRegression(class_weight='balanced', L2)",
        "features": len(model.features),
        "training": model.training,
        "use": "scores pronoun antecedents the deterministic sieves leave open (ctakes_py/coref/resolver.py)",
        "rebuild": "python scripts/train_coref.py "
                   "(or: ctakes-py train coref -i FOLDER -o models/coref/pair_model.json)",
        "license": "Apache-2.0 (weights learnt from synthetic notes written for this project, CC0)",
    }
    if metrics:
        card["metrics"] = metrics
    path.write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
