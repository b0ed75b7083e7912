"""Lexicon 2026.12.16, part ao: the classes read from development set ao's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below immediate.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # shut in as a punishment, now, in the cold or for hours (QAO1)
        "my dad shuts me in the garage when i talk back, im still in here and its freezing",
        "stepdad locks me in the shed again, been in here for hours and theres no heating in here",
        # threatened with death for telling, has told, the person coming now (QAO2)
        "my uncle said if i ever said anything hed kill me. i told a teacher and now hes coming up the stairs",
        "she said if anyone found out shed kill me, school rang her today and hes on his way here",
        # a drug taken, the person now barely breathing (QAO3)
        "my mate took a load of xannies and now hes barely breathing",
        "she took some fentanyl at mine and her lips are going blue",
        # a question about an overdose that turns to the asker (QAL2 via act_disclosed)
        "what happens if you take a whole box of paracetamol, asking cos i already have, i feel really weird",
        # a lethal-method question for the asker, for now (QAO4)
        "how long does it take to bleed to death, its not for homework, im doing it tonight",
        # a reassurance wrapped round being at the railway or a height (QAO5)
        "dont panic im on the bridge just looking at the water",
        "its ok dont worry ive just sat on the railway line for a bit",
        # someone outside with a bat, demanding they come out (QV9 via weapon_strong)
        "her ex is outside our flat and hes got a bat, says if i dont come out hell do the windows in",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a wish not to live with an adverb inside
        "i dont even want to live anymore but i wont do anything",
        # abuse told lightly, with marks
        "lol my mum chokes me when i answer back, thinks its funny, leaves bruises",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # a past punishment, told as over
        "my nan used to lock me in the shed when i was little and it was freezing, im fine now",
        # a threat for telling, nobody coming now
        "he said if i ever told anyone hed kill me but that was years ago and hes in prison now",
        # a drug question with nothing taken and no one collapsing
        "in the film the guy took xans and wasnt breathing right, is that realistic",
        # a lethal question for a story
        "for a film we watched, how long does it take to bleed out from a leg wound",
        # a reassurance at a bridge on an errand
        "dont worry im on the bridge waiting for my mum to pick me up",
        # a school asking for a knife crime talk
        "could you come into our school and do a talk about knife crime for year 9",
        # an errand handover read as a bequest
        "my mum will give my stuff to sell at the car boot on sunday",
        # a small child pretending to run away
        "my cousin packed a bag with two teddies, says hes running away to live at legoland, hes four",
        # a coach who will "kill" the team
        "lost 6-1 today, the coach is gonna kill us at training",
        # a drill verse to be rated
        "rate my verse, pulled up with the ting, bars or nah",
        # kicked out of a chat
        "my group chat kicked me out for spamming memes",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        "could you come into our school and do a talk about knife crime for year 9",
        "my cousin packed a bag with two teddies, says hes running away to live at legoland, hes four",
        "lost 6-1 today, the coach is gonna kill us at training",
        "rate my verse, pulled up with the ting, bars or nah",
    ],
)
def test_false_alarm_classes_stay_below_high(text):
    assert GRADE_RANK[rules(text).grade] < GRADE_RANK["high"], (text, rules(text).cues)
