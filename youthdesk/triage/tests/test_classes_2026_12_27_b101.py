"""Lexicon 2026.12.27, part b101: the classes read from the misses of read test sets b101 and b102, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules

# Hyperbole that must stay below high as well as below immediate: workload, furniture over a football result, a
# relative who "will kill me" over a tattoo or dyed hair
HYPERBOLE = [
    # workload hyperbole
    "this essay is going to finish me off, 3000 words by friday",
    "this revision is brutal, ill be dead by monday lol",
    # jumping off furniture over a football result
    "if we lose the final im jumping off my bed lol",
    "if spurs go out on penalties im jumping off my sofa",
    # a relative "will kill me" over a tattoo or dyed hair
    "mum says shell kill me if i get a tattoo before im 18",
    "my nan will kill me if i come home with my hair dyed pink",
]


@pytest.mark.parametrize(
    "text",
    [
        # not safe at home, said as right now or tonight (D1 with unsafe_now; "right now" after "not" was negated)
        "honestly not safe at home right now can someone come",
        "im not safe at my dads tonight, hes in one of his moods",
        "i dont feel safe in my house right now, hes been drinking since lunch",
        # someone who took something, now breathing oddly or an odd colour (N21 with collapse_sign)
        "my mate took something at the party and now hes breathing all funny and gone grey",
        "she swallowed some pills an hour ago and now shes gone a weird colour",
        # running for older people, gone overnight, under a threat (QB1011)
        "my brother hasnt come home since yesterday, hes been doing runs for some older lads and they said theyll hurt him if he comes back short",
        "my cousin never came back last night, she does drops for this gang and they said theyd hurt her",
        # a bed offered for a favour by an older man named "older bloke / fella" (QAG7 with adult_male)
        "this older bloke at the station says i can kip at his if i do him a favour, i ran off from my foster placement",
        # a dialect farewell: not going to be about after tonight, tell my sister im sorry
        "wont be about after tonight, tell my wee brother im sorry",
        "not going to be about after tonight so it doesnt matter, tell my little sister i love her",
        # an alarm set for a night hour to go through with it, told to someone (QB413 with resolve_act)
        "set an alarm for 3am so i can finally go through with it, just wanted someone to know",
        "alarm set for 2am, thats when im going through with it. havent told anyone else",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm explained away as cat scratches (S15 with cover_story)
        "told my mum the cuts on my wrist are cat scratches",
        "if anyone asks the cuts are from the cat",
        # a real conditional threat with a height stays high, a real threat from a stepdad stays at least high
        "if he leaves me im jumping off the bridge",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


def test_a_threat_from_a_stepdad_over_telling_is_still_serious():
    assert rules("my stepdad said hell kill me if i tell anyone what he does").grade in ("high", "immediate")


def test_ill_be_dead_with_tablets_taken_is_still_immediate():
    assert_grade("ive taken all my tablets, ill be dead by the morning", "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # "not safe right now" about the weather or the sea, not a home
        "not safe to drive in this snow right now",
        "its not safe to swim in the sea right now, the flags are up",
        # snoring or an odd colour with no danger
        "my dad is snoring like hes a tractor after taking his cold medicine lol",
        "my grandad went a funny colour after the sunbed lol",
        # not home overnight, a till short at work: no exploitation, no threat
        "my brother didnt come home last night, he was doing a delivery run and the till came back short",
        # an older man giving lifts, no favour, no runaway
        "an older fella at my work keeps giving me lifts home",
        # an alarm and "go through with it" about a run
        "set my alarm for 5am so i can finally go through with it, the 10k training plan starts today",
        "set my alarm for 6am to finally go through with it, first day at the gym",
        *HYPERBOLE,
        # a cover story about where someone is
        "if anyone asks im at the cinema with ellie lol",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        *HYPERBOLE,
        "not safe to drive in this snow right now",
        "my dad is snoring like hes a tractor after taking his cold medicine lol",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
