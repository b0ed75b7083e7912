"""Lexicon 2026.12.23, part b63: the classes read from the misses of read test sets b63 and b64, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a method set up, and the sender stopping themselves at the brink, over and over
        "ive been in the loft for ages, everything is set up but i keep stopping myself",
        "sat in my car in the garage with everything set up, i keep chickening out but i wont for much longer",
        "im on the multistorey roof and i keep pulling back at the last bit",
        # a bath run, with a wish to die or nobody noticing
        "ran a bath, nobody will notice im gone anyway",
        "the bath is running and i just want to die, no one will care",
        # sextortion with a deadline told as "by 9 tonight or he sends them", with a wish to die
        "he wants 300 by 9 tonight or he sends them to my whole family, i want to die",
        "some guy online says pay by tonight or they go to everyone on my insta. id rather be dead",
        # hiding in the toilet or bathroom under a pretext from someone in their room now
        "my stepdad is in my room again so im in the bathroom pretending to be sick",
        "hes in my bedroom again and im hiding in the loo, i dont wanna go back in there",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # made to hold or carry things for someone, with a weapon about: exploitation, not a captor now
        "my cousin keeps a machete in his room and hes got me carrying stuff for him to school",
        # invited to stay at an adult's later: grooming, not missing now
        "im 14 and my boyfriend is 20, he says age doesnt matter and he wants me to stay at his next week",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the brink words about everyday nerves
        "everythings set up for the party, i keep chickening out of asking her to dance lol",
        "i keep chickening out of telling my mum about my grades",
        "my revision timetable is all set up but i cant bring myself to do it",
        # a bath, ordinary or a bad day
        "ran a bath with a bath bomb, im so done with today",
        "nobody will notice if i have a bath at midnight",
        # a debate on a topic in class
        "we had a debate in class about whether knives should be banned, i think they should",
        "we're having a debate about if teenagers should be allowed guns in america, what do u reckon",
        # a debt of money or a deadline that is not sextortion
        "my mate wants his tenner back by 5 tonight or hes telling everyone i owe him lol",
        # pretending to be sick to skip school
        "im in the toilet pretending to be sick so i dont have to do the pe lesson",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "i keep chickening out of telling my mum about my grades",
        "ran a bath with a bath bomb, im so done with today",
        "we had a debate in class about whether knives should be banned, i think they should",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        "we had a debate in class about whether knives should be banned, i think they should",
        "i keep chickening out of telling my mum about my grades",
    ],
)
def test_benign_classes_stay_below_high_with_the_model(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "ive got the rope round the loft hatch and i keep chickening out, nobody will notice anyway",
        "my boyfriend is 22 and im 13, im at his flat now and he wont let me leave",
        "theyve got me in the back of a car and wont let me out, they made me carry a bag for them",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")
