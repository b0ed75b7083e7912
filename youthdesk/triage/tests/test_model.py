"""The learned component: exported weights score the same features, and it can only ever raise a grade."""

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from youthdesk.triage import assess
from youthdesk.triage.model import LinearModel, model_load
from youthdesk.triage.types import GRADE_RANK, GRADES

IMMEDIATE_TEXTS = [
    "i took 30 paracetamol an hour ago",
    "a man is following me and i'm scared",
    "goodbye everyone, this is my last message",
]


def lowering_model(**overrides) -> LinearModel:
    """A model certain that everything is standard: the worst case for 'never lowers'."""
    data = {
        "version": "test-lowering",
        "classes": list(GRADES),
        "bias": [-50.0, -50.0, -50.0, 50.0],
        "weights": {},
        "raise_threshold": 0.5,
        **overrides,
    }
    return LinearModel(data)


def raising_model() -> LinearModel:
    """A model certain that everything is immediate."""
    return LinearModel(
        {"version": "test-raising", "classes": list(GRADES), "bias": [50.0, 0, 0, 0], "weights": {}}
    )


def test_a_model_cannot_lower_a_rule_immediate():
    for text in IMMEDIATE_TEXTS:
        assert assess(text, model=False, places=False).grade == "immediate"
        assert assess(text, model=lowering_model(), places=False).grade == "immediate"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(IMMEDIATE_TEXTS + ["hello", "someone stole my bike", "i self harm"]), st.text(max_size=40)
)
def test_the_model_never_lowers_any_rule_grade(text, noise):
    rules_only = assess(text + " " + noise, model=False, places=False)
    combined = assess(text + " " + noise, model=lowering_model(), places=False)
    assert GRADE_RANK[combined.grade] >= GRADE_RANK[rules_only.grade]


RISK_NO_RULE = "im really scared"  # a risk concept (scared) that no rule grades on its own


def test_a_certain_model_raises_to_its_grade_with_a_cue():
    assert assess(RISK_NO_RULE, model=False, places=False).grade == "standard"
    result = assess(RISK_NO_RULE, model=raising_model(), places=False)
    assert result.grade == "immediate"  # certain of immediate: past its stricter threshold
    assert any(c.reason.startswith("Learned model") for c in result.cues)
    assert result.model_version.endswith("test-raising")


def test_a_model_sure_of_danger_in_words_no_rule_knows_makes_the_message_immediate():
    # On blind sets 9, 10 and 11 most life-at-risk messages the rules missed were ones the model was sure of;
    # only `immediate` reaches the 24/7 contact centre at night, so it may escalate on its own past 85%.
    assert assess("hello there", model=False, places=False).grade == "standard"
    assert assess("hello there", model=raising_model(), places=False).grade == "immediate"
    assert assess("hello there", model=split_model(0.86, 0.10, 0.04), places=False).grade == "immediate"
    assert assess("hello there", model=split_model(0.10, 0.85, 0.05), places=False).grade == "high"
    assert assess("hello there", model=split_model(0.30, 0.30, 0.40), places=False).grade == "standard"


def test_a_near_miss_or_a_danger_told_in_the_past_holds_the_model_at_high():
    # "a man outside with a clipboard" at 95%: the model over-reads callers at the door, journeys and the
    # near misses the rules know. It may put such a message at the top of the queue for an officer, but not
    # hand it to the contact centre by itself.
    for text in (
        "theres a man outside with a clipboard",
        "theres a man outside in a high vis doing the gas meter",
        "im on the train now, see you at the station",
        "on the train now, the next train to london is in 10 mins",
        "im at the top of the stairs and im not coming down till she says sorry",
    ):
        assessed = assess(text, model=raising_model(), places=False)
        assert assessed.grade == "high", text
        assert any(c.reason.startswith("Learned model rates this high") for c in assessed.cues)
    # A danger told in the past is high by the rules, and the model does not make it immediate
    assert (
        assess("a lad pulled a knife on me on tuesday", model=raising_model(), places=False).grade == "high"
    )
    # The hold is the model's only: what the rules read as danger now is still immediate
    assert assess(
        "a delivery driver keeps following me and hes outside my house now", places=False
    ).grade == ("immediate")


def test_a_model_held_back_from_immediate_never_lowers_a_rule_immediate():
    # The cap at high applies to the model's own raise: an ultimatum with a time, or a danger now the rules
    # read in a message that also names the past, stays immediate whatever the model says.
    for text in (
        *IMMEDIATE_TEXTS,
        "if you dont reply in 10 min im taking them all, the pills are next to me",
    ):
        assert assess(text, model=False, places=False).grade == "immediate", text
        assert assess(text, model=raising_model(), places=False).grade == "immediate", text


