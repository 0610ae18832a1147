from django.urls import path

from polyvox.workshops import views

app_name = "workshops"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("<str:code>/", views.participant_page, name="participant"),
    path("<str:code>/control/", views.control, name="control"),
    path("<str:code>/wall/", views.wall, name="wall"),
    path("<str:code>/panel/", views.panel, name="panel"),
    path("<str:code>/stream/", views.stream, name="stream"),
    path("<str:code>/act/<slug:action>/", views.act, name="act"),
    path("<str:code>/run/<slug:action>/", views.run, name="run"),
    path("<str:code>/report.<str:fmt>", views.report, name="report"),
    path("<str:code>/record/", views.public_report, name="record"),
]
