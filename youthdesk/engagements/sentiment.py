"""An offline, lexicon-based sentiment suggester (five-point scale) for the closing log. Advisory only.

The lexicon (data/sentiment.json) covers young people's slang and emoji. The officer records the final
value: automatic sentiment is unreliable, so the suggestion only pre-fills the form.
"""

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "sentiment.json"
NEUTRAL = 3
# Zero-width characters and the emoji variation selector would otherwise split or hide words and emoji.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufe0f\ufe0e"))
_TOKEN = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")
_REPEATS = re.compile(r"(.)\1{2,}")
NEGATION_REACH = 3  # a negator flips words up to three tokens after it ("not really that helpful")


@dataclass(frozen=True)
class Lexicon:
    words: dict
    phrases: dict
    emoji: dict
    negators: frozenset
    intensifiers: dict
    bands: tuple


@cache
def lexicon() -> Lexicon:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return Lexicon(
        words=raw["words"],
        phrases=raw["phrases"],
        emoji=raw["emoji"],
        negators=frozenset(raw["negators"]),
        intensifiers=raw["intensifiers"],
        bands=tuple((float(limit), int(score)) for limit, score in raw["bands"]),
    )


@cache
def _phrase_pattern() -> re.Pattern:
    """All phrases in one pattern, longest first, matched only as whole words."""
    phrases = sorted(lexicon().phrases, key=len, reverse=True)
    return re.compile(r"(?<![a-z'])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z])")


def _lookup(token: str, table: dict) -> float | None:
    if token in table:
        return table[token]
    # Stretched words ("thankssss", "sooo") are looked up squeezed to two and then one letter.
    for squeezed in (_REPEATS.sub(r"\1\1", token), _REPEATS.sub(r"\1", token)):
        if squeezed in table:
            return table[squeezed]
    return None


def sentiment_valence(text: str) -> float:
    """The summed valence of one text: phrases first, then words (negated, intensified) and emoji."""
    lex = lexicon()
    lowered = (text or "").translate(_INVISIBLE).lower().replace("\u2019", "'")
    found: list[float] = []

    def _phrase(match: re.Match) -> str:
        found.append(lex.phrases[match.group(0)])
        return " "

    lowered = _phrase_pattern().sub(_phrase, lowered)
    total = sum(found)
    tokens = _TOKEN.findall(lowered)
    negate_until = -1
    boost = 1.0
    for i, token in enumerate(tokens):
        if token in lex.negators:
            negate_until = i + NEGATION_REACH
            continue
        factor = _lookup(token, lex.intensifiers)
        if factor is not None:
            boost *= factor
            continue
        value = _lookup(token, lex.words)
        if value is None:
            value = lex.emoji.get(token)
        if value is None:
            continue
        if i <= negate_until:
            value = -value * 0.7  # "not good" is milder than "bad"
        total += value * boost
        boost = 1.0
    exclaims = min(lowered.count("!"), 3)
    return total * (1 + 0.1 * exclaims)


def sentiment_compound(texts: list[str]) -> float:
    """Normalised sentiment of some messages in (-1, 1), as in VADER's compound score."""
    total = sum(sentiment_valence(t) for t in texts)
    return total / math.sqrt(total * total + 15)


def sentiment_suggest(texts: list[str]) -> int:
    """Suggest 1 (very negative) to 5 (very positive) for some messages; 3 when there is nothing to go on."""
    texts = [t for t in texts if t and t.strip()]
    if not texts:
        return NEUTRAL
    compound = sentiment_compound(texts)
    for limit, score in lexicon().bands:
        if compound <= limit if score <= 2 else compound < limit:
            return score
    return 5
