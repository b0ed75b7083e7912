"""Forms for the inbox pages: they parse and validate; the services decide."""

from django import forms
from django.contrib.auth import get_user_model

from youthdesk.accounts.permissions import INBOX_REPLY, can
from youthdesk.conversations.models import Channel
from youthdesk.triage.types import CATEGORIES, GRADES

VIEWS = [
    ("open", "All open"),
    ("unassigned", "Unassigned"),
    ("mine", "Mine"),
    ("waiting_us", "Waiting for us"),
    ("waiting_them", "Waiting for them"),
    ("closed", "Closed"),
]


class QueueFilterForm(forms.Form):
    """The inbox filters; anything unknown falls back to the whole open queue."""

    view = forms.ChoiceField(choices=VIEWS, required=False)
    channel = forms.ChoiceField(choices=[("", "Any channel"), *Channel.choices], required=False)
    force = forms.CharField(required=False, max_length=120)
    q = forms.CharField(required=False, max_length=150, label="Handle")

    def __init__(self, *args, force_names=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.force_names = list(force_names)

    def filters(self) -> dict:
        """Clean values for selectors.inbox_rows, ignoring what did not validate."""
        data = self.cleaned_data if self.is_valid() else {}
        force = data.get("force") or ""
        return {
            "view": data.get("view") or "open",
            "channel": data.get("channel") or "",
            "force": force if force in self.force_names else "",
            "search": (data.get("q") or "").strip(),
        }


class ReplyForm(forms.Form):
    """The reply composer."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=10_000, strip=True)


class NoteForm(forms.Form):
    """An internal note."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=10_000, strip=True)


class AssignForm(forms.Form):
    """A supervisor picks who handles the conversation (empty: back to the queue)."""

    assignee = forms.ModelChoiceField(queryset=get_user_model().objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(is_active=True).order_by("username")
        # Only people who may answer can be given a conversation.
        allowed = [u.pk for u in users if can(u, INBOX_REPLY)]
        self.fields["assignee"].queryset = users.filter(pk__in=allowed)
        self.fields["assignee"].empty_label = "Nobody (back to the queue)"


class GradeForm(forms.Form):
    """An officer's correction of the grade, with the reason (it becomes training data)."""

    grade = forms.ChoiceField(choices=[(g, g.capitalize()) for g in GRADES])
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, strip=True)


def _split(value: str) -> list[str]:
    return [part.strip() for part in (value or "").replace("\n", ",").split(",") if part.strip()]


class ReplyTemplateForm(forms.Form):
    """An approved answer; the body may use {handle} and {officer}."""

    title = forms.CharField(max_length=120)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    is_signposting = forms.BooleanField(required=False, label="Signposting (suggested for risky messages)")
    categories = forms.MultipleChoiceField(
        choices=[(c, c.replace("_", " ")) for c in CATEGORIES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Triage categories this answer suits.",
    )
    themes = forms.CharField(required=False, help_text="Theme slugs, separated by commas.")

    def clean_themes(self) -> list[str]:
        return _split(self.cleaned_data.get("themes", ""))

    @classmethod
    def initial_for(cls, template) -> dict:
        return {
            "title": template.title,
            "body": template.body,
            "is_signposting": template.is_signposting,
            "categories": template.categories,
            "themes": ", ".join(template.themes),
        }
