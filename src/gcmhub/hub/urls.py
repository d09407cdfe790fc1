from django.urls import path

from gcmhub.hub import views

urlpatterns = [
    path("", views.hub_home, name="hub"),
    path("mine/", views.mine, name="hub-mine"),
    path("offers/", views.offer_list, name="hub-offers"),
    path("offers/new/", views.offer_form, name="hub-offer-new"),
    path("offers/<int:pk>/", views.offer_detail, name="hub-offer"),
    path("offers/<int:pk>/edit", views.offer_form, name="hub-offer-edit"),
    path("requests/new/", views.request_new, name="hub-request-new"),
    path("requests/<int:pk>/", views.request_detail, name="hub-request"),
    path("requests/<int:pk>/introduce", views.request_introduce, name="hub-request-introduce"),
    path("requests/<int:pk>/start", views.request_start, name="hub-request-start"),
    path("requests/<int:pk>/close", views.request_close, name="hub-request-close"),
]
