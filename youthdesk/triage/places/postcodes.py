"""Full postcodes (LS6 1AA) and postcode districts (LS6) in message text, mapped to forces."""

from __future__ import annotations

import re
from dataclasses import dataclass

from youthdesk.triage.places.gazetteer import UNROUTABLE, context_words, gazetteer, unit_exceptions

# Bounded quantifiers only: no nested repetition, so no catastrophic backtracking on long input.
# Inward units never use the letters C I K M O V, which also keeps "b4 5pm" from being a postcode.
POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?:[ \t]{0,3}([0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}))?(?![A-Za-z0-9])"
)
SLANG = context_words("postcode_slang")
# A clear majority: below this share a straddling district gets candidates, not a force.
CLEAR_MAJORITY = 0.8


@dataclass(frozen=True)
class PostcodeHit:
    """A postcode found in text: where, how written, and the force shares it maps to."""

    start: int
    end: int
    text: str
    full: bool
    shares: tuple[tuple[str, float], ...]


def _preceding_word(text: str, start: int) -> str:
    head = text[max(0, start - 24) : start].lower().split()
    return head[-1] if head else ""


def postcodes_find(*, text: str, cues: frozenset[str], limit: int = 40) -> list[PostcodeHit]:
    """Every postcode or postcode district in text that the shipped tables know."""
    g = gazetteer()
    hits = []
    for m in POSTCODE.finditer(text):
        if len(hits) >= limit:
            break
        outward, inward = m.group(1), m.group(2)
        out = outward.upper()
        if out not in g.outcodes:
            continue
        before = _preceding_word(text, m.start())
        if before == "the":  # "on the M6", "the B12 bus": a road or a route, not where someone is
            continue
        if inward:
            unit = out + inward.upper()
            sector = f"{out} {inward[0]}"
            exception = unit_exceptions().get(unit)
            if exception:
                shares = ((exception, 1.0),)
            elif sector in g.sectors:
                shares = ((g.sectors[sector][0][0], 1.0),)
            else:
                shares = g.outcodes[out]
            hits.append(PostcodeHit(m.start(), m.end(), f"{out} {inward.upper()}", True, shares))
            continue
        has_cue = before in cues
        if not has_cue:
            if outward.lower() in SLANG:
                continue
            if not out[1].isalpha():
                continue  # one-letter districts ("E1", "b12", "vitamin B12") need a place cue
        hits.append(PostcodeHit(m.start(), m.end(), out, False, g.outcodes[out]))
    return hits


def shares_resolve(shares: tuple[tuple[str, float], ...]) -> tuple[str, tuple[str, ...]]:
    """(force slug or "", candidate slugs) for a share list: a force only with a clear majority."""
    top, share = shares[0]
    if share >= CLEAR_MAJORITY:
        return (top if top != UNROUTABLE else ""), ()
    return "", tuple(slug for slug, _ in shares)
