"""Lexicon 2026.12.28, part b109: the classes read from the misses of read test sets b109 and b110, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a wish not to go on, the negation inside the phrase ("dont really see the point in ..."; suicidal)
        "honestly i dont even see the point in waking up tomorrow. love you mum",
        "i cant really see the point in carrying on anymore, tell my sister i love her",
        # a note left on the bed or pillow, to be found, with a farewell (letters_left, bye_word, farewell_love; QU5)
        "theres a letter on my pillow for my dad. bye everyone",
        "put a note on my bed for mum, shell find it when she wakes. ta ra everyone",
        "i left a note on my bed for my brother, tell him none of this was his fault",
        # a car that keeps passing, then stops and someone gets out (pursuit, vehicle_approach; N12)
        "a van has gone past me like 3 times and now a man getting out of the van",
        "this car went past me about 5 times on my way back from the shop and now it pulled up right in front of me",
        # a rival group waiting outside (rivals_near; QAE3)
        "the boys from the other ends are outside the chicken shop waiting for us",
        "other ends are parked up outside the youth club looking for my cousin",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm written in shorthand, "s/h'd" (self_harm; S6)
        "i s/h'd last night after 2 months",
        # intimate pictures put in a group chat someone made (image_spread; E4)
        "some lad made a group chat with my nudes in it",
        # goodbye notes written again and again and destroyed: ongoing, not now (goodbye_drafts; S6)
        "i keep writing goodbye letters and then ripping them up",
        "i write goodbye notes and delete them most nights",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a parent driving round for a parking space
        "my mum went past me like 4 times looking for a space then pulled up in front of me",
        # the other end of a street or pitch, not a rival area
        "the lads from the other end of the street are outside playing footy",
        # a threat to tell a parent is blackmail, not the sender leaving word before a meeting
        "the olders said theyll tell my mum where i go at night if i stop running for them",
        # an ordinary note left for a parent
        "left a note for my mum saying ill be back at 6, bye",
        # goodbye letters to a teacher for a class task
        "we had to write goodbye letters to our year 6 teacher for english",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a wish to die about losing a game is hyperbole (S14 yields to gaming)
        "lost to my little cousin in fifa i want to die lol",
        "in cod my squad got wiped and i just wanna die",
        # "ting" for a match or a team event is not a weapon
        "anyone up for the 5 a side ting on sunday",
        # an Irish county is not county lines
        "my nan lives in county antrim, going there for easter",
        # goodbye letters for a class task, a group chat made for a trip
        "we had to write goodbye letters to our year 6 teacher for english",
        "my mate made a group chat for the trip with all of us in it",
    ],
)
def test_hard_negatives_stay_below_high(text):
    assert_below(text, "high")


def test_a_real_deadman_message_still_counts_beside_the_blackmail_cancel():
    # the cancel removes only a threat to tell, not the sender leaving word in case they do not come back
    assert_grade(
        "meeting the olders at the garages at 9, if i dont come back tell my mum where i went", "immediate"
    )


def test_goodbye_drafts_with_a_time_now_is_still_immediate():
    assert_grade(
        "i keep writing goodbye letters then ripping them up, tonights the night tho. love you all",
        "immediate",
    )
