"""Lexicon 2026.12.33, part b147: the classes read from the misses of read test sets b147 and b148, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # held at a flat or trap somewhere unknown, threatened with a blade if they leave (leave_threat, stranded,
        # lost_destination widened; QB571 also reads a place they do not know)
        "they told me if i leave the house theyll stab me, im in a flat somewhere and dont know exactly where",
        "if i go out the door theyll wet me they said. im at a flat somewhere up north no idea where",
        "theyve got me somewhere and if i run theyll stab me, please help",
        # a fire in the building coming up the stairs, no way down or out (fire_now, trapped_in widened; QM261)
        "smoke is coming up from downstairs and we cant get down, were on the top floor",
        "somebody set fire to the bikes in the hall and we cant get out of the flat",
        "theres smoke in the corridor and cant get to the stairs, me and my little brother",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a parent's punishment: made to sleep or stand outside the home, even asked as "is that allowed" (QB1471)
        "my stepdad makes me sleep in the garage when im cheeky, is that even allowed",
        "my mum made me sleep outside last night cos i was late home, is that normal",
        # an adult in a position of trust asking for pictures, and for secrecy (QB1472)
        "my swim coach keeps asking me to send pics in my costume and said not to tell the others",
        "my tutor wants me to send him a photo every night and says dont tell my mum",
        # ongoing self-harm named as "the sh thing" (self_harm widened; S6)
        "still doing the sh thing most nights, nobody knows",
        # wanting out of drug running, afraid of what they will do (exit_reprisal; QB1473)
        "how do i stop running county lines without them coming after my little brother",
        # wanting out, and they know where the sender lives (pressure, veiled_threat widened; W10)
        "been doing runs for some lads and i want out but theyve got my address",
        # a weapon threat posted online naming the sender: high, not a danger now (threat_posted; clause cancel)
        "some lad posted a video with a zombie knife saying my name and that hes coming for me",
        # a weapon threat set for "one day": high, not immediate (later_time widened)
        "a boy in year 10 says hes got a blade and hes gonna use it on me one day",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a weapon threat in a posted video, and one set for "one day"
        "some lad posted a video with a zombie knife saying my name and that hes coming for me",
        "a boy in year 10 says hes got a blade and hes gonna use it on me one day",
        # a doubt ("idk if") beside medicine, not a conditional threat
        "my sister takes her sleeping tablets every night idk if thats ok",
        # anti-social behaviour named by a place near the water
        "teenagers hang about down by the pier and smash bottles every friday",
        # a camping trip, a tidy shed, a fire drill
        "my dad makes me sleep in the tent in the garden when we camp out for fun",
        "we had a fire drill and the smoke machine was coming up the stairwell lol",
        # a coach asking for photos for the club, no secrecy
        "my coach wants us to send pics of the kit for the club website",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # "not sure if" with a medicine is a doubt, not a condition on a threat (doubt_if; SC1 yields)
        "my friend has been taking her nans diazepam to sleep not sure if thats bad",
        # anti-social behaviour by the pier (theft widened, benign place)
        "older kids come down by the pier and smash bottles near the benches",
        # a coach's photos for the club, without secrecy
        "my coach wants us to send pics of the kit for the club website",
    ],
)
def test_hard_negatives_below_high(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the rules do not read a laughed-off remark, or a camping trip in the garden, as high
        "my mate keeps saying hes so done with everything but then laughs it off",
        "my dad makes me sleep in the tent in the garden when we camp out for fun",
    ],
)
def test_hard_negatives_rules_below_high(text):
    assert_below(text, "high", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # a friend's weak dark remarks laughed off: a worry to note, medium by the rules (laughed_off; S6 yields to
        # it only when every trigger is a weak word, QB1474 notes it)
        "my cousin always goes on about how hes so done with everything then laughs it off, probably nothing",
        "my friend keeps going im so done lol and laughing it off",
    ],
)
def test_laughed_off_remark_is_medium_by_the_rules(text):
    assert_grade(text, "medium", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # a real conditional threat with a means still counts, with or without a doubt elsewhere
        "if he comes back tonight im taking all my tablets",
        # a suicidal remark with no laughing off still counts
        "my mate keeps saying hes done with everything and wants to die",
        # a strong word laughed off is still suicidal thoughts
        "my friend keeps saying shes done with it all but then laughs it off",
    ],
)
def test_near_misses_still_count(text):
    assert_grade(text, "high", read=rules)
