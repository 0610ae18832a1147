from django.urls import path

from polyvox.initiatives import editing, views

app_name = "initiatives"
urlpatterns = [
    path("", views.initiative_list, name="list"),
    path("map/", views.initiative_map, name="map"),
    path("map/boundaries.geojson", views.boundaries, name="boundaries"),
    path("export.<str:fmt>", views.export, name="export"),
    path("open-data/", views.open_data, name="open-data"),
    path("propose/", editing.propose, name="propose"),
    path("mine/", editing.mine, name="mine"),
    path("review/", editing.review, name="review"),
    path("<int:pk>/edit/", editing.edit, name="edit"),
    path("<int:pk>/submit/", editing.submit, name="submit"),
    path("<int:pk>/publish/", editing.publish, name="publish"),
    path("<int:pk>/send-back/", editing.send_back, name="send-back"),
    path("<int:pk>/documents/<int:document_pk>/", views.document, name="document"),
    path("<int:pk>-<str:slug>/", views.initiative_detail, name="detail"),
]
