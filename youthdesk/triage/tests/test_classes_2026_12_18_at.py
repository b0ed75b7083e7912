"""Lexicon 2026.12.18, part at: the classes read from development set at's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # a runaway child offered a place to stay by an older man (QAT1)
        "done a runner from my foster home, some older guy at the chicken shop says i can kip at his",
        "ran away from my placement and a bloke outside the station said i can crash at his place, hes way older than me",
        # a drink spiked and the person collapsed or unable to stand (QAT2)
        "someone slipped something in her drink at the party and now shes passed out on the bathroom floor",
        "i think someones spiked him, he only had one and now he cant stand up",
        # beside the railway with a train due and a wish to end it (QAH3 with rail_side)
        "sitting by the tracks, next train comes through at ten past and im done with all of it",
        # a child not home (Geordie 'hyem') and seen far away on the map (QAG6)
        "our lass hasnt been hyem since last night, shes 12 and her location says shes miles away",
        # a will written, calm once decided, a time set (QAT3)
        "made my will last week and its funny how calm i feel once ive decided. its tonight",
        # a group going into rivals' ends with a knife (QAT4)
        "after school were going op ends and my cousin has got the nank on him",
        # a child gone with an online man, word left not to look for her (M1)
        "my sister is 14, she left a message saying dont look for her and some guy she met online has been messaging her",
        # gone off with a known violent partner, then silence (M4)
        "my mum has gone off with her ex who hit her, she messaged me hes raging then nothing since",
        # one last walk on the seafront, codes left for family (QU4, the prom is the promenade)
        "one last walk along the prom, left my phone pin in my notes for my dad",
        # at a cliff edge with a dying phone or last words (QAT5)
        "standing on the edge of the cliff, phone nearly dead, just wanted someone to know",
        # family kept out of the room, affairs settled, going now (QAT6)
        "gave my xbox to my brother. dont let my dad go in my room first. everything is sorted, going now",
        # asking how family would learn of one's death, with a time (QAT7)
        "if i end it all would the police tell my mum or would she find out on the news? its happening tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a knife carried for safety: 'a ching', 'the nank'
        "i carry a ching in my bag since that lad got stabbed at the bus stop",
        # self-harm told with 'meself', going on
        "been hurting meself again, nobody at home knows",
        # everyone would be better off without me, no plan
        "sometimes i think everyone would be better off without me, im not going to do anything though",
        # a threat at home backed by 'hes done it before'
        "my stepdad says hell put me through a wall when i get home late, hes done it before",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # a question about a runaway's offer, not a disclosure
        "what do i do if a bloke says i can crash at his after i ran away, asking for a leaflet",
        # a spiking told as past, asked about now
        "my mates drink was spiked at a party last saturday and she was unconscious, is it too late to report it",
        # a drill tune about going to rivals' ends
        "new drill track about going op ends with the nank is hard",
        # at the cliff edge for the view
        "on the edge of the cliff taking photos of the view, phone on 3% lol",
        # the room kept private for a party surprise
        "dont let my mum go in my room first, ive sorted everything for her birthday surprise tonight",
        # a question about being told of an arrest, not a death
        "would the police tell my mum if i got arrested at the protest tonight",
        # a seafront walk with no farewell
        "going for a walk along the prom with my nan, then chips",
        # shut out of home told as a pattern over the week: high, not immediate
        "my dad locks me out when hes drunk, slept at the bus shelter twice this week, its freezing",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # school food, 'unalived' as hyperbole
        "the canteen scran today was so grim i nearly unalived myself",
        # 'unalive' aimed at a thing
        "im going to unalive whoever made this timetable",
        # a friend's recovery
        "so proud of my brother, three years clean from self harm this week",
        # 'a weapon' as football slang
        "we won 3-1 but the ref was an absolute weapon",
        # a conditional on schoolwork
        "if i get one more essay this week im walking into the sea",
    ],
)
def test_hyperbole_recovery_and_slang_are_not_high(text):
    assert_below(text, "high", full)
