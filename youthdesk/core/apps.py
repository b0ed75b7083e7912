from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "youthdesk.core"
    label = "core"
