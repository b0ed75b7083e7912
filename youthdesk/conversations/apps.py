from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "youthdesk.conversations"
    label = "conversations"
