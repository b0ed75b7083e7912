"""Lexicon 2026.12.29, part b113: the classes read from the misses of read test sets b113 and b114, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a planned attack on rivals in drill slang, with a time (planned_attack; W14)
        "the mandem are sliding on the opps behind the leisure centre tonight at 9, its all over snap",
        "my brother and his lot are pulling up on the opps at the chicken shop today after school",
        # in a vehicle, not told where to, the phone taken (phone_taken in V2)
        "were in the back of a van, they wont tell me where were going and they took my phone, this is my mates",
        # an unknown man driving up and down outside, the child alone or scared (cruising; QB1131)
        "a guy in a silver car keeps driving up and down my street and now hes stopped outside, im 12 and home on my own",
        "some man been driving past my house slowly for an hour, mum is at work and im scared",
        "a man in a white car been driving up and down our road all night, im scared and on my own",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a sibling being married off, told in the third person (forced_marriage + young_age; QB415)
        "my parents are forcing her to marry a man from back home and my sister is 15",
        # videos or pictures of someone sold online (sextortion; E1)
        "someone is selling videos of my mate on an app, from when she was 14",
        # a child telling her own relationship with an adult, then asking if it is allowed (disclosure_turn; X2)
        "my boyfriend is 25 and im 13, is that illegal",
        # a joke that has turned real (sincerity; S6)
        "i say kms as a joke all the time but lately i kind of mean it",
        # things thrown at the child by an adult at home (hit_act; D7)
        "my stepdad throws things at me when hes drunk",
        # cuckooing told without the word (criminal_exploitation; C2)
        "some lads have taken over his flat, my uncle has learning difficulties and theyre always there",
        # self-harm as a barcode on the body (self_harm; S6)
        "ive got a new barcode on my leg and no one knows",
        # told one is on a list (bounty; QAK7)
        "someone told me im on their list after the fight at the park",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a drill line rapped is a lyric; sliding on ice is play
        'my little brother keeps rapping "we slide on the opps" from some drill song lol',
        "we were sliding on the ice at the park today after school",
        # a van or a parent going up and down the road
        "the ice cream van keeps driving up and down our street, im on my own so cant get any",
        "my dad keeps driving up and down the road to teach me parking, im 17",
        # a shopkeeper who "has had enough" has taken nothing
        "seen a man nicking from the shop again and the owner has had enough",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # asking whether a rumoured incident happened
        "was there a shooting near the leisure centre? everyone on tiktok is saying",
        # own pictures posted to be laughed at: ridicule, not an intimate image
        "girls keep posting pics of me on their story to make fun of me",
        # a group chat made to talk about someone
        "a lad in my year made a gc about me and they all chat shit about me",
    ],
)
def test_ridicule_and_rumour_stay_below_high(text):
    for read in (rules, full):
        assert_below(text, "high", read)
