from django.urls import path

from polyvox.budgets import annul_views, views, vote_views

app_name = "budgets"
urlpatterns = [
    path("", views.budget_list, name="list"),
    path("new/<int:initiative_pk>/", views.budget_create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.budget_edit, name="edit"),
    path("<int:pk>/manage/", views.manage, name="manage"),
    path("<int:pk>/phase/<slug:action>/", views.transition, name="transition"),
    path("<int:pk>/districts/", views.add_district, name="add-district"),
    path("<int:pk>/districts/<int:district_pk>/", views.edit_district, name="edit-district"),
    path("<int:pk>/districts/<int:district_pk>/delete/", views.delete_district, name="delete-district"),
    path("<int:pk>/codes/", views.create_codes, name="create-codes"),
    path("<int:pk>/codes.csv", views.codes_csv, name="codes-csv"),
    path("<int:pk>/register/", views.upload_register, name="register"),
    path("<int:pk>/paper/", views.import_paper, name="paper"),
    path("<int:pk>/projects/new/", views.project_new, name="project-new"),
    path("<int:pk>/vote/", vote_views.vote, name="vote"),
    path("<int:pk>/vote/history/", vote_views.my_ballot_history, name="ballot-history"),
    path("<int:pk>/counting/", vote_views.counting_page, name="counting"),
    path("<int:pk>/counting/stream/", vote_views.count_stream, name="count-stream"),
    path("<int:pk>/results/", vote_views.results, name="results"),
    path("<int:pk>/election.pb", vote_views.pabulib, name="pabulib"),
    path("projects/<int:pk>/", views.project_detail, name="project"),
    path("projects/<int:pk>/review/", views.project_review, name="review"),
    path("projects/<int:pk>/follow-up/", views.project_follow_up, name="follow-up"),
    path("pictures/<int:pk>/", views.picture, name="picture"),
    path("ballots/annul/", annul_views.annul_ballot, name="annul-ballot"),
]
