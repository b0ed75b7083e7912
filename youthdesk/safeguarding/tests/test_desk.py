"""Safeguarding in the desk: grade corrections, one-click escalation, signposting, crime reports, permissions."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.conversations.models import Conversation, ConversationEvent, ReplyTemplate
from youthdesk.conversations.services import DeskError
from youthdesk.safeguarding.directory import services_suggest
from youthdesk.safeguarding.models import CrimeReport, Escalation, ForceRoute, GradeCorrection, OutboxItem
from youthdesk.safeguarding.receiver import Receiver
from youthdesk.safeguarding.routing import crime_report_pass
from youthdesk.safeguarding.selectors import grade_corrections_for_training
from youthdesk.safeguarding.services import conversation_grade_change
from youthdesk.safeguarding.signing import signature_make

pytestmark = pytest.mark.django_db


def test_grade_change_is_audited_evented_and_becomes_training_data(send_in, desk_open, make_user):
    send_in("my step dad hits me when he drinks")
    send_in("please dont tell anyone")
    conversation = Conversation.objects.get()
    old = conversation.grade
    new = "medium" if old == "high" else "high"  # whatever the engine said, the officer disagrees
    officer = make_user("off1", role="officer")
    conversation_grade_change(
        conversation=conversation, grade=new, reason="ongoing abuse at home", actor=officer
    )
    conversation.refresh_from_db()
    assert conversation.grade == new and conversation.grade_rank == {"high": 2, "medium": 1}[new]
    event = ConversationEvent.objects.get(conversation=conversation, kind="grade_changed")
    assert (event.before, event.after, event.reason, event.actor) == (
        old,
        new,
        "ongoing abuse at home",
        officer,
    )
    audit = AuditEvent.objects.get(action="conversation.grade_change")
    assert audit.detail == {"before": old, "after": new, "reason": "ongoing abuse at home"}
    correction = GradeCorrection.objects.get()
    assert correction.text == "my step dad hits me when he drinks\nplease dont tell anyone"
    assert (correction.old_grade, correction.new_grade) == (old, new)
    assert grade_corrections_for_training() == [
        {"text": correction.text, "grade": new, "categories": list(conversation.categories)}
    ]


def test_grade_change_without_reason_or_by_an_analyst_changes_nothing(send_in, desk_open, make_user):
    send_in("someone nicked my bike")
    conversation = Conversation.objects.get()
    before = conversation.grade
    with pytest.raises(DeskError):
        conversation_grade_change(
            conversation=conversation, grade="high", reason="  ", actor=make_user("off1")
        )
    with pytest.raises(DeskError):
        conversation_grade_change(
            conversation=conversation, grade="urgent", reason="x", actor=make_user("off2")
        )
    with pytest.raises(PermissionDenied):
        conversation_grade_change(
            conversation=conversation, grade="high", reason="x", actor=make_user("an1", role="analyst")
        )
    conversation.refresh_from_db()
    assert conversation.grade == before
    assert not GradeCorrection.objects.exists()
    assert not ConversationEvent.objects.filter(kind="grade_changed").exists()
    assert not AuditEvent.objects.filter(action="conversation.grade_change").exists()


def test_raising_a_grade_to_immediate_escalates(
    receiver, send_in, desk_open, make_user, django_capture_on_commit_callbacks
):
    send_in("theres a man outside my house who keeps messaging me")
    conversation = Conversation.objects.get()
    officer = make_user("off1")
    with django_capture_on_commit_callbacks(execute=True):
        conversation_grade_change(
            conversation=conversation, grade="immediate", reason="being followed now", actor=officer
        )
    escalation = Escalation.objects.get()
    assert escalation.trigger == "officer" and escalation.created_by == officer
    assert len(receiver.accepted) == 1


def test_one_click_escalation_by_an_officer_is_idempotent(
    client, receiver, send_in, desk_open, make_user, django_capture_on_commit_callbacks
):
    send_in("someone is sending me threats to share my pics unless i pay")
    conversation = Conversation.objects.get()
    officer = make_user("off1")
    client.force_login(officer)
    from youthdesk.conversations.services import note_add

    note_add(conversation=conversation, author=officer, text="Lives in Leeds, 15, school is near LS6")
    url = reverse("escalation_create", args=[conversation.pk])
    assert "escalate-confirm" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    escalation = Escalation.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "escalation_detail", args=[escalation.uuid]
    )
    assert client.post(url).status_code == 302
    assert Escalation.objects.count() == 1 and OutboxItem.objects.filter(transport="http").count() == 1
    [received] = receiver.accepted.values()
    assert received.json["notes"][0]["text"] == "Lives in Leeds, 15, school is near LS6"
    assert received.json["requested_by"] == "off1"
    assert "already escalated" in client.get(url).content.decode()


def test_escalation_create_refused_to_roles_without_the_desk(client, send_in, desk_open, make_user):
    send_in("help")
    conversation = Conversation.objects.get()
    url = reverse("escalation_create", args=[conversation.pk])
    for user in (make_user("cc1", role="contactcentre"), make_user("an1", role="analyst")):
        client.force_login(user)
        assert client.post(url).status_code == 403
    client.logout()
    assert client.post(url).status_code == 302  # to sign-in
    assert not Escalation.objects.exists()


def test_support_directory_is_seeded_and_suggests_local_services_first(db):
    from youthdesk.safeguarding.models import SupportService

    names = set(SupportService.objects.values_list("name", flat=True))
    for expected in ("Childline", "Shout 85258", "Samaritans", "Papyrus HOPELINE247", "CEOP Safety Centre"):
        assert expected in names
    welsh = [
        s.slug for s in services_suggest(categories=["suicide_self_harm"], force_name="South Wales Police")
    ]
    assert welsh[0] == "meic"
    assert "samaritans" in welsh and "lifeline-ni" not in welsh and "talk-to-frank" not in welsh
    drugs = [s.slug for s in services_suggest(categories=["drugs"], force_name="")]
    assert "talk-to-frank" in drugs and "refuge" not in drugs


def test_services_suggest_fragment_lists_services_and_signposting_templates(
    client, send_in, desk_open, make_user
):
    send_in("i want to kill myself")
    conversation = Conversation.objects.get()
    Conversation.objects.filter(pk=conversation.pk).update(categories=["suicide_self_harm"])
    ReplyTemplate.objects.create(
        title="Signpost: feeling suicidal", body="...", categories=["suicide_self_harm"], is_signposting=True
    )
    ReplyTemplate.objects.create(
        title="Signpost: drugs", body="...", categories=["drugs"], is_signposting=True
    )
    client.force_login(make_user("off1"))
    html = client.get(reverse("services_suggest", args=[conversation.pk])).content.decode()
    assert "Samaritans" in html and "Signpost: feeling suicidal" in html and "Signpost: drugs" not in html
    client.force_login(make_user("an1", role="analyst"))
    assert client.get(reverse("services_suggest", args=[conversation.pk])).status_code == 403


def test_supervisor_adds_a_regional_service_officer_cannot(client, make_user):
    data = {"name": "Leeds Youth Line", "categories": ["bullying_harassment"], "region": "force"}
    data["region_name"] = "West Yorkshire Police"
    client.force_login(make_user("off1"))
    assert client.post(reverse("services"), data).status_code == 403
    client.force_login(make_user("sup1", role="supervisor"))
    assert client.post(reverse("services"), data).status_code == 302
    assert [
        s.name
        for s in services_suggest(categories=["bullying_harassment"], force_name="West Yorkshire Police")
    ][0] == "Leeds Youth Line"
    assert "Leeds Youth Line" not in [
        s.name for s in services_suggest(categories=["bullying_harassment"], force_name="Kent Police")
    ]


def test_crime_report_goes_to_the_forces_endpoint_signed_with_its_key(
    send_in, desk_open, make_user, django_capture_on_commit_callbacks
):
    send_in("a lad at my school has a knife in his bag, we're in leeds")
    conversation = Conversation.objects.get()
    officer = make_user("off1")
    with Receiver(secret="force-key") as force_endpoint:
        ForceRoute.objects.create(
            force_name="West Yorkshire Police", endpoint_url=force_endpoint.url, secret="force-key"
        )
        with django_capture_on_commit_callbacks(execute=True):
            report = crime_report_pass(
                conversation=conversation,
                actor=officer,
                summary="Pupil carrying a knife at school",
                force_name="West Yorkshire Police",
            )
        [received] = force_endpoint.requests
    assert received.status == 200
    assert received.key == str(report.uuid)
    assert received.headers["X-YouthDesk-Signature"] == signature_make(body=received.body, secret="force-key")
    assert received.json["summary"] == "Pupil carrying a knife at school"
    assert received.json["force"] == "West Yorkshire Police"
    report.refresh_from_db()
    assert report.delivered_at is not None
    assert ConversationEvent.objects.filter(kind="crime_report_passed").count() == 1
    assert AuditEvent.objects.filter(action="crime_report.pass").count() == 1


def test_crime_report_by_email_route_and_refusals(
    send_in, desk_open, make_user, django_capture_on_commit_callbacks
):
    send_in("someone stole my phone")
    conversation = Conversation.objects.get()
    officer = make_user("off1")
    with pytest.raises(DeskError, match="No crime-report route"):
        crime_report_pass(conversation=conversation, actor=officer, summary="theft", force_name="Kent Police")
    with pytest.raises(DeskError, match="summary"):
        crime_report_pass(conversation=conversation, actor=officer, summary=" ", force_name="Kent Police")
    assert not CrimeReport.objects.exists() and not OutboxItem.objects.exists()
    ForceRoute.objects.create(force_name="Kent Police", email="reports@kent.example")
    with django_capture_on_commit_callbacks(execute=True):
        crime_report_pass(
            conversation=conversation, actor=officer, summary="Phone theft", force_name="Kent Police"
        )
    assert [m.to for m in mail.outbox] == [["reports@kent.example"]]
    assert OutboxItem.objects.get().status == "delivered"


def test_crime_report_page(client, send_in, desk_open, make_user):
    send_in("someone stole my phone")
    conversation = Conversation.objects.get()
    ForceRoute.objects.create(force_name="Kent Police", email="reports@kent.example")
    url = reverse("crime_report_create", args=[conversation.pk])
    client.force_login(make_user("cc1", role="contactcentre"))
    assert client.get(url).status_code == 403
    client.force_login(make_user("off1"))
    assert "crime-report-send" in client.get(url).content.decode()
    response = client.post(url, {"force_name": "Kent Police", "summary": "Phone theft"})
    assert response.status_code == 302
    assert CrimeReport.objects.get().force_name == "Kent Police"


PAGES = [
    (
        "escalations",
        [],
        {"officer": 200, "supervisor": 200, "contactcentre": 200, "analyst": 403, "content": 403},
    ),
    ("services", [], {"officer": 200, "supervisor": 200, "contactcentre": 403, "analyst": 403}),
    ("force_routes", [], {"officer": 403, "supervisor": 200, "contactcentre": 403, "analyst": 403}),
    ("safeguarding_alerts", [], {"officer": 200, "contactcentre": 200, "analyst": 403, "content": 403}),
]


@pytest.mark.parametrize(("name", "args", "expected"), PAGES)
def test_every_page_checks_who_is_asking(client, make_user, name, args, expected):
    url = reverse(name, args=args)
    assert client.get(url).status_code == 302  # anonymous: to sign-in
    for role, status in expected.items():
        client.force_login(
            make_user(f"{role}-user", role=role, force_name="Kent Police" if role == "analyst" else "")
        )
        assert client.get(url).status_code == status, (name, role)


def test_escalation_detail_is_for_escalation_roles_only(client, receiver, send_in, desk_open, make_user):
    from youthdesk.safeguarding.tests.conftest import IMMEDIATE_TEXT

    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    url = reverse("escalation_detail", args=[escalation.uuid])
    client.force_login(make_user("an1", role="analyst", force_name="Kent Police"))
    assert client.get(url).status_code == 403
    client.force_login(make_user("cc1", role="contactcentre"))
    assert client.get(url).status_code == 200
    assert client.post(reverse("escalation_resend", args=[escalation.uuid])).status_code == 403


def test_message_text_is_never_rendered_as_html(client, receiver, send_in, desk_open, make_user):
    send_in("<script>alert(1)</script> im going to kill myself tonight")
    escalation = Escalation.objects.get()
    client.force_login(make_user("cc1", role="contactcentre"))
    html = client.get(reverse("escalation_detail", args=[escalation.uuid])).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_supervisor_sets_a_force_route_bad_input_writes_nothing(client, make_user):
    client.force_login(make_user("sup1", role="supervisor"))
    url = reverse("force_routes")
    client.post(url, {"force_name": "Atlantis Constabulary", "email": "x@example.org"})
    client.post(url, {"force_name": "Kent Police", "endpoint_url": "https://kent.example/reports"})  # no key
    client.post(url, {"force_name": "Kent Police"})  # nowhere to send
    assert not ForceRoute.objects.exists()
    response = client.post(
        url, {"force_name": "Kent Police", "endpoint_url": "https://kent.example/reports", "secret": "k"}
    )
    assert response.status_code == 302
    route = ForceRoute.objects.get()
    assert (route.force_name, route.endpoint_url, route.secret) == (
        "Kent Police",
        "https://kent.example/reports",
        "k",
    )
    assert AuditEvent.objects.filter(action="force_route.save").count() == 1


def test_risk_split_over_messages_raises_the_conversation_and_escalates(send_in, desk_open, receiver):
    first = send_in("i dont want to be here anymore")
    second = send_in("love you all")
    conversation = Conversation.objects.get()
    # Neither message on its own is immediate (the first is suicidal thoughts, high; the second a fond word);
    # read together they are a farewell after them. ("i got the rope" and "goodbye everyone" are each immediate
    # on their own since lexicons 2026.12.23 and 2026.12.24.)
    assert "immediate" not in (first.assessment.grade, second.assessment.grade)
    assert second.assessment.grade == "standard"
    assert conversation.grade == "immediate"
    assert Escalation.objects.filter(conversation=conversation).count() == 1


def test_earlier_messages_of_a_closed_episode_do_not_raise_a_new_one(send_in, desk_open):
    send_in("i dont want to be here anymore")
    Conversation.objects.update(status="closed")
    send_in("love you all")
    conversation = Conversation.objects.get()
    assert conversation.status == "open"
    assert conversation.grade == "standard"
