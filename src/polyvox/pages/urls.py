from django.urls import path
from django.views.generic import TemplateView

app_name = "pages"
urlpatterns = [
    path("news/", TemplateView.as_view(template_name="core/home.html"), name="news"),
    path("news/<slug:slug>/", TemplateView.as_view(template_name="core/home.html"), name="news_detail"),
    path("about/", TemplateView.as_view(template_name="core/home.html"), name="about"),
    path("contact/", TemplateView.as_view(template_name="core/home.html"), name="contact"),
    path("faq/", TemplateView.as_view(template_name="core/home.html"), name="faq"),
    path("privacy/", TemplateView.as_view(template_name="core/home.html"), name="privacy"),
    path("accessibility/", TemplateView.as_view(template_name="core/home.html"), name="accessibility"),
]
