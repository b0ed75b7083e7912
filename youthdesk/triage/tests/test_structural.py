"""The structural rules of lexicon 2026.11.5: classes of expression, not fixed sentences.

Each class is tested with phrasings written for these tests, and with the near misses that must not
count (ordinary errands, medicine taken as prescribed, hyperbole, reported speech, third-party insults).
"""

import pytest

from youthdesk.triage import assess
from youthdesk.triage.lexicon import lexicon


def graded(text: str):
    return assess(text, places=False, model=False)


@pytest.mark.parametrize(
    "text",
    [
        # harm act + means/place + immediacy, in words the phrase lists never held together
        "got my nans tablets here, gonna neck them all once shes asleep",
        "sat with a packet of paras and im about to take the lot",
        "hanging is the plan, the rope is in my bag and im going now",
        "about to step off the platform when the next one comes thru",
        # someone at a height, on the railway or in the water now
        "im sat on the edge of the roof of my flats",
        "my best mate is on the railway line and wont answer",
        "i climbed over the railings on the bridge",
        # taken everything, in progress
        "ive swallowed all of them, the whole box of sleeping pills",
        "took every single one in the packet of co codamol",
        # self-harm with a serious injury now
        "cut myself and it went too deep, i feel dizzy",
        # giving things away as if not coming back
        "giving away my xbox and all my games cos i wont need them after tonight",
        # a weapon out with a threat, now
        "my brother has the knife out and is screaming hell kill us",
        # means in a lonely place, in distress
        "crying in the park with the rope in my bag",
        # sextortion with means
        "he says hes sending the video to my school tomorrow, ive got a load of paracetamol",
    ],
)
def test_structural_life_at_risk_is_immediate(text):
    a = graded(text)
    assert a.grade == "immediate", (text, a.scores, a.cues)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly i should just die, nobody would even notice", "suicide_self_harm"),
        ("i just want it all to stop tbh", "suicide_self_harm"),
        ("been scratching my legs till i bleed most nights", "suicide_self_harm"),
        ("sent a few pics to a lad on snap and now hes asking for £200", "sextortion_image_abuse"),
        ("im getting shanked if i go to the park again, they said so", "weapons_violence"),
        ("the olders keep making me carry stuff in my bag to school", "criminal_exploitation"),
        ("my cousins stepdad belts him, i saw the marks", "domestic_abuse"),
    ],
)
def test_serious_disclosure_in_new_words_is_at_least_high(text, category):
    a = graded(text)
    assert a.grade in ("high", "immediate"), (text, a.scores)
    assert category in a.categories


@pytest.mark.parametrize(
    "text",
    [
        "standing on the bridge waiting for my mum to pick me up",
        "we jumped in the river at the lido, so hot today",
        "im gonna jump on the train now, see u at 6",
        "taking my antibiotics now like the doctor said",
        "took 2 paracetamol for my headache, feel fine",
        "they broke in and took everything from our house",
        "someone in my class said i should die, is that bullying?",
        "i'm not going to take them all tonight, i promised my counsellor",
        "what happens if someone takes a whole packet of paracetamol? for pshe",
        "ive had the whole day off school lol",
        "cut myself shaving and it wont stop bleeding lol",
        "my dog climbed onto the roof of the shed",
        "mum got the knife out to cut the cake",
    ],
)
def test_near_misses_are_not_immediate(text):
    a = graded(text)
    assert a.grade != "immediate", (text, a.scores, a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "standing on the bridge waiting for my mum to pick me up",
        "we jumped in the river at the lido, so hot today",
        "taking my antibiotics now like the doctor said",
        "ive had the whole day off school lol",
        "i need to cut my hair so bad",
        "i want to jump on the trampoline",
    ],
)
def test_everyday_messages_with_risk_words_stay_below_high(text):
    assert graded(text).grade in ("standard", "medium")


def test_structural_rule_needs_its_parts_close_together():
    # the means at the start and an unrelated "tonight" far away are not one act
    far = "i got the pills from the chemist for mum " + "and then we talked about school " * 4 + "tonight"
    near = "i got the pills and im taking them all tonight"
    assert graded(near).grade == "immediate"
    assert "N1" not in graded(far).scores["rules"]


def test_every_structural_rule_has_a_proximity_bound():
    rules = {r.id: r for r in lexicon().rules}
    for rid in ("N1", "N2", "N3", "N3b", "S1c", "N5", "N6", "W4", "E3", "S14"):
        assert rules[rid].within > 0, rid


def test_every_concept_the_engine_policy_lists_name_is_a_concept_of_the_lexicon():
    # A misspelt name in one of these lists would silently hold or anchor nothing.
    lex = lexicon()
    known = set(lex.phrases) | {"age_gap"}
    for name in (
        "model_holds",
        "model_blocks",
        "model_weak_holds",
        "model_immediate_anchors",
        "immediacy_holds",
    ):
        listed = getattr(lex, name)
        assert listed, name
        assert listed <= known, (name, sorted(listed - known))
