"""Every page and endpoint checks who is asking, found by walking the URL configuration itself.

New pages are covered as soon as they are routed: nothing here lists the desk's pages by hand. A URL's
arguments are filled with real object ids (the first that a superuser can open), so the checks run against
pages that exist, not against 404s.
"""

import itertools
import re
import uuid as uuidlib
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import models
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from youthdesk.accounts.models import User
from youthdesk.accounts.services import apitoken_issue

CANARY = "CANARY-" + uuidlib.uuid4().hex[:12]

# Public on purpose, each with its own protection.
PUBLIC_PREFIXES = (
    "/chat/",  # anonymous web chat: signed chat token + rate limits (connectors/webchat)
    "/webhooks/",  # platform webhooks: signature checked before anything is stored
    "/accounts/",  # allauth's sign-in, 2FA and password pages (their own checks; see the test below)
    "/healthz",
    "/static/",
)
PUBLIC_NAMES = {
    "openapi-json",  # the API's schema (no data)
    "api-root",
    "logout",  # the admin's sign-out: signing out nobody changes nothing
}
LOGIN_PATHS = ("/accounts/login/", "/admin/login/")
ROUTE_PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>[^)]*)\)")


@dataclass
class Route:
    template: str  # "/inbox/c/{pk}/" with one slot per parameter
    params: list[tuple[str, str]]  # (name, converter)
    name: str
    module: str

    @property
    def is_public(self) -> bool:
        return self.name in PUBLIC_NAMES or self.template.startswith(PUBLIC_PREFIXES)

    @property
    def is_api(self) -> bool:
        return self.template.startswith("/api/")


def _regex_to_template(regex: str) -> tuple[str, list[tuple[str, str]]]:
    params = []

    def group(match):
        body = match.group("body")
        # A fixed set of alternatives (the admin's app index): take the first one literally.
        if re.fullmatch(r"[\w|-]+", body):
            return body.split("|")[0]
        params.append((match.group("name"), "path"))
        return "{" + match.group("name") + "}"

    text = REGEX_GROUP.sub(group, regex)
    return text.replace("^", "").replace("$", "").replace("\\", ""), params


def _walk(patterns, prefix: str = ""):
    for p in patterns:
        piece = str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + piece)
        elif isinstance(p, URLPattern):
            yield prefix + piece, p


def all_routes() -> list[Route]:
    routes = []
    for raw, pattern in _walk(get_resolver().url_patterns):
        if "^" in raw or "(?P<" in raw:  # a re_path (the admin's app index)
            template, params = _regex_to_template(raw)
        else:
            params = [(m.group("name"), m.group("conv") or "str") for m in ROUTE_PARAM.finditer(raw)]
            template = ROUTE_PARAM.sub(lambda m: "{" + m.group("name") + "}", raw)
        callback = pattern.callback
        routes.append(
            Route(
                template="/" + template,
                params=params,
                name=pattern.name or "",
                module=getattr(callback, "__module__", ""),
            )
        )
    return routes


def _seed(make_user):
    """A small desk with real rows: conversations whose text carries the canary, replies, notes, templates."""
    from youthdesk.connectors.ingest import message_ingest
    from youthdesk.conversations.models import ReplyTemplate
    from youthdesk.conversations.services import InboundMessage, note_add, reply_send

    officer = make_user("officer1", "officer")
    now = timezone.now()
    messages = []
    for n, text in enumerate(
        [
            f"{CANARY} how do I report a stolen bike",
            f"{CANARY} I am going to kill myself tonight, I have the pills here",
        ]
    ):
        message, _ = message_ingest(
            inbound=InboundMessage(
                channel="webchat",
                contact_external_id=f"visitor-{n}-{CANARY}",
                external_id=f"{CANARY}-{n}",
                text=text,
                sent_at=now,
                handle=f"young_person_{n}",
            )
        )
        messages.append(message)
    conversation = messages[0].conversation
    reply_send(conversation=conversation, author=officer, text=f"{CANARY} reply from the team")
    note_add(conversation=conversation, author=officer, text=f"{CANARY} internal note")
    ReplyTemplate.objects.get_or_create(title="Hello", defaults={"body": "Hi {handle}"})
    return conversation


