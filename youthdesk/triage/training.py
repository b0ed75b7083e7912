"""Train the learned component from the labelled examples and officers' corrections; adopt it only if no worse.

scikit-learn fits a logistic regression on the same features the engine scores (model.features), and
only the weights are written to data/model.json, so the engine never unpickles anything. The held-out
split is never used for fitting: only for the adopt-or-keep decision and the reported figures.
"""

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from youthdesk.triage.engine import assess
from youthdesk.triage.evaluation import Report, evaluate, labelled_load
from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.model import MODEL_PATH, LinearModel, features
from youthdesk.triage.normalise import normaliser
from youthdesk.triage.rules import rules_apply
from youthdesk.triage.types import CATEGORIES, GRADES

CORRECTION_WEIGHT = 2.0  # an officer's correction is a reviewed label on a real-shaped message
RAISE_THRESHOLD = 0.7
RAISE_IMMEDIATE_THRESHOLD = 0.85  # the model alone may make a message immediate only when this sure
MIN_WEIGHT = 0.02  # smaller weights barely move a score; dropping them keeps the file small and loading fast
MIN_CATEGORY_EXAMPLES = 3
# The immediacy model is fitted on serious messages only (immediate against high) and may make a message the
# rules and the grade model call high immediate when it gives immediate at least this share (see docs/triage.md).
IMMEDIACY_C = 1.0
IMMEDIACY_THRESHOLD = 0.5


@dataclass
class Outcome:
    """What a retraining run did: the versions, the figures, and whether the new model was adopted."""

    adopted: bool
    current_version: str | None
    candidate_version: str
    current: Report
    candidate: Report
    train_size: int
    corrections: int
    path: Path
    whole: bool = True  # False: the candidate is the current model with only its immediacy part retrained


def example_features(text: str) -> list[str]:
    """The features of one training text, exactly as the engine computes them at inference."""
    tokens = normaliser().tokens(text)
    return features(tokens, rules_apply(lexicon(), tokens).concepts)


def model_train(examples: list[dict], weights: list[float] | None = None, progress: Callable = iter) -> dict:
    """Fit the grade and category models and return the exportable model dict (not yet written)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [dict.fromkeys(example_features(e["text"]), 1) for e in progress(examples)]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    names = vec.get_feature_names_out()
    y = [e["grade"] for e in examples]
    grade_model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    grade_model.fit(x, y, sample_weight=weights)
    classes = list(grade_model.classes_)
    order = [classes.index(g) for g in GRADES if g in classes]
    weights_by_feature: dict[str, list[float]] = {}
    for j, name in enumerate(names):
        column = [float(grade_model.coef_[i, j]) for i in order]
        if max(abs(w) for w in column) >= MIN_WEIGHT:
            weights_by_feature[name] = [round(w, 3) for w in column]
    category_bias: dict[str, float] = {}
    category_weights: dict[str, dict[str, float]] = {}
    for cat in progress(CATEGORIES):
        target = [cat in (e.get("categories") or ()) for e in examples]
        if sum(target) < MIN_CATEGORY_EXAMPLES:
            continue
        clf = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        clf.fit(x, target, sample_weight=weights)
        category_bias[cat] = round(float(clf.intercept_[0]), 4)
        for j, name in enumerate(names):
            w = float(clf.coef_[0, j])
            if abs(w) >= MIN_WEIGHT:
                category_weights.setdefault(name, {})[cat] = round(w, 3)
    immediacy_bias, immediacy_weights = _immediacy_train(x, names, examples, weights)
    body = {
        "classes": [classes[i] for i in order],
        "bias": [round(float(grade_model.intercept_[i]), 4) for i in order],
        "weights": weights_by_feature,
        "category_bias": category_bias,
        "category_weights": category_weights,
        "raise_threshold": RAISE_THRESHOLD,
        "raise_immediate_threshold": RAISE_IMMEDIATE_THRESHOLD,
        "category_threshold": 0.5,
        "immediacy_bias": immediacy_bias,
        "immediacy_weights": immediacy_weights,
        "immediacy_threshold": IMMEDIACY_THRESHOLD,
    }
    return _stamped(body, len(examples))


IMMEDIACY_FIELDS = ("immediacy_bias", "immediacy_weights", "immediacy_threshold")


def _stamped(body: dict, examples: int, **trained_on) -> dict:
    """A model body with its version (time and digest of the weights) and what it was trained on."""
    body = {k: v for k, v in body.items() if k not in ("version", "trained_on")}
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:8]
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    return {
        "version": f"lr-{stamp}-{digest}",
        "trained_on": {"examples": examples, "at": datetime.now(UTC).isoformat(), **trained_on},
        **body,
    }


def with_immediacy(current: dict, candidate: dict) -> dict | None:
    """The current model with the candidate's immediacy part, or None when that part is absent or unchanged."""
    part = {k: candidate[k] for k in IMMEDIACY_FIELDS if k in candidate}
    if not part.get("immediacy_weights") or all(current.get(k) == v for k, v in part.items()):
        return None
    examples = candidate["trained_on"]["examples"]
    return _stamped({**current, **part}, examples, grade_model=current["version"])


