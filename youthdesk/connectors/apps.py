from django.apps import AppConfig


class ConnectorsConfig(AppConfig):
    name = "youthdesk.connectors"
    label = "connectors"
