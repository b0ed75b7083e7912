"""Creating people, changing roles and issuing API tokens."""

from django.db import transaction
from django.utils import timezone

from youthdesk.accounts.models import ApiToken, Organisation, Role, User
from youthdesk.audit.services import audit_record
from youthdesk.triage.forces import all_forces

NATIONAL_TEAM = "National youth engagement team"
CONTACT_CENTRE = "24/7 police contact centre"


def organisations_ensure() -> None:
    """Create the national team, the contact centre and every UK police force if they are missing."""
    Organisation.objects.get_or_create(
        slug="national", defaults={"name": NATIONAL_TEAM, "kind": Organisation.Kind.NATIONAL_TEAM}
    )
    Organisation.objects.get_or_create(
        slug="contact-centre", defaults={"name": CONTACT_CENTRE, "kind": Organisation.Kind.CONTACT_CENTRE}
    )
    for force in all_forces():
        Organisation.objects.get_or_create(
            slug=force.slug,
            defaults={"name": force.name, "kind": Organisation.Kind.FORCE, "force_name": force.name},
        )


@transaction.atomic
def user_create(
    *, username: str, password: str, role: str, organisation: Organisation | None, actor=None, **extra
) -> User:
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    user = User(username=username, role=role, organisation=organisation, **extra)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    audit_record(
        actor=actor,
        action="user.create",
        target=user,
        detail={"role": role, "organisation": str(organisation or "")},
    )
    return user


@transaction.atomic
def user_role_change(*, user: User, role: str, actor) -> User:
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    before = user.role
    user.role = role
    user.save(update_fields=["role"])
    audit_record(
        actor=actor, action="user.role_change", target=user, detail={"before": before, "after": role}
    )
    return user


@transaction.atomic
def apitoken_issue(*, user: User, actor=None) -> str:
    """Make a new token for `user` and return its key (shown once; only the hash is kept)."""
    key = ApiToken.new_key()
    ApiToken.objects.create(user=user, key_hash=ApiToken.hash(key), prefix=key[3:11])
    audit_record(actor=actor, action="apitoken.issue", target=user)
    return key


def apitoken_authenticate(key: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user", "user__organisation")
        .filter(key_hash=ApiToken.hash(key), revoked=False)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


USER_EDITABLE_FIELDS = ("first_name", "last_name", "email", "organisation", "is_active", "is_staff")


@transaction.atomic
def user_update(*, user: User, actor, changes: dict) -> User:
    """Change a person's details, role or access, recording each change (before and after) in the audit trail."""
    from youthdesk.accounts.permissions import USERS_MANAGE, check

    check(actor, USERS_MANAGE)
    unknown = set(changes) - set(USER_EDITABLE_FIELDS) - {"role"}
    if unknown:
        raise ValueError(f"these fields cannot be changed here: {', '.join(sorted(unknown))}")
    user = User.objects.select_for_update().get(pk=user.pk)
    role = changes.pop("role", user.role)
    before, after, fields = {}, {}, []
    for name, value in changes.items():
        old = getattr(user, name)
        if old != value:
            before[name], after[name] = (
                str(old if old is not None else ""),
                str(value if value is not None else ""),
            )
            setattr(user, name, value)
            fields.append(name)
    if fields:
        user.full_clean(exclude=["password"])
        user.save(update_fields=fields)
        audit_record(
            actor=actor, action="user.update", target=user, detail={"before": before, "after": after}
        )
    if role != user.role:
        user = user_role_change(user=user, role=role, actor=actor)
    return user


@transaction.atomic
def apitoken_revoke(*, token: ApiToken, actor) -> None:
    """Stop a token working; kept (revoked) so the audit trail still names it."""
    if not token.revoked:
        ApiToken.objects.filter(pk=token.pk).update(revoked=True)
        audit_record(
            actor=actor, action="apitoken.revoke", target=token.user, detail={"prefix": token.prefix}
        )
