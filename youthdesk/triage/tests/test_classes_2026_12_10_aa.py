"""Lexicon 2026.12.10, part aa: the classes read from development set aa's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below immediate.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, at_least


@pytest.mark.parametrize(
    "text",
    [
        # a young child gone and not come back, their scooter found lying (M3 + left_lying)
        "my little brother went out on his scooter 40 mins ago and hasnt come back, we found his scooter by the road",
        # hiding in a toilet cubicle from the men who make them carry, waiting outside (X5)
        "im locked in a cubicle in the shopping centre toilets and the men who make me carry bags for them are waiting outside",
        # a household adult driving off with a child, the parent not knowing (QAA9)
        "my stepdad has got my little brother in his van and mum doesnt know, hes not even allowed to see him",
        # a man exposing himself to children, now coming towards them (QAA1)
        "a man by the park gate is touching himself and watching us and now hes walking towards us, were in year 6",
        # someone who threatened to kill is sharpening a knife now (QAA2)
        "my stepdad told me hed kill me if i said anything and now hes sat at the table sharpening a knife looking at me",
        # a farewell that asks for no reply (QAA3)
        "no need to reply to this. thanks for always listening to me, i wont be here for much longer",
        # an overdose told inside a question about how it feels (N13 + act_disclosed)
        "is it normal to feel this sleepy after taking all of my mums sleeping tablets",
        "why is my head all fuzzy after swallowing a load of my nans tablets",
        # a ligature tied to a fixing point (L1)
        "just tied a cord to the hook on my bedroom door",
        "tied my school tie to the top of my wardrobe",
        # going alone to meet an online contact now, the parent misled (X10)
        "im at the bus station on my own meeting a guy from insta, he says hes 15 but he sounded like a man on facetime",
        # a password shared with a farewell, "if someone finds this" (QU4)
        "if someone finds this my password is 0000. look after each other",
        # someone being pulled into a vehicle now (W1)
        "a man is dragging him towards a car outside the chippy right now",
        # a car crawling alongside, the driver saying get in (N12)
        "a car is driving slow next to me on my way home and the man keeps telling me to get in",
        # someone passed out who cannot be woken (QAA4)
        "my cousin took something at the party and passed out and now we cant wake her",
        # belongings handed on by name, with a goodbye (N5)
        "tell my brother he can have my bike. bye everyone",
        # silence will mean they have done it (QAA5)
        "if you dont hear from me by monday its because ive done it",
        # a last photo with means, laughed off, then unreachable (QV10)
        "my mate sent a snap of a packet of tablets saying last photo of me lol and now her phone is off",
        # hiding outside from a violent partner at home (D5)
        "im hiding in the garden from my mums partner, hes smashing things inside",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a threat to hurt a pet if the child tells (QAA6)
        "my stepdad says hell get rid of my dog if i tell anyone what happens at home",
        # asked to undress on camera for game credit (QAA7)
        "someone on roblox keeps asking me to take my top off on camera and says hell send robux",
        # an adult "checking" a child's body as a routine (QAA8)
        "my uncle checks me all over at bedtime when i stay there",
        # a man exposing himself, nothing coming at them now (X2)
        "a man on the bus was touching himself and staring at me",
        # a runaway back home now, the contact still messaging (M1 yields)
        "i ran off for two days to stay with a guy i met online, im back home now but he keeps texting me",
        # gifts and an invitation to his flat, asked about (X3 stands, the model held)
        "a man at the skatepark buys us energy drinks and says we can chill at his flat any time, is he just being nice",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # belongings lying about, nobody missing
        "my little brother left his scooter lying on the path again and mum is fuming",
        # a sports result told as violence
        "we got battered 6-1 in the cup today",
        "they absolutely murdered us at netball, so embarrassing",
        # security at school
        "theyre putting knife arches in at school from monday",
        # asking for a song's name
        "does anyone know this song, it goes 'jump off the bridge tonight' and its stuck in my head",
        # a sibling squabble
        "my sister punched me on the arm cos i took the last yoghurt",
        # hiding in a game
        "were hiding in the shed playing hide and seek with my little cousins",
        # no reply needed, away on holiday
        "dont reply, i wont be around for the next session cos im on holiday in spain",
        # a knife sharpened for cooking, no threat
        "my dad was sharpening the knives before carving the sunday roast",
        # silence meaning sleep
        "if i dont reply its because im asleep",
        # a last picture before a haircut
        "last pic of me with long hair lol, getting it all cut off tomorrow",
        # thinking about a means, with no plan (N1 yields to no_plan)
        "i keep thinking about taking all the tablets in the kitchen drawer but i dont have a plan",
        # a belt tied to a bag, not to a fixing point
        "i tied my belt to my bag strap so i dont lose it",
        # a password shared for a game, no farewell
        "my password is 1234 can someone log in and do my daily rewards",
        # a parent crying at a departure
        "mum was crying when they left for university",
        # a friend steadied, not taken
        "i grabbed my friends arm so she didnt fall off the wall",
        # a brother giving a lift to an activity
        "my big brother has got my little sister in his car taking her to ballet, mum doesnt know yet",
        # a pet that fainted
        "my dog passed out in the heat and now hes not responding",
        # hiding from a parent over homework
        "hiding from my mum cos i havent done my homework, shes going mad lol",
        # tablets taken as the doctor said
        "is it normal to feel sleepy after taking all of my hayfever tablets like the doctor said",
        # the caretaker climbing over a fence, nobody exposing himself
        "the caretaker is climbing over the fence to fix the goal net",
        # passed out from tiredness, a joke
        "my dad passed out on the sofa after his night shift lol",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.10")
    assert not at_least("lex-2026.12.9", "lex-2026.12.10")
