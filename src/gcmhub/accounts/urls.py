from django.contrib.auth import views as auth
from django.urls import include, path

from gcmhub.accounts import views
from gcmhub.accounts.forms import EmailAuthenticationForm

urlpatterns = [
    path(
        "accounts/login/",
        auth.LoginView.as_view(authentication_form=EmailAuthenticationForm),
        name="login",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/signup/done/", views.signup_done, name="signup-done"),
    path(
        "accounts/confirm/<str:uidb64>/<str:token>/",
        views.signup_confirm,
        name="signup-confirm",
    ),
    path("accounts/me/", views.account, name="account"),
    path("accounts/tokens/new", views.token_new, name="token-new"),
    path("accounts/tokens/<int:pk>/revoke", views.token_revoke, name="token-revoke"),
    path("organisations/new/", views.organisation_new, name="organisation-new"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("organisations/<slug:slug>/join", views.organisation_join, name="organisation-join"),
    path(
        "organisations/<slug:slug>/members/<int:pk>/<str:decision>",
        views.membership_decide,
        name="membership-decide",
    ),
]
