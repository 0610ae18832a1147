from django.urls import path

from polyvox.followup import evaluation_views, views

app_name = "followup"
urlpatterns = [
    path("", views.region, name="region"),
    path("commitments.csv", views.export_csv, name="export-csv"),
    path("commitments.json", views.export_json, name="export-json"),
    path("observatory/", views.observatory, name="observatory"),
    path("observatory/staff/", views.observatory_staff, name="observatory-staff"),
    path("observatory.csv", views.observatory_csv, name="observatory-csv"),
    path("initiative/<int:initiative_pk>/", views.initiative_page, name="initiative"),
    path("initiative/<int:initiative_pk>/hear-back/", views.listen, name="listen"),
    path("initiative/<int:initiative_pk>/manage/", views.manage_plan, name="manage"),
    path("initiative/<int:initiative_pk>/evaluation/", views.evaluation_page, name="evaluation"),
    path("initiative/<int:initiative_pk>/evaluation.pdf", views.evaluation_pdf, name="evaluation-pdf"),
    path("initiative/<int:initiative_pk>/evaluation/criteria/", evaluation_views.criteria, name="criteria"),
    path("initiative/<int:initiative_pk>/evaluation/questionnaires/", evaluation_views.questionnaires,
         name="evaluation-questionnaires"),
    path("initiative/<int:initiative_pk>/evaluation/questionnaires/<int:questionnaire_pk>/<slug:name>/",
         evaluation_views.questionnaire_step, name="evaluation-questionnaire-step"),
    path("initiative/<int:initiative_pk>/evaluation/publication/<slug:name>/", evaluation_views.publication,
         name="evaluation-publication"),
    path("population/", evaluation_views.population_page, name="population"),
    path("c/<int:pk>/", views.commitment_page, name="commitment"),
    path("c/<int:pk>/manage/", views.manage_commitment, name="manage-commitment"),
    path("document/<int:pk>/", views.document, name="document"),
    path("rate/<str:token>/<int:pk>/", views.rate, name="rate"),
    path("hear-back/<str:token>/", views.listen_confirm, name="listen-confirm"),
    path("stop/<str:token>/", views.stop, name="stop"),
]
