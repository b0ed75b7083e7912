"""Lexicon 2026.12.32, part b137: the classes read from the misses of read test sets b137 and b138, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a bare farewell to everyone with an apology beside it (bye_word + sorry_word; QB1371)
        "goodbye all. im sorry",
        "bye yall im so sorry",
        # suicide timed for when the parents go to sleep (household_time widened; S1)
        "im going to end it when my mum goes to sleep",
        "gonna kill myself once my parents are asleep",
        # someone cutting in a private place, now (cut_private; S1b)
        "my mate is cutting in the bathroom right now and wont open up",
        "hes cutting in his room rn i can hear him crying",
        # a farewell, the means carried as "everything", and someone told (carried_veiled; QB1372)
        "i told the group chat bye for good. ive got it all with me now. wanted one person to know",
        "logging off for good now. got everything i need with me. only telling you",
        # a time set, and no one can stop it (resolve_firm widened; QB413)
        "the alarm is set for 4am thats when, nobody can stop me",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # asked to undress on a video call by someone online (cam_request widened; QAA7)
        "a man on fortnite keeps asking my brother whos 10 to get undressed on cam",
        # a picture the sender sent, now round a group chat (pic_gone_round; QB1373)
        "i sent a pic to my ex and now its going round the school",
        # a habit while a parent is at work is abuse at home, not "now" (habit_when widened; D1 yields)
        "step dad hits me when mums at work",
        # bound to a group: "part of it and cant leave" is not being held now (gang_bound widened)
        "they got me to hide a blade for them, now im part of it and cant leave",
        # a threat with a deadline days away (later_time widened; W2 yields later_only)
        "they said if i dont pay by friday theyll stab me",
    ],
)
def test_high_not_immediate_classes(text):
    assert_grade(text, "high")


def test_abuse_at_home_happening_now_is_still_immediate():
    # the habit words do not hide a beating happening now
    assert_grade("my step dad is hitting me right now while mums at work", "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary sign-off with a reason to leave, or a sorry before a goodbye
        "bye everyone sorry gotta go to football practice",
        "bye guys sorry my phone is dying",
        "bye all sorry for the spam lol",
        "sorry guys bye, see you tomorrow",
        # sleeping parents, but an ordinary plan
        "ill sneak out to the party when my parents go to sleep",
        "im gonna binge netflix when my parents go to bed",
        # cutting in a queue, in the kitchen, or cutting that is over
        "someone was cutting in the queue at the canteen right now",
        "my nan was cutting in the kitchen making sandwiches",
        "she was cutting in the toilets at lunch last year but shes fine now",
        # an alarm for an ordinary plan that nobody can stop
        "my alarm is set for 6am thats when the bus goes, nobody can stop me going to this concert",
        # a picture of a haircut in a group chat
        "i sent a pic of my new haircut and now its in the group chat lol",
        # "for good now" leaving an app, with no means
        "im off this app for good now, its too toxic, take care everyone",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # "ting" as "thing" about a bot (benign widened)
        "is this a real person or a bot ting",
        # recovery told with support (resolved widened)
        "my friend used to self harm but shes had so much support and is doing so well",
        # kms quoted as what others comment (quoted_kms; hyperbole_context widened)
        "everyone keeps commenting kms under the school page post, you lot are so dramatic",
        # praise of a video about grooming, and a check it prompted (topic_feedback widened)
        "the video about online grooming was really well done, made me check my brothers privacy settings",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


def test_own_kms_with_a_wish_to_die_is_still_high():
    # quoting "kms" as a comment does not hide one's own wish to die
    assert rules("i keep commenting kms under my own posts because i actually want to die").grade in (
        "high",
        "immediate",
    )
