"""Lexicon 2026.12.21, part b53: the classes read from the misses of read test sets b53 and b54, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, rules


@pytest.mark.parametrize(
    "text",
    [
        # letters written, and the time has come
        "finished writing my letters last night. todays the day",
        "wrote my letters for mum and my brother. the time has come x",
        # the time has come, letters done, told "so someone knows", even when it is "all sorted"
        "the letters are written. its happening tonight, everything is all sorted. wanted someone to know",
        # a suicide plan with its day set
        "my plan to kill myself is set for sunday",
        "suicide date is set. im sorry",
        # a ligature sorted or ready with the house empty or a last word
        "the rope is sorted and mums out til late. just want someone to know",
        "ropes ready, everyone is asleep",
        # means laid out and a song as the countdown
        "got all the tablets out on my bed. one last song then im going",
        "pills are lined up next to me, after one more song thats it",
        # a young child left for days with no adult
        "my little sister is 5 and her dad went out 3 days ago, theres nothing to eat in the flat",
        "the kids next door are on their own, their mum left them 2 days ago and theres no food",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a nude image of a child passed round
        "people in my year are sharing photos of a year 8 girl with no clothes on",
        # a man offering free things for children to sit in the back with him
        "the man at the chippy says well get free chips if we go in the back with him",
        # self-harm urges back or bad
        "the urges are back and theyre really bad tonight",
        # an adult in charge asking for pictures, asked as "is it normal"
        "is it normal for my dance teacher to ask for photos of me after class",
        # ordered to turn up for a beating or they come to the house
        "they told my brother to turn up for a beating on saturday or theyll come to the house",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # letters to santa and a night that is an occasion
        "wrote my letters to santa with my little brother, tonights the night for the school disco",
        # a talk asked for again
        "please come and do the county lines talk again, our year loved it",
        "can you come back and do that assembly again about knife crime, it was good",
        # "done with life" about going back to school
        "so done with life, back to school tomorrow ugh",
        "literally done with life, holidays are over",
        # a suicide joke hung on a school test
        "im jumping off the roof if we get another spelling test this week",
        "gonna throw myself in the river if theres another maths test tomorrow lol",
        # a pet's gift and a joke about being next
        "the cat brought in a dead bird again, pretty sure im next on his kill list",
        "a dead mouse in my shoe courtesy of our cat, im on the hit list now",
        # a climbing rope sorted for a club
        "climbing club: the ropes sorted for saturday, everyones out til 10 at the bouldering wall",
        # a carer away for days with someone looking after the children
        "mum went out 2 days ago for a hen do, my nan is staying with us and theres loads of food",
        # a song as a playlist, no means
        "one more song then im going to bed, night all",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you come back and do the knife crime talk again, it was good",
        "im jumping off the roof if we get another spelling test this week",
        "the cat brought in a dead bird again, pretty sure im next on his kill list",
    ],
)
def test_false_alarms_are_standard_by_the_rules(text):
    assert rules(text).grade == "standard", (text, rules(text).cues)
