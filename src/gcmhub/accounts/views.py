"""Sign-up with e-mail confirmation, the account page, and organisations with join requests.

Log-in, log-out and password reset are Django's own views (``django.contrib.auth.urls``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gcmhub.accounts.forms import OrganisationForm, SignUpForm
from gcmhub.accounts.models import ApiToken, Membership, Organisation
from gcmhub.accounts.roles import administers, is_reviewer
from gcmhub.accounts.tokens import activation_token

User = get_user_model()


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
        _send_activation(request, user)
        return redirect("signup-done")
    return render(request, "accounts/signup.html", {"form": form}, status=_status(form))


def _send_activation(request: HttpRequest, user) -> None:
    link = request.build_absolute_uri(
        reverse(
            "signup-confirm",
            args=[urlsafe_base64_encode(force_bytes(user.pk)), activation_token.make_token(user)],
        )
    )
    context = {"user": user, "link": link}
    send_mail(
        render_to_string("accounts/activation_subject.txt", context).strip(),
        render_to_string("accounts/activation_email.txt", context),
        None,
        [user.email],
    )


def signup_done(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup_done.html")


def signup_confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    try:
        user = User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (User.DoesNotExist, ValueError, TypeError, OverflowError):
        user = None
    if user is None or not activation_token.check_token(user, token):
        return render(request, "accounts/confirm_failed.html", status=400)
    user.is_active = True
    user.save(update_fields=["is_active"])
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Your e-mail is confirmed. Welcome to gcmhub."))
    return redirect("account")


@login_required
def account(request: HttpRequest) -> HttpResponse:
    memberships = Membership.objects.filter(user=request.user).select_related("organisation")
    administered = [m.organisation for m in memberships if _is_admin(m)]
    pending = Membership.objects.filter(
        organisation__in=administered, status=Membership.PENDING
    ).select_related("user", "organisation")
    context = {
        "memberships": memberships,
        "pending": pending,
        "reviewer": is_reviewer(request.user),
        "tokens": request.user.api_tokens.order_by("-created_at"),
        "new_key": request.session.pop("new_api_key", None),
    }
    return render(request, "accounts/account.html", context)


@login_required
@require_POST
def token_new(request: HttpRequest) -> HttpResponse:
    name = (request.POST.get("name") or "").strip()[:80] or _("API token")
    _token, key = ApiToken.issue(request.user, name)
    request.session["new_api_key"] = key  # shown once, on the next page, then gone
    return redirect("account")


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(ApiToken, pk=pk, user=request.user).delete()
    messages.info(request, _("Token revoked."))
    return redirect("account")


def _is_admin(membership: Membership) -> bool:
    return membership.role == Membership.ADMIN and membership.status == Membership.APPROVED


@login_required
@require_http_methods(["GET", "POST"])
def organisation_new(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            organisation = form.save()
            Membership.objects.create(
                user=request.user,
                organisation=organisation,
                role=Membership.ADMIN,
                status=Membership.APPROVED,
            )
        messages.success(request, _("Organisation created; you are its administrator."))
        return redirect(organisation)
    return render(request, "accounts/organisation_form.html", {"form": form}, status=_status(form))


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.select_related("actor_type", "country"), slug=slug
    )
    mine = (
        Membership.objects.filter(user=request.user, organisation=organisation).first()
        if request.user.is_authenticated
        else None
    )
    is_member = mine is not None and mine.status == Membership.APPROVED
    members = (
        organisation.membership_set.select_related("user").order_by("status", "user__first_name")
        if is_member
        else None
    )
    context = {
        "organisation": organisation,
        "membership": mine,
        "members": members,
        "is_admin": administers(request.user, organisation),
    }
    return render(request, "accounts/organisation_detail.html", context)


@login_required
@require_POST
def organisation_join(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    _membership, created = Membership.objects.get_or_create(
        user=request.user,
        organisation=organisation,
        defaults={"role": Membership.MEMBER, "status": Membership.PENDING},
    )
    if created:
        messages.success(request, _("Request sent: an administrator of the organisation decides."))
    return redirect(organisation)


@login_required
@require_POST
def membership_decide(request: HttpRequest, slug: str, pk: int, decision: str) -> HttpResponse:
    """An organisation's administrator approves or declines a request to join."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if decision not in {"approve", "decline"} or not administers(request.user, organisation):
        raise Http404("No such request")  # no hint that the request exists
    request_ = get_object_or_404(
        Membership, pk=pk, organisation=organisation, status=Membership.PENDING
    )
    if decision == "approve":
        request_.status = Membership.APPROVED
        request_.save(update_fields=["status"])
        messages.success(request, _("%(name)s joined.") % {"name": request_.user.first_name})
    else:
        request_.delete()
        messages.info(request, _("Request declined."))
    return redirect(organisation)


def _status(form) -> int:
    """422 for a form sent back with errors, so clients and tests see the refusal."""
    return 422 if form.is_bound and form.errors else 200
