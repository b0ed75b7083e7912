"""The support-services directory: national services seeded from data, regional ones added by supervisors."""

import json
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from youthdesk.accounts.permissions import SERVICES_MANAGE, check
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import ReplyTemplate
from youthdesk.conversations.services import DeskError
from youthdesk.safeguarding.models import SupportService
from youthdesk.triage.forces import all_forces
from youthdesk.triage.types import CATEGORIES

DATA = Path(__file__).parent / "data" / "services.json"
FIELDS = (
    "name", "description", "categories", "themes", "min_age", "max_age", "hours",
    "phone", "text_number", "url", "how_to_contact", "region", "region_name",
)  # fmt: skip


def services_seed(*, model=SupportService) -> int:
    """Create or refresh the national directory from data/services.json; regional additions are untouched."""
    rows = json.loads(DATA.read_text())["services"]
    for row in rows:
        model.objects.update_or_create(
            slug=row["slug"], defaults={**{f: row[f] for f in FIELDS}, "seeded": True, "active": True}
        )
    return len(rows)


def _nation_of(force_name: str) -> str:
    force = next((f for f in all_forces() if f.name == force_name), None)
    return force.nation if force else ""


def services_suggest(*, categories, force_name: str = "") -> list[SupportService]:
    """Services that fit the categories and place: local first, then by how many categories they cover."""
    wanted = set(categories or [])
    nation = _nation_of(force_name) if force_name else ""
    picked = []
    for service in SupportService.objects.filter(active=True):
        overlap = len(wanted & set(service.categories))
        if wanted and not overlap:
            continue
        if service.region == SupportService.Region.FORCE and service.region_name != force_name:
            continue
        if service.region == SupportService.Region.NATION and service.region_name != nation:
            continue
        local = {"force": 2, "nation": 1}.get(service.region, 0)
        picked.append((-local, -overlap, service.name, service))
    picked.sort(key=lambda t: t[:3])
    return [t[3] for t in picked]


def signposting_templates_suggest(*, categories) -> list[ReplyTemplate]:
    """Active signposting templates whose categories match the conversation's."""
    wanted = set(categories or [])
    return [
        t
        for t in ReplyTemplate.objects.filter(active=True, is_signposting=True)
        if not wanted or wanted & set(t.categories)
    ]


@transaction.atomic
def support_service_add(
    *, actor, name: str, categories: list[str], region: str, region_name: str = "", **fields
) -> SupportService:
    """A supervisor adds a regional (or national) service to the directory."""
    check(actor, SERVICES_MANAGE)
    name = (name or "").strip()
    if not name:
        raise DeskError("A service needs a name.")
    unknown = set(categories) - set(CATEGORIES)
    if unknown:
        raise DeskError(f"Unknown categories: {', '.join(sorted(unknown))}.")
    if region not in SupportService.Region.values:
        raise DeskError("Choose UK-wide, a nation or a force area.")
    if region == SupportService.Region.FORCE and region_name not in {f.name for f in all_forces()}:
        raise DeskError("Choose the force area the service covers.")
    if region == SupportService.Region.NATION and region_name not in {
        "England",
        "Wales",
        "Scotland",
        "Northern Ireland",
    }:
        raise DeskError("Choose the nation the service covers.")
    slug = slugify(f"{name}-{region_name}")[:80] or "service"
    if SupportService.objects.filter(slug=slug).exists():
        raise DeskError("That service is already in the directory.")
    allowed = {k: v for k, v in fields.items() if k in FIELDS}
    service = SupportService.objects.create(
        slug=slug, name=name[:160], categories=sorted(set(categories)), region=region,
        region_name=region_name if region != SupportService.Region.NATIONAL else "", added_by=actor, **allowed,
    )  # fmt: skip
    audit_record(actor=actor, action="support_service.add", target=service, detail={"name": service.name})
    return service
