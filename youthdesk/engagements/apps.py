from django.apps import AppConfig


class EngagementsConfig(AppConfig):
    name = "youthdesk.engagements"
    label = "engagements"
