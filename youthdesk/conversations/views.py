"""The inbox pages: thin views that parse, authorise, call one service or selector, and render."""

import hashlib

from django.contrib import messages as flash
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET, require_POST

from youthdesk.accounts.decorators import requires
from youthdesk.accounts.permissions import (
    GRADE_CHANGE,
    INBOX_ASSIGN,
    INBOX_REPLY,
    INBOX_VIEW,
    TEMPLATES_MANAGE,
    can,
)
from youthdesk.audit.services import audit_record
from youthdesk.conversations import selectors, services
from youthdesk.conversations.forms import (
    VIEWS,
    AssignForm,
    GradeForm,
    NoteForm,
    QueueFilterForm,
    ReplyForm,
    ReplyTemplateForm,
)
from youthdesk.conversations.models import Conversation, DeskSettings, Message, ReplyTemplate
from youthdesk.core.htmx import render_page_or_fragment

ESCALATE_GRADES = ("high", "immediate")
QUEUE_LIMIT = 100  # rows on one page; the queue is ordered so the ones that matter come first


def _grade_change_service():
    """The safeguarding grade-change service, when that part of the product is installed."""
    try:
        from youthdesk.safeguarding.services import conversation_grade_change
    except ImportError:
        return None
    return conversation_grade_change


def _url_or_none(name: str, *args) -> str | None:
    """A link to a page another part of the product serves, or None while it does not exist."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _label(slug: str) -> str:
    return str(slug).replace("_", " ")


def _duration(minutes: int | None) -> str:
    """A waiting time an officer reads at a glance: 7 min, 2 h 05 min, 3 d 4 h."""
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // (24 * 60)} d {minutes % (24 * 60) // 60} h"


def _minutes(seconds: float) -> int:
    return max(0, int(seconds // 60))


# ---- the queue -------------------------------------------------------------------------------


@require_GET
@requires(INBOX_VIEW)
def inbox(request):
    """The shared queue, most dangerous first, then longest waiting; polled every 2 s by HTMX.

    A poll that carries the fingerprint of what is already on screen gets 204 (nothing to swap) when
    nothing changed, so the 2-second polling costs a few fixed queries and no rendering.
    """
    params = request.GET.copy()
    shown = params.pop("v", [""])[-1]
    force_names = selectors.inbox_force_names(user=request.user)
    filters = _queue_filters(params, force_names)
    form = QueueFilterForm(params or None, force_names=force_names)
    # Page links carry a position in the order (keyset), so polling a later page keeps that page.
    after = params.get("after", "")[:512]
    before = "" if after else params.get("before", "")[:512]
    counts = selectors.inbox_counts(
        user=request.user, channel=filters["channel"], force=filters["force"], search=filters["search"]
    )
    page = selectors.inbox_page(
        user=request.user,
        limit=QUEUE_LIMIT,
        after=after,
        before=before,
        total=counts.get(filters["view"]),
        **filters,
    )
    rows = page.rows
    filter_query = _filter_query(filters)
    desk = DeskSettings.load()
    now = timezone.now()
    target = desk.first_response_target_minutes
    for row in rows:
        row.waiting_minutes = (
            _minutes((now - row.waiting_since).total_seconds()) if row.waiting_since else None
        )
        row.overdue = row.waiting_minutes is not None and row.waiting_minutes > target
        row.waiting_text = _duration(row.waiting_minutes)
        row.category_labels = [_label(c) for c in (row.categories or [])]
        row.href = reverse("conversation", args=[row.pk]) + (f"?{filter_query}" if filter_query else "")
    views = [(value, label, counts.get(value)) for value, label in VIEWS]
    version = _fingerprint(
        [target, counts, page.total, page.first_number, page.next_cursor, page.previous_cursor]
        + [
            (
                r.pk,
                r.grade,
                r.categories,
                r.assigned_to_id,
                r.status,
                r.waiting_minutes,
                r.preview,
                r.force_name,
            )
            for r in rows
        ]
    )
    if request.htmx and shown == version:
        return HttpResponse(status=204)
    context = {
        "form": form,
        "rows": rows,
        "page": page,
        "last_number": page.first_number + len(rows) - 1,
        "page_size": QUEUE_LIMIT,
        "filters": filters,
        "filter_query": filter_query,
        "next_url": _page_url(filter_query, "after", page.next_cursor),
        "previous_url": _page_url(filter_query, "before", page.previous_cursor),
        "force_names": force_names,
        "target_minutes": target,
        "overdue_count": sum(1 for row in rows if row.overdue),
        "views": views,
        "query": params.urlencode(),
        "version": version,
        "now": now,
    }
    return render_page_or_fragment(request, "conversations/inbox.html", "conversations/_queue.html", context)


def _queue_filters(params, force_names) -> dict:
    """The queue filters in a query string; anything that does not validate falls back to the open queue."""
    if not params:
        return {"view": "open", "channel": "", "force": "", "search": ""}
    return QueueFilterForm(params, force_names=force_names).filters()


def _filter_query(filters: dict) -> str:
    """The filters as a query string, carried to a conversation so next/previous stay in the same view."""
    query = QueryDict(mutable=True)
    for name, key in (("view", "view"), ("channel", "channel"), ("force", "force"), ("q", "search")):
        if filters.get(key) and not (name == "view" and filters[key] == "open"):
            query[name] = filters[key]
    return query.urlencode()


def _page_url(filter_query: str, direction: str, cursor: str | None) -> str | None:
    if not cursor:
        return None
    query = QueryDict(filter_query, mutable=True)
    query[direction] = cursor
    return reverse("inbox") + "?" + query.urlencode()


def _fingerprint(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


# ---- one conversation ------------------------------------------------------------------------


def _thread(conversation: Conversation) -> tuple[list[Message], str]:
    """The messages and a short fingerprint of what the officer sees, so polling swaps only on change."""
    thread = list(selectors.conversation_messages(conversation=conversation))
    status = (
        conversation.grade,
        conversation.categories,
        conversation.status,
        conversation.force_name,
        conversation.assigned_to_id,
    )
    seen = [
        (
            m.pk,
            m.delivery,
            m.deleted_at,
            m.delivery_attempts,
            getattr(_assessment(m), "grade", ""),
            m.meta.get("num_edit") if isinstance(m.meta, dict) else None,
        )
        for m in thread
    ]
    return thread, _fingerprint([status, *seen])


def _assessment(message: Message):
    try:
        return message.assessment
    except ObjectDoesNotExist:  # not assessed (yet)
        return None


def _thread_context(conversation: Conversation) -> dict:
    thread, version = _thread(conversation)
    for message in thread:
        message.assessed = _assessment(message) if message.direction == Message.Direction.INBOUND else None
        meta = message.meta if isinstance(message.meta, dict) else {}
        message.is_postback = isinstance(meta.get("postback"), dict)
        message.edit_history = _edit_history(meta.get("edits"))
        message.shown_attachments = [
            {
                "type": str(a.get("type") or a.get("mime") or "file"),
                "mime": str(a.get("mime") or ""),
                "size": a.get("size"),
                # The connector flags an unsafe attachment (wrong type, not https, too big): never offered.
                "url": "" if a.get("blocked") else str(a.get("url") or ""),
                "problems": [str(p) for p in (a.get("problems") or [])] if a.get("blocked") else [],
                "title": str(a.get("title") or ""),
                "is_image": str(a.get("type") or "").lower() == "image"
                or str(a.get("mime") or "").lower().startswith("image/"),
            }
            for a in (message.attachments or [])
            if isinstance(a, dict)
        ]
    return {"conversation": conversation, "thread": thread, "version": version}


def _edit_history(raw) -> list[dict]:
    """Earlier versions of an edited message, oldest first, as the officer reads them (text only, never HTML)."""
    history = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        until = parse_datetime(entry["until"]) if isinstance(entry.get("until"), str) else None
        history.append(
            {"text": str(entry.get("text") or ""), "until": until, "grade": str(entry.get("grade") or "")}
        )
    return history


def _timings(conversation: Conversation, desk: DeskSettings, now) -> dict:
    """First-response and resolution times of the current episode against the supervisors' targets."""
    first = conversation.first_response_at or (None if conversation.waiting_since is None else now)
    first_minutes = _minutes((first - conversation.opened_at).total_seconds()) if first else None
    end = conversation.closed_at or now
    open_minutes = _minutes((end - conversation.opened_at).total_seconds())
    waiting = (
        _minutes((now - conversation.waiting_since).total_seconds()) if conversation.waiting_since else None
    )
    return {
        "first_response_minutes": first_minutes,
        "first_response_pending": conversation.first_response_at is None,
        "first_response_overdue": first_minutes is not None
        and first_minutes > desk.first_response_target_minutes,
        "resolution_minutes": open_minutes,
        "resolution_overdue": open_minutes > desk.resolution_target_minutes,
        "waiting_minutes": waiting,
        "waiting_overdue": waiting is not None and waiting > desk.first_response_target_minutes,
        "first_target": desk.first_response_target_minutes,
        "resolution_target": desk.resolution_target_minutes,
    }


