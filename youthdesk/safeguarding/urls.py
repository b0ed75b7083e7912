from django.urls import path

from youthdesk.safeguarding import views

urlpatterns = [
    path("", views.escalation_list, name="escalations"),
    path("e/<uuid:uuid>/", views.escalation_detail, name="escalation_detail"),
    path("e/<uuid:uuid>/ack/", views.escalation_ack, name="escalation_ack"),
    path("e/<uuid:uuid>/outcome/", views.escalation_outcome, name="escalation_outcome"),
    path("e/<uuid:uuid>/resend/", views.escalation_resend, name="escalation_resend"),
    path("ack/<uuid:uuid>/", views.escalation_ack_endpoint, name="escalation_ack_endpoint"),
    path("escalate/<int:conversation_id>/", views.escalation_create, name="escalation_create"),
    path("alerts/", views.alerts_fragment, name="safeguarding_alerts"),
    path("suggest/<int:conversation_id>/", views.services_suggest, name="services_suggest"),
    path("services/", views.service_list, name="services"),
    path("crime-report/<int:conversation_id>/", views.crime_report_create, name="crime_report_create"),
    path("routes/", views.force_routes, name="force_routes"),
]
