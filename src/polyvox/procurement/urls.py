from django.urls import path

from polyvox.procurement import contract_views, views

app_name = "procurement"
urlpatterns = [
    path("providers/", views.provider_list, name="providers"),
    path("providers/<slug:slug>/", views.provider_detail, name="provider"),
    path("providers/<slug:slug>/logo.png", views.provider_logo, name="provider_logo"),
    path("providers/<slug:slug>/logo/", views.provider_logo_upload, name="provider_logo_upload"),
    path("procurement/", views.home, name="home"),
    path("procurement/dashboard/", views.dashboard, name="dashboard"),
    path("procurement/dashboard.csv", views.dashboard_csv, name="dashboard_csv"),
    path("procurement/membership/request/", views.membership_request, name="membership_request"),
    path("procurement/memberships/", views.membership_list, name="membership_list"),
    path("procurement/memberships/<int:pk>/", views.membership_detail, name="membership_detail"),
    path("procurement/memberships/<int:pk>/protocol.pdf", views.membership_protocol, name="membership_protocol"),
    path("procurement/memberships/<int:pk>/signed-protocol/", views.membership_signed_protocol, name="membership_signed_protocol"),
    path("procurement/contracts/", contract_views.contract_list, name="contracts"),
    path("procurement/contracts/new/", contract_views.contract_create, name="contract_create"),
    path("procurement/needs/<int:pk>/", contract_views.need_detail, name="need_detail"),
    path("procurement/contracts/<int:pk>/", contract_views.contract_detail, name="contract_detail"),
    path("procurement/contracts/<int:pk>/do/<slug:action>/", contract_views.contract_action, name="contract_action"),
    path("procurement/contracts/<int:pk>/award-report.pdf", contract_views.award_report_pdf, name="award_report"),
    path("procurement/contracts/<int:pk>/purchase-order.pdf", contract_views.purchase_order_pdf, name="purchase_order"),
    path("procurement/offers/<int:pk>/document.pdf", contract_views.offer_document, name="offer_document"),
]
