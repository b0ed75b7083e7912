from django.contrib import admin
from django.urls import include, path

from youthdesk.api.api import api
from youthdesk.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("webhooks/", include("youthdesk.connectors.urls")),
    path("chat/", include("youthdesk.connectors.webchat.urls")),
    path("inbox/", include("youthdesk.conversations.urls")),
    path("engagements/", include("youthdesk.engagements.urls")),
    path("safeguarding/", include("youthdesk.safeguarding.urls")),
    path("insights/", include("youthdesk.insights.urls")),
    path("audit/", include("youthdesk.audit.urls")),
    path("jobs/", include("youthdesk.core.urls")),
]
