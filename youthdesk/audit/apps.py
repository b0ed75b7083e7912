from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "youthdesk.audit"
    label = "audit"
