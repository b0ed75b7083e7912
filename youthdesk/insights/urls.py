from django.urls import path

from youthdesk.insights import views

urlpatterns = [
    path("", views.index, name="insights"),
]
