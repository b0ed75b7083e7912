"""Administrators manage people here; every change goes through the audited services, never a bare save."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from youthdesk.accounts.models import ApiToken, Role, User
from youthdesk.accounts.permissions import USERS_MANAGE, can
from youthdesk.accounts.services import USER_EDITABLE_FIELDS, apitoken_revoke, user_create, user_update


class _UsersManageOnly:
    """Only roles with users.manage (administrators) may open these pages."""

    def has_module_permission(self, request):
        return can(request.user, USERS_MANAGE)

    def has_view_permission(self, request, obj=None):
        return can(request.user, USERS_MANAGE)

    def has_change_permission(self, request, obj=None):
        return can(request.user, USERS_MANAGE)

    def has_add_permission(self, request):
        return can(request.user, USERS_MANAGE)

    def has_delete_permission(self, request, obj=None):
        return False  # people are deactivated, never deleted: the audit trail names them


class UserAddForm(forms.ModelForm):
    password = forms.CharField(widget=forms.PasswordInput, help_text="At least 12 characters.")

    class Meta:
        model = User
        fields = ("username", "first_name", "last_name", "email", "role", "organisation", "is_staff")

    def clean_password(self):
        from django.contrib.auth.password_validation import validate_password

        password = self.cleaned_data["password"]
        validate_password(password)
        return password


def _role_action(role: str, label: str):
    def action(modeladmin, request, queryset):
        for user in queryset:
            user_update(user=user, actor=request.user, changes={"role": role})
        messages.success(request, f"{queryset.count()} people now have the role {label}.")

    action.__name__ = f"make_{role}"
    action.short_description = f"Change role to {label}"
    return action


@admin.register(User)
class UserAdmin(_UsersManageOnly, admin.ModelAdmin):
    list_display = ("username", "role", "organisation", "is_active", "last_login")
    list_filter = ("role", "organisation__kind", "is_active")
    search_fields = ("username", "first_name", "last_name")
    fields = ("username", "role", *USER_EDITABLE_FIELDS)
    readonly_fields = ("username",)
    actions = [_role_action(value, label) for value, label in Role.choices]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = UserAddForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        return UserAddForm.Meta.fields + ("password",) if obj is None else self.fields

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            created = user_create(
                username=obj.username,
                password=form.cleaned_data["password"],
                role=obj.role,
                organisation=obj.organisation,
                actor=request.user,
                first_name=obj.first_name,
                last_name=obj.last_name,
                email=obj.email,
                is_staff=obj.is_staff,
            )
            obj.pk = created.pk
            return
        try:
            user_update(
                user=obj,
                actor=request.user,
                changes={name: form.cleaned_data[name] for name in form.changed_data if name in self.fields},
            )
        except (ValueError, ValidationError) as exc:
            messages.error(request, str(exc))
        obj.refresh_from_db()

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


@admin.register(ApiToken)
class ApiTokenAdmin(_UsersManageOnly, admin.ModelAdmin):
    list_display = ("prefix", "user", "created_at", "last_used_at", "revoked")
    list_filter = ("revoked",)
    readonly_fields = ("user", "prefix", "created_at", "last_used_at", "revoked")
    exclude = ("key_hash",)
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False  # tokens are issued with `youthdesk apitoken USERNAME`, which shows the key once

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        for token in queryset:
            apitoken_revoke(token=token, actor=request.user)
        messages.success(request, "Tokens revoked.")

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions
