"""The rule layer: concepts found in a message, the context that cancels them, and the grade they earn.

Context signals, in the order a reviewer should read them:
- a negation just before a phrase cancels that phrase ("I'm not going to hurt myself");
- a benign phrase cancels any phrase it overlaps ("following me around", "knife set");
- a rule names the signals it yields to: a general question, media/lyrics, gaming, past-and-resolved,
  humour or hyperbole. Suicide rules yield to humour and hyperbole only when every trigger is a weak,
  often-joking word (kms, unalive, want to die), so "exam stress, I keep thinking of killing myself"
  still counts. Immediate rules yield only to strong question markers, media and resolution.
"""

import re
from dataclasses import dataclass

from youthdesk.triage.lexicon import Lexicon, Match
from youthdesk.triage.normalise import BOUNDARY
from youthdesk.triage.types import CATEGORIES, GRADE_RANK, Cue

# Context concepts: they shape how the risk concepts are read and are never negated themselves.
MODIFIERS = frozenset(
    {
        "negation",
        "question_general",
        "question_strong",
        "humour",
        "sincerity",
        "resolved",
        "ongoing",
        "media",
        "gaming",
        "benign",
        "benign_meds",
        "hyperbole_context",
        "kill_hyperbole",
        "third_party",
        "self_victim",
        "pet",
        "recurring_missing",
        "suicidal_weak",
        "past_time",
        "trivial_trade",
        "benign_bleed",
        "water_leisure",
        "animal_agent",
        "occasion",
        "conditional",
        "trivial_condition",
        "not_conditional",
        "kitchen_use",
        "leisure",
        "everyday_errand",
        "not_ongoing",
        "minimised",
        "recent_past",
        "past_habit",
        "act_disclosed",
        "topic_feedback",
        "disclosure_turn",
        "future_day",
        "vague_worry",
        "no_return_until",
        "moving_away",
        "benign_contact",
        "benign_visit",
        "later_time",
        "safe_with",
        "mocking_image",
        "safety_question",
        "school_run",
        "harmless_fright",
    }
)
NEGATION_WINDOW = 4
# "a man i dont know is hammering on the door", "dont know what to do hes got a knife": a negation of knowing
# negates the knowing, not what the message goes on to say
KNOWING = frozenset({"know", "knw", "kno"})
CLAUSE_JOINS = frozenset({BOUNDARY, "and", "but", "so", "because", "then"})
FIRST_PERSON = frozenset({"i", "im", "me", "my", "myself", "ive", "id", "ill", "mine"})
FIRST_PERSON_SUBJECT = frozenset({"i", "im", "ive", "id", "ill"})
SUBJECT_REACH = 4  # "i didnt mean to go that deep": the sender named as the doer just before the phrase
CLAUSE_CANCEL_REACH = 12
# "im worried", "i saw", "girls from my year": the sender is the one telling, not the one at risk
NOT_SELF_CONCEPTS = frozenset({"worry_other", "vague_worry", "witnessed", "third_party", "young_girls"})
# "i heard her choking", "i think hes doing county lines": someone else is the one at risk
NOT_DOER = frozenset(
    {"her", "him", "them", "his", "their", "think", "reckon", "heard", "hear", "saw", "know"}
)
_NUMBER = re.compile(r"^\d{1,2}$")


@dataclass(frozen=True)
class RuleResult:
    """What the rules concluded about one message."""

    grade: str
    categories: tuple[str, ...]
    subject: str
    cues: tuple[Cue, ...]
    concepts: frozenset[str]
    fired: tuple[str, ...]


