"""Forms for the closing log, the theme taxonomy and the desk settings. They parse; services decide."""

from django import forms

from youthdesk.engagements.models import SENTIMENT_SCALE, ContactType, Outcome
from youthdesk.engagements.selectors import themes_choosable, themes_groups
from youthdesk.triage.forces import all_forces

SENTIMENT_CHOICES = [(k, f"{k} · {v}") for k, v in SENTIMENT_SCALE.items()]
WEEKDAYS = [("0", "Mon"), ("1", "Tue"), ("2", "Wed"), ("3", "Thu"), ("4", "Fri"), ("5", "Sat"), ("6", "Sun")]


def _force_choices():
    return [("", "Not known")] + [(f.name, f.name) for f in sorted(all_forces(), key=lambda f: f.name)]


def _theme_choices():
    groups: dict[str, list] = {}
    for theme in themes_choosable():
        groups.setdefault(theme.parent.name, []).append((theme.pk, theme.name))
    return list(groups.items())


class EngagementCloseForm(forms.Form):
    contact_type = forms.ChoiceField(choices=[("", "Choose…")] + ContactType.choices)
    # Any id is accepted here; the service says which themes are missing or no longer in use.
    themes = forms.TypedMultipleChoiceField(
        coerce=int, choices=(), widget=forms.SelectMultiple(attrs={"size": 12})
    )
    sentiment_start = forms.TypedChoiceField(choices=SENTIMENT_CHOICES, coerce=int, widget=forms.RadioSelect)
    sentiment_end = forms.TypedChoiceField(choices=SENTIMENT_CHOICES, coerce=int, widget=forms.RadioSelect)
    outcome = forms.ChoiceField(choices=[("", "Choose…")] + Outcome.choices)
    force_name = forms.ChoiceField(choices=(), required=False, label="Force area")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = _theme_choices()
        self.fields["force_name"].choices = _force_choices()
        self.fields["themes"].error_messages["required"] = "Choose at least one theme."
        self.fields["themes"].error_messages["invalid_choice"] = "That theme is not in use any more."


class ThemeAddForm(forms.Form):
    name = forms.CharField(max_length=120)
    parent = forms.ModelChoiceField(
        queryset=themes_groups(), required=False, empty_label="(a new top-level group)", label="Group"
    )


class ThemeRenameForm(forms.Form):
    name = forms.CharField(max_length=120)


class ThemeMoveForm(forms.Form):
    parent = forms.ModelChoiceField(queryset=themes_groups(), label="Move to group")


class DeskSettingsForm(forms.Form):
    opens_at = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    closes_at = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    timezone = forms.CharField(max_length=60)
    open_days = forms.MultipleChoiceField(choices=WEEKDAYS, widget=forms.CheckboxSelectMultiple)
    first_response_target_minutes = forms.IntegerField(min_value=1, label="First-response target (minutes)")
    resolution_target_minutes = forms.IntegerField(min_value=1, label="Resolution target (minutes)")
