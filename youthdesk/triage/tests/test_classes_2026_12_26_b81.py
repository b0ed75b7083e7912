"""Lexicon 2026.12.26, part b81: the classes read from the misses of read test sets b81 and b82, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # someone "aint breathing right" after taking something (N21 / QAO3 via airway_fail)
        "my little cousin aint breathing right after he took a load of something from the bathroom cabinet",
        "she took some pills at the house party and now shes not breathing proper",
        # a last post to everyone, with a laugh in front of it (QB811)
        "haha bye everyone this is my final post, cant cope anymore",
        "jk bye all, this is my last message",
        # a ligature round someone else's neck (L2 via ligature_set)
        "my brother has a rope round his neck in his room and wont answer me",
        "she just put a belt tight round her neck on the call",
        # a cry for help while being followed now (N12 with help_cry)
        "help im being followed by a man in a grey car",
        "help me im being followed home from the bus stop",
        # someone armed and on the way to use it now (QAS1 / QM201 with a journey now)
        "hes got a knife and hes going there now to sort them out",
        "my brother has a machete and says hes gonna use it on the boy who jumped him, theyre on their way there now",
        # tablets counted by the strip, with drink or a goodnight (QB812)
        "had a whole strip of them with some cider, night everyone",
        "ive had 2 strips of the stuff in mums drawer and half a bottle of vodka, night all",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # burning with a lighter on the wrist or legs (S6 via self_harm)
        "i use my lighter on my legs when nobody is home",
        "i use my lighter on my wrist again most nights",
        # burns or marks in lines, explained away (S15 via hidden_marks and cover_story)
        "my friend has burns on her arms and says its from the oven but theyre all in neat lines",
        # an unknown man or online contact asking a child for pictures (QB814)
        "a man online keeps asking my brother for nudes",
        "some guy on fortnite asked my cousin for pics of her in her pjs",
        # free drugs to young people, then a debt claimed (QB813)
        "theres a man at the park giving out free weed to year 8s then says they owe him",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # breathing trouble from an illness, nothing taken
        "my nan aint breathing right since she got covid, the doctor says it will pass",
        # a last post before a break or a new account
        "lol bye everyone this is my last post before my exams, see you in june",
        "bye everyone this is my last post on this account, follow my new one",
        # a rope round a dog's neck, a cord for a lanyard, a rope in a film
        "the dog had a bit of rope round his neck instead of a lead",
        "my dad wears a lanyard cord round his neck for work",
        "in the film the guy puts a rope around his neck",
        # "followed" on social media
        "help im being followed by loads of bots on insta lol",
        # going somewhere now for something ordinary
        "were going there now for food after football",
        "im going round there now to fix his bike",
        # strips of food, tablets taken as prescribed
        "i had 2 strips of bacon and a coffee, dont care anymore about my diet",
        "had a strip of them with my tea, doctor said to take them with food",
        # a knife disposal bin, a song title
        "were in nottingham do you have knife bins at the station, want to hand in an old kitchen knife",
        "do you have bins where you can get rid of knives in leeds, my grandad has a drawer of old ones",
        "dont want to live forever in this town lol",
        "i dont wanna live forever is such a tune",
        # a parent asking for pictures of an outfit, a loan between mates
        "my mum keeps asking my sister for pics of her outfit",
        "my mate lent me a tenner and now says i owe him lol",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you have bins where you can get rid of knives in leeds, my grandad has a drawer of old ones",
        "i dont wanna live forever is such a tune",
        "lol bye everyone this is my last post before my exams, see you in june",
        "help im being followed by loads of bots on insta lol",
        "my mate lent me a tenner and now says i owe him lol",
        "the dog had a bit of rope round his neck instead of a lead",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "my uncle wants to use the bins where you can get rid of knives but my cousin has kept his blade and hes going there now to use it on them",
        "i dont want to live forever, im taking all my tablets tonight",
        "i dont want to live anymore, bye everyone this is my last post",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")
