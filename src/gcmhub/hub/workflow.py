"""The brokering workflow, one function per act, called alike by the pages and the API.

open → matched (a broker introduced it) → in progress (the requester works with a match) →
closed (with an outcome and feedback). Each act checks who may do it, writes a
:class:`~gcmhub.hub.models.HubEvent` and sends the e-mails of :mod:`gcmhub.hub.notify`.
A refused act raises :class:`NotAllowed` (answered 404: nobody learns what exists behind an
id they may not see) or :class:`BadMove` (not from this status; answered 409).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from gcmhub.accounts.models import Organisation
from gcmhub.accounts.roles import approved_organisations, is_reviewer
from gcmhub.hub import notify, vocabulary
from gcmhub.hub.loading import infer_objectives, title_of
from gcmhub.hub.models import HubEvent, Introduction, Offer, SupportRequest
from gcmhub.hub.vectors import request_vector, sync_offers
from gcmhub.practices.sanitize import plain

REQUEST_TEXT = ("title", "text", "contact_name")
OFFER_TEXT = ("title", "text", "person_name", "contact_name", "lived_experience", "availability")


class NotAllowed(Exception):
    """The user may not do this (or may not know the request exists)."""


class BadMove(Exception):
    """The request's status does not allow this act."""


def is_broker(user) -> bool:
    return user.is_authenticated and (user.is_staff or is_reviewer(user))


def is_requester(user, request: SupportRequest) -> bool:
    return approved_organisations(user).filter(pk=request.organisation_id).exists()


def is_introduced(user, request: SupportRequest) -> bool:
    """Whether the user is on the other side of one of the request's introductions."""
    if not user.is_authenticated:
        return False
    orgs = approved_organisations(user)
    return request.introductions.filter(
        Q(offer__organisation__in=orgs, offer__kind=Offer.OFFER)
        | Q(offer__user=user)
        | Q(organisation__in=orgs)
    ).exists()


def sees_contacts(user, request: SupportRequest) -> bool:
    """Contacts of a request: its own organisation, brokers, and the sides introduced to it."""
    return is_broker(user) or is_requester(user, request) or is_introduced(user, request)


def sees_offer_contacts(user, offer: Offer) -> bool:
    """Contacts of an offer: brokers, whoever keeps it, and requesters introduced to it."""
    if is_broker(user) or can_edit_offer(user, offer):
        return True
    return (
        user.is_authenticated
        and offer.introductions.filter(
            request__organisation__in=approved_organisations(user)
        ).exists()
    )


def _clean(data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: plain(v) if k in fields and isinstance(v, str) else v for k, v in data.items()}


@transaction.atomic
def create_request(
    user, organisation: Organisation, data: dict[str, Any], objectives: list[int], base: str = ""
) -> SupportRequest:
    """A new open request of one of the user's organisations; objectives inferred if none."""
    if not approved_organisations(user).filter(pk=organisation.pk).exists():
        raise NotAllowed("not a member of that organisation")
    data = _clean(data, REQUEST_TEXT)
    data["title"] = data.get("title") or title_of(data["text"])
    inferred = not objectives
    if inferred:
        objectives = infer_objectives([data["text"]])[0]
    request = SupportRequest.objects.create(
        organisation=organisation, created_by=user, objectives_inferred=inferred, **data
    )
    request.objectives.set(objectives)
    _event(
        user, "created", request=request, detail={"objectives": objectives, "inferred": inferred}
    )
    transaction.on_commit(lambda: notify.request_created(request, base))
    # embedded after the commit, so the first match does not wait for the model
    transaction.on_commit(lambda: request_vector(request), robust=True)
    return request


@transaction.atomic
def save_offer(
    user,
    data: dict[str, Any],
    objectives: list[int],
    practices: list | None = None,
    offer: Offer | None = None,
) -> Offer:
    """Create or update an offer (for one of the user's organisations) or an expert profile."""
    organisation = data.get("organisation")
    if (
        organisation is not None
        and not approved_organisations(user).filter(pk=organisation.pk).exists()
    ):
        raise NotAllowed("not a member of that organisation")
    if data.get("kind", Offer.OFFER) == Offer.OFFER and organisation is None:
        raise NotAllowed("an offer belongs to an organisation")
    if offer is not None and not can_edit_offer(user, offer):
        raise NotAllowed("not yours to edit")
    data = _clean(data, OFFER_TEXT)
    data["title"] = data.get("title") or title_of(data["text"])
    if not objectives:
        objectives = infer_objectives([data["text"]])[0]
    if offer is None:
        offer = Offer.objects.create(user=user, **data)
        action = "offer-created"
    else:
        for name, value in data.items():
            setattr(offer, name, value)
        offer.save()
        action = "offer-changed"
    offer.objectives.set(objectives)
    if practices is not None:
        offer.practices.set(practices)
    _event(user, action, offer=offer, detail={"objectives": objectives})
    transaction.on_commit(sync_offers, robust=True)
    return offer


