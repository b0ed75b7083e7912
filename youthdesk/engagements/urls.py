from django.urls import path

from youthdesk.engagements import views

urlpatterns = [
    path("themes/", views.themes, name="themes"),
    path("themes/<int:theme_id>/", views.theme_edit, name="theme_edit"),
    path("themes/<int:theme_id>/active/", views.theme_active, name="theme_active"),
    path("close/<int:conversation_id>/", views.engagement_close, name="engagement_close"),
]
