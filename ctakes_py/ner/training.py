"""Train a CRF NER model folder, optionally choosing ``c1``/``c2`` on a dev set.

:class:`Featurizer` turns examples into crfsuite sequences (features of
:mod:`.features`, gold BIO tags of :mod:`.bio`). :func:`train_model` trains one model per
``(c1, c2)`` candidate on the training examples, scores each on the dev examples (strict
micro F1, post-processing included) and keeps the best; with ``retrain_on_dev`` the kept
setting is trained again on train + dev for the shipped model (the card says so and keeps
the dev figures of the train-only model). :func:`fit` trains one model file, or for a
stacked model (:mod:`.stacking`) both stages.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from cassis import TypeSystem

from ..resources import resolve_location
from .bio import sentence_tags, spans_to_tags
from .clusters import load_clusters
from .corpus import Example
from .features import FeatureConfig, FeatureExtractor
from .gazetteer import DEFAULT_SETTINGS, Gazetteer
from .model import (
    CARD_FILE,
    CLUSTERS_FILE,
    MODEL_FILE,
    STAGE1_FILE,
    ModelCard,
    library_versions,
    sha256_of,
    train_crf,
)
from .stacking import cross_validated_tags, stage2_items
from .tokens import NerDocument, document_from_cas

DEFAULT_GRID: tuple[tuple[float, float], ...] = ((0.05, 0.01), (0.1, 0.05), (0.02, 0.1))


@dataclass
class TrainSettings:
    """Everything that decides a model besides the data."""

    name: str = "ner"
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    features: FeatureConfig = field(default_factory=FeatureConfig)
    lexicon: str | None = "lexicons/default"       # gazetteer lexicon location
    gazetteer_settings: dict[str, Any] = field(default_factory=dict)
    clusters: str | None = None                      # path of a clusters TSV
    postprocess: dict[str, Any] = field(default_factory=lambda: {"abbreviations": True, "consistency": True})
    label_types: dict[str, str] = field(default_factory=dict)


@dataclass
class Featurized:
    X: list[list[list[str]]]
    y: list[list[str]]
    docs: list[NerDocument]
    misaligned: int = 0
    dropped: int = 0

    @property
    def tokens(self) -> int:
        return sum(len(s) for s in self.y)

    def per_document(self) -> list[tuple[list, list, NerDocument]]:
        """``(sentences' attributes, sentences' tags, document)`` of each document."""
        out, k = [], 0
        for doc in self.docs:
            n = sum(1 for s, e in doc.sentences if e > s)
            out.append((self.X[k:k + n], self.y[k:k + n], doc))
            k += n
        return out

    def __add__(self, other: "Featurized") -> "Featurized":
        return Featurized(self.X + other.X, self.y + other.y, self.docs + other.docs,
                          self.misaligned + other.misaligned, self.dropped + other.dropped)


class Featurizer:
    """Builds NER documents (with gazetteer tags) and their features for examples."""

    def __init__(self, settings: TrainSettings, typesystem: TypeSystem) -> None:
        self.settings = settings
        self.gazetteer = None
        if settings.features.gazetteer and settings.lexicon:
            folder = resolve_location(settings.lexicon)
            if folder is None:
                raise FileNotFoundError(f"gazetteer lexicon {settings.lexicon!r} not found")
            self.gazetteer = Gazetteer(folder, typesystem, settings.gazetteer_settings)
        table: dict[str, tuple[int, ...]] = {}
        if settings.features.clusters and settings.clusters:
            _, table = load_clusters(settings.clusters)
        self.extractor = FeatureExtractor(settings.features, table)

    def document(self, example: Example) -> NerDocument:
        doc = document_from_cas(example.cas, example.doc_id)
        if self.gazetteer is not None:
            self.gazetteer.annotate(example.cas, doc)
        return doc

    def __call__(self, examples: Sequence[Example]) -> Featurized:
        out = Featurized([], [], [])
        for ex in examples:
            doc = self.document(ex)
            aligned = spans_to_tags(doc.tokens, ex.spans)
            out.misaligned += aligned.misaligned
            out.dropped += aligned.dropped
            for items, tags in zip(self.extractor.document(doc), sentence_tags(aligned.tags, doc.sentences)):
                if items:
                    out.X.append(items)
                    out.y.append(tags)
            out.docs.append(doc)
        return out


def fit(data: Featurized, model_file: Path, c1: float, c2: float, max_iterations: int, stacked: bool) -> float:
    """Train ``model_file`` (and, stacked, ``stage1.crfsuite`` next to it: the first stage
    on all documents, the second on cross-validated first-stage tags); returns seconds."""
    started = time.perf_counter()
    if not stacked:
        train_crf(data.X, data.y, model_file, c1, c2, max_iterations)
        return time.perf_counter() - started
    docs = data.per_document()
    cv_tags = cross_validated_tags([(xs, ys) for xs, ys, _ in docs], c1, c2, max_iterations)
    train_crf(data.X, data.y, model_file.parent / STAGE1_FILE, c1, c2, max_iterations)
    X2 = [items for (xs, _, doc), tags in zip(docs, cv_tags) for items in stage2_items(doc, xs, tags)]
    train_crf(X2, data.y, model_file, c1, c2, max_iterations)
    return time.perf_counter() - started


def write_model_folder(out_dir: Path, model_file: Path, settings: TrainSettings, labels: list[str],
                       training: dict[str, Any], metrics: dict[str, Any]) -> ModelCard:
    """Copy the crfsuite file (and clusters) into ``out_dir`` and write the card."""
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model_file, out_dir / MODEL_FILE)
    files = {MODEL_FILE: sha256_of(out_dir / MODEL_FILE)}
    if settings.features.stacked:
        shutil.copyfile(model_file.parent / STAGE1_FILE, out_dir / STAGE1_FILE)
        files[STAGE1_FILE] = sha256_of(out_dir / STAGE1_FILE)
    clusters_name = None
    if settings.features.clusters and settings.clusters:
        if Path(settings.clusters).resolve() != (out_dir / CLUSTERS_FILE).resolve():
            shutil.copyfile(settings.clusters, out_dir / CLUSTERS_FILE)
        clusters_name = CLUSTERS_FILE
        files[CLUSTERS_FILE] = sha256_of(out_dir / CLUSTERS_FILE)
    gazetteer = None
    if settings.features.gazetteer and settings.lexicon:
        gazetteer = {"lexicon": settings.lexicon, "settings": dict(DEFAULT_SETTINGS, **settings.gazetteer_settings)}
    from .model import DEFAULT_LABEL_TYPES
    label_types = {lab: settings.label_types.get(lab) or DEFAULT_LABEL_TYPES.get(lab) or
                   "org.apache.ctakes.typesystem.type.textsem.EntityMention" for lab in labels}
    card = ModelCard(name=settings.name, labels=labels, label_types=label_types, features=settings.features,
                     gazetteer=gazetteer, clusters=clusters_name, postprocess=dict(settings.postprocess),
                     training=training, metrics=metrics, versions=library_versions(), files=files)
    card.save(out_dir)
    return card


def entity_labels(y: list[list[str]]) -> list[str]:
    return sorted({t[2:] for s in y for t in s if t != "O"})


def train_model(train: Featurized, out_dir: Path, settings: TrainSettings, dev: Featurized | None = None,
                dev_examples: Sequence[Example] | None = None, grid: Sequence[tuple[float, float]] = (),
                postprocess_options: Sequence[dict[str, Any]] = (), retrain_on_dev: bool = False,
                data_description: dict[str, Any] | None = None, typesystem: TypeSystem | None = None,
                log=print) -> ModelCard:
    """Train one model per ``(c1, c2)`` in ``grid`` (or the settings' pair), score each on dev
    with each post-processing option (or the settings' one), keep the best pair and option,
    optionally retrain it on train + dev, write ``out_dir`` and return its card."""
    from .evaluation import evaluate_tagger

    candidates = list(grid) or [(settings.c1, settings.c2)]
    options = list(postprocess_options) or [settings.postprocess]
    labels = entity_labels(train.y)
    tried: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    scored = dev is not None and dev_examples is not None
    with tempfile.TemporaryDirectory(prefix="ctakes-ner-") as tmp:
        stacked = settings.features.stacked
        for k, (c1, c2) in enumerate(candidates):
            (Path(tmp) / f"run{k}").mkdir()
            model_file = Path(tmp) / f"run{k}" / MODEL_FILE
            seconds = fit(train, model_file, c1, c2, settings.max_iterations, stacked)
            row: dict[str, Any] = {"c1": c1, "c2": c2, "train_seconds": round(seconds, 1)}
            choice = {"score": 0.0, "file": model_file, "c1": c1, "c2": c2, "seconds": seconds,
                      "postprocess": options[0], "report": {}}
            if scored:
                folder = Path(tmp) / f"candidate{k}"
                write_model_folder(folder, model_file, settings, labels, {}, {})
                for option in options:
                    report = evaluate_tagger(folder, dev_examples, typesystem, featurized=dev, postprocess=option)
                    f1 = report["strict"]["micro"]["f1"]
                    row.setdefault("dev_strict_f1", {})[_option_name(option)] = round(f1, 4)
                    if f1 > choice["score"] or not choice["report"]:
                        choice.update(score=f1, postprocess=option, report=report)
            log(f"c1={c1} c2={c2}: {row}")
            tried.append(row)
            if best is None or choice["score"] > best["score"]:
                best = choice
        settings.postprocess = dict(best["postprocess"])
        training = {
            "data": data_description or {}, "documents": len(train.docs), "sentences": len(train.X),
            "tokens": train.tokens, "misaligned_spans": train.misaligned, "dropped_spans": train.dropped,
            "algorithm": "lbfgs", "c1": best["c1"], "c2": best["c2"], "max_iterations": settings.max_iterations,
            "candidates": tried,
            "selected_on": "dev strict micro F1" if scored and (len(candidates) > 1 or len(options) > 1) else None,
            "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "train_seconds": round(best["seconds"], 1), "retrained_on_train_plus_dev": False,
        }
        metrics: dict[str, Any] = {"dev": best["report"]} if best["report"] else {}
        model_file = best["file"]
        if retrain_on_dev and dev is not None:
            (Path(tmp) / "final").mkdir()
            model_file = Path(tmp) / "final" / MODEL_FILE
            seconds = fit(train + dev, model_file, best["c1"], best["c2"], settings.max_iterations, stacked)
            training.update({"retrained_on_train_plus_dev": True, "final_train_seconds": round(seconds, 1),
                             "final_documents": len(train.docs) + len(dev.docs),
                             "final_tokens": train.tokens + dev.tokens})
            metrics["note"] = ("dev figures are those of the model trained on train only with the same "
                               "settings; the shipped model was retrained on train + dev")
        return write_model_folder(out_dir, model_file, settings, labels, training, metrics)


def _option_name(option: dict[str, Any]) -> str:
    return "+".join(k for k, v in sorted(option.items()) if v) or "none"


__all__ = ["TrainSettings", "Featurizer", "Featurized", "fit", "train_model", "write_model_folder",
           "DEFAULT_GRID", "CARD_FILE"]
