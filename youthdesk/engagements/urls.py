from django.urls import path

from youthdesk.engagements import views

urlpatterns = [
    path("", views.index, name="themes"),
]
