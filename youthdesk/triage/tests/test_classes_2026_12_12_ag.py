"""Lexicon 2026.12.12, part ag: the classes read from development set ag's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a carer's adult making the child do sexual things, the child left with him, him in the house now
        "my mums boyfriend makes me do stuff when she goes out and mum leaves me with him tonight",
        # an online contact at school passing himself off as family
        "a man ive been talking to off tiktok is at reception right now saying hes my uncle",
        # attacking people in public with a broken bottle
        "theres a lad outside the pub going for people with a broken bottle",
        # violence heard at home now, plates smashed
        "my stepdad is screaming at mum and hes smashing plates right now",
        # calm after deciding, a day picked
        "i feel weirdly calm since i decided. picked friday",
        # someone forced into a boot, just seen
        "a boy just got shoved in the boot of a car on my road, i just watched it happen",
        # punishment promised for when a parent gets back, a time given
        "my dad texted im getting it worse than last time when he gets home, hes on his way back now",
        # on a platform waiting for a train that does not stop
        "sat on the platform at the end, waiting for the non stop one",
        # a train coming and the sender will not step out of its way
        "standing at the level crossing, when the train comes im not stepping back",
        # a young child gone from school, located at an unknown house
        "my little brother is 9 and walked out of school, snap map has him at a house he doesnt know",
        # a bed offered by a man for a favour
        "got kicked out, a man at the bus stop says i can stay at his if i do stuff for him",
        # self-harm now, unable to stop
        "i cant stop cutting tonight, please",
        # a cut gone too far and open
        "went way deeper than i meant and its wide open",
        # someone collapsed, lips blue
        "my mate passed out after drinking loads and his lips are going a bit purple",
        # a dose question for oneself, with tablets and a time
        "how many ibuprofen would do it, asking for myself, got a full box next to me and its happening tonight",
        # an attack at a set time with a weapon
        "its all planned for 4 at the park, theyre bringing a knife",
        # held by the wrist, typing with the other hand
        "hes got my wrist and im typing with one hand",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a family visit at school, really family
        "my uncle picked me up from school today and told the office hes my uncle, which he is",
        # an everyday boot
        "put the shopping in the boot of the car and drove to nans",
        # a train journey with a fast service
        "waiting for the fast train to london, its late again",
        # a date picked for an occasion
        "we picked saturday for my party, i feel calm now that everythings planned",
        # a friend doing a favour
        "my mates dad said i can stay at his this weekend, i said id help him paint the fence",
        # a dad coming home, no threat
        "my dad said when he gets back from work were going for pizza",
        # a bottle at a party, nothing happening
        "someone dropped a glass bottle at the party and it smashed everywhere",
        # sleeping through, not collapsed
        "my little sister is not waking up for school again, she stayed up gaming",
        # a game family, a film line
        "my brother drowned my sims family in the pool again",
        "best line on the whole album is about stabbing, such a banger",
        # a friend's hypothetical
        "how would i help a friend if she ever told me she was cutting? she hasnt, i just want to be ready",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister says shell drown my sims family if i dont lend her my charger",
        "how would i help a friend if he ever told me he was self harming? he hasnt, i just want to be ready",
    ],
)
def test_games_and_hypotheticals_are_not_high(text):
    assert_below(text, "high")
