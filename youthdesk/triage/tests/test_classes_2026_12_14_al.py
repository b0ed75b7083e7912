"""Lexicon round 2026.12.14, part al: the classes read from development set al's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade (or, for false alarms, below high).
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a known man following into a lonely spot and blocking the way (N12)
        "the lad from work followed me into the underpass and wont let me past, nobody else around",
        # the same man turning up at several places, here again now (QAE4)
        "a man keeps turning up where i am, now hes standing by the bus shelter watching me and im scared",
        # medication saved up while belongings are given away or letters written (QAL1)
        "been saving up my tablets for a month and wrote letters to my brothers last night",
        "ive been saving my meds and gave away my things to my mates this week, i feel strangely calm",
        # a question that discloses the act already done, resigned to it (QAL2)
        "is it true you just fall asleep if you take enough of it? i already took them so it doesnt matter now",
        # instructions for after: who must not find me (S4)
        "please make sure my little brother isnt the one who finds me",
        "i dont want my dad to be the one who finds me, call someone else first",
        # asking for a friend who is at an edge now (N2, the question cancelled)
        "asking for a mate whos standing on the bridge railings right now",
        # a friend's farewell, then unreachable, after a past attempt (QAL3)
        "my mate posted that she loves us all and now her phone is off. she has tried before",
        # spaced-out kms with sincerity and means ready (S1)
        "k m s. im serious this time. got the stuff ready",
        # a message meant to be read after (S4)
        "by the time someone reads this ill be gone from here, thanks for trying",
        # on a platform letting the trains pass, counting the steps (QAD1)
        "been at the station an hour letting the trains go past, im not getting on any of them, counting the steps to the edge",
        # a place chosen, a height, a time to go (QAL4)
        "i picked the spot on the viaduct and im going when it gets light",
    ],
)
def test_al_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # saving medication alone, no farewell: a stash, high
        "ive been saving my tablets in a drawer instead of taking them",
    ],
)
def test_al_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a picked place for a day out
        "we picked the spot by the river for a picnic and were going when it gets light for the sunrise",
        # a question about fall asleep with no disclosure
        "is it true you just fall asleep if you drink too much? asking for my pshe project",
        # a farewell before a holiday with the phone off
        "love you all, my phone is off for the week cos im on holiday in spain, bye",
        # a trains fan on a platform
        "spent the afternoon at the station letting the trains go past for my trainspotting log",
        # a friend asking a real general question
        "asking for a friend, what happens if you get caught with weed",
        # hide and seek
        "playing hide and seek with my little cousins, dont let my sister find me lol",
        # a known relative here again, staying over
        "my uncle is visiting, hes here again now for the weekend and staying in the spare room",
        # medication saved for a trip
        "im saving my meds for the school trip so i dont run out, mum wrote a letter to the teacher",
    ],
)
def test_al_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lawful-carry question for an expedition
        "out of interest is it within the law to carry a small penknife on a camping trip",
        # a career question naming suicides as part of the job
        "im thinking about a career in the police, what support do officers get after dealing with suicides",
        # asking about a slang word itself
        "people keep using the word unalive on tiktok, do you understand these code words",
        # a stabbing in a tv series
        "the new season is mad, cant believe he gets stabbed in episode two",
    ],
)
def test_al_false_alarms_are_not_high(text):
    assert_below(text, "high")
