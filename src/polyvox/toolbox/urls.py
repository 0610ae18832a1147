from django.urls import path

from polyvox.toolbox import views

app_name = "toolbox"
urlpatterns = [
    path("toolbox/", views.index, name="index"),
    path("toolbox/framework/<slug:slug>/", views.framework, name="framework"),
    path("toolbox/methods/", views.methods, name="methods"),
    path("toolbox/methods/<slug:slug>/", views.family, name="family"),
    path("toolbox/focus/<slug:slug>/", views.focus, name="focus"),
    path("toolbox/resources/", views.resources, name="resources"),
    path("glossary/", views.glossary, name="glossary"),
]
