from django.urls import path
from django.views.generic import TemplateView

app_name = "procurement"
urlpatterns = [
    path("providers/", TemplateView.as_view(template_name="core/home.html"), name="providers"),
    path("providers/<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="provider"),
]
