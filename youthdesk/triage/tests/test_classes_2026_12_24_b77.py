"""Lexicon 2026.12.24, part b77: the classes read from the misses of read test sets b77 and b78, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a cry for help with someone armed right now (QB771)
        "someone help theyve got a machete and theyre at our door",
        "please help shes got a knife and shes screaming at my mum",
        "help he has a gun in the kitchen",
        # a weapon just got out (W6, brandish_strong)
        "pls help my dad has got out a knife",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a real gun brought home or hidden in the house, even with a joke about the teller's own fate (QB772)
        "my older brother took a gun home from his mates and hid it under his bed",
        "theres a real gun in our house, my uncle stashed it in the loft. if he knew i said im dead lol",
        # a picture taken of someone changing or showering, then put on a chat or shared (QB773, E4)
        "my mate took a photo of me in the shower at camp and put it on the group chat",
        "someone filmed me getting changed after pe and its going round",
        # made to hold goods for older lads, with a threat to the family or its car (C6)
        "older lads said if i dont keep their bag in my room theyll hurt my little sister",
        "they said unless i stash their gear theyll set my dads car on fire",
        # staying away because of a threat if they come back: high, not immediate (staying_away, violence)
        "im staying at my nans cos i cant go home, my stepdad said hed batter me",
        # a man who exposes himself at the same place most mornings: high, not immediate (habit_now)
        "a guy at the train station flashes girls from my school, hes there most mornings",
        # intrusive thoughts still count, though "telling me to kill myself" from others is an insult
        "my brain keeps telling me to kill myself",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "im staying at my nans cos i cant go home, my stepdad said hed batter me",
        "a guy at the train station flashes girls from my school, hes there most mornings",
        "my older brother took a gun home from his mates and hid it under his bed",
    ],
)
def test_held_off_or_habitual_danger_is_high_not_immediate_with_the_model(text):
    assert_grade(text, "high", read=full)


# Near misses that must stay below high as well as below immediate
BELOW_HIGH = [
    "help my dad has a knife set for christmas what do i get him",
    "could you do a post about how to spot if someone has been groomed",
    "i keep getting headshot in warzone by the same guy, he said he'd kill me next round",
    "no scope killcam on my new clip, absolutely destroyed them",
    "were going to kill it at the battle of the bands, unless i bottle it",
    "if a mate tells you theyre cutting do you have to tell their parents",
    "my cousin brought a nerf gun home and hid it from his sister",
    "my dads literally going to kill me, i broke the tv",
    "the hardest bar on her new tape is about shanking the opps",
    "would he get arrested for a butter knife in his lunchbox, its for his toast",
    "so relieved the police caught the man who was flashing kids by the canal in the summer",
]


@pytest.mark.parametrize(
    "text",
    [
        "help hes got a knife in the game and i have no ammo lol",
        "can yous do tips on how to stay safe walking home, my mate got followed last week",
        "i bottled it at the audition and didnt sing",
        *BELOW_HIGH,
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    BELOW_HIGH,
)
def test_near_misses_are_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "girls in my year keep telling me to kill myself on snap",
        "some kids on roblox told my little sister to kill herself",
    ],
)
def test_being_told_to_kill_oneself_is_bullying_not_the_senders_wish(text):
    assert_grade(text, "medium")
