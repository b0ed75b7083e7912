from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "youthdesk.safeguarding"
    label = "safeguarding"
