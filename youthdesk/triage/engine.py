"""The triage engine: rules first, then the learned model, which may raise a grade but never lower one.

`assess(text)` grades one message; `assess_conversation(texts)` grades a conversation's recent messages,
so risk split across messages ("i have the pills" ... "tonight") is still seen.
"""

import logging
from functools import cache

from youthdesk.triage.lexicon import Lexicon, lexicon
from youthdesk.triage.model import LinearModel, current_model, features
from youthdesk.triage.normalise import normaliser, text_compact
from youthdesk.triage.rules import RuleResult, rules_apply
from youthdesk.triage.types import CATEGORIES, GRADE_RANK, Assessment, Cue, max_grade

log = logging.getLogger(__name__)

WINDOW_CHARS = 20_000  # long messages are read in overlapping windows so one bad sentence is not missed
WINDOW_OVERLAP = 200
CONVERSATION_TAIL = 5
_place_failures: list[int] = []
OTHERS = frozenset({"third_party", "school_peers"})  # someone other than the sender
CAPPED_AT_MEDIUM = frozenset({"vague_worry", "safe_with"})  # about someone else, with no risk concept found
QUESTIONS = frozenset({"question_general", "question_strong", "safety_question"})
LATER = frozenset({"later_time", "future_day"})
# A model at least this sure of immediate passes the holds that read only the setting (lexicon.model_weak_holds:
# "if anyone sees this", "in fortnite", "off to the shops"). On eight fresh sets' first looks (1,440 messages) it
# was right 15 times in 16 when only these (and occasions) held it back (lexicon 2026.12.8). An occasion ("its
# tonight! got everything sorted for the party") held it back in the one false alarm: it stays a hold (2026.12.11).
MODEL_CERTAIN = 0.95
SERIOUS = 0.5  # the grade model's p(high) + p(immediate) before the immediacy model may read a message
# How sure the immediacy model must be when only a risk concept, not a high rule, says the harm is real.
IMMEDIACY_ANCHORED = 0.8
NEVER = 2.0  # a threshold no probability reaches

try:  # the gazetteer is built separately; until it is installed, places stay empty
    from youthdesk.triage.places import locate as _locate
except ImportError:  # pragma: no cover - depends on what is installed
    _locate = None


def engine_version(model: LinearModel | None = None) -> str:
    """The version string recorded with every assessment: lexicon, normaliser and model."""
    model = model if model is not None else current_model()
    return _version(model.version if model is not None else None)


@cache
def _version(model_version: str | None) -> str:
    return "+".join(v for v in (lexicon().version, normaliser().version, model_version) if v)


def assess(text: str, *, model: LinearModel | None | bool = True, places: bool = True) -> Assessment:
    """Grade one message. `model=False` grades with the rules alone; a LinearModel overrides the adopted one."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    chosen = current_model() if model is True else (model or None)
    parts = [_assess_window(w, chosen) for w in _windows(text_compact(text))]
    result = parts[0] if len(parts) == 1 else _merge(parts)
    if places and _locate is not None and text:
        try:
            found, place, force = _locate(text)
        except Exception:  # a gazetteer bug must never stop a message being graded
            if not _place_failures:  # say it once per process, not once per message
                log.exception("place lookup failed; grading continues without places")
            _place_failures.append(1)
        else:
            return Assessment(**{**_fields(result), "places": tuple(found), "place": place, "force": force})
    return result


def assess_conversation(texts: list[str]) -> Assessment:
    """Grade a conversation's recent messages: the highest of each message and of the last few read together."""
    texts = [t for t in texts if t]
    if not texts:
        return Assessment(model_version=engine_version())
    parts = [assess(t) for t in texts]
    if len(texts) > 1:
        parts.append(assess_together(texts))
    merged = _merge(parts)
    placed = next((p for p in reversed(parts) if p.force or p.place), None)
    if placed is not None:
        return Assessment(
            **{**_fields(merged), "places": placed.places, "place": placed.place, "force": placed.force}
        )
    return merged


def assess_together(texts: list[str]) -> Assessment:
    """The last CONVERSATION_TAIL messages read as one text, with no place lookup: what the messages say
    together that none says alone. For callers that have already graded each message on its own."""
    return assess(" . ".join(t for t in texts[-CONVERSATION_TAIL:] if t), places=False)


