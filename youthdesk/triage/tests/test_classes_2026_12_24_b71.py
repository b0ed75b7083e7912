"""Lexicon 2026.12.24, part b71: the classes read from the misses of read test sets b71 and b72, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # on a platform thinking about the passing trains; "the next one through" is a train passing (QAH3, train_through)
        "on the platform at the end, the fast ones come through and i keep thinking about it, next one through in 3 mins",
        # taken to other men or another flat, knowing what for, now or with a pickup (QB711)
        "my boyfriend is taking me to his mates house tonight and i know what that means, i dont want to go",
        "hes driving me to another flat later to meet his mates and i know what happens there, hes outside at 8",
        # a goodbye to everyone the sender cares about (S4)
        "ive sent everyone a message, saying bye to everyone i care about, please dont be sad",
        "im ok, just saying bye to you all. thanks for listening to me",
        # a drug run demanded tonight under a threat to the family (QV1 with harm_threat)
        "they said if i dont do the drop tonight theyll go after my sister, the car is outside now",
        "if i dont go out of town tonight theyll hurt my mum, they are picking me up in an hour",
        # a household poison swallowed, by the sender or someone else (QB712)
        "i just swallowed some drain cleaner what do i do",
        "my little brother drank some bleach from under the sink",
        "ive had a mouthful of weedkiller, feel weird",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # suicidal thoughts told with "not doing anything" (no_plan): high, not immediate
        "the sewer slide thoughts are back, not doing anything about them but theyre bad today",
    ],
)
def test_thoughts_without_action_are_high(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a train to board, not one passing
        "the next one through is in 20 mins so ill be late, the train was cancelled",
        "stood on the platform, missed my train, the next one through is at 5",
        # meeting a partner's friends, unwilling or knowing, but nothing exploitative
        "my boyfriend wants me to meet his mates tonight and i dont want to because im shy",
        "going to meet his friends at the bowling tonight, i know what that means, losing at bowling lol",
        "we are going round to his mates house tonight for a birthday",
        # a goodbye for moving house or school
        "saying bye to everyone at school today because were moving to leeds",
        "saying goodbye to everyone at school today because were moving to leeds",
        # "if i dont" with nothing coerced
        "if i dont go out tonight my mates will be annoyed",
        # poison as a topic, a smell, a joke
        "what happens if you drink bleach, for my science homework",
        "my mum drank some bleach by accident?? no she didnt it was a joke lol",
        # target shooting as a sport
        "went clay pigeon shooting with my grandad, got 7 out of 10",
        "the rifle range at cadets was class, hit the target 9 times out of 10",
        # a question about what an adult said about the knife law
        "my dad reckons you can carry a small penknife if the blade is short, is that actually the law or is he chatting",
        # a fighting game
        "gonna destroy him at smash bros tonight 😂 then we get pizza",
        "im going to murder my cousin at tekken tonight 🔪",
        # a jump that is a bungee
        "told my mum im going to jump off a bridge and she panicked, it was a bungee jump for charity 💀",
        # a parent's "ill kill you" over coming in late, retold as a joke
        "the way my dad said ill kill you when i got in at midnight 😭",
        "my mum said ill kill you when i came in late lol",
        # a friend's "threat" hung on a driving or theory test
        "my mate says hes going to kill himself if he fails his theory test again lol",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "the rifle range at cadets was class, hit the target 9 times out of 10",
        "my dad reckons you can carry a small penknife if the blade is short, is that actually the law or is he chatting",
        "gonna destroy him at smash bros tonight 😂 then we get pizza",
        "the way my dad said ill kill you when i got in at midnight 😭",
        "my mate says hes going to kill himself if he fails his theory test again lol",
        "saying bye to everyone at school today because were moving to leeds",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "im going to jump off the bridge tonight, this time no bungee, no rope",
        "the car is outside and they said if i dont go country tonight theyll hurt my mum",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")
