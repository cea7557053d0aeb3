"""A CRF NER model on disk: crfsuite's own binary file plus a JSON card.

A model folder holds

- ``model.crfsuite``: the CRF in crfsuite's format, opened with ``pycrfsuite.Tagger``
  (a plain data file: loading runs no code, nothing is unpickled);
- ``card.json``: labels and their cTAKES mention types, the :class:`FeatureConfig`, the
  gazetteer lexicon and settings, the post-processing switches, training data and
  hyper-parameters, metrics, library versions and the sha256 of each data file;
- ``clusters.tsv`` (optional): the word clusters the features use;
- ``stage1.crfsuite`` (stacked models only): the first-stage CRF whose labels feed the
  document-level features of ``model.crfsuite`` (:mod:`.stacking`).

Training goes through ``sklearn_crfsuite.CRF`` (L-BFGS with L1/L2 penalties ``c1``/``c2``),
which writes the crfsuite file directly; it works with the installed scikit-learn, so the
python-crfsuite trainer is not called by hand.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..errors import ResourceError
from ..typesystem import DISEASE_DISORDER_MENTION, MEDICATION_MENTION
from .clusters import load_clusters
from .features import FeatureConfig

MODEL_FILE = "model.crfsuite"
STAGE1_FILE = "stage1.crfsuite"     # first-stage CRF of a stacked model (:mod:`.stacking`)
CARD_FILE = "card.json"
CLUSTERS_FILE = "clusters.tsv"
CARD_VERSION = 1

# Corpus labels -> cTAKES mention types (chemicals/drugs -> MedicationMention).
DEFAULT_LABEL_TYPES: dict[str, str] = {
    "Chemical": MEDICATION_MENTION,
    "Drug": MEDICATION_MENTION,
    "Disease": DISEASE_DISORDER_MENTION,
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ModelCard:
    """The JSON card of a model folder (see the module docstring)."""

    name: str
    labels: list[str]
    label_types: dict[str, str]
    features: FeatureConfig
    gazetteer: dict[str, Any] | None = None      # {"lexicon": location, "settings": {...}}
    clusters: str | None = None                   # file name inside the folder
    postprocess: dict[str, Any] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"card_version": CARD_VERSION, "name": self.name, "format": "crfsuite",
                "model_file": MODEL_FILE, "labels": self.labels, "label_types": self.label_types,
                "features": self.features.to_dict(), "gazetteer": self.gazetteer,
                "clusters": self.clusters, "postprocess": self.postprocess, "training": self.training,
                "metrics": self.metrics, "versions": self.versions, "files": self.files}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ModelCard":
        return cls(name=data.get("name", ""), labels=list(data.get("labels", [])),
                   label_types=dict(data.get("label_types", {})),
                   features=FeatureConfig.from_dict(data.get("features", {})),
                   gazetteer=data.get("gazetteer"), clusters=data.get("clusters"),
                   postprocess=dict(data.get("postprocess", {})), training=dict(data.get("training", {})),
                   metrics=dict(data.get("metrics", {})), versions=dict(data.get("versions", {})),
                   files=dict(data.get("files", {})))

    def save(self, folder: Path) -> None:
        (folder / CARD_FILE).write_text(json.dumps(self.to_dict(), indent=2, sort_keys=False) + "\n",
                                        encoding="utf-8")


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    from .. import __version__

    out = {"ctakes-py": __version__}
    for name in ("python-crfsuite", "sklearn-crfsuite", "scikit-learn"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out


class CrfModel:
    """A loaded model: card, crfsuite tagger and cluster table."""

    def __init__(self, folder: str | Path) -> None:
        import pycrfsuite

        self.folder = Path(folder)
        card_path = self.folder / CARD_FILE
        model_path = self.folder / MODEL_FILE
        if not card_path.is_file() or not model_path.is_file():
            raise ResourceError(f"not a CRF model folder (needs {CARD_FILE} and {MODEL_FILE})",
                                file=str(self.folder), fix="train one with `ctakes-py train ner`")
        try:
            self.card = ModelCard.from_dict(json.loads(card_path.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as exc:
            raise ResourceError(f"unreadable model card: {exc}", file=str(card_path)) from None
        self._check_files()
        self.tagger = pycrfsuite.Tagger()
        try:
            self.tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"crfsuite cannot open the model: {exc}", file=str(model_path)) from None
        self.stage1 = None
        if self.card.features.stacked:
            self.stage1 = pycrfsuite.Tagger()
            try:
                self.stage1.open(str(self.folder / STAGE1_FILE))
            except (OSError, ValueError) as exc:
                raise ResourceError(f"crfsuite cannot open the first-stage model: {exc}",
                                    file=str(self.folder / STAGE1_FILE)) from None
        self.clusters: dict[str, tuple[int, ...]] = {}
        if self.card.clusters:
            _, self.clusters = load_clusters(self.folder / self.card.clusters)

    def _check_files(self) -> None:
        for name, digest in self.card.files.items():
            path = self.folder / name
            if not path.is_file() or sha256_of(path) != digest:
                raise ResourceError(f"model file {name} is missing or differs from the card's sha256",
                                    file=str(path), fix="retrain the model or restore the file")

    @property
    def labels(self) -> list[str]:
        return list(self.tagger.labels())

    def tag(self, items: Sequence[Sequence[str]]) -> list[str]:
        """Viterbi labels of one sentence (``items`` = attribute lists)."""
        return self.tagger.tag(items)

    def tag_with_marginals(self, items: Sequence[Sequence[str]]) -> tuple[list[str], list[dict[str, float]]]:
        """Viterbi labels and each token's label marginals."""
        tags = self.tagger.tag(items)
        labels = self.tagger.labels()
        marginals = [{y: self.tagger.marginal(y, t) for y in labels} for t in range(len(tags))]
        return tags, marginals


def train_crf(X: list, y: list, out_file: Path, c1: float, c2: float, max_iterations: int) -> float:
    """Train with L-BFGS and write ``out_file`` (crfsuite format); returns seconds taken."""
    import sklearn_crfsuite

    started = time.perf_counter()
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True, model_filename=str(out_file))
    crf.fit(X, y)
    return time.perf_counter() - started

