"""The shipped place tables (data/*.tsv), loaded once and held in plain dicts. Pure Python, no Django."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from youthdesk.triage.forces import all_forces

DATA = Path(__file__).parent / "data"
UNROUTABLE = "x"  # Jersey, Guernsey, Isle of Man: the data marks them so the desk says "cannot route"


@dataclass(frozen=True)
class Place:
    """One gazetteer name: its kind, its force slug ("" when ambiguous) and candidate slugs."""

    kind: str
    force: str
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    """Everything locate() needs, read from data/ once per process."""

    places: dict[str, Place]
    first_words: dict[str, int]  # first word of a name -> longest name (in words) starting with it
    prefixes: frozenset[str]  # the leading words of every multi-word name, so a match grows word by word
    common_words: dict[str, str]  # name -> context it needs: strict, verb or capital
    outcodes: dict[str, tuple[tuple[str, float], ...]]
    sectors: dict[str, tuple[tuple[str, float], ...]]
    force_names: dict[str, str]


def _shares(text: str) -> tuple[tuple[str, float], ...]:
    return tuple((slug, float(share)) for slug, share in (part.split(":") for part in text.split(",")))


def _lines(name: str):
    with (DATA / name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


@cache
def gazetteer() -> Gazetteer:
    """Load the tables; about 20 ms, once per process."""
    places: dict[str, Place] = {}
    first_words: dict[str, int] = {}
    prefixes: set[str] = set()
    for line in _lines("places.tsv"):
        name, kind, force, candidates = line.split("\t")
        places[name] = Place(kind, force, tuple(candidates.split(",")) if candidates else ())
        words = name.split(" ")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
        prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
    outcodes = {}
    for line in _lines("outcodes.tsv"):
        code, shares = line.split("\t")
        outcodes[code] = _shares(shares)
    sectors = {}
    for line in _lines("sectors.tsv"):
        code, shares = line.split("\t")
        sectors[code] = _shares(shares)
    return Gazetteer(
        places=places,
        first_words=first_words,
        prefixes=frozenset(prefixes),
        common_words=dict(line.split("\t") for line in _lines("common_word_places.txt")),
        outcodes=outcodes,
        sectors=sectors,
        force_names={f.slug: f.name for f in all_forces()},
    )


@cache
def context_words(name: str) -> frozenset[str]:
    """One list from data/context_words.json: the words around a name that decide if it is a place."""
    return frozenset(json.loads((DATA / "context_words.json").read_text(encoding="utf-8"))[name]["words"])


@cache
def unit_exceptions() -> dict[str, str]:
    """Full postcodes whose force differs from their sector's majority; loaded on first full postcode."""
    return dict(line.split("\t") for line in _lines("units.tsv"))


def force_name(slug: str) -> str | None:
    """The canonical force name for a slug; None for the unroutable marker or an empty slug."""
    if not slug or slug == UNROUTABLE:
        return None
    return gazetteer().force_names[slug]
