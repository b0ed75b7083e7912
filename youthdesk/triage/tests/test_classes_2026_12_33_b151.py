"""Lexicon 2026.12.33, part b151: the classes read from the misses of read test sets b151 and b152, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a stranger calling children to get into his vehicle, and a child has got in (lift_offer widened,
        # child_got_in; QB1511)
        "a bloke in a van by the park kept telling the little kids to get in and one of them has just got in the back",
        "some random guy in a silver car was calling the year 7s over to get in and a girl from my class got in it",
        "a man outside the leisure centre keeps asking girls to get in his car, my mate just got into his car",
        # an online contact who lied about his age, forcing a car ride now with an image threat
        # (online_met widened: "off the app"; QB831, QB1311 take lift_offer)
        "the lad i met off the app lied about his age and now says i have to get in his car or he will send my pics round",
        "he keeps offering me a lift and says if i dont get in hell send my nudes to my school",
        # a real plan now is still immediate beside a season word or a streak
        "im going to jump off the bridge tonight, this summer has been hell",
        "i wanna end it all, nothing matters, my streak doesnt matter either, ive got the pills here",
        # a real attempt to pull someone into a vehicle is still danger now (drawn_into is only crime)
        "a man just tried to pull me into his van im hiding in a shop",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # weapon pictures sent again and again: intimidation, not a danger now (repeat_threat widened; W3 not W2)
        "he keeps sending me videos of his knife saying im next",
        "my ex keeps sending me photos of a blade on insta with 'soon' under it",
        # drawn into crime: exploitation, not being pulled into a vehicle (drawn_into cancels danger_now)
        "my cousin is getting pulled into selling for some older lads, they keep messaging him now",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a child who got into a parent's car after refusing a stranger (family_driver widened)
        "a man asked my sister to get in his car yesterday but she said no and got in the car with my dad",
        # a jump into the sea planned for the summer (later_time widened)
        "were gonna jump off the pier into the sea this summer with the lads is it deep enough",
        # weapon pictures sent online, repeated, with a vague "soon"
        "he keeps sending me videos of his knife saying im next",
        # drawn into crime, not a vehicle
        "my cousin is getting pulled into selling for some older lads, they keep messaging him now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # "ending it" said of a lost streak (hyperbole_context widened)
        "bro im gonna end it, my 300 day streak is gone",
        "gonna end it all, lost my snapchat streak with my best mate",
        # a post explained as about a film or book (media widened)
        "posted on my story that i wanted to jump off the roof but it was about the ending of a film",
        # a past runaway, resolved, asking if a record is kept (record_keep cancels ongoing)
        "im fine now, ran away for a night last year, do police keep records of that",
        # feedback on a school talk naming a topic (topic_feedback widened)
        "finished the talk today, the bit about county lines was actually good, should do more of them",
        # a match result as banter (match_contest widened)
        "who won the 5 a side against the fire brigade, yall got battered i heard",
        "how did the match against the police lads go, heard you lot got battered",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
