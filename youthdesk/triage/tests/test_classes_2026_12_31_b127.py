"""Lexicon 2026.12.31, part b127: the classes read from the misses of read test sets b127 and b128, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # posts or messages set to go out afterwards, with notes written or a sign-off (posts_after; QB1271)
        "i wrote my notes and timed my posts so they go up after, thanks for being kind to me",
        "my messages are scheduled for 7am, just wanted to say you were all good to me",
        "done my notes, scheduled a post for tomorrow so it goes up after. take care",
        # someone passed out, with lads or men going into the room to her (going_in_to_her; QB1272)
        "my friend is passed out on the bed at this party and some lads keep going in there",
        "theres a girl unconscious in the back bedroom and two older men went in the room with her",
        "she cant even stand shes that drunk and these guys keep going upstairs to her",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # pictures the sender sent, held with a money demand or a threat to send them on (sent_pics; E3)
        "a fake account has the photos i sent my boyfriend and wants gift cards or they go to my family",
        "someone got into my snap and has the pics i sent, says pay up or theyll send them to my school",
        # a sexual video of a child shared round a chat (sexual_video; QB1273)
        "someone in our year group chat airdropped a sex video of a year 8 girl and its being shared everywhere",
        # "you know what that means": an implied threat from the olders, not a question (implied_threat)
        "my olders said if i dont hold the food for them im getting dropped, you know what that means",
        # a witness told to keep quiet about a stabbing (witness_threat widened)
        "i seen a lad get stabbed near the shops and now his mates keep telling me to keep my mouth shut",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # scheduling posts for a business or a school club, with an ordinary thank-you
        "scheduled my posts for the bake sale page so they go up after school, thanks miss for the help",
        # a girl asleep at a sleepover, the boys going in and out to get snacks, told as a joke
        "my sister fell asleep on the sofa at her party lol and the boys kept going in the room for snacks, we put whipped cream on her",
        # a sexual-health lesson about how sex videos get shared at school
        "we had a lesson today about what to do if a sex video of someone in year 9 gets shared",
        # a weapon a friend says he will use on others: worrying, but not an act on himself (use_on_other)
        "my cousin has a knife in his room and keeps saying hes going to use it on someone one day",
        # a stabbing last month and a witness asked to keep quiet: high, not now
        "last month there was a stabbing by the park and the lad who did it told me to keep my mouth shut",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a show or film talked about (media widened)
        "has anyone watched that crime drama where the brother shoots the cop, the ending was wild",
        "the film where he stabs his boss in the lift is so good, anyone else seen it",
        # a remark on a word itself, with only a weak trigger (hyperbole_context widened)
        "unalive is such a cringe word, just say the actual word",
        # a joke about jumping hung on an exam grade (trivial_condition widened)
        "my mate says hell jump off the roof lol if he gets a 3 in english",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
