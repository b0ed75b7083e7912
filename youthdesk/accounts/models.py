"""People and organisations: who may see and do what on the desk."""

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models


class Organisation(models.Model):
    """The national team, a police force, the 24/7 contact centre, or a partner organisation."""

    class Kind(models.TextChoices):
        NATIONAL_TEAM = "national", "National engagement team"
        FORCE = "force", "Police force"
        CONTACT_CENTRE = "contact_centre", "24/7 contact centre"
        PARTNER = "partner", "Partner organisation"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The force area whose figures this organisation may see (a force's own name; a partner's area).
    force_name = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    OFFICER = "officer", "Engagement officer"
    SUPERVISOR = "supervisor", "Supervisor"
    CONTENT = "content", "Content officer"
    LEAD = "lead", "Programme lead"
    ANALYST = "analyst", "Force/partner analyst"
    CONTACT_CENTRE = "contactcentre", "Contact-centre handler"
    ADMIN = "admin", "Administrator"


class User(AbstractUser):
    """A member of staff or a partner analyst; the role decides every permission (accounts/permissions.py)."""

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.OFFICER)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )

    @property
    def force_scope(self) -> str | None:
        """The force area an analyst is limited to; None means national figures only for analysts."""
        return self.organisation.force_name if self.organisation and self.organisation.force_name else None


class ApiToken(models.Model):
    """A bearer token for the JSON API; only its SHA-256 is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    @staticmethod
    def hash(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @staticmethod
    def new_key() -> str:
        return "yd_" + secrets.token_urlsafe(32)
