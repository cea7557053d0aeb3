"""Active learning: rank unlabeled documents by how unsure the CRF is about them.

Strategies (scores are per document, higher = more worth labelling):

- ``entropy``: mean over tokens of the entropy of the token's label marginals;
- ``least-confidence``: mean over sentences of ``1 - P(best label sequence)``;
- ``random``: a seeded random order (the baseline of the learning-curve simulation).

:func:`rank_documents` scores CASes with a :class:`~.tagger.NerTagger`;
:func:`write_brat_tasks` and :func:`write_labelstudio_tasks` write the top documents with the
CRF's entities as pre-annotations for correction (brat ``.txt``/``.ann``; Label Studio
task JSON with ``predictions``).
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any, NamedTuple, Sequence

from cassis import Cas

from ..io.base import atomic_write_bytes, safe_file_stem
from ..io.brat import BratDocument, BratEntity
from .tagger import Entity, NerTagger

STRATEGIES = ("entropy", "least-confidence", "random")


class Ranked(NamedTuple):
    doc_id: str
    score: float
    entities: list[Entity]


def token_entropy(marginal: dict[str, float]) -> float:
    """Shannon entropy (nats) of one token's label distribution."""
    return -sum(p * math.log(p) for p in marginal.values() if p > 0)


def document_score(tagger: NerTagger, cas: Cas, strategy: str) -> tuple[float, list[Entity]]:
    """Uncertainty of one document and the CRF's entities in it."""
    doc = tagger.document(cas)
    model = tagger.model
    entropies: list[float] = []
    sentence_scores: list[float] = []
    tags: list[str] = []
    for items in tagger.final_items(doc, tagger.extractor.document(doc)):
        if not items:
            continue
        if strategy == "entropy":
            t, margs = model.tag_with_marginals(items)
            entropies += [token_entropy(m) for m in margs]
        else:
            t = model.tag(items)
            sentence_scores.append(1.0 - model.tagger.probability(t))
        tags += t
    values = entropies if strategy == "entropy" else sentence_scores
    score = sum(values) / len(values) if values else 0.0
    entities = [Entity(b, e, label, 1.0) for b, e, label in tagger.spans(doc, tags)]
    return score, entities


def rank_documents(tagger: NerTagger, cases: Sequence[tuple[str, Cas]], strategy: str = "entropy",
                   seed: int = 0) -> list[Ranked]:
    """Documents ``(doc_id, cas)`` from most to least worth labelling."""
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {STRATEGIES}, not {strategy!r}")
    rows = []
    for doc_id, cas in cases:
        score, entities = document_score(tagger, cas, "least-confidence" if strategy == "random" else strategy)
        rows.append(Ranked(doc_id, score, entities))
    if strategy == "random":
        random.Random(seed).shuffle(rows)
        return rows
    return sorted(rows, key=lambda r: (-r.score, r.doc_id))


def write_brat_tasks(ranked: Sequence[Ranked], texts: dict[str, str], outdir: Path) -> list[Path]:
    """``NAME.txt`` + ``NAME.ann`` (CRF entities as pre-annotations) per document, and
    ``ranking.tsv`` (rank, document, score)."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for row in ranked:
        text = texts[row.doc_id]
        ann = BratDocument()
        for k, ent in enumerate(row.entities, start=1):
            ann.entities[f"T{k}"] = BratEntity(f"T{k}", ent.label, ((ent.begin, ent.end),), text[ent.begin:ent.end])
        stem = outdir / safe_file_stem(row.doc_id)
        atomic_write_bytes(stem.with_suffix(".txt"), text.encode("utf-8"))
        atomic_write_bytes(stem.with_suffix(".ann"), ann.to_ann().encode("utf-8"))
        written.append(stem.with_suffix(".ann"))
    _write_ranking(ranked, outdir)
    return written


def labelstudio_task(row: Ranked, text: str, model_version: str) -> dict[str, Any]:
    """One Label Studio task (``<Labels name="label" toName="text">`` config) with the CRF's
    entities as a prediction."""
    result = [{"id": f"e{k}", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": e.begin, "end": e.end, "text": text[e.begin:e.end], "labels": [e.label]}}
              for k, e in enumerate(row.entities)]
    return {"data": {"text": text, "doc_id": row.doc_id, "uncertainty": round(row.score, 6)},
            "predictions": [{"model_version": model_version, "score": round(row.score, 6), "result": result}]}


def write_labelstudio_tasks(ranked: Sequence[Ranked], texts: dict[str, str], outdir: Path,
                            model_version: str = "") -> Path:
    """``tasks.json`` (a list of Label Studio tasks) and ``ranking.tsv``."""
    outdir.mkdir(parents=True, exist_ok=True)
    tasks = [labelstudio_task(row, texts[row.doc_id], model_version) for row in ranked]
    path = outdir / "tasks.json"
    atomic_write_bytes(path, json.dumps(tasks, indent=1, ensure_ascii=False).encode("utf-8"))
    _write_ranking(ranked, outdir)
    return path


def _write_ranking(ranked: Sequence[Ranked], outdir: Path) -> None:
    lines = ["rank\tdocument\tscore"] + [f"{k}\t{r.doc_id}\t{r.score:.6f}" for k, r in enumerate(ranked, start=1)]
    atomic_write_bytes(outdir / "ranking.tsv", ("\n".join(lines) + "\n").encode("utf-8"))
