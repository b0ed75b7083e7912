"""Lexicon 2026.12.23, part b65: the classes read from the misses of read test sets b65 and b66, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # being chased now, said the short way
        "im getting chased by some lads from the estate",
        "theyre chasing us down the high street, we cant lose them",
        # someone unknown trying to get in through a window or door, now
        "somebody is trying to force my back door, im home alone",
        "a man is pulling at the handle of our front door and i dont know him",
        "some guy keeps rattling my bedroom window, im so scared",
        # someone held in the boot of a car
        "theyve got my brother locked in their car boot",
        "hes got me in the boot, i can feel us moving",
        # a male adult of the household, the parent away, calling the child into his room, child unwilling
        "mums on nights and my stepdad keeps calling me into his room, im scared",
        "my mums boyfriend is here and mum is out till 11, he wants me in his bed and i said no",
        # held at a trap house, threatened if they try to leave
        "in a trap house in some town i dont know, if i try to run theyll hurt me",
        "theyve taken our phones and said if we try and leave theyll stab us, we are in a flat doing county lines",
        # a masked group at the door, the family hiding
        "men in balaclavas at our door shouting for my dad",
        "lads with their faces covered at the front door, mum is hiding us upstairs",
        # a lethality question disowned as study and owned as for now
        "how many paracetamol would it take. its not for school, its for me tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a third party's wish to be dead
        "my best mate says she wishes she was dead all the time",
        "my brother wishes he was dead and wont get out of bed",
        # pressured to carry
        "older boys told me its carry or get carried round here",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # family trying a stuck door or window, or locked out
        "my dad is trying to open the window but its stuck",
        "my dad forgot his keys and is trying to open the back door with a bank card lol",
        "someone is trying to open a bank account with my name, is that fraud",
        # a car boot sale, bags in the boot
        "going to the car boot sale with my nan tomorrow",
        "dad put the shopping in the boot and we drove home",
        # a relative calling the child into his room for something ordinary
        "my uncle wants me to come in his room to play fifa but i dont want to cos hes rubbish",
        # a "fr" with a laugh about exams
        "this revision makes me want to unalive myself fr lol, anyone doing bio tomorrow",
        # "my last message": the previous message
        "still waiting for someone to read my last message, its about a lost bike",
        "you never responded to my last message about the youth club",
        # a group chat argument over something trivial, with a joking "send help"
        "my friends are threatening to fall out over whether pineapple on pizza is allowed, send help",
        # "ting" as a thing
        "that new chicken shop is a peng ting",
        "the football tournament was a nice ting, thanks for running it",
        # a general question about running away
        "what do the police do if someone runs away but comes back the same night",
        # chased off a pitch
        "theyre always chasing us off the field at lunch to play their own game",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "going to the car boot sale with my nan tomorrow",
        "the football tournament was a nice ting, thanks for running it",
        "you never responded to my last message about the youth club",
        "what do the police do if someone runs away but comes back the same night",
    ],
)
def test_benign_classes_stay_below_high(text):
    assert_below(text, "high", read=rules)
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "this is my last message, i love you all, goodbye",
        "i want to die for real, ive got the pills and im taking them tonight",
        "im hiding in my room, dad is smashing things and threatening to kill mum, send help",
        "a man with a big ting in his bag outside asking where i live right now",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate", read=full)
