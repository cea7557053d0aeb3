"""The mention-pair model: scikit-learn logistic regression, stored as JSON coefficients.

JSON cannot run code on load (no pickle); scoring is a dot product, so the annotator does
not import scikit-learn at run time. :func:`fit` trains one with scikit-learn.

File format (``models/coref/pair_model.json``)::

    {"format": "ctakes_py.coref.pair_model/1", "features": [...], "coef": [...],
     "intercept": float, "threshold": 0.5, "training": {...}}
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..errors import ResourceError
from .features import FEATURES

FORMAT = "ctakes_py.coref.pair_model/1"


@dataclass
class PairModel:
    """Logistic-regression weights over :data:`~ctakes_py.coref.features.FEATURES`."""

    coef: list[float]
    intercept: float
    threshold: float = 0.5
    features: tuple[str, ...] = FEATURES
    training: dict[str, Any] = field(default_factory=dict)

    def probability(self, x: Sequence[float]) -> float:
        """P(coreferent) of one feature vector."""
        z = self.intercept + sum(w * v for w, v in zip(self.coef, x))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "features": list(self.features), "coef": self.coef,
                "intercept": self.intercept, "threshold": self.threshold, "training": self.training}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "PairModel":
        """Read a model file; its feature list must be the one this code computes."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read coreference model: {exc}", file=str(path)) from None
        if data.get("format") != FORMAT:
            raise ResourceError(f"not a {FORMAT} file", file=str(path))
        if tuple(data["features"]) != FEATURES:
            raise ResourceError("the model was trained with other features than this version computes",
                                file=str(path), fix="retrain it: ctakes-py train coref")
        return cls([float(w) for w in data["coef"]], float(data["intercept"]), float(data.get("threshold", 0.5)),
                   FEATURES, data.get("training", {}))


def fit(X: Sequence[Sequence[float]], y: Sequence[int], C: float = 1.0, **training: Any) -> PairModel:
    """Train a balanced L2 logistic regression on pair vectors ``X`` and labels ``y``."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y)) < 2:
        raise ValueError("training pairs need both coreferent and non-coreferent examples")
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    clf.fit(X, y)
    return PairModel([float(w) for w in clf.coef_[0]], float(clf.intercept_[0]),
                     training={"pairs": len(y), "positives": int(sum(y)), "C": C, **training})
