from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "youthdesk.accounts"
    label = "accounts"

    def ready(self):
        from allauth.mfa.signals import authenticator_added
        from django.contrib import admin
        from django.contrib.auth.signals import user_logged_in

        from youthdesk.accounts.admin_login import admin_login_redirect
        from youthdesk.accounts.signals import signed_in, two_factor_activated

        # Activating TOTP proves the code in this session, so the new user is not asked for it twice.
        authenticator_added.connect(two_factor_activated, dispatch_uid="youthdesk-2fa-activated")
        user_logged_in.connect(signed_in, dispatch_uid="youthdesk-signed-in")
        # One door in: the admin's own password-only login would skip two-factor and the brute-force limits.
        admin.site.login = admin_login_redirect