def rules_apply(lex: Lexicon, tokens: list[str]) -> RuleResult:
    """Grade one message's tokens with the lexicon's rules."""
    raw = _context_cancelled(lex, tokens, lex.matches(tokens))
    negators = lex.phrases["negation"]
    benign = [m for m in raw if m.concept == "benign"]
    matches: list[Match] = []
    negated: list[Match] = []
    for m in raw:
        if m.concept not in MODIFIERS:
            if benign and any(b.start < m.end and m.start < b.end for b in benign):
                continue
            if _negated(tokens, m.start, negators):
                negated.append(m)
                continue
        matches.append(m)
    by_concept: dict[str, list[Match]] = {}
    for m in matches:
        by_concept.setdefault(m.concept, []).append(m)
    if _age_gap(tokens):
        by_concept["age_gap"] = [Match("age_gap", "stated ages: adult and child", 0, 0)]
    present = frozenset(by_concept)
    signals = _signals(present)

    fired = []
    cats: set[str] = set()
    risk: list[Match] = []
    cues: list[Cue] = []
    candidates = sorted({i for c in present for i in lex.rules_by_concept.get(c, ())})
    for rule in (lex.rules[i] for i in candidates):
        hits = []
        for group in rule.all:
            group_hits = [m for c in group for m in by_concept.get(c, ())]
            if not group_hits:
                break
            hits.append(group_hits)
        else:
            if rule.within and not (hits := _near(hits, rule.within)):
                continue
            if any(_yields(y, signals, present, hits[0], lex) for y in rule.yields):
                continue
            fired.append(rule)
            cats.update((rule.category, *rule.also))
            risk.extend(m for group_hits in hits for m in group_hits)
            words = tuple(dict.fromkeys(_words(tokens, m) for group_hits in hits for m in group_hits))
            cues.append(Cue(reason=rule.reason, words=words, grade=rule.grade, category=rule.category))
    if negated:
        words = tuple(dict.fromkeys(_words(tokens, m) for m in negated))
        cues.append(Cue(reason="Negated, so not counted", words=words, grade="standard"))
    grade = max((r.grade for r in fired), key=GRADE_RANK.__getitem__, default="standard")
    categories = tuple(c for c in CATEGORIES if c in cats)
    # Worked out even when no rule fired: the learned model may still raise the message, and "my friend ..."
    # is about someone else whichever layer found the risk.
    subject = _subject(tokens, present, risk, by_concept.get("third_party", ()), lex.dropped_subject_verbs)
    return RuleResult(grade, categories, subject, tuple(cues), present, tuple(r.id for r in fired))


def _context_cancelled(lex: Lexicon, tokens: list[str], raw: list[Match]) -> list[Match]:
    # Context read more closely: "she says its fine" is minimising, not resolution; "i still remember" is memory,
    # not something still going on; "an hour ago" is now, not the past; and "used to ... every day" is a habit
    # that has ended. Each canceller removes the matches it names, so the context it reads can no longer count.
    present = {m.concept for m in raw}
    drop: set[int] = set()
    for canceller in present.intersection(lex.cancels):
        targets = lex.cancels[canceller]
        spans = [m for m in raw if m.concept == canceller]
        for i, m in enumerate(raw):
            if m.concept in targets and any(c.start < m.end and m.start < c.end for c in spans):
                drop.add(i)
    for canceller in present.intersection(lex.clause_cancels):
        targets = lex.clause_cancels[canceller]
        ends = [m.end for m in raw if m.concept == canceller]
        for i, m in enumerate(raw):
            phrases = targets.get(m.concept)
            if phrases and m.phrase in phrases and any(_same_clause(tokens, e, m.start) for e in ends):
                drop.add(i)
    return [m for i, m in enumerate(raw) if i not in drop] if drop else raw


def _same_clause(tokens: list[str], end: int, start: int) -> bool:
    if not end <= start <= end + CLAUSE_CANCEL_REACH:
        return False
    return not any(t in (BOUNDARY, "but") for t in tokens[end:start])


def _near(hits: list[list[Match]], within: int) -> list[list[Match]]:
    # A structural rule: the first group's hit anchors it, and every other group needs a hit close by,
    # so "pills ... taking them one by one now" counts but two unrelated halves of a long message do not.
    for anchor in hits[0]:
        close = [[m for m in group if abs(m.start - anchor.start) <= within] for group in hits[1:]]
        if all(close):
            return [[anchor], *close]
    return []


def _negated(tokens: list[str], start: int, negators: set[str]) -> bool:
    for i in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        if tokens[i] in CLAUSE_JOINS:  # "never born and slaps me": a negation does not reach past 'and'
            return False
        if tokens[i] in negators:
            return not (i + 1 < start and tokens[i + 1] in KNOWING)
    return False


