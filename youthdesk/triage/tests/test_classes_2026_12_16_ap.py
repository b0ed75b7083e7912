"""Lexicon 2026.12.16, part ap: the classes read from development set ap's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # an overdose told obliquely: enough taken to be sure
        "dont worry about me, ive taken enough to be sure this time",
        "took enough to make sure so please just leave it",
        # a conditional absence explained in advance as the act done
        "if you dont see me tomorrow its because i finally did it",
        "my mate messaged me if im not at school tomorrow it means ive done it",
        # a method or place, with a wish that it be taken for an accident
        "going to the multistorey later, make it look like i slipped",
        "dont tell my dad it was on purpose, im at the bridge",
        # going off a named high bridge, in dialect
        "am gannin off the tyne bridge tonight",
        # letters left where family will find them
        "wrote notes for my brothers and tucked them under their pillows",
        # a weapon flashed at the sender now
        "this lad on the bus hes just flashed a knife at me and keeps staring",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # intrusive thoughts of a train, hard to hold off
        "i keep thinking of jumping in front of the train on my way to college, i dont know how much longer i can ignore it",
        # wanting out of running lines
        "how do i stop running lines for these lads, theyve been threatening me",
        # shut in a room without food, asked as a question
        "is it ok for my stepdad to lock me in my room with nothing to eat when im bad",
        # knuckles split from punching walls: self-injury, high
        "been punching walls again and my knuckles are bleeding",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # "jump me" is an assault, not a fall
        "some year 11s said they were going to jump me at the park on saturday",
        # lying on the sofa after a football result
        "if my team lose the derby im going to lie on the sofa all weekend",
        # kms over a message sent to the wrong person
        "kms i just texted love you to my maths teacher",
        # a question about wounds after a hospital drama
        "what actually happens if you get shot in the leg? we were watching holby",
        # a pretend runaway to the garden
        "my sister ran away to the bottom of the garden with her teddy, she was back in 5 minutes",
        # a general question that says it has not happened to the asker
        "what are you supposed to do if someone shares nudes in a group chat, not happened to me btw",
        # punching walls with split knuckles, told as a habit
        "i punch my wall when im angry and my knuckles split, done it loads",
        # written notes for a teacher, not letters for family
        "ive written notes for the supply teacher so she knows what to do",
        # an absence tomorrow explained by something ordinary
        "if im not in tomorrow its because i did my ankle in at football",
        # a knife flashed at someone, told as long over
        "a lad flashed a knife at me on the bus two years ago, im fine now",
        # crossing a dialect bridge on the way home
        "am gannin ower the high level bridge tae get the bus hame",
        # an accident told as an accident
        "tell mum it was an accident, i didnt mean to break the window",
    ],
)
def test_false_alarms_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)
