"""Lexicon 2026.12.34, part b165: the classes read from the misses of read test sets b165 and b166, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a suicide said as a thing one is going to commit (plainly or as "sewer slide"), with a time (S12)
        "im going to commit sewer slide tonight, nobody will notice anyway",
        "gonna commit suicide on friday when everyones out",
        # the method and the place already worked out, with a suicidal wish (S1 plan)
        "i want to end my life and i already know how and where",
        "ive had enough, gonna kill myself, i know exactly where and how",
        # a fight set for today with weapons brought, told in slang (QB1652)
        "its kicking off after school today behind the leisure centre, they are bringing tings for my brother",
        "its gonna go down after school today by the shops, his olders got tings on them",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm passed off or hidden under sleeves, with no wish to stop (QB1651)
        "keep telling everyone its cat scratches but honestly i dont want to stop, its the only way i can cope",
        "wearing long sleeves in pe so no one sees, i dont really want to stop tbh",
        # a man giving schoolgirls lifts, with gifts or girls named by year (X7 pickup widened)
        "theres a man who drives round outside the school giving year 9 girls lifts and energy drinks",
        # a dad named in dialect who hits when he has had a drink (D7: home_adult, hit_act widened)
        "my old man clouts me when hes had a few, got a fat lip off him last week",
        # a sexual video of a schoolgirl shared in a chat, said vaguely, her age as it looks (QB1273 widened)
        "people in my year are sharing a video of a girl from our school doing stuff, she looks about 13",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # "its going down" about a sale or a game, with no weapon
        "big sale at the retail park, its going down today, everything half price",
        "its going down tonight in the final, bringing snacks round to my mates",
        # "commit" to something ordinary, with a time
        "im going to commit to the gym tonight, new year new me",
        # cat scratches from an actual cat, no hiding and no wish to keep going
        "my cat scratches me every time i pick her up, the vet says shes just grumpy",
        # a lift from a relative
        "my uncle gives me and my sister lifts home from school on fridays",
        # an online pile-on counted, no group coming
        "loads of accounts keep commenting on my videos calling me fat, like 30 of them now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # embarrassment with kms (hyperbole_context widened, emigrate_joke cancels the online reading)
        "said love you to the lunch lady by accident. kms. moving to another country",
        "kms i waved back at someone who was waving at the person behind me",
        # a parent threatening to ring the police over noise (noise_complaint, a model stop)
        "my dad says hell ring the police on me for noise pollution if i keep singing in the shower",
        # a parent's threat over a chore (house_rule widened, a model stop)
        "if i dont tidy my room my mum says shes gonna murder me lol",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)