def _signals(present: frozenset[str]) -> dict[str, bool]:
    serious = "sincerity" in present
    return {
        # "is that abuse or am i overreacting": a question that tells of the asker's own life is a disclosure
        "question": bool(present & {"question_general", "question_strong"})
        and "disclosure_turn" not in present,
        "question_strong": "question_strong" in present,
        "resolved": "resolved" in present and "ongoing" not in present,
        "humour": "humour" in present and not serious,
        "hyperbole": bool(present & {"hyperbole_context", "kill_hyperbole"}) and not serious,
        "past_event": "past_time" in present and not present & {"now_strict", "ongoing"},
        # "my mate got glassed at a party, his eye is messed up": an assault told as over, nothing happening now
        "violence_over": "past_violence" in present
        and not present & {"now_strict", "recent_past", "danger_now", "bleeding_now", "injured_down"},
        # "theyll shank me next time they see me", "hes bringing it to the party this weekend": a threat for later
        # is high; nothing in the message says it is happening now or just happened.
        "later_only": bool(present & {"later_time", "future_day"})
        and not present & {"now_strict", "recent_past", "danger_now"},
        # "if spurs lose im jumping in the thames": a condition on something trivial is hyperbole.
        "conditional": "conditional" in present and "not_conditional" not in present,
        "trivial_conditional": "conditional" in present and "trivial_condition" in present,
        # "thanks for the talk on grooming": feedback on a talk or a post names a topic, not a harm, unless
        # the writer turns it to themselves ("i think its happening to me") or it is still going on.
        "feedback": "topic_feedback" in present and not present & {"disclosure_turn", "ongoing"},
        # "i saw my neighbour get glassed on saturday, blood everywhere": someone else's injury, seen and over
        "witnessed_past": "witnessed" in present
        and "past_time" in present
        and not present & {"now_strict", "ongoing"},
    }


def _yields(
    name: str, signals: dict[str, bool], present: frozenset[str], triggers: list[Match], lex: Lexicon
) -> bool:
    if name.endswith("_weak"):
        # The signal counts only when every trigger is a weak, often-loose word ("kms lol", "i want to end it"
        # about a relationship), so "exam stress, i keep thinking about killing myself" still counts.
        base = name.removesuffix("_weak")
        on = signals[base] if base in signals else base in present
        return on and all(_weak(m, lex) for m in triggers)
    if name in signals:
        return signals[name]
    return name in present


def _weak(m: Match, lex: Lexicon) -> bool:
    weak_concept = lex.weak.get(m.concept)
    return weak_concept is not None and m.phrase in lex.phrases[weak_concept]


def _words(tokens: list[str], m: Match) -> str:
    if m.end <= m.start:
        return m.phrase
    return " ".join(tokens[m.start : m.end])


def _age_gap(tokens: list[str]) -> bool:
    # "he's 24 and I'm 13", "a 30 year old", "im 14": a stated child and a stated adult in one message.
    ages = []
    for i, tok in enumerate(tokens):
        if not _NUMBER.match(tok):
            continue
        before = tokens[i - 1] if i else ""
        if before in ("like", "about", "prob", "probably") and i > 1:  # "hes like 25"
            before = tokens[i - 2]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in ("im", "hes", "shes", "is", "am", "aged", "age") or after == "year":
            ages.append(int(tok))
    return any(a <= 15 for a in ages) and any(a >= 18 for a in ages)


def _subject(
    tokens: list[str],
    present: frozenset[str],
    risk: list[Match],
    others: list[Match] | tuple,
    dropped: frozenset[str],
) -> str:
    taken = {i for m in others for i in range(m.start, m.end)}  # "my friend": not the sender
    if not risk:
        # No rule fired (the learned model may still raise it): the sender, unless every first-person word
        # belongs to someone else's description ("my mate lewis has locked himself in the bathroom").
        if any(t in FIRST_PERSON for i, t in enumerate(tokens) if i not in taken):
            return "self"
        return "other" if "third_party" in present else "none"
    self_hits = any(
        m.concept not in NOT_SELF_CONCEPTS
        and (
            FIRST_PERSON & set(m.phrase.split())
            or _doer_is_sender(tokens, m, taken)
            or (tokens[m.start] in dropped and (m.start == 0 or tokens[m.start - 1] == BOUNDARY))
        )
        for m in risk
    )
    if "third_party" in present and not self_hits:
        return "other"
    if self_hits or FIRST_PERSON & set(tokens):
        return "self"
    return "other" if "third_party" in present else "none"


def _doer_is_sender(tokens: list[str], m: Match, taken: set[int]) -> bool:
    # "i didnt mean to go that deep", "me and my sister are hiding": the sender named as the doer just before
    # the phrase; someone else's description ("my sister") does not count, an object ("heard her") ends the look.
    seen = 0
    for i in range(m.start - 1, -1, -1):
        tok = tokens[i]
        if tok == BOUNDARY or tok in NOT_DOER or seen >= SUBJECT_REACH:
            return False
        seen += 1
        if i in taken:
            continue
        if tok in FIRST_PERSON_SUBJECT or (tok == "me" and i + 1 < len(tokens) and tokens[i + 1] == "and"):
            return True
    return False
