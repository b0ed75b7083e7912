"""The UK police forces the desk routes to: 43 territorial forces of England and Wales, BTP, Scotland, NI."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "forces.json"


@dataclass(frozen=True)
class Force:
    slug: str
    name: str
    pfa_code: str | None
    nation: str
    territorial: bool


@cache
def all_forces() -> tuple[Force, ...]:
    return tuple(Force(**row) for row in json.loads(DATA.read_text())["forces"])


@cache
def force_names() -> frozenset[str]:
    return frozenset(f.name for f in all_forces())


def by_slug(slug: str) -> Force | None:
    return next((f for f in all_forces() if f.slug == slug), None)
