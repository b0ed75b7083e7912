"""Lexicon 2026.12.16, part am: the classes read from development set am's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # a masked group with an unnamed long object down a trouser leg (show_weapon widened, QV11)
        "three lads with their faces covered just rode past my house and one had something long down his joggers",
        # an object in a waistband, said to be for someone at a school time (QAK6 takes show_weapon)
        "boy in year 10 has something tucked in his waistband and says its for a lad in year 9 at break",
        # a school attack announced in slang, with a gun and a list of names (W14: planned_attack, hit_list)
        "my mate reckons hes gonna do a madness at school tomorrow, hes got his uncles gun and a list of names",
        # a fight with a weapon arranged after school that no teacher knows about (adults_unaware cancels 'teacher')
        "its gonna kick off after school today at the park, one of them is bringing a knife and no teachers know",
        # a driver going too fast, threatening to crash with the child inside (D10, reckless_drive widened)
        "my mums boyfriend is driving way too fast with me in the back and keeps saying hell crash it with us in it",
        # a man dragging a frightened child in public (QAM1)
        "there is a man dragging a little girl about 6 by the arm outside the shop and shes screaming and crying",
        "some bloke keeps yanking his arm, the boy cant be more than 8 and he looks petrified",
        # someone being touched by a man now, told in the passive (touching_now widened, X12)
        "a lad on my bus is being groped by an old man and he looks terrified",
        # a child telling others it is their last night (QAM2)
        "my friend in the group chat keeps saying its his last night and nobody is replying",
        # a home man announcing he will come to the child's room again, the parent leaving at a set time (QX2)
        "my stepdad says hes coming into my room again tonight, mum leaves at 8 for work",
        # held in an unknown flat, phone taken, men plying drink (QAH6 takes stranded)
        "im in some flat i dont know, a guy took my phone and theres men here who keep giving me drinks",
    ],
)
def test_am_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a hit list naming the sender
        "ive heard theres a hit list at school and my name is on it",
        # a beating threatened in slang
        "people keep telling me im gonna get dropped bc i grassed",
        # paid to keep goods in one's room
        "some older lads pay me to keep stuff in my room, im 14",
        # an intimate image of the sender posted by an account
        "someone is posting upskirt photos of girls in my year and one is me",
        # a parent's new partner hitting a young child
        "my dads new girlfriend slaps my little brother when no ones looking, hes 4",
        # a friend's habitual wish to die with cuts seen today: ongoing, high rather than immediate
        "my friend always says she wants to die and she showed me her cuts today",
        # a note written once in the past and kept: high rather than a goodbye now
        "i wrote a note once last year and i still keep it in my drawer",
        # a man who keeps picking a young girl up: a pattern, high
        "a man in his 30s keeps picking her up after school and buying her stuff, shes 13",
    ],
)
def test_am_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "me at 2am watching knife restoration videos instead of sleeping tonight",
        "every time chelsea lose my uncle says he wants to die lol",
        "my cousin is 4 and says shes running away to live at the zoo with the penguins",
        "about to unalive this whole tub of ice cream rn",
        "why do people say kms all the time, is it a swear word",
        "getting dropped off at my nans at the weekend",
        "my dad grabbed my little sisters arm to stop her running into the road",
        "i was so touched by the old man who gave me his seat on the bus",
        "my sister keeps saying its her last night at home before uni, shes so excited",
        "my mate says its his last night at the holiday camp, gutted",
        "my stepdad is coming up to my room to fix the radiator when mum leaves at 6",
        "my friend wrote a note once years ago, shes doing loads better now",
        "theres a hit list of the best songs this year on spotify",
        "my little sister is 6 and is getting dropped at school by my aunt",
    ],
)
def test_am_hard_negatives_are_not_immediate(text):
    for reading in (rules, full):
        result = reading(text)
        assert GRADE_RANK[result.grade] < GRADE_RANK["immediate"], (
            text,
            reading.__name__,
            result.grade,
            result.cues,
        )


@pytest.mark.parametrize(
    "text",
    [
        "every time chelsea lose my uncle says he wants to die lol",
        "about to unalive this whole tub of ice cream rn",
        "why do people say kms all the time, is it a swear word",
        "getting dropped off at my nans at the weekend",
        "theres a hit list of the best songs this year on spotify",
    ],
)
def test_am_false_alarms_stay_below_high_by_rules(text):
    assert_below(text, "high")