def test_the_model_does_not_overrule_a_question_resolution_or_animal():
    for text in (
        "what do i do if im scared",
        "i was really scared but im ok now",
        "got attacked by geese and was so scared lol",
    ):
        assert assess(text, model=False, places=False).grade == "standard", text
        assert assess(text, model=raising_model(), places=False).grade == "standard", text


def test_a_condition_holds_the_model_back_unless_it_is_certain():
    # "if anyone sees this, tell my mum ...": a condition reads the setting, not the meaning. A model short of
    # certain is held (only its p(high) could raise the message); a certain one passes (lexicon 2026.12.8).
    text = "if my mum finds out im scared"
    assert assess(text, model=split_model(0.90, 0.05, 0.05), places=False).grade == "standard"
    assert assess(text, model=split_model(0.97, 0.02, 0.01), places=False).grade == "immediate"
    assert assess(text, places=False).grade == "standard"  # the shipped model is far from sure of it


def test_a_certain_model_still_never_passes_a_question_an_animal_or_a_resolution():
    for text in ("what happens if you take too many pills", "i used to self harm but im ok now"):
        assert assess(text, model=split_model(0.99, 0.005, 0.005), places=False).grade != "immediate", text


def split_model(p_immediate: float, p_high: float, p_standard: float, **overrides) -> LinearModel:
    """A model with fixed grade probabilities (its biases are their logs)."""
    probs = [p_immediate, p_high, 1e-9, p_standard]
    return LinearModel(
        {
            "version": "test-split",
            "classes": list(GRADES),
            "bias": [math.log(p) for p in probs],
            "weights": {},
            "raise_threshold": 0.7,
            "raise_immediate_threshold": 0.85,
            **overrides,
        }
    )


def test_a_model_sure_of_high_or_worse_raises_standard_straight_to_high():
    # 45% immediate + 35% high: neither alone is sure, but "high or worse" is 80%
    model = split_model(0.45, 0.35, 0.20)
    result = assess("hello there", model=model, places=False)
    assert result.grade == "high"
    assert any("high or worse (80%)" in c.reason for c in result.cues)


def test_immediate_from_the_model_alone_needs_the_stricter_threshold():
    assert assess(RISK_NO_RULE, model=split_model(0.80, 0.15, 0.05), places=False).grade == "high"
    assert assess(RISK_NO_RULE, model=split_model(0.90, 0.05, 0.05), places=False).grade == "immediate"


def test_a_model_below_both_thresholds_leaves_the_rule_grade():
    assert assess("hello there", model=split_model(0.30, 0.30, 0.40), places=False).grade == "standard"


def test_an_unsure_model_does_not_raise():
    model = LinearModel(
        {
            "version": "t",
            "classes": list(GRADES),
            "bias": [0.1, 0, 0, 0],
            "weights": {},
            "raise_threshold": 0.7,
        }
    )
    assert assess("hello there", model=model, places=False).grade == "standard"


def test_shipped_model_file_is_plain_json_with_a_version():
    model = model_load()
    assert model is not None
    assert model.version.startswith("lr-")
    assert model.classes == list(GRADES)
    assert assess("hi", places=False).model_version.endswith(model.version)


def test_model_file_round_trips(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps(
            {
                "version": "v1",
                "classes": list(GRADES),
                "bias": [0, 0, 0, 1],
                "weights": {"w:knife": [3, 0, 0, 0]},
            }
        )
    )
    model = model_load(path)
    assert (
        model.predict(["w:knife"]).probabilities["immediate"]
        > model.predict(["w:cake"]).probabilities["immediate"]
    )
    assert model_load(tmp_path / "missing.json") is None


def test_the_words_shown_for_a_model_raise_do_not_depend_on_set_order():
    weights = {f"w:{w}": [1.0, 0.0, 0.0, 0.0] for w in ("zebra", "apple", "mango", "kiwi")}
    model = LinearModel(
        {"version": "test-ties", "classes": list(GRADES), "bias": [0, 0, 0, 0], "weights": weights}
    )
    for order in (["w:zebra", "w:apple", "w:mango", "w:kiwi"], ["w:kiwi", "w:mango", "w:apple", "w:zebra"]):
        assert model.predict(order).top_features == ("w:apple", "w:kiwi", "w:mango")


def immediacy_model(p_immediate: float, p_high: float, p_standard: float, bias: float) -> LinearModel:
    """A split grade model whose immediacy part gives sigmoid(bias) to every message it reads."""
    return split_model(
        p_immediate,
        p_high,
        p_standard,
        immediacy_bias=bias,
        immediacy_weights={"c:never-present": 1.0},
        immediacy_threshold=0.5,
    )


RULES_HIGH = "my stepdad hits me"


