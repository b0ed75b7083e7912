"""Lexicon 2026.12.12, part ah: the classes read from development set ah's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # barricaded in their room while the abuser is back and drunk
        "my stepdad is home again and hes drunk, ive pushed my desk against the door",
        # a farewell passed on through someone, with an absence for good
        "someone tell miss patel thanks for being the only one who listened. i wont be in tomorrow or after",
        # a farewell passed on, ready now
        "please pass on to my brother that i love him and he shouldnt blame himself. im ready now",
        # absence for good, with the letters written
        "wont be in college friday or any day after. wrote the letters last night",
        # a pet's care handed on, with thanks for trying
        "make sure my dog bella gets fed. thanks for trying with me everyone",
        # a goodbye to the world
        "bye world. sorted everything out",
        # belongings boxed up for a sibling who needs them more, gone before an occasion
        "packed all my art stuff in a box for my brother, he will need it more than me",
        # their own funeral planned, the act set for tonight
        "finished choosing the songs for my funeral and tonight i do it",
        # a platform where the fast trains pass, thinking of the next one
        "sat on the platform bench, the fast ones go through here every ten mins. thinking about the next one",
        # a pile of pills with forever
        "💊💊💊💊 goodnight forever",
        # a child locked in their room with no food and no one back
        "mum locked me in my room since yesterday and theres no food, im starving and shes not answering",
        # taken away by an older man who has their phone, promised work
        "in a car with some guy who said hed get me a job in birmingham and he took my phone off me",
        # a friend's coded goodbye
        "my mate keeps saying hes going to sleep forever and we will all be fine without me",
        # going to the water when the song ends
        "this is the last song. heading down to the river when it ends",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye letter written once, kept, read now and then
        "years back i wrote a note once, a goodbye one, i still have it",
        # self-harm hidden from a nurse
        "needed stitches from my own doing and told the nurse it was the dog",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert result.grade in ("high", "immediate"), (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # ending a relationship
        "im ending it with my girlfriend tonight, been building up to it all week",
        "gonna end things with him today, wish me luck",
        # a loose kms about a petty annoyance
        "kms my train has been delayed again today",
        "kms missed the bus again and its raining now",
        # recovery told
        "started seeing a counsellor now and its helping, thank you for the posts",
        "got a tattoo over my old scars today, proud of how far ive come",
        # jumping off a bed on a petty condition
        "if i hear one more christmas song im jumping off my bunk bed",
        # a habitual barricade told as life at home, nothing happening now
        "i keep a chair against my door most nights since my uncle moved in",
        # an ordinary absence, said for a few days
        "off sick so i wont be in tomorrow or after, see you all next week",
        "on holiday so wont be in tomorrow or any day this week, love you guys",
        # feeding a pet while away
        "can you make sure my cat gets fed while im on holiday, thanks",
        # a phone taken by a parent
        "my dad took my phone off me because i was on it past midnight",
        # a long sleep after a tiring day
        "im going to sleep for a long time tonight after that match",
        # a platform where the fast trains pass, waiting to catch a slow one
        "on the platform and the fast ones dont stop here so ill get the next one home",
        # going to the lake when the rain ends
        "were heading to the lake when this rain ends for a swim",
        # a lonely emoji pill reminder
        "💊💊 remember ur meds tonight",
    ],
)
def test_hard_negatives(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)
