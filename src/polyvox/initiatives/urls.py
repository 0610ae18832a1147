from django.urls import path
from django.views.generic import TemplateView

app_name = "initiatives"
urlpatterns = [
    path("", TemplateView.as_view(template_name="core/home.html"), name="list"),
    path("map/", TemplateView.as_view(template_name="core/home.html"), name="map"),
    path("<int:pk>-<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="detail"),
]
