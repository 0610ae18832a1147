from django.urls import path
from django.views.generic import TemplateView

app_name = "toolbox"
urlpatterns = [
    path("toolbox/", TemplateView.as_view(template_name="core/home.html"), name="index"),
    path("toolbox/methods/<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="family"),
    path("toolbox/framework/<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="framework"),
    path("toolbox/focus/<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="focus"),
    path("glossary/", TemplateView.as_view(template_name="core/home.html"), name="glossary"),
]