def _candidates() -> dict[str, list]:
    """Real ids to put into URLs: conversations first (most pages are about one), then every other table."""
    from youthdesk.conversations.models import Conversation

    ints = list(Conversation.objects.order_by("pk").values_list("pk", flat=True)[:3])
    uuids = []
    for model in apps.get_models():
        if not model.__module__.startswith("youthdesk."):
            continue
        ints += list(model.objects.order_by("pk").values_list("pk", flat=True)[:2])
        for field in model._meta.fields:
            if isinstance(field, models.UUIDField):
                uuids += list(model.objects.values_list(field.name, flat=True)[:2])
    ints = [i for i in dict.fromkeys(ints) if isinstance(i, int)][:10] or [1]
    uuids = list(dict.fromkeys(uuids))[:4] or [uuidlib.uuid4()]
    return {
        "int": ints,
        "uuid": uuids,
        "path": ints,
        "str": ints + ["csv", "json", "themes"],
        "slug": ["themes", "grades", "x"],
    }


def _fill(route: Route, values: tuple) -> str:
    return route.template.format(
        **{name: value for (name, _), value in zip(route.params, values, strict=True)}
    )


def _resolve(route: Route, superuser_client: Client, auth: dict, candidates) -> str:
    """The URL with the first combination of real ids that the superuser can open (else the first one)."""
    if not route.params:
        return route.template
    pools = [candidates.get(conv, candidates["str"]) for _, conv in route.params]
    first = None
    for values in itertools.islice(itertools.product(*pools), 40):
        url = _fill(route, values)
        first = first or url
        status = superuser_client.get(url, **auth).status_code
        if status not in (404, 400, 500):
            return url
    return first


@pytest.fixture
def desk(db, make_user, settings):
    settings.YOUTHDESK_REQUIRE_MFA = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    _seed(make_user)
    admin = make_user("root", "admin")
    User.objects.filter(pk=admin.pk).update(is_superuser=True, is_staff=True)
    admin = User.objects.get(pk=admin.pk)
    superuser = Client(raise_request_exception=False)
    superuser.force_login(admin)
    super_auth = {"HTTP_AUTHORIZATION": f"Bearer {apitoken_issue(user=admin)}"}
    candidates = _candidates()
    urls = {r.template: (r, _resolve(r, superuser, super_auth, candidates)) for r in all_routes()}
    return {"superuser": superuser, "super_auth": super_auth, "urls": urls}


def _is_login_redirect(response) -> bool:
    return response.status_code in (301, 302) and response["Location"].startswith(LOGIN_PATHS)


@pytest.mark.django_db
def test_the_walk_finds_the_desk_pages(desk):
    templates = set(desk["urls"])
    # A sanity floor, so a broken walk cannot pass the tests below by finding nothing.
    for expected in ("/inbox/", "/audit/", "/api/v1/conversations", "/chat/", "/admin/"):
        assert expected in templates, expected
    assert len(templates) > 40


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_sign_in_or_refused_everywhere_but_the_public_routes(desk):
    anonymous = Client(raise_request_exception=False)
    failures = []
    for route, url in desk["urls"].values():
        if route.is_public:
            continue
        for method in ("get", "post"):
            response = getattr(anonymous, method)(url)
            ok = _is_login_redirect(response) or response.status_code in (401, 403, 405)
            if not ok:
                failures.append(f"{method.upper()} {url} -> {response.status_code}")
    assert not failures, "pages that do not check who is asking:\n" + "\n".join(failures)


@pytest.mark.django_db
def test_allauth_pages_that_need_a_user_send_anonymous_people_to_sign_in(desk):
    anonymous = Client()
    for url in ("/accounts/2fa/", "/accounts/2fa/totp/activate/", "/accounts/password/change/"):
        response = anonymous.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url