def _templates_for(conversation: Conversation) -> list[ReplyTemplate]:
    """Approved answers, those suited to the conversation's categories first (marked as suggested)."""
    templates = list(selectors.templates_active())
    wanted = set(conversation.categories or [])
    for template in templates:
        template.suggested = bool(wanted & set(template.categories or []))
    return sorted(templates, key=lambda t: not t.suggested)


@require_GET
@requires(INBOX_VIEW)
def conversation_detail(request, pk: int):
    """The whole conversation; every view is recorded in the audit trail."""
    user = request.user
    conversation = selectors.conversation_get(user=user, pk=pk)
    audit_record(actor=user, action="conversation.view", target=conversation)
    # The force list is read only when the link names a force (the common case costs no query).
    force_names = selectors.inbox_force_names(user=user) if request.GET.get("force") else []
    filters = _queue_filters(request.GET.copy(), force_names)
    previous_pk, next_pk = selectors.conversation_neighbours(user=user, conversation=conversation, **filters)
    filter_query = _filter_query(filters)
    desk = DeskSettings.load()
    context = {
        **_thread_context(conversation),
        "notes": list(selectors.conversation_notes(conversation=conversation)),
        "events": list(selectors.conversation_events(conversation=conversation)),
        "history": list(selectors.contact_history(conversation=conversation)),
        "templates": _templates_for(conversation),
        "reply_form": ReplyForm(),
        "note_form": NoteForm(),
        "assign_form": AssignForm(initial={"assignee": conversation.assigned_to_id})
        if can(user, INBOX_ASSIGN)
        else None,
        "grade_form": GradeForm(initial={"grade": conversation.grade}) if can(user, GRADE_CHANGE) else None,
        "grade_change_available": _grade_change_service() is not None,
        "close_url": _url_or_none("engagement_close", conversation.pk),
        "suggest_url": _url_or_none("services_suggest", conversation.pk),
        "crime_report_url": _url_or_none("crime_report_create", conversation.pk),
        "escalate_url": _url_or_none("escalation_create", conversation.pk)
        if conversation.grade in ESCALATE_GRADES
        else None,
        "previous_pk": previous_pk,
        "next_pk": next_pk,
        "filter_query": filter_query,
        "timings": _timings(conversation, desk, timezone.now()),
        "can_reply": can(user, INBOX_REPLY),
    }
    return render(request, "conversations/conversation.html", context)


