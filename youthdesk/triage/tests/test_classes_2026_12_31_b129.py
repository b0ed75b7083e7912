"""Lexicon 2026.12.31, part b129: the classes read from the misses of read test sets b129 and b130, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a message sent before the nerve goes, on the way to a railway or a height (countdown; QAH8)
        "quick message before i change my mind, heading to the train tracks behind the estate now",
        "texting u before i bottle it. going down to the railway line tonight",
        # "my note" written and placed, with calm resignation (letters_written + resigned_end; QB731)
        "finished my note, left it under my pillow. honestly not afraid anymore",
        "written my note for mum. its for the best",
        # a school attack announced for tomorrow in text speak ("tmr", "2morrow"; W14)
        "bringing it into school tmr, you'll see it on the news",
        "taking it into school 2morrow and hes gonna regret it, watch the news",
        # out and unable to go home, said as meant, with hours out or a dying phone (QB1291)
        "cant go back home, my stepdad went mad, im not joking. been out since 5 and phone on 4%",
        "i cant go home im serious, been sat at the bus station for hours and my phone is about to die",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # lying awake planning how one would do it (suicidal)
        "every night i lay awake planning how i would do it",
        # injuries owned as self-inflicted (self_harm)
        "the cuts on my legs are from me, nobody else did it",
        # carrying named as what makes one feel safe (carry)
        "carrying makes me feel safer when i walk home through the estate",
        # someone filmed showering (sexual_abuse)
        "my cousin told me her stepdad films her showering",
        # an adult messaging a child online about how they look in uniform (QB1293)
        "my pe teacher keeps dming me on insta about how good i look in my uniform",
        "a man from the gym messaged me on snap asking for pics in my uniform",
        # a parent's daily drinking with a child left to fend (QB1292), or locked out of the house (domestic)
        "dad drinks every night and theres never any food, i feed my little sisters myself",
        "my mum locks me and my sister out the house when shes drinking",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a sibling drinking heavily or a drug found in their room (drug_worry, G1)
        "my sister has been drinking loads lately and im worried",
        # a "ugliest" poll (bullying)
        "some lads did a poll to rate the ugliest girls in year 9 and i was on it",
    ],
)
def test_new_medium_classes(text):
    assert_grade(text, "medium")


@pytest.mark.parametrize(
    "text",
    [
        # "before i change my mind" about an ordinary purchase or trip
        "booking the train to leeds before i change my mind lol, going to the station tonight",
        # a note that is an ordinary note
        "wrote my note for the supply teacher, its on my desk",
        # unable to go home only until something ordinary is over, said as meant, with hours out
        "cant go back home till the plumber leaves, for real, been at the library for 3 hours",
        "honestly cant go back home until my dad gets home from work, been out since 4 and my phone is on 5%",
        # the news as ordinary media
        "did you watch the news tonight about the school trip crash",
        # a friend who said it and is plainly fine and gaming right now
        "my brother said hed kill himself if arsenal lost then laughed, hes playing fortnite right now",
        # a sports thrashing
        "we got absolutely battered at netball today, 24 3, never living it down",
        # a report found, with a comic farewell
        "dad just found my school report, been nice knowing you all",
        # asking whether a tool is legal for a hobby
        "can i carry a folding knife for bushcraft? asking because i do scouts",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sports thrashing, a report found with a comic farewell, a hobby question about a knife
        "we got absolutely battered at netball today, 24 3, never living it down",
        "dad just found my school report, been nice knowing you all",
        "is it legal to carry a penknife? asking because i do scouts",
        # a parent praising a child's uniform; a parent who drinks while the child is cared for
        "my mum said i look good in my uniform on my first day",
        "dad drinks all day on sundays watching the football, looking after my little brothers is fun tho",
        # a dilemma about telling, not a threat hung on a condition
        "my mate keeps taking pills at festivals and idk if i should tell his mum",
    ],
)
def test_hard_negatives_stay_below_high(text):
    assert_below(text, "high")
