"""Lexicon 2026.12.34, part b167: the classes read from the misses of read test sets b167 and b168, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # made to drink by an older person or a partner, wanting to go home now (QB1671)
        "im round this guys house, hes 20 and im 13, his mates keep handing me drinks and i want to go home",
        "these older lads keep topping up my drink at the flat and i just want to leave",
        "my boyfriend is 25 and keeps pouring me vodka, i need to get out of here",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # a phone or camera hidden where people change or use the toilet (QB1672)
        "some lad hid a phone in the boys changing room at the pool to film people",
        "there was a hidden camera in the girls toilets at the youth club",
        # videos of people changing, shared on a chat (covert_intimate, image_spread widened, QB773)
        "people in my year are sharing vids of the girls netball team getting changed",
        # an adult giving children gifts and asking for their socials or numbers (QB1673)
        "a man by the skatepark keeps giving the year 7s energy drinks and asking them for their snapchats",
        "a guy outside the chippy gives girls in year 9 free vapes and asks for their numbers",
        # touching of the bottom or chest (sexual_abuse widened)
        "a man on the tram squeezed my bum and laughed when i turned round",
        "some old guy at the bus station grabbed my chest",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # family making a child drink at a barbecue, bored, wanting to go home
        "my older cousins keep making me drink shandy at the barbecue and i want to go home",
        # a boring day, wanting to go home
        "this trip is so long i just want to go home",
        # hiding one's own phone somewhere to keep it safe
        "i put my phone in the changing room locker so nobody would take it",
        # a parent's fear of a harm that may happen some day
        "my mum thinks ill get spiked if i go to the festival so shes saying no",
        "my dads worried ill get mugged if i get the late bus, hes so overprotective",
        # the weather "unaliving" the sender
        "this heatwave is actually unaliving me, cant sleep at all",
        # a plan made once, not gone through with, and the sender now safe
        "i had a plan once last year but i didnt go through with it, im ok now and seeing someone",
        # a man asking for a number for an ordinary reason
        "the man at the phone repair shop asked for my number to text me when its ready",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # whether a small tool is legal to take on an activity (question_general widened)
        "is a small penknife legal to take on a camping trip with cadets",
        "is a multitool legal to bring on a scouts hike",
        # a parent's fear of a harm some day
        "how do i get my parents to let me go to the concert, they think ill get spiked",
        # the heat "unaliving" the sender
        "32 degrees in the science block and the heat is unaliving me",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a real suspicion of being spiked now is still immediate, whatever fear went before
        "im scared ill get spiked, my drink tasted funny and now im really dizzy",
        "think im going to get spiked, my drink tastes weird and my legs feel weak",
        # a plan now, whatever plan went before
        "i had a plan once before but this time its real, im doing it tonight",
        # the heat and a real overdose
        "the heat is killing me and i took all my tablets an hour ago",
    ],
)
def test_near_misses_of_the_new_cancels_are_still_immediate(text):
    assert_grade(text, "immediate", read=rules)
