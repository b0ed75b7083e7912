from django.urls import path

from youthdesk.insights import views

urlpatterns = [
    path("", views.index, name="insights"),
    path("data/<slug:name>.<str:fmt>", views.chart_data, name="insights_chart"),
    path("export/dataset.<str:fmt>", views.export_dataset, name="insights_export_dataset"),
    path("export/aggregates.<str:fmt>", views.export_aggregates, name="insights_export_aggregates"),
    path("export/dictionary.csv", views.data_dictionary, name="insights_dictionary"),
    path("report/", views.report, name="insights_report"),
    path("report/send", views.report_send, name="insights_report_send"),
    path("reports/", views.reports, name="insights_reports"),
    path("reports/start", views.report_start, name="insights_report_start"),
    path("rebuild", views.rebuild_start, name="insights_rebuild_start"),
    path("stakeholders/", views.stakeholders, name="insights_stakeholders"),
    path("stakeholders/<int:pk>/remove", views.stakeholder_remove, name="insights_stakeholder_remove"),
    path("posts/", views.posts, name="insights_posts"),
]