@require_GET
@requires(INBOX_VIEW)
def conversation_thread(request, pk: int):
    """The thread fragment the open conversation polls; 204 (nothing to swap) when nothing changed."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    context = _thread_context(conversation)
    if request.GET.get("v") == context["version"]:
        return HttpResponse(status=204)
    return render(request, "conversations/_thread.html", context)


def _back(conversation: Conversation, anchor: str = ""):
    return redirect(reverse("conversation", args=[conversation.pk]) + anchor)


@require_POST
@requires(INBOX_REPLY)
def conversation_claim(request, pk: int):
    """Take the conversation (taking it over from a colleague needs the explicit button)."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    try:
        services.conversation_claim(
            conversation=conversation, user=request.user, take_over=request.POST.get("take_over") == "1"
        )
    except services.DeskError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, "You are handling this conversation.")
    return _back(conversation)


@require_POST
@requires(INBOX_ASSIGN)
def conversation_assign(request, pk: int):
    """A supervisor gives the conversation to someone (or back to the queue)."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    form = AssignForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Choose someone who can answer conversations.")
        return _back(conversation)
    assignee = form.cleaned_data["assignee"]
    services.conversation_assign(conversation=conversation, assignee=assignee, actor=request.user)
    flash.success(request, f"Assigned to {assignee.username}." if assignee else "Back in the queue.")
    return _back(conversation)


@require_POST
@requires(INBOX_REPLY)
def conversation_note(request, pk: int):
    """Add an internal note."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        flash.error(request, "A note cannot be empty.")
        return _back(conversation, "#notes")
    services.note_add(conversation=conversation, author=request.user, text=form.cleaned_data["text"])
    flash.success(request, "Note added.")
    return _back(conversation, "#notes")


