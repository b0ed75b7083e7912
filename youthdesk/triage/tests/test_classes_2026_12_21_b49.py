"""Lexicon 2026.12.21, part b49: the classes read from the misses of read test sets b49 and b50, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # letters written, with someone finding them afterwards (G6, widened)
        "wrote letters for my mum and dad. someone will find them after",
        "done the letters, mum will find them when she gets up",
        # nobody will notice, with the act planned for a day or for when the house is empty (QB491)
        "no one would notice anyway, its all planned for friday",
        "nobody will even realise, doing it when the house is empty",
        "no one will notice, ive got it planned for sunday when nobodys home",
        # a child run off with an adult "boyfriend" and unreachable (QB493, M4 widened)
        "my cousin is 14 and ran off with her boyfriend whos 22, her phones been off since yesterday",
        "my little sister ran off with a guy hes like 30, shes not answering",
        # in a lonely place with a ligature, saying sorry or goodbye (QB492)
        "up the woods with a rope. im sorry",
        "in the forest with the dressing gown cord, bye everyone",
        # a threat to finish what was started, when I get home, told with when it began (QX8 widened)
        "mum said as soon as i get home shes going to finish what she started yesterday",
        "my stepdad says when i get in hes going to finish what he started this morning, im scared",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # letters to santa or a pen pal
        "wrote my letters to santa, hope theyll find them",
        "wrote letters to my pen pal, theyll find them in their postbox",
        # not noticed skipping a lesson or sneaking out, a surprise
        "nobody will notice if i skip pe, got it planned for friday",
        "no one would notice if we left the party early, its all planned for saturday when everyones at the club",
        "nobody will notice the surprise, got it planned for saturday when everyones out",
        # an item run off with, or an adult eloping
        "my dog ran off with her lead, phone is off, shes 13",
        "my brother ran off with his girlfriend to gretna, hes 25, not answering",
        "my sister is 14 and ran off with her bag",
        # rope in the woods at camp, with an ordinary apology
        "camping in the woods with my scout group, brought rope for the tent, sorry for the late reply",
        # finishing someone's hair or nails when I get in
        "mum said when i get home shes going to finish what she started on my hair last night",
        "my sister is going to finish what she started on my nails when i get in",
        # the "if you ever see me running" joke
        "if you see me running at sports day its because a wasp is chasing me",
        "if you ever see me running, call an ambulance cos something is chasing me",
        # asking for a talk or a video on a topic
        "can you do a talk on grooming for our year 8s",
        "could you make a video about county lines for our pshe lesson",
        # "ting" as an event
        "anyone doing any summer ting for year 11s in croydon",
        # someone else's tablets taken to study
        "took 2 of my mums tablets to help me revise, is that bad",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "wrote my letters to santa, hope theyll find them",
        "nobody will notice if i skip pe, got it planned for friday",
        "if you see me running at sports day its because a wasp is chasing me",
        "can you do a talk on grooming for our year 8s",
        "anyone doing any summer ting for year 11s in croydon",
        "my sister is going to finish what she started on my nails when i get in",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each near miss stays immediate
        "nobody would even notice if i was gone, got it planned for when everyones out",
        "took 30 of my mums tablets to help me sleep forever",
        "my sister is 13 and ran off with her boyfriend hes 24, her phone is off",
    ],
)
def test_the_real_thing_next_to_a_near_miss_stays_immediate(text):
    assert_grade(text, "immediate")
