"""A relation model folder: ``model.json`` (logistic-regression weights by feature name,
intercept, decision threshold) and ``card.json`` (task, argument types, scope, training
data and figures). Plain JSON: loading never executes code (no pickle).

Scoring needs no scikit-learn: ``p = sigmoid(intercept + sum(weight[f] * value))``.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..io.base import atomic_write_bytes

MODEL_FILE, CARD_FILE = "model.json", "card.json"
FORMAT = "ctakes-py-relation-logreg"


@dataclass
class RelationConfig:
    """What the model relates: category, argument types (short textsem names allowed),
    roles, scope (``sentence``/``document``) and token window (0: whole sentence)."""

    category: str
    arg1_types: list[str]
    arg2_types: list[str]
    arg1_role: str = "Argument1"
    arg2_role: str = "Argument2"
    scope: str = "sentence"
    window: int = 0
    code_pattern: str = ""        # document scope: usable concept codes (borrowed by same-span mentions)
    require_ids: bool = False     # document scope: skip concepts known only by their text


@dataclass
class RelationModel:
    config: RelationConfig
    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5
    card: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)   # mention text -> concept id (document scope)

    def probability(self, features: dict[str, float]) -> float:
        """P(related) of one feature dict."""
        w = self.weights
        z = self.intercept + sum(w.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def save(self, folder: str | Path, card: dict[str, Any] | None = None) -> None:
        """Write ``model.json`` and ``card.json`` (the card records the model file's sha256)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"format": FORMAT, "config": asdict(self.config), "intercept": self.intercept,
                           "threshold": self.threshold, "weights": self.weights,
                           "names": self.names},
                          indent=0, sort_keys=True).encode("utf-8")
        atomic_write_bytes(folder / MODEL_FILE, body)
        self.card = dict(card or self.card)
        self.card.update({"format": FORMAT, "model_file": MODEL_FILE, "config": asdict(self.config),
                          "threshold": self.threshold, "features": len(self.weights),
                          "files": {MODEL_FILE: hashlib.sha256(body).hexdigest()}})
        atomic_write_bytes(folder / CARD_FILE, json.dumps(self.card, indent=2).encode("utf-8"))

    @classmethod
    def load(cls, folder: str | Path) -> "RelationModel":
        """Read a model folder; :class:`ResourceError` if it is missing or not this format."""
        folder = Path(folder)
        path = folder / MODEL_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read relation model: {exc}", file=str(path),
                                fix="train one with `ctakes-py train re`") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ResourceError(f"not a {FORMAT} model", file=str(path))
        card_path = folder / CARD_FILE
        card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.is_file() else {}
        return cls(RelationConfig(**data["config"]), {k: float(v) for k, v in data["weights"].items()},
                   float(data["intercept"]), float(data.get("threshold", 0.5)), card,
                   {str(k): str(v) for k, v in (data.get("names") or {}).items()})
