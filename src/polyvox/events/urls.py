"""Addresses of events (mounted at /{lang}/events/)."""

from django.urls import path

from polyvox.events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("feed.ics", views.feed, name="feed"),
    path("modules/", views.module_list, name="modules"),
    path("modules/<slug:slug>/", views.module_detail, name="module"),
    path("modules/<slug:slug>/feed.ics", views.module_feed, name="module_feed"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/event.ics", views.event_ics, name="ics"),
    path("<int:pk>/register/", views.register, name="register"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/ticket/", views.ticket, name="ticket"),
    path("<int:pk>/check-in/", views.check_in, name="check_in"),
    path("<int:pk>/attendance/", views.attendance, name="attendance"),
    path("<int:pk>/satisfaction/", views.send_satisfaction, name="satisfaction"),
    path("<int:pk>/move/<slug:action>/", views.move, name="move"),
]
