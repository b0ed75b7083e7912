from django.urls import path

from youthdesk.connectors.webchat import views

app_name = "webchat"

urlpatterns = [
    path("", views.chat_page, name="page"),
    path("send", views.chat_send, name="send"),
    path("messages", views.chat_messages, name="messages"),
]
