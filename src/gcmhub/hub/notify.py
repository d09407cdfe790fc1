"""E-mails of the hub: who is told what when a request moves.

Contacts travel only here and on pages the introduced sides may open: an introduction sends
each side the other's contact, which nobody else sees (brokers excepted).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from gcmhub.accounts.models import Membership, Organisation
from gcmhub.accounts.roles import REVIEWERS
from gcmhub.hub.models import Introduction, Offer, SupportRequest


def _org_emails(organisation: Organisation | None) -> set[str]:
    if organisation is None:
        return set()
    return set(
        Membership.objects.filter(
            organisation=organisation, status=Membership.APPROVED, user__is_active=True
        ).values_list("user__email", flat=True)
    )


def requester_emails(request: SupportRequest) -> set[str]:
    emails = _org_emails(request.organisation)
    if request.contact_email:
        emails.add(request.contact_email)
    return {e for e in emails if e}


def offerer_emails(offer: Offer) -> set[str]:
    emails = _org_emails(offer.organisation) if offer.kind == Offer.OFFER else set()
    if offer.user_id and offer.user.email:
        emails.add(offer.user.email)
    if offer.contact_email:
        emails.add(offer.contact_email)
    return {e for e in emails if e}


def broker_emails() -> set[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=REVIEWERS)
    return {e for e in users.values_list("email", flat=True) if e}


def _link(base: str, request: SupportRequest) -> str:
    """An absolute link when the caller knows the site's address (a web or API request)."""
    return base.rstrip("/") + reverse("hub-request", args=[request.pk])


def _send(subject: str, body: str, to: set[str]) -> None:
    if to:
        send_mail(subject, body, None, sorted(to))


def _contact(name: str, email: str, fallback: str) -> str:
    parts = [p for p in (name, email) if p]
    return " · ".join(parts) if parts else fallback


def request_created(request: SupportRequest, base: str = "") -> None:
    _send(
        _("New request for support: %(title)s") % {"title": request.title},
        _("A new request for support waits for a broker:\n%(link)s")
        % {"link": _link(base, request)},
        broker_emails(),
    )


def introduced(introduction: Introduction, base: str = "") -> None:
    request = introduction.request
    link = _link(base, request)
    requester = _contact(request.contact_name, request.contact_email, str(request.organisation))
    if introduction.offer is not None:
        offer = introduction.offer
        other = _contact(offer.contact_name, offer.contact_email, offer.provider_name)
        other_name, other_emails = offer.provider_name, offerer_emails(offer)
    else:
        org = introduction.organisation
        other, other_name, other_emails = str(org), str(org), _org_emails(org)
    message = f"\n\n{introduction.message}" if introduction.message else ""
    _send(
        _("You have been introduced to %(name)s") % {"name": other_name},
        _(
            "A broker of gcmhub introduced your request “%(title)s” to %(name)s.\n"
            "Contact: %(contact)s\n%(link)s"
        )
        % {"title": request.title, "name": other_name, "contact": other, "link": link}
        + message,
        requester_emails(request),
    )
    _send(
        _("A request for support was introduced to you: %(title)s") % {"title": request.title},
        _(
            "A broker of gcmhub thinks you can help %(org)s with “%(title)s”.\n"
            "Contact: %(contact)s\n%(link)s"
        )
        % {"org": request.organisation, "title": request.title, "contact": requester, "link": link}
        + message,
        other_emails,
    )


def closed(request: SupportRequest, base: str = "") -> None:
    _send(
        _("Request closed: %(title)s") % {"title": request.title},
        _("The request was closed with feedback %(score)s/5.\n%(link)s")
        % {"score": request.feedback_score, "link": _link(base, request)},
        broker_emails(),
    )