def _immediacy_train(
    x, names, examples: list[dict], weights: list[float] | None
) -> tuple[float, dict[str, float]]:
    """Fit immediate-against-high on the serious examples; (0.0, {}) when either side has too few."""
    from sklearn.linear_model import LogisticRegression

    rows = [i for i, e in enumerate(examples) if e["grade"] in ("immediate", "high")]
    target = [examples[i]["grade"] == "immediate" for i in rows]
    if min(sum(target), len(target) - sum(target)) < MIN_CATEGORY_EXAMPLES:
        return 0.0, {}
    clf = LogisticRegression(C=IMMEDIACY_C, max_iter=3000, class_weight="balanced")
    clf.fit(x[rows], target, sample_weight=[weights[i] for i in rows] if weights else None)
    found = {
        name: round(float(w), 3) for name, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= MIN_WEIGHT
    }
    return round(float(clf.intercept_[0]), 4), found


def no_worse(candidate: Report, current: Report) -> bool:
    """True when the candidate is at least as good on every safety figure and on overall accuracy."""
    a, b = candidate.headline(), current.headline()
    eps = 1e-9
    return (
        a["recall_immediate"] >= b["recall_immediate"] - eps
        and a["recall_immediate_high"] >= b["recall_immediate_high"] - eps
        and a["precision_immediate_high"] >= b["precision_immediate_high"] - eps
        and a["standard_graded_immediate"] <= b["standard_graded_immediate"] + eps
        and a["accuracy"] >= b["accuracy"] - eps
    )


def model_retrain(
    *,
    corrections: Iterable[dict] = (),
    path: Path = MODEL_PATH,
    progress: Callable = iter,
    force: bool = False,
) -> Outcome:
    """Train on the train split plus corrections, compare on the held-out split, and adopt only if no worse."""
    train = [r for r in labelled_load("train")]
    fixes = [c for c in corrections if c.get("text") and c.get("grade") in GRADES]
    heldout = labelled_load("heldout")
    if not train or not heldout:
        raise ValueError("the labelled set needs both a train and a heldout split")
    examples = train + fixes
    sample_weights = [1.0] * len(train) + [CORRECTION_WEIGHT] * len(fixes)
    data = model_train(examples, sample_weights, progress)
    # The model file is read once: the current model, and its weights for grafting a new immediacy part onto.
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    current = LinearModel(raw) if raw is not None else None

    def grader(model):
        return lambda text: assess(text, model=model if model is not None else False, places=False)

    cand_report = evaluate(heldout, grader(LinearModel(data)), forces=False)
    curr_report = evaluate(heldout, grader(current), forces=False)
    adopted = force or no_worse(cand_report, curr_report)
    whole = True
    partial = None if adopted or raw is None else with_immediacy(raw, data)
    if partial is not None:
        # The grade model and the immediacy model are separate fits: when the whole candidate scores worse,
        # the new immediacy part may still be an improvement on the current grade model.
        part_report = evaluate(heldout, grader(LinearModel(partial)), forces=False)
        if no_worse(part_report, curr_report):
            data, cand_report, adopted, whole = partial, part_report, True, False
    if adopted:
        _atomic_write(path, data)
        from youthdesk.triage.model import current_model

        current_model.cache_clear()
    return Outcome(
        adopted=adopted,
        current_version=current.version if current else None,
        candidate_version=data["version"],
        whole=whole,
        current=curr_report,
        candidate=cand_report,
        train_size=len(train),
        corrections=len(fixes),
        path=path,
    )


def _atomic_write(path: Path, data: dict) -> None:
    # A half-written model file must never be read by a running desk: write aside, then rename.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, separators=(",", ":"), sort_keys=True)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
