"""Lexicon round 2026.12.14, part ak: the classes read from development set ak's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a child taken by older people to "work" now (QAK1)
        "my cousin is 13, some older lads picked him up in a black car and he said hes going to work with them till sunday",
        "im 14 and these men are driving me up north, they said im going away to work for a bit. my dad thinks im at my mates",
        # exploited and being moved or kept now (QAK2)
        "the guy i run for is outside in his car and said im coming with them tonight",
        "got handed a bag to hold on the coach by some older lads, they said i cant get off till they say",
        "they dropped me at some flat to sell, i dont even know the address and theyre watching me",
        # the exploiter waiting outside, threatening to burn the house if a run is refused (QV1 widened)
        "hes sat outside in his car. if i dont do the drop tonight hes burning the flat with my mum in it",
        # held until a debt is paid, with a photo of the injuries (QAD4 widened)
        "theyre keeping my brother at a flat till my mum pays what he owes, they sent a photo of his face all cut up",
        # accused of grassing, and they are at the door now (QAK3)
        "they think im a grass and theyre on the stairs outside our flat shouting for me",
        # a home set on fire now, gunfire in the street now (W1 widened)
        "someone put a petrol bomb through our letterbox, the house is on fire, we are on the street",
        "men are shooting on our estate right now, my little brother is still out there",
        # typing in secret about an armed person who has them shut in (QAK4)
        "hypothetically if a man has a knife and wont unlock the car what do you do. typing this under the seat",
        # they are getting them tonight, a letter left (W14 widened)
        "left a note for my nan cos theyre gonna get me tonight, theres no point running",
        # things given away and erased, signed off with a thank-you (QAK5)
        "my sister can have my phone, gave my switch to my cousin, wiped my phone. just wanted to say thank you, you lot were class",
        # a phone code and a bequest (QU4 widened)
        "the code for my phone is 2291. give my hoodies to my best mate",
        # a weapon with its use on someone named for a time today (QAK6)
        "a lad in my form brought a blade in and says hes gonna stab someone at break",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # exploiters named by who the sender runs for (C2 widened)
        "the man i drop for checks where i am on my phone all day and says i cant quit",
        # a price on someone's head, a name in a drill track (QAK7)
        "heard theres a price on my head cos of a fight my cousin had",
        "some group put my name in a track and now everyone says im a target",
        # stashing for older people at home (C2 widened)
        "the older boys make us stash stuff at our houses cos police never search kids",
        # ongoing self-harm written as s/h
        "my s h has been getting worse this year and i hide it with sleeves",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert result.grade in ("high", "immediate"), (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # a parent going to work, a child home: not a child taken away
        "im 12 and my dad said hes going to work so im home with my older brothers",
        "my brother is 12 and plays out with the older boys, my dad said hes going to work early so we walk to school",
        # a summer job with grown-ups, nothing taken or hidden
        "my mum thinks im old enough at 15 to get a saturday job, a man at the cafe said i could start",
        # a real holiday with family
        "im 13 and going on holiday with my uncles in their car tomorrow, cant wait",
        # the news about a past attack
        "did you see the news about the shooting in the city centre last month, is it still safe to go shopping",
        # a question about the law on carrying
        "whats the law on carrying a multitool for scouts, my leader says its fine",
        # grassing talk with nobody near
        "people at school think i grassed on them about the vapes, its so annoying",
        # a tool used on a thing, not a person
        "our dt teacher got a new stanley knife and says hes using it on the cardboard models at lunch",
        # a fire that is over
        "our house was on fire last year, we all got out and its rebuilt now",
        # deleting photos to make space, a thank-you for a talk
        "deleted all my old pics to make space and gave my old phone to my brother, thanks for the talk today",
        # a phone code asked about, not shared as a farewell
        "whats a good pin for my phone, my brother keeps guessing it",
        # a news drama about a price on someone's head
        "watched a film where theres a price on his head, so good",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)
