from django.urls import path

from youthdesk.audit import views

urlpatterns = [path("", views.audit_index, name="audit")]
