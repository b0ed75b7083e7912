"""Safeguarding pages: thin views that parse, authorise, call one service or selector, and render."""

import json

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from youthdesk.accounts.decorators import requires
from youthdesk.accounts.permissions import (
    ESCALATIONS_ACK,
    ESCALATIONS_VIEW,
    INBOX_ASSIGN,
    INBOX_REPLY,
    INBOX_VIEW,
    SERVICES_MANAGE,
    can,
)
from youthdesk.audit.services import audit_record
from youthdesk.conversations.selectors import conversation_get
from youthdesk.conversations.services import DeskError
from youthdesk.safeguarding import directory, routing, selectors, services
from youthdesk.safeguarding.models import Escalation, ForceRoute, SupportService
from youthdesk.safeguarding.signing import SIGNATURE_HEADER, signature_valid
from youthdesk.triage.forces import all_forces
from youthdesk.triage.types import CATEGORIES


@require_GET
@requires(ESCALATIONS_VIEW)
def escalation_list(request):
    """The contact centre's queue: hand-overs awaiting acknowledgement, oldest first; or all recent ones."""
    view = "all" if request.GET.get("view") == "all" else "open"
    return render(
        request,
        "safeguarding/escalations.html",
        {"escalations": selectors.escalation_list(user=request.user, view=view), "view": view},
    )


@require_GET
@requires(ESCALATIONS_VIEW)
def escalation_detail(request, uuid):
    """One hand-over as the contact centre received it, its deliveries and its history."""
    escalation = selectors.escalation_get(user=request.user, uuid=uuid)
    audit_record(actor=request.user, action="escalation.view", target=escalation)
    deliveries = list(escalation.deliveries.prefetch_related("attempt_log").order_by("id"))
    return render(
        request,
        "safeguarding/escalation.html",
        {
            "e": escalation,
            "h": escalation.payload,
            "deliveries": deliveries,
            "events": list(escalation.events.select_related("actor")),
            "outcomes": selectors.escalation_outcomes(),
            "can_ack": can(request.user, ESCALATIONS_ACK),
            "can_resend": can(request.user, INBOX_ASSIGN),
        },
    )


@require_POST
@requires(ESCALATIONS_ACK)
def escalation_ack(request, uuid):
    """A contact-centre handler acknowledges the hand-over."""
    escalation = selectors.escalation_get(user=request.user, uuid=uuid)
    services.escalation_acknowledge(
        escalation=escalation, actor=request.user, reference=request.POST.get("reference", "").strip()
    )
    flash.success(request, f"{escalation.reference} acknowledged.")
    return redirect("escalation_detail", uuid=escalation.uuid)


@require_POST
@requires(ESCALATIONS_ACK)
def escalation_outcome(request, uuid):
    """A contact-centre handler records what was done."""
    escalation = selectors.escalation_get(user=request.user, uuid=uuid)
    try:
        services.escalation_outcome_record(
            escalation=escalation,
            actor=request.user,
            outcome=request.POST.get("outcome", ""),
            note=request.POST.get("note", ""),
        )
    except DeskError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, "Outcome recorded.")
    return redirect("escalation_detail", uuid=escalation.uuid)


@require_POST
@requires(ESCALATIONS_VIEW, INBOX_ASSIGN)
def escalation_resend(request, uuid):
    """A supervisor sends a refused hand-over again."""
    escalation = selectors.escalation_get(user=request.user, uuid=uuid)
    count = services.escalation_resend(escalation=escalation, actor=request.user)
    flash.success(request, "Sending again." if count else "Nothing was waiting to be sent again.")
    return redirect("escalation_detail", uuid=escalation.uuid)


@require_http_methods(["GET", "POST"])
@requires(INBOX_REPLY, ESCALATIONS_VIEW)
def escalation_create(request, conversation_id: int):
    """One-click escalation by an officer: GET asks to confirm, POST hands the conversation over."""
    conversation = conversation_get(user=request.user, pk=conversation_id)
    existing = Escalation.objects.filter(
        conversation=conversation, episode_opened_at=conversation.opened_at
    ).first()
    if request.method == "GET":
        return render(
            request,
            "safeguarding/escalation_confirm.html",
            {"conversation": conversation, "existing": existing},
        )
    escalation = services.escalation_create(conversation=conversation, actor=request.user)
    if existing is None:
        flash.success(request, f"Escalated to the 24/7 contact centre as {escalation.reference}.")
    else:
        flash.info(request, f"Already escalated as {escalation.reference}.")
    return redirect("escalation_detail", uuid=escalation.uuid)


