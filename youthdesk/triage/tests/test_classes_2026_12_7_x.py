"""Lexicon 2026.12.7, part x: the classes read from development set x's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below immediate.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # children left with no adult for days, with no food or power (QX1)
        "dads not been back since tuesday and theres nothing to eat, its me and my little brother",
        "mum hasnt come back in 3 days and the electric has run out, my sisters only 4",
        # a baby or a toddler alone with nobody come back (K1 widened)
        "theres a baby crying in the flat upstairs all day and nobodys come back since this morning",
        "a little kid has been left in a car in the car park on his own for ages and its roasting",
        # an adult at home touching a child while the parent is out, now (QX2)
        "mums boyfriend keeps making me sit on his lap and shes out till 11, its 8 now",
        # a threat to burn the home, with the means, at the door (QX3)
        "her ex is outside with a jerry can saying hell burn the house down",
        # someone just violent at home coming back now (QX12)
        "my stepdad just smashed the tv, i said im ok but hes coming back upstairs now",
        # the attacker fetching the belt (danger now)
        "hes gone to get his belt and im hiding in my room",
        # a child held in a vehicle over a debt (V1 widened)
        "the older lads have got my little cousin in their van, they say she owes them",
        # a child run off after a row, and a stranger offering to collect (M1 widened)
        "my brother is 11 and ran off after a fight with mum 2 hours ago and a man off snap said hed come get him",
        # someone hurt and still down, told inside a question (QX4)
        "is it normal if my dad punched my mum and now shes not waking up",
        # fleeing someone who knows where they are (QX5)
        "im at the coach station trying to get away from him and hes tracking my phone",
        # a covert plea with a code word and an address (QX6)
        "if i text you a word will you send the police, the word is banana, 14 elm street",
        # a last post with thanks (QX7)
        "my final post. thanks for trying everyone, not your fault",
        # a threat to finish an attack when the attacker is back (QX8)
        "hes passed out on the sofa but said when he wakes up hell finish me off",
        # unreachable for days after a veiled threat (M7 widened)
        "my friend hasnt been online since her boyfriend said watch what happens, thats 3 days now",
        # a child shut out at night in the rain (QX11)
        "my mum kicked me out, its pouring with rain and ive got nowhere to go",
    ],
)
def test_new_immediate_classes_x(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # neglect: a parent drunk from the morning, a child caring for the rest
        "dad is drunk from the morning and forgets to pick up my sister from school",
        "theres no hot water and mum is always in bed so i do everything for my brothers",
        # if he can't have me no one can
        "my boyfriend keeps turning up at my house and said if he cant have me nobody can",
        # self-harm said as sh
        "my sh is getting really bad again",
        # a man offering lifts and gifts
        "a guy in a silver car keeps offering me and my sister lifts and says hell get us vapes",
        # a child living with an adult man
        "my friend is 15 and has moved in with a man whos 31",
        # a protective order and the man still turning up
        "my stepdad has a court order so hes not allowed near us but he keeps messaging me every day",
        # a threat to put someone in hospital
        "he said hed put me in hospital if i told anyone",
        # a chair against the door at night
        "i sleep with a chair against my door since my stepdad moved in",
        # fled to a refuge
        "we live in a refuge now and my dad keeps ringing from different numbers",
    ],
)
def test_new_high_classes_x(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a carer out briefly, or the power topped up
        "our electric ran out last night so we had a candlelit dinner, mum topped it up this morning",
        "the baby next door cries loads, the parents are always in tho",
        # a lap in a photo, a joke or the past
        "my dad sat on my lap as a joke at the wedding",
        "my uncle used to make me sit on his lap when i was little, he moved abroad years ago",
        # petrol for an errand, a lighter and the bins
        "dad is outside with petrol for the lawnmower",
        # someone coming back for an ordinary reason
        "my mum said shes coming back upstairs to check my homework",
        "my brother punched me for taking his charger and now hes coming back to say sorry",
        "we had a fight in fortnite and hes coming back on later",
        # running off after a match
        "i ran off after the match to catch my bus",
        # a word that is not a code, a safe word asked about
        "the word is that year 11s are having a party",
        "our teacher said the code word is pineapple for the fire drill, she will send someone to check",
        # a last post of the year
        "my last post of the year, love you all, happy new year",
        # finishing a job
        "ill finish the job tomorrow, the fence is half painted",
        # offline for a reason
        "my mate hasnt been online for 3 days, her phone got confiscated",
        # locked out by accident, kicked out of a room
        "i got locked out of my account, its pouring down and im bored",
        "my sister got locked out and was banging on the door at midnight",
        "mum kicked me out of the kitchen cos i was freezing the chocolate wrong",
        # hyperbole about a song
        "i will unalive myself if i hear that song one more time",
        # games and escape rooms
        "in the last of us the guy with the hammer is so scary",
        "we got locked in the escape room for an hour lol",
        # a parcel held
        "my parcel is being held at the depot, how do i get it",
        # running away in a game or to a fantasy place
        "my little brother says hes running away to disneyland again 😂",
        "my mate ran away in minecraft with all my diamonds",
        # caring for a sibling, a group chat exit undone
        "i look after my little sister after school, is there any help for young carers",
        "my mate said bye forever and left the gc but hes already back",
        # a tantrum, a curfew
        "my sister had a tantrum and locked herself in the bathroom, drama queen",
        "my parents wont let me out after 8 on school nights, is that normal",
        # someone down in sport
        "in rugby he punched the ball away and the lad was just lying there laughing",
        # fleeing a family weekend
        "on the train to london to get away from my annoying family for the weekend, mum knows where im going",
    ],
)
def test_hard_negatives_x_are_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)
