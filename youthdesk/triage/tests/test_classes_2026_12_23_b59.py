"""Lexicon 2026.12.23, part b59: the classes read from the misses of read test sets b59 and b60, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a carer or someone who will not wake, with drug kit or drink beside them
        "my dad still hasnt woken up and its nearly dinner time, theres a syringe next to him on the sofa",
        "im 10, mums not woke up since this morning and theres empty vodka bottles everywhere",
        "my brother hasnt woke up since last night and theres needles on his bedside table",
        # a man of the household in a child's room now, the child frozen with fear
        "my mums boyfriend is in my room again and im pretending to be asleep",
        "my mate said her uncle came into her room and shes too scared to move, shes 12",
        "theres a man sat on my bed and im too scared to scream",
    ],
)
def test_new_immediate_classes(text):
    assert rules(text).grade == "immediate", (text, rules(text).cues)


@pytest.mark.parametrize(
    "text",
    [
        # self-harm with "ok right now": safe this moment, the harm ongoing
        "my mate keeps cutting her arms, shes alright right now but i dont know what to do",
        # drug-running under threat for a later day
        "they told me if i dont drop a package for them next weekend theyll come for my little brother, i owe them",
        # a wish to leave home, not a danger present now
        "my stepdad keeps battering me when mums out, i cant stay here anymore",
        # a threat to hurt a pet or family if the child tells about what happens
        "my stepdad said if i tell anyone about what happens at his flat hell hurt my cat",
        # a first-person wish not to be alive, with "dont see the point"
        "i honestly dont see the point in living anymore",
        # a video held over a child who has paid and is asked for more
        "some guy online has a video of me and i sent him £50 but now he wants more money",
        # a child of 15 or under sleeping with an adult, ages stated
        "im 14 and my boyfriend whos 23 says we should sleep together at his, my friends say its fine",
    ],
)
def test_new_high_classes(text):
    assert rules(text).grade == "high", (text, rules(text).cues)


@pytest.mark.parametrize(
    "text",
    [
        # a sibling's scrap over something trivial, told for a laugh
        "my sister slapped me for eating the last yoghurt 😭 the violence in this house",
        "got kicked by my brother for having the last slice of pizza, the violence in this house lol",
    ],
)
def test_new_standard_classes(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        # someone not awake yet beside something harmless that shares a word
        "my nan hasnt woken up from her nap yet, her knitting needles are on the floor",
        "my dad hasnt woken up yet, he was on nights, theres empty cans from the match on the table",
        "my mum hasnt woken up yet lol its the weekend",
        # a relative in the child's room for an ordinary reason
        "my stepdad is in my room fixing the wifi and im too lazy to move lol",
        "my uncle is in my room putting up shelves, so annoying",
        # fear of something harmless
        "theres a spider on my bed and im too scared to move lol",
        # an old hurt and a wish to move out, not a danger now
        "i cant stay here much longer, my mum keeps making me tidy my room",
        # ok right now after a scare that is over
        "my friend fainted in pe but shes fine right now, teacher said",
        # drug-running pressure for later, no violence
        "they want me to do a run this weekend and i dont want to",
        # paid for something and asked for more: a seller, not an image
        "i paid them for the trainers but now they want more money for postage",
        # adult ages in a relationship: no child
        "im 19 and my boyfriend whos 24 and me sleep together, is that normal",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum hasnt woken up yet lol its the weekend",
        "my uncle is in my room putting up shelves, so annoying",
        "theres a spider on my bed and im too scared to move lol",
        "i paid them for the trainers but now they want more money for postage",
    ],
)
def test_benign_near_misses_stay_below_high(text):
    assert rules(text).grade in ("standard", "medium"), (text, rules(text).grade, rules(text).cues)
    assert full(text).grade != "immediate"


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each near miss stays immediate
        "my friend is burning herself right now and theres blood everywhere",
        "my stepdad is battering my mum right now, shes screaming, i cant stay here",
        "they said theyll stab me tonight if i dont do the run, im hiding at my mates",
        "my dad hasnt woken up and hes gone blue, theres tablets everywhere",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")
