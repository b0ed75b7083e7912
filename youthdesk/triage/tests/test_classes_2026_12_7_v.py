"""Lexicon 2026.12.7, part v: the classes read from development set v's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a debt or shortfall to exploiters, a threat or a collector, and a time today (QV1)
        "the olders say the money came up short and theyll do me like they did my cousin, they want it by 9 oclock",
        "i owe them for what got lost and they are sending someone round tonight, i know what happened to the last lad",
        # moved to a place they do not know by exploiters, watched or made to work (QV2)
        "they dropped me in some town i dont know and said im working till the phone is dry",
        "my cousin got left in some flat in a city he doesnt know, they said theyre watching him",
        # someone armed at the door who will not leave (W12)
        "a man is on our doorstep swinging a bat and hes refusing to leave",
        # held somewhere to work off a debt, told inside a question, now (QV3)
        "is it ok that im made to stay in their flat till i pay off what i owe? theyre out right now",
        # word left in case they do not come back, before a dangerous meeting (QV4)
        "if you dont hear from me by 8 tell my mum im at the car park by the canal, the lads i owe said come alone",
        # chased and hiding, the chasers waiting (W1)
        "a group chased me into the library and the staff are letting me hide in the office, theyre waiting by the exit",
        # made to hide drugs inside the body, watched (QV5)
        "theyre making me swallow the wraps before the train and they check my phone every 10 minutes",
        # shut in the boot of a car (QV6)
        "im in the boot of a car, 2% battery left, been driving for ages",
        "they shut me in the boot and it has stopped moving, please help",
        # a weapon in slang and a route known, today (QV7)
        "some lad says he knows which bus i get and hell be waiting with the tool this afternoon",
        # someone linked to an abduction coming to the door (QV8)
        "the same car that took my brother last year is outside and a man is coming up our path",
        # outside demanding they come out, with a threat (QV9)
        "the guy i met online is parked outside and says if i dont come out hell post my nudes",
        "men are outside our house shouting come out or were coming in, they smashed our window",
        # an improvised weapon at school now; advice from a talk is not media (W2, W14)
        "you said in assembly to message if anything happens. its happening, 4 of them by the gym and one has a padlock in a sock",
        # a goodbye posted, then unreachable at the water or a height (QV10)
        "my mate posted love you all x on her story, her location says the pier and shes not picking up",
        # care arranged for after, a goodbye (S4)
        "if your reading this please feed my cat for me, i wont be here to feed him",
        # a masked group showing what is in a bag (QV11)
        "two lads in balaclavas by the bike sheds, one opened his bag and showed us whats inside",
        # a car circling the home and a threat posted (N12)
        "a black car has been past my house like 5 times tonight and someones post says im next",
        # a child gone from bed at night with an online contact (QV14)
        "my little brother (9) isnt in his bed and the window is open, he was talking to someone on snap who wanted to meet him",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # gang initiation; younger pupils made to hold drugs; a recruiter's free phone (C2)
        "theres pressure to join a gang at my school and the initiation is you have to rob a phone",
        "older boys keep making the year 8s hold weed for them in their bags",
        "a man keeps offering me a free phone if i do some jobs for him",
        # a shooting near home (QV13)
        "there was a shooting on our street last night and theres a bullet hole in next doors window",
        # exploitation asked about as one's own (QV12)
        "how do you stop doing county lines? asking for myself, i still owe them",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a trip away with a coach and a phone taken is not being moved by exploiters
        "the coach brought me here for the away match and sir took my phone, so boring",
        "my dad dropped me in some town i dont know for a football tournament",
        # a bat that is an animal, and a bat used in the past
        "a bat flew in my room right now how do i get it out",
        # a question about being held, with no now
        "is it normal to be made to stay at a mates house to pay back what you owe? its for a pshe project",
        # a late reply that is only sleep
        "if i dont reply in 10 mins im asleep lol",
        # chased by an animal, let in to hide
        "got chased by a goose into the shop lol, the owner let me hide in the back",
        # a plug threat for later is not happening now
        "they said ill have to plug it next time, i dont want to",
        # a bag in the boot, a game of hide and seek
        "i put my bag in the boot and we drove to nans, phone on 4%",
        "my little brother hid in the boot playing hide and seek lol hes fine",
        # a tool for a lesson
        "bring the tool for dt today pls",
        # the postman at the door
        "the postman is walking up to our door",
        # a friend at the door, an ice cream van
        "the ice cream van man is outside, come out or you'll miss it",
        # a goodbye at a party, moving away
        "said goodbye to everyone at the beach and now my phones dead lol",
        "my friend posted bye everyone on her story, shes moving to spain and not answering",
        # a greeting opened like a goodbye
        "if your reading this happy birthday",
        # a balaclava for the cold; posing in one
        "im not in a gang lol mum saw me in a balaclava for the snow and freaked",
        "someone posted pics in a balaclava doing gang signs, hes capping",
        # a child known to be at a friend's
        "my sister isnt in her bed, she stayed at her mates tonight",
        # a stabbing in a soap
        "theres a stabbing in corrie tonight, no spoilers",
        # a kitchen knife and the age to buy one
        "whats the age to buy a kitchen knife, the shop wouldnt sell me one",
        # a shooting in a game or a film
        "there was a shooting on call of duty",
        # an abuser away tonight, abuse disclosed without now
        "my dad hits my mum most weekends, hes not home tonight so its ok",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "the lads at boxing said theyre gonna batter me in sparring on friday haha",
        "theres a stabbing in eastenders tonight dont tell me what happens",
        "how old do you have to be to buy a bread knife for my mum",
    ],
)
def test_sport_soaps_and_shopping_are_not_high(text):
    assert_below(text, "high", full)
