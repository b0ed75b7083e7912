"""Lexicon 2026.12.20, part b41: the classes read from sets b41 and b42's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # an intruder in the garden, shouting for a family member, the family hiding
        "theres someone in our garden shouting for my brother, were hiding upstairs",
        "someones in the back garden trying the doors, me and my sisters are hiding in the bathroom",
        "theres men in our garden screaming my dads name",
        # a group outside the house now with improvised arms (bars, poles, hurls)
        "the lads that threatened my brother are outside the house with iron bars",
        "theyre outside now with poles and my mum is in on her own",
        # followed now, the sender with a friend, scared
        "a man has been following me and my friend since we left the station and were really scared",
        "some lads keep following us round the shopping centre, were scared",
        # a goodbye to everyone who tried or cared
        "goodbye everyone who ever cared about me",
        "bye all, thanks to everyone who tried to help",
        # a moment set for when the house is asleep, told to someone
        "set my alarm for 3am, everyone will be asleep. wanted someone to know",
        "thats when ill do it, when theyre all asleep. just wanted someone to know",
        # a large amount of tablets taken, waved off as feeling fine
        "took like 20 paracetamol earlier, nothing is happening so ill probably be fine",
        "necked a whole box of tablets after tea, dont feel anything yet lol",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a wish to die owned as real, not just a lyric
        "i want to die is not just a lyric for me its how i feel",
        # a marriage arranged for a child against their will, abroad, the passport taken
        "my family want me to marry my cousin in pakistan this summer and im only 15",
        "they took my passport and keep saying im getting married over there, i dont want to",
        # self-harm by burning, told of a friend
        "my best mate burns herself with her straighteners",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # someone in the garden who is a neighbour, a gardener or a fox
        "theres someone in our garden, turns out it was the neighbour getting his ball back",
        "someones in the back garden, think its a fox",
        # hurls for the sport, rap bars
        "my grandad is outside with hurls for the hurling match",
        "rate my bars, new verse dropped",
        # a little brother tagging along
        "my little brother keeps following us round the shops, so annoying",
        # trying food or trying out for a team
        "bye everyone who tried my cupcakes at the bake sale",
        "thanks to everyone who tried out for the team, bye for now",
        # an early alarm for a flight, a party at midnight
        "set an alarm for 6am, everyone will be asleep when i leave for my flight",
        "thats when the party starts, everyone will be in bed by midnight lol",
        # a normal dose, feeling fine
        "took 2 paracetamol for my headache and i feel fine now",
        # a Scots condition on a lesson: hyperbole
        "see if i have to sit through one more maths lesson im jumping off the roof lol",
        "see if ah huv tae sit through anither assembly am gonnae walk intae the loch",
        # a game raid with guns
        "raiding their base on rust tonight with guns",
        # a boxing bout
        "my cousin got battered in the ring but won on points",
        # praise for a talk or a video on a topic
        "the county lines talk was really good, thanks for coming in",
        # a simile of doom
        "me going into the exam like a lamb to the slaughter",
        # a marriage one day, far off
        "my mum wants me to get married one day but im only 15 so she says ages away",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        "the county lines talk was really good, thanks for coming in",
        "raiding their base on rust tonight with guns",
        "me going into the exam like a lamb to the slaughter",
        "see if ah huv tae sit through anither assembly am gonnae walk intae the loch",
    ],
)
def test_benign_readings_are_below_high(text):
    assert_below(text, "high", full)


def test_a_spiking_told_the_day_after_is_high_not_immediate():
    text = "i think i got spiked at a party friday, cant remember getting home and i woke up sore"
    assert_grade(text, "high", full)
