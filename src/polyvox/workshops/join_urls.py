"""Short join addresses without a language prefix: /j/ (type a code) and /j/<code>."""

from django.urls import path

from polyvox.workshops import views

app_name = "workshops_join"
urlpatterns = [
    path("", views.join_index, name="index"),
    path("<str:code>", views.join, name="join"),
]
