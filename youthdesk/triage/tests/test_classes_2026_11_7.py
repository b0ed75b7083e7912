"""Lexicon 2026.11.7: the false-alarm classes of blind set 8 and the development set, and the new immediate classes.

Every phrasing here was written for these tests (not copied from a labelled set). Each new immediate class is
tested against its hard negatives: questions, hyperbole, lyrics and games, the past and resolved, negation.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, rules


@pytest.mark.parametrize(
    "text",
    [
        # tablets ready to hand, with a farewell, intent or a countdown
        "got all my dads tablets laid out next to me. goodbye",
        "the razor is in my hand and im counting down from ten",
        # tablets taken, with the body reacting now
        "necked a load of paracetamol and now im shaking and being sick",
        "i took the whole strip of sertraline, feel really sleepy",
        "jst took sum of my mums pills not sure how many, heart racing",
        # the railway with a train coming
        "sat on the railway line, i can hear the train coming",
        # affairs in order at a height, now
        "deleted all my accounts. at the multistorey now",
        # a ligature set up
        "the rope is up in my room",
        "goodnight forever x",
        # a weapon pointed or brought, now
        "hes pointing a gun at my brother",
        "they came round with a machete looking for my dad",
        # held down and limp
        "hes got his hands round my mums neck and shes gone floppy",
        # a stranger calling a child over, a door being kicked in
        "a man in a car keeps calling me over and im on my own",
        "they're kicking our door in and were hiding upstairs",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # animals
        "got chased by a goose at the park today",
        "a seagull attacked my sandwich on the beach today lol",
        "the dog next door bit me today, got a plaster on it",
        "my dog got attacked by a fox last night, vet says hes fine",
        # questions about what to do
        "what do i do if i see someone with a gun",
        "should i hand in a knife i found on the field",
        "how many paracetamol can you have in a day",
        # past danger marked as over
        "my brother cut his hand and there was blood everywhere but hes ok now",
        "someone was following me earlier but it turned out to be my cousin",
        "a man was outside our house shouting but hes gone now and dads home",
        # means near misses: medicine as prescribed, sweets, vitamins
        "got my tablets next to me for the morning like the doctor said",
        "took all my vitamins and feel great",
        "took a whole box of chocolates to my nans",
        "took 2 paracetamol for my headache, feel a bit sleepy",
        # the railway, heights and water in ordinary life
        "on the train now, the next train to london is in 10 mins",
        "standing at the edge of the platform waiting for the train home",
        "sat on the shed roof getting my ball back",
        "deleted my socials for exams, at the bridge now with my mates",
        # weapons in games and toys
        "my brother pointed a nerf gun at me lol",
        "in cod this guy pointed a gun at me and i rage quit",
        # ropes and occasions
        "the rope swing is up in the garden",
        "tonights the night!! prom, love you all",
        "its my last day of school, bye everyone love you all",
        # negation
        "im not going to take them all, i promise",
        # conditional on something trivial: hyperbole
        "if arsenal lose tonight im jumping off my roof",
        "if this lesson goes on any longer im gonna kms lol",
        "if i have to sit through another assembly im walking into the sea",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "got chased by a goose at the park today",
        "what do i do if i see someone with a gun",
        "my brother cut his hand and there was blood everywhere but hes ok now",
        "if arsenal lose tonight im jumping off my roof",
        "if this lesson goes on any longer im gonna kms lol",
        "my brother pointed a nerf gun at me lol",
        "my little sister pointed her water gun at me",
        "took all my vitamins and feel great",
    ],
)
def test_clear_hard_negatives_are_standard_with_the_rules(text):
    assert rules(text).grade == "standard", (text, rules(text).cues)


@pytest.mark.parametrize(
    "text",
    [
        "if they put me back in care im hanging myself",
        "if he touches me again im taking every pill in the house",
        "if my dad finds out im jumping off the bridge",
    ],
)
def test_a_conditional_suicide_threat_with_a_means_is_high(text):
    # The decision, from the grade definitions: a threat hung on a real event is a disclosure of suicidal
    # intent with a method (at least high), but not a plan for now, so not immediate on the rules.
    result = rules(text)
    assert result.grade == "high", (text, result.grade, result.cues)
    assert "suicide_self_harm" in result.categories


def test_a_conditional_with_a_time_and_a_means_now_is_still_immediate():
    # An ultimatum to the desk is not a condition on another event: it has a time and the means in hand.
    assert rules("if you dont reply in 10 min im taking them all, the whole lot").grade == "immediate"
    assert rules("took 20 paras an hour ago, if anyone cares").grade == "immediate"


@pytest.mark.parametrize(
    "text,grade",
    [
        ("a man keeps giving us ket and taking us to parties, im 14", "high"),
        ("my stepdad watches me in the shower and says its normal", "high"),
        ("they made a rating chat and rated me 3/10", "medium"),
        ("people keep tripping me up and filming it for their story", "medium"),
        ("everyone calls me a slag since that rumour", "medium"),
        ("i drink most nights to get to sleep", "medium"),
    ],
)
def test_weak_categories_told_as_acts(text, grade):
    assert rules(text).grade == grade, (text, rules(text).cues)
