"""Lexicon 2026.12.20, part b43: the classes read from the misses of sets b43 and b44, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a pupil with a weapon in school, there now
        "a lad in year 10 brought a knife in his bag and hes sitting in our maths lesson now",
        "someone flashed a gun at lunch and hes in our english lesson right now",
        # at a height, reaching out once "before"
        "on the multistorey roof, just wanted to speak to someone before",
        # belongings given away and a note left for family
        "gave my headphones to my brother and left my dad a note, its easier for everyone this way",
        # thanks for help that faded, then an ending
        "your videos helped for a while but im done, the letters are in my drawer",
        "the counselling helped for a bit, bye everyone",
        # a goodbye with thanks to someone kind, and nothing mattering now
        "bye. you were kind to me when nobody else was. nothing matters now",
        # armed people at the door of the flat, the door failing
        "theyre on the landing with machetes and the door wont hold",
        "someone is kicking my front door and the door is giving way",
        # revenge now for a grievance told in the past
        "my cousin just went out with a knife to get the lads who jumped him last night",
        "my brother grabbed a machete, hes gone after the guy who robbed him yesterday",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a drug run in slang ("run a ting"): exploitation, not a weapon
        "some olders want me to run a ting to the next town for them",
        # a stabbing told as over: high, not for the immediacy model to make immediate
        "my cousin got shanked last week, hes in hospital but ok",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        # a weapon in a school lesson that is a film, cooking or a drawing
        "were watching a film about knife crime in our pshe lesson now",
        "were using knives to chop onions in our food tech lesson now",
        # at a bridge on an errand, talking to someone before an exam
        "im at the bridge waiting for my mum, wanted to talk to someone before my exam",
        # a note left for mum about an errand
        "left my mum a note saying im at the shops, bye",
        # help that faded and was replaced
        "the counselling helped for a bit but now its great again, thanks",
        # a small problem solved: "doesnt matter now"
        "bye, thanks you were nice, doesnt matter now i found my charger",
        # a door that will not hold a poster; a ball game in the stairwell
        "my bedroom door wont hold a poster up lol",
        "kids playing cricket in the stairwell with a bat again",
        # the grievance punished and over
        "the lad who jumped him last week got arrested, all ok now",
        # violent words about a football match
        "were gonna batter the other team saturday, hat trick incoming",
        # "i want to die" over a fall in front of people
        "i want to die, tripped over in front of my crush",
        # a chase told as over
        "some lads chased us out the park, nobody got hurt",
        # exploitation told as a routine, not as now
        "they keep me in a flat i dont know most weekends",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        # a chase still going on is still immediate
        "theyre chasing me now, nobody got hurt yet but im scared",
        # stranded now, not as a routine
        "theyve dropped me in some town i dont know and wont let me leave",
        # "run a ting" does not hide a weapon carried outside now
        "hes got a ting on him and hes outside now",
    ],
)
def test_near_misses_still_immediate(text):
    assert_grade(text, "immediate")


def test_a_man_who_only_shouts_is_not_immediate():
    assert_not_immediate(
        "theres a man by the park gates who shouts at girls, hes not done anything else", full
    )


def test_embarrassment_hyperbole_is_below_high():
    assert_below("i literally want to die i tripped over in front of my whole year", "high", full)
