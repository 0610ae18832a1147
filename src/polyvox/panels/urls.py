"""Addresses of the panels (mounted at /{lang}/panels/)."""

from django.urls import path

from polyvox.panels import public_views, report_views, views

app_name = "panels"

urlpatterns = [
    path("", views.panel_list, name="list"),
    path("new/<int:initiative_pk>/", views.create, name="create"),
    path("register/", public_views.register, name="register"),
    path("register/form/", public_views.register_form, name="register_form"),
    path("register/done/", public_views.register_done, name="register_done"),
    path("my-data/", public_views.my_data, name="my_data"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/features/", views.add_feature, name="add_feature"),
    path("<int:pk>/register-extract/", views.upload_register, name="upload_register"),
    path("<int:pk>/invitations/", views.draw_invitations, name="draw_invitations"),
    path("<int:pk>/letters.pdf", views.letters_pdf, name="letters"),
    path("<int:pk>/letter/", views.letter_routes, name="letter_routes"),
    path("<int:pk>/record-registration/", views.record_registration, name="record_registration"),
    path("<int:pk>/move/<slug:action>/", views.move, name="move"),
    path("<int:pk>/quotas/", views.quotas, name="quotas"),
    path("<int:pk>/retention/", views.retention, name="retention"),
    path("<int:pk>/feasibility/", views.feasibility, name="feasibility"),
    path("<int:pk>/selection/", views.start_selection, name="start_selection"),
    path("<int:pk>/selection/discard/", views.discard_lottery, name="discard_lottery"),
    path("<int:pk>/announce/", views.announce_draw, name="announce_draw"),
    path("<int:pk>/draw-seed/", views.draw, name="draw"),
    path("<int:pk>/progress/", views.progress_stream, name="progress"),
    path("<int:pk>/volunteers/", views.volunteers, name="volunteers"),
    path("<int:pk>/replace/", views.replace, name="replace"),
    path("<int:pk>/members.csv", views.members_csv, name="members_csv"),
    path("<int:pk>/report/", report_views.report, name="report"),
    path("<int:pk>/report/import/", report_views.import_recommendations, name="report_import"),
    path("<int:pk>/report/recommendations.csv", report_views.csv_template, name="report_template"),
    path("<int:pk>/report/recommendations/<int:recommendation_pk>/", report_views.edit_recommendation,
         name="recommendation_edit"),
    path("<int:pk>/report/recommendations/<int:recommendation_pk>/delete/", report_views.delete_recommendation,
         name="recommendation_delete"),
    path("<int:pk>/report/do/<slug:action>/", report_views.move, name="report_move"),
    path("<int:pk>/report/document/", report_views.document, name="report_document"),
    path("<int:pk>/draw/", public_views.result, name="result"),
    path("<int:pk>/draw.json", public_views.result_json, name="result_json"),
]
