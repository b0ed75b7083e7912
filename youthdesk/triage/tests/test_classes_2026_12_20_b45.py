"""Lexicon 2026.12.20, part b45: the classes read from the misses of read test sets b45 and b46, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # belongings handed on after thanks for help that has not worked
        "decided. thanks for listening before but it isnt getting better, my cousin can have my clothes",
        "my brother can have my playstation. the counselling was kind but nothing is getting any better",
        # a bare farewell to everyone signed with a kiss
        "bye everyone x",
        "goodbye all x",
        # a child gone now to meet someone from online, with a cover story
        "my little brother is 12 and hes gone to meet a man he met on a game, said its at the park tonight",
        "shes 14 and gone off to meet some guy from snapchat right now, told mum she was at a sleepover",
        # a drunk man at home with the protective parent out, and a cry for help
        "please help my stepdad is home drunk and mums at work, im scared",
        "help hes hammered again and mum isnt home",
        # tablets laid out with a thank-you or last words
        "all my tablets are lined up on the desk. just wanted to say thanks for everything you lot did",
        "got the pills lined up, wanted to say ta to the youth worker who listened",
        # no one will miss me, with the means out (Scots too)
        "naebody will miss me. got the tablets out",
        # followed by a stranger after moving away from him
        "man on the bus kept moving closer and when i moved seats he followed me upstairs, hes still next to me now",
        "when i moved he moved too, hes following me through the shopping centre right now",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # recruitment pressure to go country: high, not danger now
        "olders keep trying to get me to go country, i said no but they keep asking",
        # an online stranger asking whether the parents check the phone
        "some man on tiktok keeps asking if my parents check my phone and how old i am",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a thing given away and something else not getting better
        "my brother can have my old bike, my knee is still not getting better so i cant ride it",
        # a goodbye for the holidays
        "last day of term today, goodbye everyone x see you in september",
        # gone to meet friends, or an adult on a date
        "my sister is 14 and shes gone to meet her friends at the cinema tonight",
        "my mum has gone to meet her friend from work tonight",
        # a drunk parent being silly, or a drunk friend
        "my dad came home drunk again and mums at work lol hes singing karaoke in the kitchen",
        "help my mate is drunk and his mum isnt home, how do i get him to drink water",
        # medicine sorted as prescribed, with thanks
        "lined up my nans pills in her weekly box, just wanted to say thanks for the advice about the pharmacy",
        # moved house, the following long over
        "i moved house last year and the man who used to follow me round is gone now",
        # a joke shouted at a climbing wall or the top board
        "every time i reach the top of the climbing wall i yell im going to jump and the instructor rolls his eyes",
        "on the top board at the pool shouting im going to jump, my mate was filming",
        # a question whether a knife or spray is legal
        "is a butterfly knife illegal or nah",
        "is carrying pepper spray legal or not",
        # a suicide joke hung on a family occasion
        "if my dad makes me go to my aunties wedding im going to kill myself lol",
        "if i have to go to the christening im jumping off a bridge",
        "i will simply walk into the sea if this queue gets any longer",
        # slang "ting" for an event
        "are we doing the gym ting tomorrow or nah",
        "who's coming to the birthday ting saturday",
        # asking what a term means
        "whats cuckooing? heard the word in pshe",
        "whats catfishing my teacher said it",
        # a sports defeat as the cause of "done with life"
        "we lost to st marys again im done with life",
        # asking whether something gets you arrested
        "can u get nicked for sharing a meme",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "is a butterfly knife illegal or nah",
        "if my dad makes me go to my aunties wedding im going to kill myself lol",
        "are we doing the gym ting tomorrow or nah",
        "whats catfishing my teacher said it",
        "we lost to st marys again im done with life",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "im on the top of the multistorey and im going to jump",
        "he pulled a knife on me is that legal or not, hes still outside",
        "if he hits me again im going to jump off the bridge tonight",
        "he pulled the ting out on me outside the shop just now",
        "im done with life, nothing helps, ive got the pills here",
        "theyre outside now trying to get me to go in the car",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")
