from django.urls import path

from youthdesk.conversations import views
from youthdesk.engagements import views as engagement_views

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("c/<int:pk>/", views.conversation_detail, name="conversation"),
    path("c/<int:pk>/thread/", views.conversation_thread, name="conversation_thread"),
    path("c/<int:pk>/claim/", views.conversation_claim, name="conversation_claim"),
    path("c/<int:pk>/assign/", views.conversation_assign, name="conversation_assign"),
    path("c/<int:pk>/note/", views.conversation_note, name="conversation_note"),
    path("c/<int:pk>/reply/", views.conversation_reply, name="conversation_reply"),
    path("c/<int:pk>/grade/", views.conversation_grade, name="conversation_grade"),
    path("c/<int:pk>/retry/<int:message_pk>/", views.message_retry, name="message_retry"),
    path("c/<int:pk>/template/<int:template_pk>/", views.template_text, name="template_text"),
    path("templates/", views.templates_list, name="templates"),
    path("templates/new/", views.template_create, name="template_create"),
    path("templates/<int:template_pk>/", views.template_edit, name="template_edit"),
    path("templates/<int:template_pk>/toggle/", views.template_toggle, name="template_toggle"),
    path("settings/", engagement_views.desk_settings_edit, name="desk_settings"),
]
