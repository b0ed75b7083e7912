from django.urls import path

from youthdesk.connectors.instagram.webhooks import instagram_webhook

urlpatterns = [path("instagram", instagram_webhook, name="instagram-webhook")]
