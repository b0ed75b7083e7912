from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "youthdesk.insights"
    label = "insights"
