"""Lexicon 2026.12.26, part b91: the classes read from the misses of read test sets b91 and b92, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # kept at an adult's place: the things needed to leave kept from them, with other men coming or a runaway (QB911)
        "walked out of my foster placement on sunday, now im at this older lads flat and he wont give me my shoes back, says his mates are coming over",
        "im at a guys flat, hes hidden my keys and took my phone",
        "left home last week, been staying at some mans house, hes kept my coat and i want to leave but he says not yet",
        # at an adult's place, other men coming, with drink given, the phone taken or run away from home (QB912)
        "ran off from my aunties, at some older guys house now, he says other men are coming round later",
        "at this mans flat, he took my phone off me and says more men are coming tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a group planning a knife attack asking the sender to play a part (QB913)
        "the older lot on the estate are going to wet him up and they want me to be the driver",
        "my cousins mates are gonna stab some kid from the next town and asked me to keep watch",
        # suicidal thoughts with the shrug "not going to do it tonight or anything": high, not immediate
        "ive been looking up ways to kill myself a lot, not going to do it tonight or anything, it just wont leave my head",
        # an armed threat told as "when i was working", with fear he will come back: high, not immediate
        "a guy pulled a knife on me when i was working at the takeaway, i keep thinking hes going to come back for me",
        # an attack on a brother last night, and he keeps talking of revenge: high, not immediate
        "some lads stabbed my brother in the leg last night, hes back home now and keeps talking about getting them back",
    ],
)
def test_high_classes(text):
    assert_grade(text, "high")
    assert_not_immediate(text, rules)


@pytest.mark.parametrize(
    "text",
    [
        # belongings worn or borrowed, a family visit, a repair
        "my older brother hes got my shoes on again, hes coming round now to give them back",
        "at my dads this weekend, his mates are coming round later to watch the boxing",
        "my uncle has my bag from the holiday, his mates are coming round later for a barbecue",
        # "i want to leave but" about a school, a job or a club
        "i want to leave but my mum says i have to finish the school year first",
        "i want to leave but the man at the job centre says i need to wait",
        # a lyric sung or rapped by a small child at home
        "my little sister keeps singing that song about the knife, shes 6",
        "my brother singing 'got the ting in my sock' at his nans birthday, hes 7",
        # an exam or a match "bodied", a lift to somewhere ordinary
        "they asked me to drive them to the exam, im gonna body this test",
        "the lads want me to be the driver to the match, we are going to body them 5 nil",
        # a knife pulled on someone at work, told as over
        "a man pulled a knife on my dad when he was doing a delivery, dads fine",
        # questions: which number to ring, a crime number for something got back
        "if i see a fight outside the chippy should i call 999 or 101",
        "ages ago my bike got nicked but i got it back the next day, can i still get a crime number",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my little sister keeps singing that song about the knife, shes 6",
        "they asked me to drive them to the exam, im gonna body this test",
        "at my dads this weekend, his mates are coming round later to watch the boxing",
        "if i see a fight outside the chippy should i call 999 or 101",
        "ages ago my bike got nicked but i got it back the next day, can i still get a crime number",
        "a girl keeps posting my pics with nasty captions on her story and everyone laughs",
        "the chippy on county road got done up again, windows all new",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "not going to do it tonight but ive saved up the pills and picked the date",
        "he pulled a blade on me just now when i was doing my paper round, hes behind me",
        "a man pulled a knife on my dad when he was doing a delivery, hes still here shouting at him right now",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")


def test_worry_about_ones_own_vaping_is_medium():
    assert_grade("been vaping like mad and i dont know how to stop, im 15", "medium")


def test_pictures_posted_to_mock_are_bullying_not_image_abuse():
    result = full("a girl keeps posting my pics with nasty captions on her story and everyone laughs")
    assert result.grade == "medium", (result.grade, result.cues)
