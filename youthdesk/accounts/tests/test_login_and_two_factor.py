"""Sign-in through allauth: TOTP required for staff, codes checked and not replayable, brute force limited."""

import base64
import hashlib
import hmac
import struct
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from django.core.cache import cache
from django.test import Client, override_settings

from youthdesk.audit.models import AuditEvent

PASSWORD = "a-long-test-password-1"


def totp_now(secret: str, *, at: float | None = None) -> str:
    """RFC 6238 (SHA-1, 30 s, 6 digits), written out here so the test does not trust the code under test."""
    counter = int((at if at is not None else time.time()) // 30)
    digest = hmac.new(
        base64.b32decode(secret, casefold=True), struct.pack(">Q", counter), hashlib.sha1
    ).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def _safe_window():
    """Avoid the last second of a 30 s step, so the code is still current when the server checks it."""
    if time.time() % 30 > 28.5:
        time.sleep(30 - time.time() % 30 + 0.1)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _login(client: Client, username: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"login": username, "password": password})


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


# transaction=True: allauth announces the new authenticator on commit, as it does in production.
@pytest.mark.django_db(transaction=True)
@override_settings(YOUTHDESK_REQUIRE_MFA=True)
def test_staff_without_totp_is_sent_to_set_it_up_then_gets_in(make_user):
    user = make_user("super1", "supervisor")
    client = Client()
    assert _login(client, "super1").status_code == 302
    response = client.get("/audit/")
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/"
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session["mfa.totp.secret"]
    wrong = client.post(
        "/accounts/2fa/totp/activate/", {"code": "000000" if totp_now(secret) != "000000" else "111111"}
    )
    assert wrong.status_code == 200 and not Authenticator.objects.filter(user=user).exists()
    _safe_window()
    done = client.post("/accounts/2fa/totp/activate/", {"code": totp_now(secret)})
    assert done.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get("/audit/").status_code == 200  # the activation code counts for this session


@pytest.mark.django_db
@override_settings(YOUTHDESK_REQUIRE_MFA=True)
def test_staff_with_totp_is_asked_for_the_code_at_sign_in(make_user):
    user = make_user("super1", "supervisor")
    TOTP.activate(user, generate_totp_secret())
    # The code comes from the secret as stored (encrypted) in the database, as an authenticator app holds it.
    stored = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    secret = decrypt(stored.data["secret"])
    client = Client()
    response = _login(client, "super1")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/authenticate/")
    assert not _signed_in(client)  # the password alone does not sign in
    assert client.get("/audit/").status_code == 302
    bad = client.post("/accounts/2fa/authenticate/", {"code": "12345"})
    assert bad.status_code == 200 and not _signed_in(client)
    _safe_window()
    code = totp_now(secret)
    assert client.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    assert _signed_in(client)
    assert client.get("/audit/").status_code == 200
    # The same code cannot be used again (replay), even from another browser.
    other = Client()
    _login(other, "super1")
    replay = other.post("/accounts/2fa/authenticate/", {"code": code})
    assert replay.status_code == 200 and not _signed_in(other)


@pytest.mark.django_db
@override_settings(YOUTHDESK_REQUIRE_MFA=True)
def test_password_only_session_of_a_totp_user_must_enter_the_code(make_user):
    user = make_user("officer1", "officer")
    TOTP.activate(user, generate_totp_secret())
    client = Client()
    client.force_login(user)  # any sign-in path that skipped the second factor
    response = client.get("/audit/?x=1")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/reauthenticate/?next=")


@pytest.mark.django_db
@override_settings(YOUTHDESK_REQUIRE_MFA=True)
def test_analyst_role_does_not_need_two_factor(make_user):
    make_user("analyst1", "analyst", force_name="Kent Police")
    client = Client()
    _login(client, "analyst1")
    assert _signed_in(client)
    response = client.get("/audit/")
    assert response.status_code == 403  # refused by role, not sent to 2FA set-up


@pytest.mark.django_db
@override_settings(YOUTHDESK_REQUIRE_MFA=False)
def test_demo_setting_switches_two_factor_off(make_user):
    make_user("super1", "supervisor")
    client = Client()
    _login(client, "super1")
    assert client.get("/audit/").status_code == 200


@pytest.mark.django_db
def test_serve_prints_whether_two_factor_is_on():
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "core" / "management" / "commands" / "serve.py"
    text = source.read_text()
    assert "YOUTHDESK_REQUIRE_MFA" in text and "two-factor authentication" in text


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_the_username_for_a_while(make_user):
    make_user("officer1", "officer")
    client = Client()
    for _ in range(5):
        response = _login(client, "officer1", "wrong-password-123")
        assert response.status_code == 200 and not _signed_in(client)
    locked = _login(client, "officer1", PASSWORD)  # even the right password, until the window passes
    assert not _signed_in(client)
    assert "Too many failed login attempts" in locked.content.decode()
    # Another person's account is not locked out by these attempts.
    make_user("officer2", "officer")
    other = Client()
    _login(other, "officer2")
    assert _signed_in(other)


@pytest.mark.django_db
def test_nobody_can_sign_themselves_up(make_user):
    response = Client().post(
        "/accounts/signup/", {"username": "newkid", "password1": PASSWORD, "password2": PASSWORD}
    )
    from youthdesk.accounts.models import User

    assert not User.objects.filter(username="newkid").exists()
    assert response.status_code in (200, 403)


@pytest.mark.django_db
def test_admin_login_goes_through_the_desk_sign_in(make_user):
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    posted = Client().post("/admin/login/", {"username": "x", "password": "y"})
    assert posted.status_code == 302 and posted["Location"].startswith("/accounts/login/")
    analyst = make_user("analyst1", "analyst")
    client = Client()
    client.force_login(analyst)
    assert client.get("/admin/login/").status_code == 403


@pytest.mark.django_db
def test_sign_in_and_failures_leave_no_password_in_the_audit_trail(make_user):
    make_user("officer1", "officer")
    _login(Client(), "officer1", "wrong-password-123")
    assert not AuditEvent.objects.filter(detail__icontains="wrong-password").exists()


@pytest.mark.django_db
@override_settings(YOUTHDESK_REQUIRE_MFA=True)
def test_set_up_long_after_signing_in_asks_for_the_password_again(make_user, monkeypatch):
    make_user("super1", "supervisor")
    client = Client()
    _login(client, "super1")
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/reauthenticate/")
