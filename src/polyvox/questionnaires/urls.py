from django.urls import path

from polyvox.questionnaires import views

app_name = "questionnaires"
urlpatterns = [
    path("", views.enter_code, name="code"),
    path("new/", views.create, name="create"),
    path("a/<str:token>/", views.answer, name="answer"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/results.csv", views.results_csv, name="results-csv"),
    path("<int:pk>/manage/", views.manage, name="manage"),
    path("<int:pk>/step/<slug:name>/", views.step, name="step"),
    path("<int:pk>/codes.csv", views.codes_csv, name="codes-csv"),
    path("<int:pk>/slips/", views.slips, name="slips"),
]
