"""Addresses of the network (mounted at /{lang}/network/)."""

from django.urls import path

from polyvox.network import views

app_name = "network"

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("leave/", views.leave, name="leave"),
    path("profiles/<int:pk>/approve/", views.approve, name="approve"),
    path("directory/", views.directory, name="directory"),
    path("groups/", views.groups, name="groups"),
    path("groups/<slug:slug>/", views.group, name="group"),
    path("groups/<slug:slug>/calendar-<str:token>.ics", views.group_feed, name="group_feed"),
    path("trainings/", views.trainings, name="trainings"),
    path("trainings/<slug:slug>/", views.programme, name="programme"),
    path("trainings/<slug:slug>/sessions/<int:pk>/", views.session_attendance, name="session"),
    path("certificates/<int:pk>.pdf", views.certificate, name="certificate"),
]
