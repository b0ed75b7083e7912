"""Demo users, one per role, named after the role."""

from youthdesk.accounts.models import Organisation, Role, User
from youthdesk.accounts.services import organisations_ensure, user_create

DEMO_PASSWORD = "youthdesk-demo-2026"
PARTNER_FORCE = "West Yorkshire Police"

DEMO_USERS = [
    ("officer", Role.OFFICER, "national"),
    ("supervisor", Role.SUPERVISOR, "national"),
    ("content", Role.CONTENT, "national"),
    ("lead", Role.LEAD, "national"),
    ("analyst", Role.ANALYST, "partner"),
    ("contactcentre", Role.CONTACT_CENTRE, "contact-centre"),
    ("admin", Role.ADMIN, "national"),
]


def demo_users_ensure() -> list[User]:
    organisations_ensure()
    partner, _ = Organisation.objects.get_or_create(
        slug="west-yorkshire-vru",
        defaults={
            "name": "West Yorkshire Violence Reduction Partnership",
            "kind": Organisation.Kind.PARTNER,
            "force_name": PARTNER_FORCE,
        },
    )
    users = []
    for username, role, org_slug in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            org = partner if org_slug == "partner" else Organisation.objects.get(slug=org_slug)
            user = user_create(
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                organisation=org,
                first_name=username.capitalize(),
                is_staff=role == Role.ADMIN,
                is_superuser=role == Role.ADMIN,
            )
        users.append(user)
    return users
