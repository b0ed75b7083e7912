"""Round 2026.12.18, part as: the classes read from development set as's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below immediate.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # a pupil bringing a relative's weapon into school today (W14)
        "a boy in year 10 says hes bringing his cousins blade in tomorrow morning and today after school hes waiting",
        # a weapon in school with its use on a named person today (QAK6)
        "kid in my form has a knife in his blazer rn and says hes gonna use it on jordan after school",
        # armed now and going after someone for revenge tonight (QAS1)
        "my cousin has got the ting on him and hes heading out tonight for what they did to my brother",
        # hiding now from a blade, after something earlier that is over (W7)
        "the exam was fine but now im hiding in the science block toilets cos a lad with a knife is after me",
        # hit so hard the victim is not waking up, beside an unrelated past time (QAS6)
        "went bowling yesterday. my dad just hit my mum so hard and shes not waking up",
        # an adult at home threatening to hurt someone tonight, told in secret (QAS7)
        "typing this from the bathroom, he said hell hurt my mum tonight and hes in the next room",
        # a note addressed to whoever finds the body (S4)
        "to whoever finds me first, please dont let my little sister see",
        # an online contact outside demanding the child come out now (QV9)
        "the guy i met on discord is outside my house and says i have to come out now or he will post my pics",
        # an unnamed number of tablets taken, with the body reacting (QAS2)
        "been sick twice after taking something, it was like 25 of the little blue ones",
        # a drunk adult left in charge who keeps coming into the child's room (QAS3)
        "mums at work all night and her mate who is watching us is drunk and keeps coming into my room",
        # walking off the end of an edge, said in other words (N1)
        "nothing left for me so im going to walk off the end of the harbour wall tonight",
        # asking about one's own organs, with everything sorted for tonight (QAS4)
        "can they use my organs if im only 15? got everything ready for tonight",
        # touched on a bus by a man who threatens to follow the child (QAS5)
        "a man on the tram keeps touching my leg and says he will follow me home if i get up",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a groomer's line about age
        "the lad im seeing is 20 and i'm 13, he always tells me age is only a number",
        # not safe at a parent's home, told after a question
        "how old do you have to be to move out cos im not safe at my mums, she hits me",
        # a friend's self-harm told by body part, confided in secret
        "my best mate has been cutting her arms since christmas and made me promise not to tell",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # an old relative ready to go when god wants: a natural death, not intent
        "grandad turned 95 today and keeps saying hes ready to go when the lord calls him lol",
        # a parent's job talk about violence, and thanks to the police
        "my mum is a nurse and she says a and e is full of stabbings on fridays, respect to you lot",
        # a question about a posted topic
        "saw your post about deepfakes, is it actually illegal now to make them",
        # the pier as a day out, walking to the end
        "we walked to the end of the pier today and got chips, so nice",
        # an idiom told about someone else
        "honestly my ex can take a long walk off a short pier",
        # a relative checking on a child at night, not drunk
        "my dad keeps coming in my room to tell me to put my phone away lol",
        # organ donation as a topic, no time, no affairs
        "we did organ donation in re, can you donate your organs if you die young",
        # a number of something harmless taken, with a racing heart
        "took 20 of them penalties in training and my heart is racing lol",
        # a relative in the room on his birthday, no child alone with him
        "my uncle keeps coming in my room, hes drunk again, its his birthday lol",
        # a number taken of something harmless
        "ate like 20 of the mini eggs and now i feel sick lol",
        # armed and going after someone, told in a song
        "the new drill tune says hes got the ting on him and someones getting bodied tonight",
        # a party sorted for tonight is not affairs put in order
        "its all sorted for tonight, the party starts at 8 and everyones bringing snacks",
        # a past hit with no one hurt now
        "my stepdad hit my mum last year but hes gone now and were ok",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)
