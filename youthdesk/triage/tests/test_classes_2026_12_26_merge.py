"""Round 2026.12.26, merge: what probing the eight parts together found, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a ligature tied to a fixture, the item named
        "ive tied the cord to the banister",
        "tied my belt round the bathroom door handle",
        # held by the throat now
        "her boyfriend has got my sister by the throat",
        # armed men arrived, the sender hiding
        "gang of them rolled up on us with machetes were in the chippy hiding",
        # a door kicked in now, a fire with no way out, a prowler at a child home alone
        "someones kicking my bedroom door in",
        "flat is full of smoke and the door wont open",
        "theres a man in my garden trying the back door, im on my own",
        # a cut bleeding heavily
        "cut my arm and its pouring out",
        # something "stupid" done, with the body reacting
        "did something really stupid and now im shaking and being sick",
        # an angry man with a bat got out; guns called nines; a silence threat whose condition is met
        "my stepdad is raging and hes grabbed the bat",
        "mandem are outside the chicken shop with nines looking for my cousin",
        "she said shed kill me if i told anyone and i told my teacher today, shes home now",
        # a note found and its writer gone; wanting to go into deep water in the dark
        "just found my sisters note and her bed is empty",
        "my cousin is by the canal in the dark saying he wants to walk in",
    ],
)
def test_the_real_thing_is_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a prank with laces, an animal tied up
        "tied my brothers laces to the table leg as a prank lmao",
        "tied the dog to the door outside the shop",
        # walking to a high place to meet friends
        "walking to the bridge now to meet the boys for a kickabout",
        # dead by the time a wait ends
        "ill be dead by the time the train comes its been cancelled twice",
        "gonna be dead by the time this class finishes",
        # a hold told as over
        "he had me by the throat once years ago, hes long gone now",
        # hiding in a game
        "were hiding in the bushes in fortnite with shotguns lol",
        # a holiday goodbye; jewellery or clothes round a neck
        "goodbye everyone see you next year, have a good christmas",
        "she wears a gold chain round her neck from her grandad",
        "had a scarf round my neck cos its baltic out",
        # rain pouring; a brother at the door over a charger; a fire drill; a burnt bbq
        "its pouring with rain and the bus is late",
        "my brother keeps kicking my door cos i nicked his charger lmao",
        "fire alarm went off at school and we all had to go out on the field",
        "dad set the bbq on fire again lol",
        # a bat for a game; a parent's small threat met
        "dad is well angry we lost so he got the bat out for batting practice in the garden",
        "mum said shed ground me if i told and i did lol",
        # a note saying where someone has popped to; a dog and a lake
        "found a note from dad saying hes gone to the shops, hes not home yet",
        "my dog wants to go in the pond rn hes so muddy",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_dead_by_the_time_a_wait_ends_is_standard():
    assert_below("ill be dead by the time this bus gets here, been waiting ages", "medium")


def test_dead_by_the_time_you_read_this_stays_immediate():
    assert_grade("ill be dead by the time you read this", "immediate")


def test_an_online_contact_from_a_game_with_the_address_is_serious():
    # "the game" is a person's platform here, not a match or a film
    assert full("the man from the game has got my address and says hes coming round tonight").grade in {
        "high",
        "immediate",
    }


@pytest.mark.parametrize("text", ["i need the police right now", "somebody help me", "please send someone"])
def test_a_bare_urgent_plea_is_high(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "stayed up all night revising send help",
        "pls help me pick a jacket for prom",
        "i did something stupid in science and got a detention",
    ],
)
def test_everyday_help_and_stupid_things_stay_standard(text):
    assert_below(text, "medium")
