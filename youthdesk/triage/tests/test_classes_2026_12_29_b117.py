"""Lexicon 2026.12.29, part b117: the classes read from the misses of read test sets b117 and b118, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # sheltering from a group attacking now, the group waiting outside (thrown_at, shelter_in, waiting_out; QB1171)
        "some lads are lobbing bricks at us so we ran into the chippy, theyre stood outside now",
        "a gang threw a bottle at my brother and now were hiding in a shop and theyre waiting for us to come out",
        "these boys started shouting at us and chucking stones at us, were stuck inside the library and theyre still outside",
        # just attacked, the attackers still close by (still_near, just_happened; QB1173)
        "me and my mate just got battered outside the station and theyre still round the corner with a knife",
        "just been punched in the face by some lads near the shops, theyre still down the road",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # carrying for protection, the weapon not named (carry; W3)
        "i carry for protection now, everyone does",
        # a friend "being used to" sell: exploitation, not a past habit (exploited_use cancels resolved, past_habit)
        "worried my cousin is being used to sell by some older boys",
        # a partner's choking told as a habit is abuse, high, not a danger now (habitual_act, hit_act; D7)
        "my boyfriend keeps choking me when we argue",
        "my girlfriend keeps choking me when she gets angry",
        # where the family lives is not someone outside now (area_word)
        "my stepdad hit me with a belt again yesterday, we live just outside leeds",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the near misses of the new immediate classes still are: choking with no breath now, a real spiking
        "he keeps choking me and i cant breathe right now hes still here",
        "i think my drink was spiked, i feel really dizzy and im at a party",
        "im ending it tonight, ive got the pills lined up",
        "im ending it uninstalling everything goodbye",
    ],
)
def test_near_misses_of_the_new_holds_stay_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a hypothetical about spiking, asked to be ready (question_strong)
        "if a mate gets spiked at a party what should we do, going out for my 18th next month and wanna be prepared",
        # "ending it" about a game: a rage-quit (rage_quit cancels suicidal)
        "got destroyed on fifa again, mans ending it uninstalling rn",
        # "kms" about a bus that drove past (petty_annoyance holds the immediacy model; the rules keep S6 high)
        "kms the bus drove straight past me again",
        # a parent blamed in jest ("my mum will unalive me")
        "if i fail my mocks my mum will unalive me lol",
        # stuck somewhere with no attack, someone waiting outside to collect
        "were stuck in the shop cos its raining so hard, mum is waiting outside in the car",
        "we were hiding in the shop from the rain, my dad was waiting outside",
        # something thrown at a wall, not at someone
        "my brother threw a bottle at the wall and it smashed",
        # "still round the corner", "still about" with no attack just now
        "just got my hair cut, the barber is still round the corner from school",
        "we got stuck in the library after hours, the caretaker is still about",
        "got jumped last year by the park, those lads are still about",
        # a past habit that really is past
        "im used to selling cakes at the school fair",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "if a mate gets spiked at a party what should we do, going out for my 18th next month and wanna be prepared",
        "got destroyed on fifa again, mans ending it uninstalling rn",
        "if i fail my mocks my mum will unalive me lol",
        "were stuck in the shop cos its raining so hard, mum is waiting outside in the car",
        "just got my hair cut, the barber is still round the corner from school",
        "im used to selling cakes at the school fair",
    ],
)
def test_hard_negatives_stay_low(text):
    for read in (rules, full):
        assert read(text).grade in ("standard", "medium"), (text, read(text).grade)
