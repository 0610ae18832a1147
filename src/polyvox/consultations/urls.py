from django.urls import path

from polyvox.consultations import views

app_name = "consultations"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/<int:initiative_pk>/", views.create, name="create"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/vote/", views.vote, name="vote"),
    path("<slug:slug>/statements/", views.submit, name="submit"),
    path("<slug:slug>/statements/<int:number>/translate/", views.translate_own, name="translate"),
    path("<slug:slug>/questionnaire/", views.questionnaire, name="questionnaire"),
    path("<slug:slug>/manage/questionnaire/", views.attach_questionnaire, name="attach-questionnaire"),
    path("<slug:slug>/map/", views.opinion_map, name="map"),
    path("<slug:slug>/map.json", views.map_json, name="map-json"),
    path("<slug:slug>/stream/", views.stream, name="stream"),
    path("<slug:slug>/export.zip", views.export, name="export"),
    path("<slug:slug>/manage/", views.manage, name="manage"),
    path("<slug:slug>/manage/import/", views.import_export, name="import"),
    path("<slug:slug>/manage/<slug:action>/", views.step, name="step"),
    path("<slug:slug>/manage/statements/<int:number>/<slug:action>/", views.moderate, name="moderate"),
]
