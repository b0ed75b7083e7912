"""Lexicon 2026.12.33, part b143: the classes read from the misses of read test sets b143 and b144, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a veiled question about when trains pass the railway by home, nothing mattering after (QB1431)
        "when does the next train come through the crossing near us, asking for a reason",
        "what time do the trains go past the tracks by ours tonight. not like itll matter after",
        # a last word that the sender tried, with thanks, a goodbye or an apology to someone named (QB1432)
        "you were always kind to me miss. i want you to know i tried. tell sam im sorry",
        "tell my mum i tried my hardest, i really did. love you all",
        # a stranger offering children a lift, still there now (QB1433)
        "some man in a black car keeps offering the year 8s a lift by the park, hes still parked up",
        "a guy in a van asked my little sister if she wanted a lift, hes still outside the shop right now",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a parent punishing a child by making them stand or stay outside, in the cold or for hours (QB1434)
        "my stepdad makes me stand outside in the rain when i talk back, sometimes for hours",
        "my mum put me out in the snow in my pyjamas cos i broke a plate",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary question about train times at the crossing, no hint of finality
        "what time does the last train go past the crossing by ours, my dad needs to know for his shift",
        "when does the next train come through the crossing near us? nana wants to watch the steam one",
        # "i tried" about a test or a job, with an ordinary thanks
        "tell sir i tried my best on the mock, thanks for all the help",
        "just want you to know i tried to get tickets but they sold out, sorry x",
        # a relative offering a lift, still there now
        "my uncle offered me a lift home, hes still parked outside the school waiting",
        # a parent making the child wait outside a shop for a few minutes
        "my mum made me wait outside the shop while she paid, so boring",
        # where the family lives, and a weapon found at home: not someone outside now
        "my brother keeps a knife in his drawer, i found it today. we live just outside leeds",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a threat hung on a sibling eating the sender's food (trivial_condition widened)
        "im going to unalive my sister if she eats my chips one more time",
        "if he drinks my last capri sun im jumping off the roof istg",
        # deaths in a video game, counted (game_death, a model stop)
        "got killed like 30 times in fortnite by some kid and he called me trash",
        "been shot 12 times on cod tonight i want to throw my controller",
        # a scam demand refused: nothing sent and the sender blocked (scam_refused, a model stop)
        "someone messaged saying they had pics of me and wanted money, i didnt send anything and blocked them",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        "i took all my tablets an hour ago and im being sick",
        "a man pulled up next to me and is telling me to get in, im on my own and hes still there",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")
