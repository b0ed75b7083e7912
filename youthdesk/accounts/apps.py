from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "youthdesk.accounts"
    label = "accounts"
