"""Lexicon 2026.12.33, part b145: the classes read from the misses of read test sets b145 and b146, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # Geordie "the neet" (tonight) and "nee point" (no point) with a harm act at a height or the water (N1, S1)
        "ahm gannin off the viaduct the neet, nee point living",
        "gannin in the river the neet, nee point being here",
        # someone seized by strangers and driven off, now (QB1451)
        "two men in a car just grabbed a girl from the bus stop and sped off",
        "some lads in a black car snatched my cousin outside the chippy and drove away",
        "a man in a van pulled my little brother in and drove off, please help",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a self-harm blade kept hidden and ready for a bad day (QB1452)
        "i keep a blade in my phone case for bad days",
        "razor in my bag for when i need it",
        # handed a phone by others and told to go where they say (criminal_exploitation widened; C2)
        "these older lads gave me a phone and told me to go wherever they say",
        # a man seen at a place most days, who grabbed the sender on a past day: a habit, not now (habit_now cancels)
        "a man at the park shouted at me and grabbed my arm yesterday, hes there most days",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a family member picking a child up and driving off (QB1451 needs strangers)
        "my dad grabbed my brother from football and drove off to my nans",
        "my mum grabbed my sister and drove off to the dentist",
        # an attack seen on a shortened weekday night (past_time widened)
        "saw a man get stabbed outside the chippy fri night, police were everywhere",
        # a blade kept for a bad day: high, not a danger now (kept_for_later holds the immediacy model)
        "i keep a blade in my phone case for bad days",
        # a mock goodbye after a small fall, fine straight after (comic_doom widened, got_back_up)
        "my mate fell off his bike and said tell my mum i love her lol then got straight back up",
        "my cousin fell off the swing and went tell my dad i loved him, then got up laughing",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sibling "will kill me" over a borrowed or broken thing (petty_item widened)
        "my sister is gonna kill me when she finds out i wore her top",
        "my brother will kill me when he finds out i cracked his controller",
        # a game's tally of shots or deaths (game_tally, a model stop)
        "got killed 12 times in fortnite tonight and still won lol",
        # "ting" for an event praised (benign widened)
        "the ting you lot did at the community centre was sick",
        # a past contact, reported and sorted, told as advice (handled widened, advice_share a model stop)
        "when i was 12 an older guy kept messaging me, i told my teacher and it got sorted. just saying to "
        "anyone going through it tell someone",
        # a friend's threat laughed off as drama (drama_laughed)
        "lol shes so dramatic, said shed kill herself if she failed her driving test",
        # "a hate crime against" food (benign widened)
        "the new curry at school is a hate crime against my stomach",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        "some men just grabbed my mate and put him in a van, theyre driving off now",
        "i said tell my mum i love her, then got straight back up on the bridge rail",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a friend's suicidal talk not laughed off stays high
        "my friend keeps saying she wants to kill herself, shes not being dramatic",
        # a real threat for telling is not a petty item
        "he said hell kill me if he finds out i told anyone",
    ],
)
def test_real_concern_still_high(text):
    assert_grade(text, "high")
