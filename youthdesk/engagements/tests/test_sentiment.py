import pytest

from youthdesk.engagements.sentiment import sentiment_suggest


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["thank you so much that really helped 🙏"], 5),
        (["u lot are legends ❤️"], 5),
        (["cheers"], 4),
        (["tysmmm"], 5),
        (["can i get arrested for vaping at 15?"], 3),
        (["ok"], 3),
        ([], 3),
        (["   "], 3),
        (["not helpful at all"], 2),
        (["im not ok"], 2),
        (["im so scared he said hes gonna leak my pics 😭😭"], 1),
        (["this is useless ffs 🙄"], 1),
        (["i cant cope anymore, nobody cares"], 1),
    ],
)
def test_suggestions_on_young_peoples_messages(texts, expected):
    assert sentiment_suggest(texts) == expected


def test_negation_turns_praise_negative():
    assert sentiment_suggest(["that was good"]) > 3
    assert sentiment_suggest(["that was not good"]) < 3


def test_emoji_with_variation_selectors_and_zero_width_characters_still_count():
    assert sentiment_suggest(["\u2764\ufe0f\u2764\ufe0f"]) >= 4
    assert sentiment_suggest(["th\u200banks"]) == sentiment_suggest(["thanks"])