def test_the_immediacy_model_makes_a_message_the_rules_grade_high_immediate_with_a_cue():
    assert assess(RULES_HIGH, model=False, places=False).grade == "high"
    result = assess(RULES_HIGH, model=immediacy_model(0.30, 0.60, 0.10, bias=3.0), places=False)
    assert result.grade == "immediate"
    assert any(
        c.reason == "Learned model rates this serious message as danger now (95%)" for c in result.cues
    )
    # unsure that the danger is now: the message stays high
    assert (
        assess(RULES_HIGH, model=immediacy_model(0.30, 0.60, 0.10, bias=-3.0), places=False).grade == "high"
    )


def test_the_immediacy_model_needs_the_grade_model_to_agree_the_message_is_serious():
    # p(high) + p(immediate) = 0.2: the grade model reads the rules' high as a false alarm
    model = immediacy_model(0.10, 0.10, 0.80, bias=5.0)
    assert assess(RULES_HIGH, model=model, places=False).grade == "high"


def test_the_immediacy_model_does_not_read_a_high_the_grade_model_raised_with_no_risk_concept():
    # "theres a man outside with a van": no rule and no risk concept found harm, so "is the danger now" is not
    # its question
    for text in ("hello there", "theres a man outside with a van, think hes delivering next door"):
        assert assess(text, model=False, places=False).grade != "high", text
        model = immediacy_model(0.45, 0.45, 0.10, bias=5.0)
        assert assess(text, model=model, places=False).grade == "high", text


def test_under_a_high_the_grade_model_raised_a_risk_concept_lets_it_read_but_it_must_be_surer():
    # "the rope is in my bag": the rules find a means ready (a risk concept) but no rule fires; the grade model
    # raises it to high, and the immediacy model may make it immediate only at 80% (IMMEDIACY_ANCHORED)
    text = "the rope is in my bag"
    assert assess(text, model=False, places=False).grade == "standard"
    assert (
        assess(text, model=immediacy_model(0.45, 0.45, 0.10, bias=2.0), places=False).grade == "immediate"
    )  # 88%
    assert (
        assess(text, model=immediacy_model(0.45, 0.45, 0.10, bias=0.5), places=False).grade == "high"
    )  # 62%
    # a rule's high needs only the model's own threshold (62% is enough)
    assert (
        assess(RULES_HIGH, model=immediacy_model(0.45, 0.45, 0.10, bias=0.5), places=False).grade
        == "immediate"
    )


def test_a_risk_concept_in_feedback_on_a_post_or_a_garden_job_does_not_let_it_read():
    # lexicon.immediacy_anchor_holds: "in yer last post" reads "last" as a final message
    for text in (
        "yer man in the hat in yer last post looks like hes lost his maw in asda",
        "he is cutting the grass and it wont stop raining",
    ):
        assert assess(text, model=False, places=False).grade != "high", text
        assert (
            assess(text, model=immediacy_model(0.45, 0.45, 0.10, bias=5.0), places=False).grade == "high"
        ), text


def test_the_immediacy_model_is_held_by_a_joke_a_condition_or_a_block():
    for text in (
        "kms my train has been delayed again today",  # a loose kms about a petty annoyance
        "if they move me schools again im going to jump off something, i swear",  # a condition
        "kids threw stuff at us off the bridge and hit my mate with a bottle, nothing serious",  # minor
    ):
        assert assess(text, model=False, places=False).grade == "high", text
        assert (
            assess(text, model=immediacy_model(0.40, 0.55, 0.05, bias=5.0), places=False).grade == "high"
        ), text


def test_a_model_file_without_an_immediacy_part_reads_nothing_as_now():
    model = split_model(0.30, 0.60, 0.10)
    assert model.immediacy(["c:suicidal", "w:now"]) == (0.0, ())
    assert assess(RULES_HIGH, model=model, places=False).grade == "high"


def test_the_immediacy_model_shows_only_the_words_that_pushed_towards_now():
    model = split_model(
        0.25,
        0.25,
        0.25,
        immediacy_bias=0.0,
        immediacy_weights={"w:now": 2.0, "w:tonight": 1.0, "w:last": -3.0, "w:absent": 5.0},
    )
    p, words = model.immediacy(["w:now", "w:tonight", "w:last", "w:hello"])
    assert words == ("w:now", "w:tonight")
    assert p == 1 / (1 + math.exp(-0.0))  # 2 + 1 - 3


def test_a_small_reason_stops_the_model_raising_at_all():
    # lexicon.model_stops: a wish traded for a trivial thing, a parent's house rule
    for text in ("my mum wont let me out tonight cos im grounded", "id jump off a bridge for a nandos rn"):
        assert assess(text, model=False, places=False).grade == "standard", text
        assert assess(text, model=raising_model(), places=False).grade == "standard", text
    # the same words with no small reason are the model's to raise
    assert assess("wont let me out tonight", model=raising_model(), places=False).grade != "standard"