def _assess_window(text: str, model: LinearModel | None) -> Assessment:
    lex = lexicon()
    tokens = normaliser().tokens(text)
    ruled = rules_apply(lex, tokens)
    version = engine_version(model) if model is not None else "+".join([lex.version, normaliser().version])
    if model is None:
        return _assessment(ruled, ruled.grade, ruled.categories, ruled.cues, version, {})
    feats = features(tokens, ruled.concepts)
    pred = model.predict(feats, explain=False)
    grade, categories, cues = ruled.grade, ruled.categories, ruled.cues
    raised, sure = _raised(grade, pred.probabilities, model)
    if raised != grade:  # most messages: the model agrees with the rules, and there is nothing to limit
        raised, sure = _model_limited(ruled.concepts, grade, raised, sure, pred.probabilities, model, lex)
    if raised != grade:
        pred = model.predict(feats)
        grade = raised
        extra = tuple(c for c in pred.categories[:1] if c not in categories)
        categories = tuple(c for c in CATEGORIES if c in set(categories) | set(extra))
        words = tuple(f.split(":", 1)[1] for f in pred.top_features)
        reason = f"Learned model rates this {raised} or worse ({sure:.0%})"
        cues = (*cues, Cue(reason=reason, words=words, grade=grade, category=extra[0] if extra else None))
    if grade == "high" and (needed := _immediacy_needed(ruled, pred.probabilities, lex, model)) <= 1.0:
        now, pushed = model.immediacy(feats)
        if now >= needed:
            grade = "immediate"
            reason = f"Learned model rates this serious message as danger now ({now:.0%})"
            cues = (*cues, Cue(reason=reason, words=tuple(f.split(":", 1)[1] for f in pushed), grade=grade))
    scores = {g: round(p, 4) for g, p in pred.probabilities.items()}
    return _assessment(ruled, grade, categories, cues, version, scores)


def _immediacy_needed(
    ruled: RuleResult, probabilities: dict[str, float], lex: Lexicon, model: LinearModel
) -> float:
    """How sure the immediacy model must be to make a message graded high immediate (above 1: it may not).

    On fresh text most life-at-risk messages the engine missed were graded high: the harm was seen, the
    immediacy was not. The immediacy model was fitted on serious messages only, so it reads a message only when
    the grade model finds it serious (p(high) + p(immediate) at least SERIOUS) and the rules found a harm: a high
    rule (then `immediacy_threshold`), or only a risk concept under the grade model's own high (then the stricter
    IMMEDIACY_ANCHORED, and lexicon.immediacy_anchor_holds also hold it: a garden job, heat, feedback on a post).
    A message with neither ("theres a man outside with a van") is not for it to judge. A question, a block (a
    danger marked as over, an animal), a stop, a joke or a condition holds it as it holds the grade model.
    """
    concepts = ruled.concepts
    if probabilities["immediate"] + probabilities.get("high", 0.0) < SERIOUS:
        return NEVER
    if _conditional(concepts) or concepts & lex.immediacy_stops or concepts & QUESTIONS:
        return NEVER
    if ruled.grade == "high":
        return model.immediacy_threshold
    anchored = concepts & lex.model_immediate_anchors and not concepts & lex.immediacy_anchor_holds
    return IMMEDIACY_ANCHORED if anchored else NEVER


