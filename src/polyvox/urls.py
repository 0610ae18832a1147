"""Addresses: language-prefixed pages (/fr/, /nl/, /en/), the API, health check, admin, workshop join codes."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from polyvox.api import api
from polyvox.core import views as core_views

handler400 = "polyvox.core.views.bad_request"
handler403 = "polyvox.core.views.permission_denied"
handler404 = "polyvox.core.views.page_not_found"
handler500 = "polyvox.core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("j/", include("polyvox.workshops.join_urls")),
    # No /media/ route: uploads are served by the views of their apps, which check who asks (core/media.py).
]

urlpatterns += i18n_patterns(
    path("", include("polyvox.core.urls")),
    path("accounts/", include("polyvox.accounts.urls")),
    path("initiatives/", include("polyvox.initiatives.urls")),
    path("", include("polyvox.toolbox.urls")),
    path("", include("polyvox.procurement.urls")),
    path("", include("polyvox.pages.urls")),
    path("workshops/", include("polyvox.workshops.urls")),
    path("panels/", include("polyvox.panels.urls")),
    path("budgets/", include("polyvox.budgets.urls")),
    path("questionnaires/", include("polyvox.questionnaires.urls")),
    path("follow-up/", include("polyvox.followup.urls")),
    path("events/", include("polyvox.events.urls")),
    path("petitions/", include("polyvox.petitions.urls")),
    path("network/", include("polyvox.network.urls")),
    path("consultations/", include("polyvox.consultations.urls")),
    path("newsletter/", include("polyvox.newsletter.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=True,
)

admin.site.site_header = "Polyvox · participation.brussels"
admin.site.site_title = "Polyvox"
admin.site.index_title = "Back office"
