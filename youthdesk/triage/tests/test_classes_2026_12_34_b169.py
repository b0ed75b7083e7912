"""Lexicon 2026.12.34, part b169: the classes read from the misses of read test sets b169 and b170, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # someone climbing in through a window or door of the home (entry_try widened, QB691)
        "theres a man climbing in through the back window and im home alone",
        "someone is halfway through the kitchen window right now",
        # a friend calling or messaging from a height, wanting it to end (edge_here widened, N17)
        "my cousin just called me crying from the top of the multistorey, says she wants it all to end",
        "my mate facetimed me from the railway line sobbing, he says he wants everything to end",
        # before going, a last word that nobody is to blame (QB1691)
        "before i go i just need you to know none of this is anyones fault",
        "b4 im gone, dont blame yourselves, its nobodys fault but mine",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # older boys making a sibling or friend sell (criminal_exploitation widened, C2)
        "older boys keep making my cousin sell",
        "these older lads are forcing my best mate to sell round the estate",
        # a trusted adult messaging privately on an app and asking for secrecy (QB1692)
        "my football coach messages me on snapchat late at night and told me not to tell anyone",
        # an adult's free gifts and an open invitation to stay at his (lure_gift widened, stay_invite: X3, X4)
        "this man at the leisure centre keeps offering me free trainers and said i can stay at his whenever",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a family member climbing in through a window: sneaking in or locked out
        "my little brother is climbing in through his window after sneaking out lol",
        "locked out so my sister is climbing in through the bathroom window to let us in",
        # a call from a place named after a bridge or a pier, nothing wrong
        "my nan rang me from the bridge club to say shell be late for tea",
        "my mate called me from the pier, were getting chips after",
        # "nobody's fault" about something ordinary, with an ordinary "before i go to"
        "before i go to bed, none of this is anyones fault, the trip just got cancelled",
        "my parents are splitting up and its nobodys fault, its just sad",
        # a teacher's message about a surprise, to keep quiet
        "miss messaged the class on teams and said not to tell anyone about the surprise party",
        # an open invitation from family, not a stranger
        "my auntie said i can stay at hers whenever i want in the holidays",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a scare that turned out innocent (resolved widened)
        "we were all panicking cos he was in the bathroom with a razor for ages but he was just shaving",
        "mum was freaking out but she was just in the bath with her headphones in",
        # suicide hyperbole at the price of something small (price_rant, S6 yields)
        "im gonna kill myself when i see the price of a freddo now",
        "genuinely going to kill myself the cinema prices are a joke",
        # workload hyperbole with "fr" as slang, not sincerity (not_sincere widened)
        "my teacher wants me dead fr, 4 essays due monday",
        # a definitional question for coursework (question_general widened)
        "does abuse only mean hitting or does other stuff count? its for my sociology coursework",
        # selling one's own things
        "my dad is making my brother sell his old bike on facebook",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a real suicidal thought beside money worries is still at least high
        "i keep thinking about killing myself since the price of rent went up and we got evicted",
        # "fr" beside a real threat from a parent is still at least high
        "my dad wants me dead for real, he said hell kill me and he hit me again",
    ],
)
def test_the_real_thing_still_counts(text):
    assert rules(text).grade in ("high", "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "my sister locked herself in the bathroom with a blade and shes not answering",
        "someones climbing over our back fence and trying the door",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")