@csrf_exempt
@require_POST
def escalation_ack_endpoint(request, uuid):
    """The contact centre's systems acknowledge a hand-over: POST JSON signed with the shared HMAC key.

    Body (all optional): {"reference": "their log number", "outcome": "<slug>", "note": "..."}.
    """
    if not signature_valid(
        body=request.body, secret=settings.CONTACT_CENTRE_SECRET, header=request.headers.get(SIGNATURE_HEADER)
    ):
        return JsonResponse({"error": "bad signature"}, status=401)
    try:
        data = json.loads(request.body or b"{}")
        if not isinstance(data, dict):
            raise ValueError
    except ValueError:
        return JsonResponse({"error": "body must be a JSON object"}, status=400)
    escalation = Escalation.objects.filter(uuid=uuid).first()
    if escalation is None:
        return JsonResponse({"error": "unknown escalation"}, status=404)
    outcome = data.get("outcome")
    if outcome and outcome not in dict(selectors.escalation_outcomes()):
        return JsonResponse({"error": "unknown outcome"}, status=400)
    escalation = services.escalation_acknowledge(
        escalation=escalation, reference=str(data.get("reference", ""))[:120], via="endpoint"
    )
    if outcome:
        escalation = services.escalation_outcome_record(
            escalation=escalation, actor=None, outcome=outcome, note=str(data.get("note", ""))
        )
    return JsonResponse({"status": escalation.status, "reference": escalation.reference})


@require_GET
@login_required
def alerts_fragment(request):
    """The polled on-screen alert strip: escalations not yet acknowledged, loudest first."""
    if not (can(request.user, ESCALATIONS_VIEW) or can(request.user, INBOX_VIEW)):
        raise PermissionDenied
    escalations = selectors.alerts_for(user=request.user)
    if not escalations:
        return HttpResponse("")
    return render(
        request,
        "safeguarding/_alerts.html",
        {"escalations": escalations, "can_open": can(request.user, ESCALATIONS_VIEW)},
    )


@require_GET
@requires(INBOX_VIEW)
def services_suggest(request, conversation_id: int):
    """Signposting for the reply composer: services and templates for the conversation's categories and place."""
    conversation = conversation_get(user=request.user, pk=conversation_id)
    return render(
        request,
        "safeguarding/_services_suggest.html",
        {
            "services": directory.services_suggest(
                categories=conversation.categories, force_name=conversation.force_name
            )[:8],
            "templates": directory.signposting_templates_suggest(categories=conversation.categories)[:5],
            "conversation": conversation,
        },
    )


@require_http_methods(["GET", "POST"])
@requires(INBOX_VIEW)
def service_list(request):
    """The support directory; supervisors add regional services here."""
    manage = can(request.user, SERVICES_MANAGE)
    if request.method == "POST":
        if not manage:
            raise PermissionDenied
        try:
            directory.support_service_add(
                actor=request.user,
                name=request.POST.get("name", ""),
                categories=request.POST.getlist("categories"),
                region=request.POST.get("region", ""),
                region_name=request.POST.get("region_name", ""),
                description=request.POST.get("description", "").strip(),
                hours=request.POST.get("hours", "").strip()[:160],
                phone=request.POST.get("phone", "").strip()[:60],
                url=request.POST.get("url", "").strip()[:200],
                how_to_contact=request.POST.get("how_to_contact", "").strip()[:300],
            )
        except DeskError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, "Service added.")
            return redirect("services")
    return render(
        request,
        "safeguarding/services.html",
        {
            "services": SupportService.objects.filter(active=True),
            "manage": manage,
            "categories": CATEGORIES,
            "forces": [f.name for f in all_forces()],
            "regions": SupportService.Region.choices,
        },
    )


@require_http_methods(["GET", "POST"])
@requires(INBOX_REPLY)
def crime_report_create(request, conversation_id: int):
    """Pass a crime report to the force for the place it happened."""
    conversation = conversation_get(user=request.user, pk=conversation_id)
    routes = list(ForceRoute.objects.filter(active=True).values_list("force_name", flat=True))
    if request.method == "POST":
        try:
            report = routing.crime_report_pass(
                conversation=conversation,
                actor=request.user,
                summary=request.POST.get("summary", ""),
                force_name=request.POST.get("force_name") or None,
            )
        except DeskError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, f"Crime report passed to {report.force_name}.")
            return redirect(reverse("conversation", args=[conversation.pk]))
    return render(
        request,
        "safeguarding/crime_report.html",
        {
            "conversation": conversation,
            "routes": routes,
            "reports": list(
                conversation.crime_reports.select_related("created_by").prefetch_related("deliveries")
            ),
            "summary": request.POST.get("summary", ""),
        },
    )


@require_http_methods(["GET", "POST"])
@requires(SERVICES_MANAGE)
def force_routes(request):
    """Supervisors set how each force takes crime reports."""
    if request.method == "POST":
        try:
            routing.force_route_save(
                actor=request.user,
                force_name=request.POST.get("force_name", ""),
                endpoint_url=request.POST.get("endpoint_url", "").strip(),
                secret=request.POST.get("secret", "").strip(),
                email=request.POST.get("email", "").strip(),
            )
        except DeskError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, "Route saved.")
            return redirect("force_routes")
    return render(
        request,
        "safeguarding/force_routes.html",
        {"routes": ForceRoute.objects.all(), "forces": [f.name for f in all_forces()]},
    )
