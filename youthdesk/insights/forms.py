"""Forms for the insight pages (posts and the report mailing list)."""

from django import forms

from youthdesk.conversations.models import Channel
from youthdesk.engagements.models import Theme
from youthdesk.insights.models import Stakeholder
from youthdesk.triage.forces import force_names


class PostForm(forms.Form):
    title = forms.CharField(max_length=200)
    channel = forms.ChoiceField(choices=Channel.choices)
    published_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    url = forms.URLField(required=False, assume_scheme="https")
    themes = forms.ModelMultipleChoiceField(queryset=Theme.objects.filter(active=True))


class StakeholderForm(forms.Form):
    name = forms.CharField(max_length=200)
    email = forms.EmailField()
    organisation = forms.CharField(max_length=200, required=False)
    force_name = forms.CharField(max_length=120, required=False, help_text="Empty for the national report.")

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if Stakeholder.objects.filter(email=email, active=True).exists():
            raise forms.ValidationError("That address is already on the list.")
        return email

    def clean_force_name(self):
        force = self.cleaned_data["force_name"].strip()
        if force and force not in force_names():
            raise forms.ValidationError("Unknown force area.")
        return force
