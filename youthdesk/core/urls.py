from django.urls import path

from youthdesk.core import job_views

urlpatterns = [
    path("", job_views.jobs, name="jobs"),
    path("<uuid:pk>/", job_views.job_status, name="job_status"),
    path("<uuid:pk>/files/<str:name>", job_views.job_file, name="job_file"),
]
