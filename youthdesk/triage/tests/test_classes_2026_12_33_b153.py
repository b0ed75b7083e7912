"""Lexicon 2026.12.33, part b153: the classes read from the misses of read test sets b153 and b154, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # someone down or unresponsive and not breathing (not_breathing; QB1531)
        "my nan collapsed in the hallway and isnt breathing",
        "my step dad is just lying there on the carpet, i dont think hes breathing",
        "she went limp at the bus stop and has stopped breathing",
        # a violent simile does not hide a real collapse
        "my mate is lying on the floor like hes been shot and hes not breathing",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a wish not to wake, with a filler word between (suicidal, passive_wish widened; S6)
        "most nights i wish i would just not wake up",
        "honestly i wish i really didnt wake up this morning",
        # an adult touching the children in their care (sexual_abuse widened; X2)
        "the swimming coach touches the boys and says its part of the warm up",
        "our tutor touches us weird when nobody is looking",
        # drawn into dealing, harm threatened if they stop (criminal_exploitation widened; C2)
        "my brother got roped into dealing and now theyre saying theyll hurt our nan",
        "they said something will happen to my mum if i stop dealing",
        # a rival gang that knows where the sender lives (rival_gang; W10)
        "the opps know where i live and keep driving past",
        # a weapon a classmate brings in day after day: a habit, high (habit_now widened; W3, not W2)
        "a boy in year 9 brings a knife in every day and keeps showing it off at break",
        "kid in my form carries a blade every day, shows it off to everyone in the toilets",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a weapon brought in every day, shown off: high, not a danger now
        "a lad in my year brings a machete in every day and shows it off in the changing rooms",
        # a pet flopped out, with a violent simile (violence_simile; pet_antics)
        "my dog ate a whole loaf and now hes on his back on the rug like hes been shot",
        # a complaint about an early start (early_wake)
        "wish i hadnt woken up at 6am for this school trip",
        # "lying on the floor not breathing" from laughing
        "lying on the floor after that video literally not breathing lol",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # "dead inside" about school or exams (dead_inside)
        "three more years of sixth form and ill be dead inside",
        "revising for mocks has made me dead inside tbh",
        # a family move as a threat of punishment (family_move)
        "my dad said im getting sent to live with my nan in the countryside if my report is bad",
        # praise for a track quoted (media widened)
        "'pull up with the shotty in the trap' this slaps, whats this song",
        # "smashed" as success (benign widened)
        "we smashed the cake sale for the food bank today",
        # a pet that ate too much, lying about (pet_antics: the learned models may not raise it)
        "my cat just ate a whole tin of tuna and now shes lying on the floor like shes been run over",
        # an early start ("woken up at 5am")
        "wish i hadnt woken up at 5am for this coach trip",
        # an address posted as a wind-up, no threat: harassment, not serious violence
        "someone in my class keeps posting my address in the year chat to annoy me",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the new narrowings that must not be over-read either
        "the coach touches the ball weird on his first touch",
        "my mum said theyd hurt my feelings if i stop replying",
        "he brings a packed lunch in every day",
    ],
)
def test_near_misses_stay_standard(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        "theres a lad in the toilets right now with a knife out threatening people",
        "i feel dead inside and im going to take all my tablets tonight",
        "they sent me to a trap house in another town to sell for them",
    ],
)
def test_the_real_thing_still_counts(text):
    assert rules(text).grade in ("high", "immediate")
    assert full(text).grade in ("high", "immediate")