def can_edit_offer(user, offer: Offer) -> bool:
    if not user.is_authenticated:
        return False
    if offer.user_id == user.pk:
        return True
    return (
        offer.organisation_id is not None
        and approved_organisations(user).filter(pk=offer.organisation_id).exists()
    )


@transaction.atomic
def introduce(
    broker,
    request: SupportRequest,
    offers: list[Offer] = (),
    organisations: list[Organisation] = (),
    message: str = "",
    base: str = "",
) -> list[Introduction]:
    """A broker puts the request in touch with offers, experts or peer organisations."""
    if not is_broker(broker):
        raise NotAllowed("only brokers introduce")
    if request.status == vocabulary.CLOSED:
        raise BadMove("the request is closed")
    if not offers and not organisations:
        raise BadMove("choose at least one match to introduce")
    message = plain(message)
    made = []
    done_offers = set(request.introductions.values_list("offer_id", flat=True))
    done_orgs = set(request.introductions.values_list("organisation_id", flat=True))
    for offer in offers:
        if offer.pk not in done_offers:
            made.append(
                Introduction.objects.create(
                    request=request, offer=offer, introduced_by=broker, message=message
                )
            )
    for org in organisations:
        if org.pk not in done_orgs and org.pk != request.organisation_id:
            made.append(
                Introduction.objects.create(
                    request=request, organisation=org, introduced_by=broker, message=message
                )
            )
    if not made:
        raise BadMove("those matches were introduced already")
    if request.status == vocabulary.OPEN:
        _move(broker, request, vocabulary.MATCHED)
    for intro in made:
        target = intro.offer.public_id if intro.offer else intro.organisation.name
        kind = intro.offer.kind if intro.offer else "peer"
        _event(
            broker,
            "introduced",
            request=request,
            offer=intro.offer,
            detail={"kind": kind, "target": target},
        )
        transaction.on_commit(lambda intro=intro: notify.introduced(intro, base))
    return made


@transaction.atomic
def start(user, request: SupportRequest) -> None:
    """The requester (or a broker) says the work with a match has begun."""
    if not (is_requester(user, request) or is_broker(user)):
        raise NotAllowed("not your request")
    if request.status != vocabulary.MATCHED:
        raise BadMove("only a matched request can move to in progress")
    _move(user, request, vocabulary.IN_PROGRESS)


@transaction.atomic
def close(
    user, request: SupportRequest, outcome: str, score: int, comment: str = "", base: str = ""
) -> None:
    """Close with an outcome and feedback (1–5 and a comment)."""
    if not (is_requester(user, request) or is_broker(user)):
        raise NotAllowed("not your request")
    if request.status == vocabulary.CLOSED:
        raise BadMove("the request is closed already")
    if not 1 <= int(score) <= 5:
        raise BadMove("feedback is a score from 1 to 5")
    request.outcome, request.feedback_comment = plain(outcome), plain(comment)
    request.feedback_score = int(score)
    request.closed_at = timezone.now()
    request.save(update_fields=["outcome", "feedback_comment", "feedback_score", "closed_at"])
    _move(user, request, vocabulary.CLOSED, {"feedback_score": int(score)})
    transaction.on_commit(lambda: notify.closed(request, base))


def _move(user, request: SupportRequest, status: str, detail: dict | None = None) -> None:
    old = request.status
    request.status = status
    request.save(update_fields=["status", "updated_at"])
    _event(user, "status", request=request, detail={"from": old, "to": status, **(detail or {})})


def _event(user, action: str, request=None, offer=None, detail: dict | None = None) -> None:
    HubEvent.objects.create(
        request=request,
        offer=offer,
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        detail=detail or {},
    )
