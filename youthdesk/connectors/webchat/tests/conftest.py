import pytest


@pytest.fixture(autouse=True)
def _webchat_test_settings(settings):
    # Production hashing (PBKDF2, 1M rounds) costs ~0.5 s a user; these tests are about the chat.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
