"""Lexicon 2026.12.30, part b125: the classes read from the misses of read test sets b125 and b126, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a stranger or a group trying to grab or drag the sender now (danger_now; W1)
        "two men outside the kebab shop tried to grab my wrist and im running to the bus stop now",
        "a guy in a white car tried to drag me in, hes still parked up the road",
        "some lad at the bus station keeps trying to grab hold of me and wont go away",
        # last posts or messages, in the plural, with thanks or love (final_post, final_comm; QX7, G5)
        "sending my last messages tonight, thank you for everything x",
        "these are my final posts, love you all, thank you for trying",
        # a weapon at school that the holder says is for later today (use_set_for; QB1251)
        "a boy in year 10 has a knife in his blazer and says its for after school",
        "my mates brother brought a blade into school, showed us in the toilets, said its for after lunch",
        # a masked group circling the sender's home or asking for them by name (hunting_me; W5)
        "three lads in balaclavas keep circling our house on mopeds",
        "masked up lads been asking for me by name at the shop downstairs, im scared to go out",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye note written months ago and kept, still thought about (note_past, past_attempt, thoughts_back; QU7)
        "wrote a note a few months ago and never used it but i still think about doing it",
        # someone else who self-harms (self_harm; S6)
        "my best mate self harms and nobody at home knows",
        # a covert picture with a threat to put it on a chat (group_post; QB773)
        "a girl in my year took a pic of me in the changing rooms and is threatening to post it in the form chat",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a grab to protect, not to take (benign)
        "my dad tried to grab my arm to stop me falling on the ice",
        "my mum grabbed my arm to stop me falling down the stairs",
        # something else set for after school (use_set_for needs a weapon)
        "my nan said the cake is for after school",
        # bikes circling an estate, nobody masked or asking for the sender
        "lads on bikes keep circling our estate doing wheelies",
        # an assault already stitched up: over, not now (past_violence)
        "got 5 stitches in my head after some lads jumped me with a bottle on saturday",
        "needed stitches after a lad went for me with a bat outside the chippy last week",
        # an old note, kept: high, not a goodbye now (note_past)
        "wrote a note last year and kept it in my drawer, i still think about using it sometimes",
        # a sibling trying to grab a phone
        "my little brother keeps trying to grab my phone off me",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # how often one has said it over something trivial (trivial_trade)
        "how many times ive said id jump off the pier over my coursework lol",
        "the amount of times ive said id drown myself over exams is mad, im fine tho",
        # a little child who ran only a few steps (runaway_joke)
        "my little sister ran away because i ate her yoghurt, she only got as far as the gate",
        # a lost game and a long sleep (suicidal_weak, gaming_weak)
        "lost five games in a row on fifa, going to sleep forever",
        # rating a track with weapon slang in it (media)
        "this is the tune of the summer, pull up with the ting goes hard",
        # a past carrying told as over (resolved)
        "my cousin got caught carrying a blade but hes done with all that now",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
