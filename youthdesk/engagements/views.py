"""Pages for closing an engagement, editing the theme taxonomy and setting hours and targets. Thin views."""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from youthdesk.accounts.decorators import requires
from youthdesk.accounts.permissions import HOURS_MANAGE, INBOX_REPLY, TAXONOMY_MANAGE
from youthdesk.conversations.models import DeskSettings
from youthdesk.conversations.selectors import conversation_get
from youthdesk.conversations.services import DeskError
from youthdesk.core.htmx import render_page_or_fragment
from youthdesk.engagements import forms, selectors, services
from youthdesk.engagements.models import Theme


def _redirect(request, url: str):
    # HTMX swaps fragments; after a close the whole page moves on, so tell HTMX to navigate.
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


@requires(INBOX_REPLY)
def engagement_close(request, conversation_id: int):
    """GET: the closing log, pre-filled with suggestions. POST: close the conversation with the log."""
    conversation = conversation_get(user=request.user, pk=conversation_id)
    suggested_start, suggested_end = selectors.sentiment_suggestions(conversation=conversation)
    status = 200
    if request.method == "POST":
        form = forms.EngagementCloseForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.engagement_close(
                    conversation=conversation,
                    actor=request.user,
                    contact_type=data["contact_type"],
                    theme_ids=data["themes"],
                    sentiment_start=data["sentiment_start"],
                    sentiment_end=data["sentiment_end"],
                    outcome=data["outcome"],
                    force_name=data["force_name"],
                )
            except services.EngagementInvalid as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            except DeskError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, f"Closed and logged the conversation with {conversation.contact}.")
                return _redirect(request, reverse("inbox"))
        # HTMX does not swap 4xx answers by default, so a refused form goes back to it as 200.
        status = 200 if getattr(request, "htmx", False) else 400
    else:
        form = forms.EngagementCloseForm(
            initial={
                "sentiment_start": suggested_start,
                "sentiment_end": suggested_end,
                "force_name": conversation.force_name,
            }
        )
    context = {
        "conversation": conversation,
        "form": form,
        "suggested": (suggested_start, suggested_end),
        "closed": conversation.status == conversation.Status.CLOSED,
    }
    return render_page_or_fragment(
        request, "engagements/close.html", "engagements/_close_form.html", context, status=status
    )


@requires(TAXONOMY_MANAGE)
def themes(request):
    """The taxonomy: every group and theme, how often used, and forms to add, rename, move, deactivate."""
    add_form = forms.ThemeAddForm()
    status = 200
    if request.method == "POST":
        add_form = forms.ThemeAddForm(request.POST)
        if add_form.is_valid():
            try:
                theme = services.theme_create(
                    actor=request.user,
                    name=add_form.cleaned_data["name"],
                    parent=add_form.cleaned_data["parent"],
                )
            except DeskError as error:
                add_form.add_error("name", str(error))
            else:
                messages.success(request, f"Added {theme}.")
                return redirect("themes")
        status = 400
    context = {"groups": selectors.themes_tree(), "add_form": add_form, "move_form": forms.ThemeMoveForm()}
    return render_page_or_fragment(
        request, "engagements/themes.html", "engagements/_themes_table.html", context, status=status
    )


@requires(TAXONOMY_MANAGE)
def theme_edit(request, theme_id: int):
    """Rename or move one theme."""
    theme = get_object_or_404(Theme.objects.select_related("parent"), pk=theme_id)
    rename_form = forms.ThemeRenameForm(initial={"name": theme.name})
    move_form = forms.ThemeMoveForm(initial={"parent": theme.parent_id})
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        form = forms.ThemeMoveForm(request.POST) if action == "move" else forms.ThemeRenameForm(request.POST)
        if action == "move":
            move_form = form
        else:
            rename_form = form
        if form.is_valid():
            try:
                if action == "move":
                    services.theme_move(actor=request.user, theme=theme, parent=form.cleaned_data["parent"])
                else:
                    services.theme_rename(actor=request.user, theme=theme, name=form.cleaned_data["name"])
            except DeskError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "Saved.")
                return redirect("themes")
        status = 400
    context = {"theme": theme, "rename_form": rename_form, "move_form": move_form}
    return render_page_or_fragment(
        request, "engagements/theme_edit.html", "engagements/_theme_edit_forms.html", context, status=status
    )


@require_POST
@requires(TAXONOMY_MANAGE)
def theme_active(request, theme_id: int):
    """Deactivate, reactivate or remove a theme (a used theme is only ever deactivated)."""
    theme = get_object_or_404(Theme, pk=theme_id)
    action = request.POST.get("action")
    try:
        if action == "remove":
            deleted = services.theme_remove(actor=request.user, theme=theme)
            note = "Deleted (it was never used)." if deleted else "It has been used, so it was deactivated."
            messages.success(request, f"{theme.name}: {note}")
        elif action in ("activate", "deactivate"):
            services.theme_set_active(actor=request.user, theme=theme, active=action == "activate")
            messages.success(
                request, f"{theme.name}: {'reactivated' if action == 'activate' else 'deactivated'}."
            )
        else:
            messages.error(request, "Unknown action.")
    except DeskError as error:
        messages.error(request, str(error))
    return redirect("themes")


@requires(HOURS_MANAGE)
def desk_settings_edit(request):
    """Staffed hours, open days, time zone and targets, with first-response and resolution figures."""
    desk = DeskSettings.load()
    status = 200
    if request.method == "POST":
        form = forms.DeskSettingsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.desk_settings_update(
                    actor=request.user,
                    opens_at=data["opens_at"],
                    closes_at=data["closes_at"],
                    timezone_name=data["timezone"].strip(),
                    open_days="".join(data["open_days"]),
                    first_response_target_minutes=data["first_response_target_minutes"],
                    resolution_target_minutes=data["resolution_target_minutes"],
                )
            except services.SettingsInvalid as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, "Desk hours and targets saved.")
                return redirect("desk_settings")
        status = 400
    else:
        form = forms.DeskSettingsForm(
            initial={
                "opens_at": desk.opens_at,
                "closes_at": desk.closes_at,
                "timezone": desk.timezone,
                "open_days": list(desk.open_days),
                "first_response_target_minutes": desk.first_response_target_minutes,
                "resolution_target_minutes": desk.resolution_target_minutes,
            }
        )
    now = timezone.now()
    periods = [
        (label, selectors.desk_response_metrics(since=now - timedelta(days=days), desk=desk))
        for label, days in (("Last 7 days", 7), ("Last 30 days", 30))
    ]
    context = {"form": form, "desk": desk, "periods": periods}
    return render_page_or_fragment(
        request, "engagements/desk_settings.html", "engagements/desk_settings.html", context, status=status
    )
