from django.urls import path

from youthdesk.conversations import views

urlpatterns = [
    path("", views.index, name="inbox"),
]
urlpatterns += [
    path("templates/", views.index, name="templates"),
    path("settings/", views.index, name="desk_settings"),
]
