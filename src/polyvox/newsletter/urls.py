"""Addresses of the newsletter (mounted at /{lang}/newsletter/)."""

from django.urls import path

from polyvox.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("sent/", views.subscribed, name="subscribed"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("archive/", views.archive, name="archive"),
    path("archive/<int:pk>/", views.archived, name="archived"),
    path("editions/", views.editions, name="editions"),
    path("editions/new/", views.compose, name="compose"),
    path("editions/<int:pk>/", views.edition, name="edition"),
]
