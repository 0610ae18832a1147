from django.urls import path

from polyvox.petitions import feeds, office_views, oidc, views

app_name = "petitions"

urlpatterns = [
    path("", views.petition_list, name="list"),
    path("map.geojson", views.map_points, name="map_points"),
    path("guide/", views.channel_guide, name="guide"),
    path("new/", views.new, name="new"),
    path("feed.rss", feeds.LatestPetitions(), name="feed"),
    path("sittings.ics", feeds.sittings_ical, name="sittings_ical"),
    path("sittings/<int:pk>/", views.sitting, name="sitting"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("identity/return/", oidc.callback, name="oidc_callback"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/sign/", views.sign, name="sign"),
    path("<int:pk>/sign/identity/", oidc.start, name="oidc_start"),
    path("<int:pk>/sign/resend/", views.resend, name="resend"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("<int:pk>/file/", views.file, name="file"),
    path("<int:pk>/count/", views.count_stream, name="count_stream"),
    path("<int:pk>/tallies.geojson", views.tallies_geojson, name="tallies"),
    path("office/", office_views.queue, name="office"),
    path("office/sittings/", office_views.sittings, name="sittings"),
    path("office/<int:pk>/", office_views.manage, name="manage"),
    path("office/<int:pk>/decide/", office_views.decide, name="decide"),
    path("office/<int:pk>/schedule/", office_views.schedule, name="schedule"),
    path("office/<int:pk>/answer/", office_views.answer, name="answer"),
    path("office/<int:pk>/documents/", office_views.add_document, name="add_document"),
    path("office/<int:pk>/documents/remove/", office_views.remove_document, name="remove_document"),
    path("office/<int:pk>/paper/", office_views.key_paper, name="key_paper"),
    path("office/<int:pk>/invalidate/", office_views.invalidate, name="invalidate"),
    path("office/<int:pk>/signatures.<str:fmt>", office_views.export, name="export"),
]
