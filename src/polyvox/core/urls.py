from django.urls import path

from polyvox.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("take-part/", views.take_part, name="take_part"),
    path("take-part/feed.rss", views.take_part_rss, name="take_part_rss"),
    path("take-part/feed.ics", views.take_part_ics, name="take_part_ics"),
]
