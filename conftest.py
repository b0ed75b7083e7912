"""Test-wide set-up: immediate tasks unless a test asks for the database queue; Debian's chromium for Playwright."""

import os
import shutil

os.environ.setdefault("YOUTHDESK_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
os.environ.setdefault("YOUTHDESK_REQUIRE_MFA", "0")
os.environ.setdefault("YOUTHDESK_VAR_DIR", os.path.join(os.path.dirname(__file__), "var", "test"))
os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's sync API runs an event loop in the test thread

import pytest  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def make_user(db):
    """Make a user with a role (and, for analysts, a partner organisation scoped to a force)."""
    from youthdesk.accounts.models import Organisation
    from youthdesk.accounts.services import organisations_ensure, user_create

    def _make(username="officer1", role="officer", force_name="", password="a-long-test-password-1"):
        organisations_ensure()
        if role == "analyst":
            org, _ = Organisation.objects.get_or_create(
                slug=f"partner-{force_name or 'national'}"[:80].lower().replace(" ", "-"),
                defaults={
                    "name": f"Partner for {force_name or 'national'}",
                    "kind": Organisation.Kind.PARTNER,
                    "force_name": force_name,
                },
            )
        elif role == "contactcentre":
            org = Organisation.objects.get(slug="contact-centre")
        else:
            org = Organisation.objects.get(slug="national")
        return user_create(username=username, password=password, role=role, organisation=org)

    return _make
