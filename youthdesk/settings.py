"""Settings, read from the environment so that one build serves the demo, tests and production."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("YOUTHDESK_VAR_DIR", BASE_DIR.parent / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


DEBUG = env_bool("YOUTHDESK_DEBUG", False)
# The demo key is only for a machine's own loopback demo; production must set YOUTHDESK_SECRET_KEY.
SECRET_KEY = os.environ.get("YOUTHDESK_SECRET_KEY", "demo-only-not-secret-youthdesk-key-change-me-0123456789")
ALLOWED_HOSTS = env_list("YOUTHDESK_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("YOUTHDESK_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "youthdesk.core",
    "youthdesk.accounts",
    "youthdesk.audit",
    "youthdesk.conversations",
    "youthdesk.connectors",
    "youthdesk.safeguarding",
    "youthdesk.engagements",
    "youthdesk.insights",
    "youthdesk.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Signed platform webhooks are answered here, before the session/user/page middleware below.
    "youthdesk.connectors.middleware.WebhookFastPathMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "youthdesk.accounts.middleware.RequireTwoFactorMiddleware",
]

ROOT_URLCONF = "youthdesk.urls"
WSGI_APPLICATION = "youthdesk.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates", BASE_DIR / "connectors" / "webchat" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "youthdesk.accounts.context_processors.role",
            ],
        },
    }
]

# SQLite in WAL mode by default; PostgreSQL (or anything dj-database-url reads) when DATABASE_URL is set.
_default_sqlite = f"sqlite:///{VAR_DIR / 'youthdesk.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_sqlite), conn_max_age=60)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"].setdefault("TEST", {})["NAME"] = str(VAR_DIR / "test.sqlite3")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work: django-tasks with the database backend; REDIS_URL switches to RQ workers for many machines.
REDIS_URL = os.environ.get("YOUTHDESK_REDIS_URL", "")
if REDIS_URL:
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    INSTALLED_APPS.append("django_rq")
else:
    TASKS = {
        "default": {
            "BACKEND": os.environ.get("YOUTHDESK_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
            "QUEUES": ["default"],
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# allauth: staff accounts are created by administrators, never by sign-up.
ACCOUNT_ADAPTER = "youthdesk.accounts.adapters.NoSignupAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
# Brute force: 5 wrong passwords for one username in 15 minutes locks that username for the rest of the
# window (a cool-off, never a permanent lock an attacker could impose); 20 failures a minute from one address.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/m/ip,5/900s/key",
    "login": "30/m/ip",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "YouthDesk"
# Staff roles must have TOTP; the demo may switch this off (make run prints which it is).
YOUTHDESK_REQUIRE_MFA = env_bool("YOUTHDESK_REQUIRE_MFA", True)

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "connectors" / "webchat" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Message text is untrusted: no inline script or style anywhere, every page.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Meta's attachment CDNs: an image a young person sent loads only after the officer clicks to open it.
        "img-src": [
            SELF,
            "data:",
            "blob:",
            "https://lookaside.fbsbx.com",
            "https://*.fbcdn.net",
            "https://*.cdninstagram.com",
        ],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("YOUTHDESK_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_AGE = 60 * 60 * 10

# Rate limits (login, web chat) and TOTP replay protection must hold across gunicorn processes: a table, not
# per-process memory. The table is made by the accounts migration 0002 (and `createcachetable`).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "youthdesk_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
}

# Web chat: sites allowed to embed /chat/ in a frame (CSP frame-ancestors), the message length limit and
# rate limits (per chat session, and per address: a whole school can share one address, hence higher).
YOUTHDESK_CHAT_EMBED_ORIGINS = env_list("YOUTHDESK_CHAT_EMBED_ORIGINS")
YOUTHDESK_CHAT_MAX_CHARS = int(os.environ.get("YOUTHDESK_CHAT_MAX_CHARS", "2000"))
YOUTHDESK_CHAT_RATE_PER_SESSION = int(os.environ.get("YOUTHDESK_CHAT_RATE_PER_SESSION", "10"))
YOUTHDESK_CHAT_RATE_PER_IP = int(os.environ.get("YOUTHDESK_CHAT_RATE_PER_IP", "60"))

DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # a webhook body over 1 MB is refused

EMAIL_BACKEND = os.environ.get("YOUTHDESK_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("YOUTHDESK_FROM_EMAIL", "youthdesk@localhost")

# Instagram (Meta Graph API). Tests point the base URL at a fake Graph API server on 127.0.0.1.
INSTAGRAM_APP_SECRET = os.environ.get("YOUTHDESK_INSTAGRAM_APP_SECRET", "demo-app-secret")
INSTAGRAM_VERIFY_TOKEN = os.environ.get("YOUTHDESK_INSTAGRAM_VERIFY_TOKEN", "demo-verify-token")
INSTAGRAM_PAGE_TOKEN = os.environ.get("YOUTHDESK_INSTAGRAM_PAGE_TOKEN", "demo-page-token")
INSTAGRAM_ACCOUNT_ID = os.environ.get("YOUTHDESK_INSTAGRAM_ACCOUNT_ID", "17841400000000001")
GRAPH_API_URL = os.environ.get("YOUTHDESK_GRAPH_API_URL", "http://127.0.0.1:8765/v21.0")
# Stored deliveries still pending after this many seconds (their task was lost) are processed by the sweeper.
INBOUND_SWEEP_AFTER_SECONDS = float(os.environ.get("YOUTHDESK_INBOUND_SWEEP_AFTER", "10"))
# Inbound events processed in one transaction. SQLite has one writer, and a longer transaction there would
# hold the webhook's writes back, so it takes them one at a time. On PostgreSQL 10 rather than 20: two
# workers' batches then wait less on each other's conversation locks (all visible 4.0-4.4 s against 3.6-5.1 s).
INBOUND_BATCH = int(
    os.environ.get(
        "YOUTHDESK_INBOUND_BATCH", "1" if DATABASES["default"]["ENGINE"].endswith("sqlite3") else "10"
    )
)

# The 24/7 contact centre hand-over endpoint (JSON, HMAC-signed) and its email address.
CONTACT_CENTRE_URL = os.environ.get("YOUTHDESK_CONTACT_CENTRE_URL", "")
CONTACT_CENTRE_SECRET = os.environ.get("YOUTHDESK_CONTACT_CENTRE_SECRET", "demo-contact-centre-secret")
CONTACT_CENTRE_EMAIL = os.environ.get("YOUTHDESK_CONTACT_CENTRE_EMAIL", "contact-centre@localhost")
# Escalations: minutes before an unacknowledged hand-over alerts supervisors; outbox retry back-off (seconds).
ESCALATION_ACK_MINUTES = float(os.environ.get("YOUTHDESK_ESCALATION_ACK_MINUTES", "10"))
OUTBOX_BACKOFF_BASE = float(os.environ.get("YOUTHDESK_OUTBOX_BACKOFF_BASE", "1"))
OUTBOX_BACKOFF_CAP = float(os.environ.get("YOUTHDESK_OUTBOX_BACKOFF_CAP", "30"))

# Insights: statistical disclosure control threshold and the pseudonymisation key (rotated yearly).
INSIGHTS_SUPPRESSION_THRESHOLD = int(os.environ.get("YOUTHDESK_SUPPRESSION_THRESHOLD", "10"))
INSIGHTS_PSEUDONYM_SECRET = os.environ.get("YOUTHDESK_PSEUDONYM_SECRET", "demo-pseudonym-secret")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "youthdesk.core.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("YOUTHDESK_LOG_LEVEL", "WARNING")},
    "loggers": {"youthdesk": {"level": os.environ.get("YOUTHDESK_LOG_LEVEL", "INFO"), "propagate": True}},
}
