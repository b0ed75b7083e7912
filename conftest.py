"""Test-wide set-up: Debian's chromium for Playwright, fast password hashing, a user factory.

Tests run on the settings the product runs on (youthdesk/settings.py: the database task queue, two-factor
required for staff); a test that needs something else says so with pytest-django's `settings` fixture.
"""

import os
import shutil

# Playwright's sync API runs an event loop in the test thread; Django checks this variable at call time.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # The production hasher costs ~0.5 s a password; hashing strength is not what these tests prove.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _desk_settings_read_afresh():
    # Each test's database starts anew; the hours a worker process keeps must not outlive the test.
    from youthdesk.conversations.models import DeskSettings

    DeskSettings.cache_clear()


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
