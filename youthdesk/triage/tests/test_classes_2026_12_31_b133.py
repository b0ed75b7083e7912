"""Lexicon 2026.12.31, part b133: the classes read from the misses of read test sets b133 and b134, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # someone too drunk or drugged to look after themselves led off by adult men (led_off; QB1331)
        "my cousin is completely out of it and just walked off with some older bloke from the bar",
        "my sister cant even stand and she got in a car with two men we dont know",
        "shes passed out basically and this older guy is taking her upstairs at the house party",
        # an incapacitated friend gone with older men and not answering (adult_male plurals; M4)
        "my mate went off with some older fellas from the pub and now her phones off",
        # hiding from someone waiting outside who has threatened a beating (threat_punish in QB1171)
        "im hiding in the bogs at the cinema, my ex is waiting outside and says hes gonna batter me",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a partner or an adult who carries on after the sender says no (no_ignored; QB1332)
        "my boyfriend does things even though i said no and i dont know what to do",
        "my stepdad comes in at night and carries on when i tell him to stop",
        "is it normal that my girlfriend doesnt stop when i say no",  # a question about ones own partner is a disclosure
        # a drug line run out of a flat (criminal_exploitation)
        "pretty sure theres a line running out of the flat above us, kids on bikes at all hours",
        # a child sent to other towns to sell (criminal_exploitation)
        "they keep sending me to hull and doncaster to sell, i havent been in school for weeks",
        # a weapon brought round and stored in the house, not pointed at anyone (stored_item; W6 yields)
        "my cousins mate turned up with a gun to show us and now its hidden in our loft",
        # a knife pulled some days ago is high, not now (past_time: "its been a few days")
        "a boy from my estate pulled a knife on me outside the shop, its been a few days now and i feel sick",
        # a weapon threat for the next meeting is high, not now (later_time: "if he sees me")
        "a kid at the park had a knife and told me hed stab me if he catches me at the park",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # drunk, but going with family or to an errand, not led off by men
        "my sister is wasted so my dad picked her up from the party",
        "my brother is off his face and went to meet some guy from the gym for a protein shake",
        # drunk and gone with a man, told as over and safe
        "my mate was passed out last saturday and went home with some man, shes fine now",
        # a weapon brought round and put away, with nobody threatened
        "my uncle came round with his air rifle for the pigeons and its in our shed now",
        # a threat for when they next meet, at school
        "a boy in year 10 said hell smash me if he sees me at the bus stop again",
        # a knife pulled a week ago, told as passed
        "someone pulled a knife on my brother at the park, its been a week and the police have him now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a parent's "kill me" over school trouble (hyperbole_context: detention, grades)
        "my dad is going to kill me if i get one more detention this term",
        "my mum will kill me when she sees my grades from parents evening",
        # a sibling doing annoying things after being told no: not sexual abuse
        "my little brother keeps doing stuff when i say no like using my charger",
        # thanks for a post about a scam: feedback, not a report
        "thanks for the scam post, my grandad nearly clicked a dodgy link",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
