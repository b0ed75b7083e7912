"""The seed theme taxonomy in data/themes.json and the one routine that applies it (migration and service)."""

import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "themes.json"


@cache
def themes_seed() -> tuple[dict, ...]:
    """The seed groups, each with its themes, as read from the data file."""
    return tuple(json.loads(DATA.read_text(encoding="utf-8"))["groups"])


def themes_apply(*, theme_model) -> list:
    """Create every seed theme whose slug is missing; never touch existing ones (supervisors' edits win).

    Takes the model class so the data migration can pass its historical model. Returns the created rows.
    """
    existing = set(theme_model.objects.values_list("slug", flat=True))
    created = []
    for group_order, group in enumerate(themes_seed()):
        parent = theme_model.objects.filter(slug=group["slug"]).first()
        if parent is None:
            if theme_model.objects.filter(parent__isnull=True, name=group["name"]).exists():
                continue  # a supervisor made a group of that name: leave their taxonomy alone
            parent = theme_model.objects.create(
                slug=group["slug"], name=group["name"], parent=None, order=group_order
            )
            created.append(parent)
        for order, theme in enumerate(group["themes"]):
            if theme["slug"] in existing:
                continue
            if theme_model.objects.filter(parent=parent, name=theme["name"]).exists():
                continue
            created.append(
                theme_model.objects.create(slug=theme["slug"], name=theme["name"], parent=parent, order=order)
            )
    return created
