"""Lexicon round 2026.12.18, part ar: the classes read from development set ar's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # QAR1: a person put in the boot of a car
        "two lads just shoved my best mate into the boot and drove off",
        # X12 widened: a man grabbing the sender now
        "some man on the tram keeps grabbing at me and wont move away",
        # QAR2: taken somewhere now to pay off a debt
        "theyre driving me to a house in leeds to work it off, i dont want to go",
        # D5 widened: cannot call, the abuser would hear
        "please just send someone, cant phone cos theyll hear me",
        # QAR3: just stabbed, the sender there now
        "my mate has just been stabbed were outside the chicken shop",
        # QAR4: a large count taken, asking if it is enough
        "took 25 already. is that enough to do it",
        # QAR5: the effect felt after a large number, asked as a question
        "why am i this drowsy after 30 of those",
        # N2 widened: someone else on a height, told with a possessive
        "my cousins up on the multistorey roof and not answering",
        # QAR6: held somewhere, phone taken
        "they took his phone and are holding him in a flat in leeds",
        # QAR7: a farewell relayed from someone else
        "my sister messaged saying tell mum she loves her and shes sorry",
        # QAR8: someone who will not come down from a height
        "my mate wont come away from the edge of the cliff",
        # T1 widened: the time has come, said to be meant
        "he keeps saying the time has come and hes deadly serious",
        # D12 widened: an abuser home while mum works nights
        "stepdads back home and mum works nights, im really scared",
        # QAR9: a child with an adult man now
        "im 13 and im in his car right now, hes 27",
        # QU4 widened: passwords handed over, not needed any more
        "my passcode is 4471 give it to my brother, i wont need it after tonight",
        # QAR10: letters for everyone left where they will be found
        "theres a letter for everyone under my bed",
        # N21 widened: not breathing after something taken
        "my friend is not breathing properly she has taken something",
        # QAR11: a collapse sign with a call for help
        "cant wake him up please help me",
        # QAR12: a suicide note posted to a story
        "he put a suicide note on his private story",
        # QAR13: affairs put in order for after, with a goodbye
        "cleaned my room so nobody has to after. love you all",
        # QAR14: a car to be crashed on purpose
        "shes in the car now saying shes gonna drive it into a tree",
        # QAR15: an armed group waiting for someone
        "three lads with a machete waiting outside his house",
        # L3 widened: a ligature got, done talking
        "bought a rope today. nothing left to say",
        # QAR16: a young child still out in the night
        "its past midnight and my 9 year old sister still not home",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "my friend cuts her arms and hides it from everyone",
        "honestly whats the point in me being alive",
        "my stepdad hits my little sister when mums out",
        "my cousin owes his plug money and they keep turning up",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # the boot: luggage, not a person
        "put my bag in the boot and we drove to the airport",
        # a man picks a child up as a habit, or wants to: high, not immediate
        "a 20 year old picks her up from college most days, shes 15",
        "a 21 year old keeps offering to pick her up from school in his car, shes 14",
        # letters: an occasion
        "wrote christmas letters for everyone, they are on my desk",
        # a cat that will not come down
        "our cat wont come down from the roof again",
        # the time has come for a date
        "tonights the night im asking her out, im serious",
        # a little brother out in the day at a mates
        "its 5pm and my 8 year old brother is still out, hes staying at his mates",
        # done talking in an argument, with a skipping rope
        "got a rope for pe. done talking about it",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        "my sister is gonna kill me i borrowed her straighteners",
        "blade runner is such a good film",
        "watched a true crime doc about knife gangs last night, so sad",
        "what should someone do if they get sextorted, asking for pshe",
        "overdosed on sweets at the cinema lol",
        "hes gone missing from the group chat again",
        "our striker choked in the final again",
    ],
)
def test_false_alarms_are_not_high(text):
    assert GRADE_RANK[rules(text).grade] < GRADE_RANK["high"], (text, rules(text).cues)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        "mum took my phone and locked the door til i revise, so unfair",
        "my brother took my charger and locked the door lol",
    ],
)
def test_a_phone_taken_at_home_as_a_punishment_is_not_immediate(text):
    assert_not_immediate(text, rules)
