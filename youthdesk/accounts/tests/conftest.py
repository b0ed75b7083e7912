import pytest


@pytest.fixture(autouse=True)
def _accounts_test_settings(settings):
    # Production hashing (PBKDF2, 1M rounds) costs ~0.5 s a password; these tests are about flows, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Two-factor is switched on explicitly by the tests about it.
    settings.YOUTHDESK_REQUIRE_MFA = False
