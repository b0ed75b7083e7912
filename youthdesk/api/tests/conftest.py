import pytest


@pytest.fixture(autouse=True)
def _api_test_settings(settings):
    # Production hashing (PBKDF2, 1M rounds) costs ~0.5 s a user; these tests are about the API.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
