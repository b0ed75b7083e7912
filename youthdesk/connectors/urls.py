"""Platform webhooks, under /webhooks/."""

from django.urls import include, path

urlpatterns = [path("", include("youthdesk.connectors.instagram.urls"))]
