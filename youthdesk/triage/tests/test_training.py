"""Training and evaluation: exact metrics on a tiny set, and adoption only when the new model is no worse."""

from youthdesk.triage.evaluation import Report, evaluate, labelled_load
from youthdesk.triage.model import LinearModel
from youthdesk.triage.training import model_train, no_worse
from youthdesk.triage.types import CATEGORIES, GRADES, Assessment

ROWS = [
    {"text": "a", "grade": "immediate", "categories": ["suicide_self_harm"], "force": "Kent Police"},
    {"text": "b", "grade": "immediate", "categories": ["weapons_violence"], "force": None},
    {"text": "c", "grade": "high", "categories": ["domestic_abuse"], "subject": "other"},
    {"text": "d", "grade": "standard", "categories": []},
]
GRADED = {
    "a": Assessment(grade="immediate", categories=("suicide_self_harm",), force="Kent Police"),
    "b": Assessment(grade="high", categories=()),
    "c": Assessment(grade="high", categories=("domestic_abuse",), subject="self"),
    "d": Assessment(grade="immediate"),
}


def test_metrics_are_counted_exactly():
    report = evaluate(ROWS, GRADED.__getitem__)
    assert report.confusion["immediate"] == {"immediate": 1, "high": 1, "medium": 0, "standard": 0}
    assert report.recall(("immediate",)) == 0.5
    assert report.precision(("immediate",)) == 0.5
    assert report.recall(("immediate", "high")) == 1.0
    assert report.precision(("immediate", "high")) == 0.75
    assert report.standard_as_immediate() == 1.0
    d = report.as_dict()
    assert d["category_recall"]["suicide_self_harm"] == 1.0
    assert d["category_recall"]["weapons_violence"] == 0.0
    assert d["force_accuracy"] == 1.0
    assert d["no_place_given_force"] == 0.0
    assert d["subject_accuracy"] == 0.0


def test_no_worse_refuses_a_drop_in_immediate_recall():
    better = evaluate(ROWS, lambda t: Assessment(grade=next(r["grade"] for r in ROWS if r["text"] == t)))
    worse = evaluate(ROWS, lambda t: Assessment())
    assert no_worse(better, worse)
    assert not no_worse(worse, better)
    assert no_worse(better, better)


def test_trained_model_exports_plain_weights_that_score():
    examples = [
        {"text": "i took all my pills tonight", "grade": "immediate", "categories": ["suicide_self_harm"]},
        {"text": "i swallowed the tablets", "grade": "immediate", "categories": ["suicide_self_harm"]},
        {"text": "my dad hits me", "grade": "high", "categories": ["domestic_abuse"]},
        {"text": "my mum hits me", "grade": "high", "categories": ["domestic_abuse"]},
        {"text": "someone nicked my bike", "grade": "medium", "categories": ["crime_report"]},
        {"text": "my phone got stolen", "grade": "medium", "categories": ["crime_report"]},
        {"text": "what time is it", "grade": "standard", "categories": []},
        {"text": "thanks so much", "grade": "standard", "categories": []},
    ] * 2
    data = model_train(examples)
    assert data["version"].startswith("lr-")
    assert data["classes"] == list(GRADES)
    model = LinearModel(data)
    from youthdesk.triage.training import example_features

    assert model.predict(example_features("i took all my tablets")).grade == "immediate"
    assert model.predict(example_features("thanks")).grade == "standard"


def test_labelled_set_is_large_varied_and_split():
    rows = labelled_load()
    assert len(rows) >= 600
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["grade"] in GRADES and set(r["categories"]) <= set(CATEGORIES) for r in rows)
    assert sum(r["hard"] for r in rows) >= len(rows) / 3
    train = {r["text"].lower() for r in rows if r["split"] == "train"}
    heldout = [r for r in rows if r["split"] == "heldout"]
    assert len(heldout) >= 150
    assert not any(r["text"].lower() in train for r in heldout)
    assert {r["grade"] for r in heldout} == set(GRADES)


def test_empty_report_is_well_defined():
    assert Report().headline()["recall_immediate"] == 1.0


def test_a_trained_model_has_an_immediacy_part_that_tells_now_from_not_now():
    examples = [
        {"text": "i have taken all my pills right now", "grade": "immediate", "categories": []},
        {"text": "hes outside my door right now with a knife", "grade": "immediate", "categories": []},
        {"text": "im on the bridge right now", "grade": "immediate", "categories": []},
        {"text": "i used to take pills when i was sad", "grade": "high", "categories": []},
        {"text": "he carries a knife to school most days", "grade": "high", "categories": []},
        {"text": "i think about the bridge most days", "grade": "high", "categories": []},
        {"text": "thanks so much", "grade": "standard", "categories": []},
    ] * 3
    model = LinearModel(model_train(examples))
    from youthdesk.triage.training import example_features

    now, words = model.immediacy(example_features("im at the station right now"))
    later, _ = model.immediacy(example_features("i feel like this most days"))
    assert now > 0.5 > later
    assert any("right" in w or "now" in w for w in words)


def test_the_immediacy_part_is_grafted_onto_the_current_model_only_when_it_changed():
    from youthdesk.triage.training import with_immediacy

    current = {
        "version": "lr-1",
        "classes": list(GRADES),
        "bias": [0, 0, 0, 0],
        "weights": {"w:a": [1, 0, 0, 0]},
        "immediacy_bias": 0.1,
        "immediacy_weights": {"w:now": 1.0},
        "immediacy_threshold": 0.5,
    }
    same = {**current, "version": "lr-2", "weights": {"w:b": [0, 1, 0, 0]}, "trained_on": {"examples": 9}}
    assert with_immediacy(current, same) is None
    assert with_immediacy(current, {**same, "immediacy_weights": {}}) is None
    changed = {**same, "immediacy_weights": {"w:now": 2.0}}
    grafted = with_immediacy(current, changed)
    assert grafted["weights"] == current["weights"]  # the current grade model
    assert grafted["immediacy_weights"] == {"w:now": 2.0}  # the candidate's immediacy part
    assert grafted["version"] not in ("lr-1", "lr-2") and grafted["version"].startswith("lr-")
    assert grafted["trained_on"]["examples"] == 9
    assert grafted["trained_on"]["grade_model"] == "lr-1"  # whose grade weights it carries
