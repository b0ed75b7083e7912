"""Lexicon 2026.12.29, part b115: the classes read from the misses of read test sets b115 and b116, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules

# Everyday worries, games and family things that must stay below high as well as below immediate
EVERYDAY = [
    # a habitual worry about dark evenings, asking for tips
    "i feel nervous getting the bus when its dark in winter, any tips to feel safer",
    "how do i feel safer walking home when the nights draw in",
    # a shooter game's squads
    "we ran up on the last squad in fortnite and wiped the lot of them",
    "gonna run up on their squad in cod tonight and wipe the whole lobby",
    # videos shown to family that are not intimate, an album of baby photos, a door kicked shut
    "my brother says hell show my mum the videos of me singing in the shower lol",
    "my dad keeps all the baby photos in a hidden album on his phone",
    "my nan kicked the door shut cos of the draught",
]


@pytest.mark.parametrize(
    "text",
    [
        # a partner or ex who has kicked the door, with a threat, the sender alone (pounding_at; QB952)
        "my boyfriend is outside and has kicked the door twice, says hes going to cut me when he gets in, im home alone",
        "my ex just booted the door and says hell do me in, im on my own in the flat",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a partner or ex threatening to show intimate videos or pictures to family (image_show_threat; QB1151, D9)
        "my ex says if i dump him hell show my mum the pics i sent him",
        "my boyfriend keeps the videos of us in a hidden folder and says hell send my dad the videos if i go out",
        "my ex is threatening to show my parents the pictures i sent when we were together",
        # goods left at the sender's home to look after, for older people (keep_goods, older_group; C6)
        "some lads keep getting packages dropped at mine to look after, my older cousin set it up and i cant say no",
        # a phone given only for the "work" (criminal_exploitation; C2)
        "my older cousins got me looking after parcels at my house and gave me a phone that only rings when they need me",
        # working off a drug debt by running for someone: exploitation, not running away (made_to_hold; C2)
        "i owe this guy for the weed and now im running for him till its paid off",
        # someone else threatening to cut the sender, set for later: a threat, not self-harm intent (violence; W3)
        "a lad in year 10 said hes going to cut my face next week cos i grassed on him",
        "this girl says shes gonna cut me after school tomorrow over some drama on snap",
        "some boy in my year says hes going to slash me after school tmrw",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # an item kept in a container under the bed is stored, not someone hiding under the bed
        "the olders made me keep a package for them, its in a box under my bed and i hate having it here",
        "my cousin asked me to mind his stash, its in a bag under my bed, my mum would kill me if she found it",
        # running for someone to pay a debt is not running away from danger now
        "i owe my dealer money so im running for him after school to pay it off, i want out",
        # "wont talk about it now": a change since, not a danger now
        "a man keeps offering my little sister lifts from school, she went once and now she wont talk about it",
        "my mate got jumped last month and he wont talk about it now, hes really quiet",
        # a cutting threat set for a later day
        "this lad said hes going to cut me tomorrow after school cos i blocked him",
        *EVERYDAY,
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        *EVERYDAY,
    ],
)
def test_everyday_worries_and_games_stay_below_high(text):
    assert_below(text, "high", read=rules)
    assert_below(text, "high", read=full)