@require_POST
@requires(INBOX_REPLY)
def conversation_reply(request, pk: int):
    """Send a reply through the conversation's own channel (the worker delivers it)."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        flash.error(request, "A reply cannot be empty.")
        return _back(conversation, "#reply")
    try:
        services.reply_send(conversation=conversation, author=request.user, text=form.cleaned_data["text"])
    except services.DeskError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, "Reply queued.")
    return _back(conversation, "#reply")


@require_POST
@requires(GRADE_CHANGE)
def conversation_grade(request, pk: int):
    """An officer corrects the grade, giving a reason (audited; it becomes training data)."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    service = _grade_change_service()
    form = GradeForm(request.POST)
    if service is None:
        flash.error(request, "Changing a grade is not available yet.")
    elif not form.is_valid():
        flash.error(request, "Choose a grade and give the reason for the change.")
    else:
        try:
            service(
                conversation=conversation,
                grade=form.cleaned_data["grade"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except (services.DeskError, ValueError) as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, f"Grade changed to {form.cleaned_data['grade']}.")
    return _back(conversation)


@require_POST
@requires(INBOX_REPLY)
def message_retry(request, pk: int, message_pk: int):
    """Send a failed reply again."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    message = get_object_or_404(Message, pk=message_pk, conversation=conversation)
    try:
        services.reply_retry(message=message, actor=request.user)
    except services.DeskError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, "Sending the reply again.")
    return _back(conversation, f"#m{message.pk}")


@require_GET
@requires(INBOX_REPLY)
def template_text(request, pk: int, template_pk: int):
    """An approved answer filled in for this conversation, as plain text for the composer."""
    conversation = selectors.conversation_get(user=request.user, pk=pk)
    template = get_object_or_404(ReplyTemplate, pk=template_pk, active=True)
    text = services.template_render(template=template, conversation=conversation, officer=request.user)
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


# ---- approved answers (supervisors) ------------------------------------------------------------


@require_GET
@requires(TEMPLATES_MANAGE)
def templates_list(request):
    """Every approved answer, active first."""
    templates = ReplyTemplate.objects.select_related("updated_by").order_by("-active", "title")
    return render(request, "conversations/templates_list.html", {"templates": templates})


def _template_form_page(request, template: ReplyTemplate | None):
    if request.method == "POST":
        form = ReplyTemplateForm(request.POST)
        if form.is_valid():
            try:
                saved = services.template_save(actor=request.user, data=form.cleaned_data, template=template)
            except services.DeskError as exc:
                form.add_error(None, str(exc))
            else:
                flash.success(request, f"Saved {saved.title!r}.")
                return redirect("templates")
        status = 400
    else:
        form = ReplyTemplateForm(initial=ReplyTemplateForm.initial_for(template) if template else None)
        status = 200
    return render(
        request, "conversations/template_form.html", {"form": form, "template": template}, status=status
    )


@requires(TEMPLATES_MANAGE)
def template_create(request):
    """Write a new approved answer."""
    if request.method not in ("GET", "POST"):
        raise PermissionDenied("method")
    return _template_form_page(request, None)


@requires(TEMPLATES_MANAGE)
def template_edit(request, template_pk: int):
    """Edit an approved answer."""
    if request.method not in ("GET", "POST"):
        raise PermissionDenied("method")
    return _template_form_page(request, get_object_or_404(ReplyTemplate, pk=template_pk))


@require_POST
@requires(TEMPLATES_MANAGE)
def template_toggle(request, template_pk: int):
    """Withdraw an approved answer from the composer, or bring it back."""
    template = get_object_or_404(ReplyTemplate, pk=template_pk)
    services.template_active_set(actor=request.user, template=template, active=not template.active)
    flash.success(request, f"{template.title!r} {'withdrawn' if template.active else 'back in use'}.")
    return redirect("templates")