@pytest.mark.django_db
def test_an_analyst_is_refused_every_page_that_shows_message_text(desk, make_user):
    analyst = make_user("analyst1", "analyst", force_name="Kent Police")
    client = Client(raise_request_exception=False)
    client.force_login(analyst)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {apitoken_issue(user=analyst)}"}
    text_pages, failures = [], []
    for route, url in desk["urls"].values():
        if route.template.startswith(("/chat/", "/webhooks/", "/static/")):
            continue
        shown = desk["superuser"].get(url, **desk["super_auth"])
        response = client.get(url, **auth)
        body = response.content.decode(errors="replace")
        if CANARY in body:
            failures.append(f"GET {url} shows message text to an analyst ({response.status_code})")
        if shown.status_code == 200 and CANARY in shown.content.decode(errors="replace"):
            text_pages.append(url)
            refused = response.status_code == 403 or (
                route.template.startswith("/admin/") and _is_login_redirect(response)
            )
            if not refused:
                failures.append(f"GET {url} -> {response.status_code}, expected 403")
    print("pages showing message text:", *sorted(text_pages), sep="\n  ")
    assert not failures, "\n".join(failures)
    # The desk's own text pages were found (so the check above is not vacuous).
    assert any(u.startswith("/inbox/c/") for u in text_pages), text_pages
    assert any(u.startswith("/api/v1/conversations") for u in text_pages), text_pages


@pytest.mark.django_db
def test_every_page_sends_a_strict_csp_and_the_other_security_headers(desk):
    anonymous = Client(raise_request_exception=False)
    failures = []
    for _route, url in desk["urls"].values():
        for who, client, auth in (
            ("anonymous", anonymous, {}),
            ("superuser", desk["superuser"], desk["super_auth"]),
        ):
            response = client.get(url, **auth)
            if response.status_code >= 500:
                failures.append(f"{who} GET {url} -> {response.status_code}")
                continue
            csp = response.get("Content-Security-Policy", "")
            problems = []
            if not csp:
                problems.append("no Content-Security-Policy")
            if "unsafe-inline" in csp or "unsafe-eval" in csp:
                problems.append(f"unsafe CSP: {csp}")
            if "object-src 'none'" not in csp:
                problems.append("CSP without object-src 'none'")
            if response.get("X-Content-Type-Options") != "nosniff":
                problems.append("no X-Content-Type-Options: nosniff")
            if not response.get("Referrer-Policy"):
                problems.append("no Referrer-Policy")
            if problems:
                failures.append(f"{who} GET {url}: {', '.join(problems)}")
    assert not failures, "\n".join(failures)


DESK_PREFIXES = ("/inbox/", "/safeguarding/", "/engagements/", "/api/v1/conversations")


@pytest.mark.django_db
def test_an_analyst_cannot_change_anything_on_the_desk(desk, make_user):
    from youthdesk.conversations.models import Conversation, ConversationEvent, Message, Note

    analyst = make_user("analyst1", "analyst", force_name="Kent Police")
    client = Client(raise_request_exception=False)
    client.force_login(analyst)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {apitoken_issue(user=analyst)}"}

    def snapshot():
        return [
            list(model.objects.order_by("pk").values())
            for model in (Conversation, Message, Note, ConversationEvent)
        ]

    before = snapshot()
    failures = []
    for route, url in desk["urls"].values():
        if not route.template.startswith(DESK_PREFIXES) or route.is_public:
            continue
        body = {"text": "analyst was here", "take_over": "on", "grade": "high", "reason": "x"}
        if route.is_api:
            response = client.post(url, body, content_type="application/json", **auth)
        else:
            response = client.post(url, body, **auth)
        # 401: the contact centre's HMAC-signed acknowledgement refuses an unsigned body.
        if response.status_code not in (401, 403, 405):
            failures.append(f"POST {url} -> {response.status_code}")
    assert not failures, "\n".join(failures)
    assert snapshot() == before
