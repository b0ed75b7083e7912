"""Lexicon 2026.12.20, part b35: the classes read from sets b35 and b36's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # means saved up, and the sender will not be talked out of it
        "been saving my tablets up for ages. my mind is made up so dont bother trying to talk me out of it",
        # a wish to die said as a decision nobody can change
        "i want to kill myself and no one can talk me out of it",
        # someone held in a vehicle, going somewhere they do not know
        "theyve got my mate in the back of a van and he doesnt know where theyre taking him",
        # a child driven far away by the people who run a drug line
        "the lads who run the line picked me up and were driving somewhere miles away, im 15",
        # a belonging left to someone, not needed after a day
        "ill leave my guitar to my cousin, wont be needing it after tonight",
        # a gun promised for later today, said to be serious, shown before
        "a boy in my form is bringing his brothers gun in after break, he isnt joking, he showed us it yesterday",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # someone else's weapon the sender fears they will use
        "my brother carries a blade everywhere, im worried hes going to use it",
        # a weapon shown around school as a habit
        "a kid in year 10 has been pulling a blade out in the changing rooms to scare people",
        # a knife pulled, dated to a past day
        "a lad pulled a knife on me by the bus stop, happened thursday, i dont want to go to school",
        # an attack seen on a video that is going round
        "my cousin sent me a video of a lad getting glassed outside a club, everyones got it",
        # an assembly opinion does not swallow a disclosure that follows it
        "we had an assembly about grooming and i think its happening to me, a man online keeps asking for pics",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a firm decision about something ordinary
        "getting my nose pierced on saturday, my minds made up so dont try and talk me out of it",
        # a family trip kept secret, the phone dead
        "in the back of the car, mum wont tell me where were going and my phone died lol, its a surprise trip for my birthday",
        # leaving a console to a sibling when moving away
        "when i go to uni ill leave my ps5 to my little brother, wont need it there",
        # drugs going round a year group, not an image
        "theres weed going round my year and i think my mate is selling it",
        # an opinion of an assembly about a harm
        "we had an assembly about online safety and sextortion, half my class messed about but i thought it was important",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        "theres weed going round my year and i think my mate is selling it",
        "we had an assembly about online safety and sextortion, half my class messed about but i thought it was important",
    ],
)
def test_topics_going_round_stay_below_high(text):
    assert_below(text, "high")
