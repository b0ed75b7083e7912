"""Lexicon 2026.12.16, part an: classes read from development set an's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # a whole box or packet taken, with a line left so someone knows (QAN1)
        "swallowed the whole packet earlier, i just want someone to know",
        "i took the whole bottle tonight. sorry for everything",
        # a friend's tired apology, then offline, with an attempt before (QAL3)
        "my best mate texted sorry im just so tired then went offline, she tried to kill herself last year",
        # the time has come, with an apology for wasting time (T1)
        "todays the day. sorry for wasting everyones time",
        # someone threatening has found the sender's home (QAN7)
        "that man from the shop has found our house, im scared",
        # a follower who mirrors the sender's moves (W1)
        "a guy has been behind me for ages, i crossed over and he crossed too",
        # belongings given away, then a sudden calm (N5)
        "gave away my clothes and my games this morning, i feel at peace",
        # a collapse sign after tablets, asked as a "normal?" question (QAN2)
        "is it normal that my lips are going blue after taking paracetamol",
        # the body reacting after something taken, unnamed, minimised (QAN3)
        "my chest is so tight after what ive taken, heart racing",
        "cant breathe right since i took them, its fine though",
        # an assault told as it happens (QAN4)
        "hes beating my mum in the kitchen",
        "theyre kicking him behind the chippy",
        # a pet handed over, then the phone off (G7)
        "my brother messaged look after my dog for me and now his phone is off",
        # heavy bleeding now (S3)
        "my girlfriend is in the bathroom and theres too much blood",
        # a man of the household in the child's room, the parent asleep (QAN5)
        "my stepdad is in my room again and mums asleep",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # followed again and again: a pattern, high not immediate (QAN6)
        "a grey van has followed me to the shop every day this week",
        # a threat to catch someone off guard (W3)
        "the boys from the estate said theyll catch my cousin slipping",
        # marks behind a cover story, asked about a sibling (S15)
        "why does my brother have scars on his arms, he told mum it was the dog",
        # running from care again and again: high, not immediate (M2)
        "my foster sister keeps running from her care home, the police bring her back then she goes again",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "took the whole box of doughnuts to school lol, just wanted someone to know",
        "sorry im so tired today, went offline early",
        "hes beating me at fifa again",
        "hes hitting me up every day asking to hang out",
        "my mum says look after the dog while shes on holiday, her phone will be off on the plane",
        "the plumber found our house eventually lol",
        "the delivery guy found my house finally",
        "i crossed the road and my mate crossed too, we went to the shop",
        "what happens if you take loads of pills, do your lips go blue? for my essay",
        "there was too much blood in that film",
        "my uncle comes round when my mum is asleep to watch the football",
        "my uncle comes in my room when everyones asleep",
        "tonights the night! prom! sorry for wasting your time with my outfit pics",
        "my nan gave away all her old clothes to the charity shop, she feels at peace now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # feedback on a reel about a topic
        "saw your reel on county lines, our whole class watched it",
        # a question about how things are
        "do the police care about leaked nudes or is it a myth",
        "how come knife crime is going up everywhere",
        "is it illegal to carry a pocket knife to school",
        # a meme about a word
        "the kms memes on tiktok are getting old",
        # a cousin out of that life
        "my cousin used to run for some olders ages ago but hes out of it now, got a job",
        # ran away from a fright; missing in sport
        "my little brother ran away... up the stairs when he saw a spider lol",
        "our striker has been missing... missing every chance he gets",
        # teachers "gonna kill us"
        "the teachers are gonna kill us if were late for the trip",
    ],
)
def test_everyday_talk_is_not_high(text):
    for result in (rules(text), full(text)):
        assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (text, result.grade, result.cues)
