"""Lexicon 2026.12.23, part b69: the classes read from the misses of read test sets b69 and b70, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # someone at a window or door of the home trying to get in, now (QB691)
        "theres a man at our back door trying to force it open and my mum is at work",
        "somebody is outside my bedroom window rattling the handle, im home alone",
        "someone keeps trying to open the front door, i can see a shadow through the glass",
        # goodbyes written and kept ready
        "ive written all my goodbyes and saved them in my drafts, sorry for everything",
        "my goodbye messages are scheduled for midnight, please dont be sad",
        # a question that tells of a large number of tablets already taken
        "is it bad that my stomach hurts after taking about 40 tablets earlier? just wondering",
        "why am i shaking after necking like 25 ibuprofen this morning",
        # Scots "the day" for today, with a weapon taken to school
        "a lad in my class says hes taking a knife to school the day to do someone",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # "knocking mum about": violence at home in the idiom
        "me dads knocking mum about in the kitchen, shes got a black eye",
        "my mum's boyfriend knocks her about when he drinks and i dont know what to do",
        # an online contact asking about looks and swearing the child to secrecy; a teacher or coach messaging privately
        "a man i met on a game server keeps asking what i look like and says wed both get in trouble if i tell",
        "my football coach keeps dming me late at night and its making me uncomfortable",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a window or door stuck, or a family member locked out
        "my little sister is trying to open my window but its stuck, so annoying",
        "i was trying to open the window for a bit of air, its jammed",
        "my dad forgot his key so hes at the back door trying to get it open lol",
        # goodbyes for an occasion
        "wrote my goodbyes in the leavers book for year 11, gonna miss everyone",
        "we did goodbyes in my notes app for the school trip group, so emotional",
        # a small ordinary dose
        "is it normal to feel sleepy after taking 2 paracetamol an hour ago",
        # "the day before": not today
        "i went to school the day before the strike and it was empty",
        # the weather "killing" someone, even with "fr"
        "this heat is literally killing me fr, cant sleep",
        "the weather is gonna kill me for real, its freezing at the bus stop",
        # a weapon found lying around, with a question what to do
        "found a machete in the canal on a litter pick, should i pick it up or call someone",
        # a legality question with a word inside
        "is it still illegal to carry a pocket knife if its under 3 inches",
        # a lyric asked about
        "who wrote this tune, the line about the strap on my waist goes so hard",
        # an old hurt, now reconciled
        "got poked with a pencil in year 5 and now were best mates",
        # "to shot": selling, told as over
        "he was made to shot for them last year, hes out of it now",
        # a forced fight told afterwards; a grab dated in the past
        "my cousin got made to fight at a party last week and it got filmed",
        "he grabbed me by the arm the other week at football, hes a bit rough",
        # "knocks about with": hangs out with
        "my mate knocks about with some lads from the estate",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my little sister is trying to open my window but its stuck, so annoying",
        "i was trying to open the window for a bit of air, its jammed",
        "wrote my goodbyes in the leavers book for year 11, gonna miss everyone",
        "this heat is literally killing me fr, cant sleep",
        "found a machete in the canal on a litter pick, should i pick it up or call someone",
        "is it still illegal to carry a pocket knife if its under 3 inches",
        "who wrote this tune, the line about the strap on my waist goes so hard",
        "got poked with a pencil in year 5 and now were best mates",
        "my mate knocks about with some lads from the estate",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        "this heat is literally killing me fr, cant sleep",
        "is it still illegal to carry a pocket knife if its under 3 inches",
        "who wrote this tune, the line about the strap on my waist goes so hard",
    ],
)
def test_benign_classes_stay_below_high_with_the_model(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "is it still illegal if ive already taken all my tablets",
        "found a knife on me mates bed and hes just stabbed himself with it, blood everywhere",
        "my little sister is crying, a man is outside my window trying to open it right now",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate", read=rules)
