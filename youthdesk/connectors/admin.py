"""Raw platform deliveries, for supervisors: read-only, with a retry for failed ones."""

from django.contrib import admin, messages

from youthdesk.accounts.permissions import INBOX_ASSIGN, INBOX_VIEW, can
from youthdesk.connectors.models import InboundEvent
from youthdesk.connectors.processing import inbound_events_retry


@admin.register(InboundEvent)
class InboundEventAdmin(admin.ModelAdmin):
    """The delivery log cannot be edited from the app; only supervisors and administrators may read it."""

    list_display = ("id", "channel", "event_type", "status", "attempts", "received_at", "processed_at")
    list_filter = ("status", "channel", "event_type")
    search_fields = ("dedup_key",)
    readonly_fields = [f.name for f in InboundEvent._meta.fields]
    actions = ["retry"]

    def _allowed(self, request) -> bool:
        return can(request.user, INBOX_ASSIGN) and can(request.user, INBOX_VIEW)

    def has_module_permission(self, request):
        return self._allowed(request)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Process the selected failed deliveries again")
    def retry(self, request, queryset):
        count = inbound_events_retry(
            event_ids=list(queryset.values_list("pk", flat=True)), actor=request.user
        )
        messages.success(request, f"{count} failed deliveries queued again.")