def _model_limited(
    concepts: frozenset[str],
    grade: str,
    raised: str,
    sure: float,
    probabilities: dict[str, float],
    model: LinearModel,
    lex: Lexicon,
) -> tuple[str, float]:
    """The model's raise of the rules' grade, limited where the rules know better than its surface words."""
    disclosed = "act_disclosed" in concepts  # "asking cus i already did": the question tells of the act
    conditional = _conditional(concepts)
    held = concepts & lex.model_blocks - ({"question_strong"} if disclosed else set())
    anchored = bool(concepts & lex.model_immediate_anchors)
    # "pulled a knife on me on tuesday": the rules read a danger told in the past as high, not immediate
    past = "past_time" in concepts and not concepts & {"now_strict", "ongoing"}
    # "wants me to come to his this weekend": a danger set for a later day is high by definition (lexicon 2026.12.5)
    later = bool(concepts & LATER) and not concepts & {"now_strict", "recent_past", "danger_now"}
    holding = held | ({"conditional"} if conditional else set())
    near = concepts & lex.model_near_misses
    certain = probabilities["immediate"] >= MODEL_CERTAIN
    if concepts & lex.model_stops or (conditional and "trivial_condition" in concepts):
        # "i'd jump off a bridge for a nandos", "if spurs lose im jumping in the thames": a wish traded for,
        # or a threat hung on, a small thing is hyperbole, and the words the model leans on (jump, bridge,
        # now) are the same as in the real thing, so it may not raise. Nor may it for the other small reasons
        # in lexicon.model_stops ("wont let me out tonight cos im grounded").
        return grade, sure
    if (
        ((concepts & CAPPED_AT_MEDIUM and concepts & OTHERS) or concepts & QUESTIONS)
        and not anchored
        and GRADE_RANK[raised] > 1
    ):
        # "my friend has been quiet lately ... probably nothing": a friend's vague worry is medium by definition,
        # and the model reads its worried words as more; with no risk concept found it may raise only to medium.
        # So is a friend who will not go home but is known to be safe ("shes at her nans, shes safe"), and a
        # question with no risk concept in it ("is it actually dangerous"): all 109 such labelled messages are standard.
        return _raised(grade, {**probabilities, "immediate": 0.0, "high": 0.0}, model)
    if raised != "immediate":
        return raised, sure
    if ((held and "ongoing" not in concepts) or conditional) and not (
        certain and holding <= lex.model_weak_holds
    ):
        # The immediate rules yield to these (a strong question, a danger marked as over, an animal, leisure,
        # an errand, an occasion, a condition): the model's immediate share is not counted at all, so only
        # its own p(high) could raise the message, to high.
        return _raised(grade, {**probabilities, "immediate": 0.0}, model)
    if past or later or (not anchored and near and not (certain and near <= lex.model_weak_holds)):
        # A danger told in the past, or, with no risk concept, a near miss the rules know (the top of the
        # stairs "till she says sorry", a man outside "with a clipboard", "the next train to london"): the
        # model may not make the message immediate on its own, but a model this sure puts it at high, at the
        # top of the queue for an officer. With no risk concept and no near miss it may (lexicon 2026.12.4):
        # on blind sets 9, 10 and 11 that found about one life-at-risk message in six more, and only
        # `immediate` reaches the contact centre by itself at night.
        return max_grade(grade, "high"), probabilities["immediate"] + probabilities.get("high", 0.0)
    return raised, sure


def _conditional(concepts: frozenset[str]) -> bool:
    """A real condition hangs on the message ("if he finds out ..."), not one marked as met or told as done."""
    return "conditional" in concepts and not concepts & {"not_conditional", "act_disclosed"}


def _raised(grade: str, probabilities: dict[str, float], model: LinearModel) -> tuple[str, float]:
    """The highest grade the model is sure enough of, counting the grades above it: never lower than `grade`.

    "At least high" is p(high) + p(immediate): a message the model splits between the two top grades is
    still one it is sure is serious, so it may move from standard straight to high. Immediate alone needs
    its own, stricter threshold, because the rules carry the reasons an officer can check. Medium needs
    p(medium) itself: summing down to medium would let a model that knows nothing (all four grades near
    25%) raise everything.
    """
    p_immediate = probabilities.get("immediate", 0.0)
    p_serious = p_immediate + probabilities.get("high", 0.0)
    for candidate, sure, needed in (
        ("immediate", p_immediate, model.raise_immediate_threshold),
        ("high", p_serious, model.raise_threshold),
        ("medium", probabilities.get("medium", 0.0), model.raise_threshold),
    ):
        if GRADE_RANK[candidate] <= GRADE_RANK[grade]:
            break
        if sure >= needed:
            return candidate, sure
    return grade, 0.0


def _assessment(ruled: RuleResult, grade, categories, cues, version, scores) -> Assessment:
    # A message the model raised without naming a category is still about someone: the rules' reading stands.
    subject = ruled.subject if categories or grade != "standard" else "none"
    if categories and subject == "none":
        subject = "self"
    return Assessment(
        grade=grade,
        categories=tuple(categories),
        subject=subject,
        cues=tuple(cues),
        model_version=version,
        scores={**scores, "rules": list(ruled.fired)},
    )


def _windows(text: str) -> list[str]:
    if len(text) <= WINDOW_CHARS:
        return [text]
    step = WINDOW_CHARS - WINDOW_OVERLAP
    return [text[i : i + WINDOW_CHARS] for i in range(0, len(text), step)]


def _merge(parts: list[Assessment]) -> Assessment:
    grade = max_grade(*(p.grade for p in parts))
    top = [p for p in parts if p.grade == grade]
    cats = {c for p in parts if p.rank >= GRADE_RANK["medium"] for c in p.categories} | {
        c for p in top for c in p.categories
    }
    cues = tuple(dict.fromkeys(c for p in parts for c in p.cues))
    return Assessment(
        grade=grade,
        categories=tuple(c for c in CATEGORIES if c in cats),
        subject=top[0].subject,
        cues=cues,
        model_version=top[0].model_version,
        scores=top[0].scores,
    )


def _fields(a: Assessment) -> dict:
    return {f: getattr(a, f) for f in a.__dataclass_fields__}
