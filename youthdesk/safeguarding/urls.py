from django.urls import path

from youthdesk.safeguarding import views

urlpatterns = [
    path("", views.index, name="escalations"),
]
