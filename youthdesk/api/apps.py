from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "youthdesk.api"
    label = "api"
