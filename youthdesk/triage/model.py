"""The learned component at inference: a linear model read from data/model.json and scored in pure Python.

training.py fits it with scikit-learn and exports only the weights, so loading it needs no pickle and no
scikit-learn, and scoring a message is a few dictionary lookups per word.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from youthdesk.triage.normalise import BOUNDARY

MODEL_PATH = Path(__file__).parent / "data" / "model.json"


def features(tokens: list[str], concepts: set[str] | frozenset[str]) -> list[str]:
    """The model's input: words, word pairs within a clause, and the lexicon concepts present."""
    words = [t for t in tokens if t != BOUNDARY]
    out = [f"w:{w}" for w in words]
    prev = None
    for t in tokens:
        if t == BOUNDARY:
            prev = None
            continue
        if prev is not None:
            out.append(f"b:{prev} {t}")
        prev = t
    out.extend(f"c:{c}" for c in sorted(concepts))
    return out


@dataclass(frozen=True)
class Prediction:
    """The model's grade probabilities and its most likely categories."""

    grade: str
    probability: float
    probabilities: dict[str, float]
    categories: tuple[str, ...]
    top_features: tuple[str, ...]


class LinearModel:
    """Multinomial logistic regression over grades plus one-vs-rest logistic regression per category."""

    def __init__(self, data: dict):
        self.version: str = data["version"]
        self.classes: list[str] = data["classes"]
        self.bias: list[float] = data["bias"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.category_bias: dict[str, float] = data.get("category_bias", {})
        self.category_weights: dict[str, dict[str, float]] = data.get("category_weights", {})
        self.raise_threshold: float = data.get("raise_threshold", 0.6)
        # Raising to immediate on the model alone needs more certainty than raising to high or medium.
        self.raise_immediate_threshold: float = data.get("raise_immediate_threshold", 0.85)
        self.category_threshold: float = data.get("category_threshold", 0.5)
        # A second, narrower model: among serious messages, is the danger now (immediate) or not (high)?
        self.immediacy_bias: float = data.get("immediacy_bias", 0.0)
        self.immediacy_weights: dict[str, float] = data.get("immediacy_weights", {})
        self.immediacy_threshold: float = data.get("immediacy_threshold", 0.5)

    def predict(self, feats: list[str], explain: bool = True) -> Prediction:
        """Score one message's features; `explain=False` skips categories and top features (the fast path)."""
        unique = set(feats)
        get = self.weights.get
        scores = list(self.bias)
        if len(scores) == 4:  # the usual four grades, unrolled: this loop is the engine's hottest
            s0, s1, s2, s3 = scores
            for f in unique:
                w = get(f)
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
                    s2 += w[2]
                    s3 += w[3]
            scores = [s0, s1, s2, s3]
        else:
            for f in unique:
                w = get(f)
                if w is not None:
                    scores = [a + b for a, b in zip(scores, w, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probs = {c: e / total for c, e in zip(self.classes, exps, strict=True)}
        best = max(probs, key=probs.__getitem__)
        if not explain:
            return Prediction(best, probs[best], probs, (), ())
        cat_scores = dict(self.category_bias)
        for f in unique:
            for cat, w in self.category_weights.get(f, {}).items():
                cat_scores[cat] = cat_scores.get(cat, 0.0) + w
        cats = tuple(
            c
            for c, s in sorted(cat_scores.items(), key=lambda kv: -kv[1])
            if _sigmoid(s) >= self.category_threshold
        )
        contributions = {f: max(get(f)) for f in unique if get(f) is not None}
        # Ties by name: the features come from a set, whose order changes from one process to the next.
        top_feats = tuple(f for f, _ in sorted(contributions.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        return Prediction(best, probs[best], probs, cats, top_feats)

    def immediacy(self, feats: list[str]) -> tuple[float, tuple[str, ...]]:
        """p(immediate | serious) for a message already graded high, with the words that pushed it most.

        0.0 when the model file has no immediacy part (models trained before it existed)."""
        if not self.immediacy_weights:
            return 0.0, ()
        get = self.immediacy_weights.get
        present = {f: get(f) for f in set(feats) if get(f) is not None}
        p = _sigmoid(self.immediacy_bias + sum(present.values()))
        pushed = sorted((kv for kv in present.items() if kv[1] > 0), key=lambda kv: (-kv[1], kv[0]))[:3]
        return p, tuple(f for f, _ in pushed)


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def model_load(path: Path = MODEL_PATH) -> LinearModel | None:
    """Read a model file; None when there is none (the engine then grades with the rules alone)."""
    if not path.exists():
        return None
    return LinearModel(json.loads(path.read_text(encoding="utf-8")))


@cache
def current_model() -> LinearModel | None:
    """The adopted model, loaded once per process."""
    return model_load()
