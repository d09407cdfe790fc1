"""The connection hub's API under /api/v1/hub: requests, offers, matches, the brokering acts.

Reads take a bearer token or a session; writes a bearer token. Input is checked by the same
forms as the pages and carried out by the same :mod:`gcmhub.hub.workflow` functions, so the
rules (who may see or do what, which contacts show) are the web's. A request or an offer is
named by its external id where one was given, else by its number.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError

from gcmhub.accounts.models import Organisation
from gcmhub.accounts.roles import approved_organisations
from gcmhub.api.schemas import ErrorOut
from gcmhub.api.writes import FormInvalid, TokenAuth, bearer_user
from gcmhub.hub import service, workflow
from gcmhub.hub.demand import demand
from gcmhub.hub.forms import CloseForm, OfferForm, RequestForm
from gcmhub.hub.models import Offer, SupportRequest
from gcmhub.hub.presenting import present

router = Router(tags=["hub"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class RequestIn(Schema):
    organisation: str = Field(description="slug or external id of one of your organisations")
    title: str = ""
    text: str
    objectives: list[int] = Field([], description="empty: inferred from the text")
    country: str | None = Field(None, description="ISO alpha-2; default the organisation's")
    languages: list[str]
    support_kinds: list[str]
    deadline: dt.date | None = None
    contact_name: str = ""
    contact_email: str = ""


class OfferIn(Schema):
    kind: Literal["offer", "expert"] = "offer"
    organisation: str | None = None
    person_name: str = ""
    title: str = ""
    text: str
    objectives: list[int] = []
    languages: list[str]
    regions: list[str] = []
    support_kinds: list[str]
    availability: str = ""
    available: bool = True
    lived_experience: str = ""
    lived_experience_consent: bool = False
    practices: list[str] = Field([], description="ids of published practices implemented")
    contact_name: str = ""
    contact_email: str = ""


class IntroductionIn(Schema):
    offers: list[str] = Field([], description="ids of offers or experts (as in matches)")
    peers: list[str] = Field([], description="slugs or external ids of peer organisations")
    message: str = ""


class CloseIn(Schema):
    outcome: str
    feedback_score: int = Field(ge=1, le=5)
    feedback_comment: str = ""


class MatchOut(Schema):
    kind: str
    id: str
    score: float
    reasons: list[str]
    label: str
    url: str


def _user(request: HttpRequest):
    user = bearer_user(request)
    if not user.is_authenticated:
        raise HttpError(401, "a valid bearer token or a logged-in session is required")
    return user


def _organisation(user, key: str | None) -> Organisation | None:
    if not key:
        return None
    from django.db.models import Q

    org = approved_organisations(user).filter(Q(slug=key) | Q(external_id=key)).first()
    if org is None:
        raise FormInvalid(
            [{"loc": ["body", "organisation"], "msg": "not one of your organisations"}]
        )
    return org


def request_dict(support: SupportRequest, user) -> dict:
    contacts = workflow.sees_contacts(user, support)
    return {
        "id": support.public_id,
        "number": support.pk,
        "title": support.title,
        "text": support.text,
        "organisation": support.organisation.name,
        "objectives": support.objective_numbers(),
        "objectives_inferred": support.objectives_inferred,
        "country": support.country_id,
        "languages": support.languages,
        "support_kinds": support.support_kinds,
        "deadline": support.deadline.isoformat() if support.deadline else None,
        "status": support.status,
        "created_at": support.created_at.isoformat(),
        "contact": {"name": support.contact_name, "email": support.contact_email}
        if contacts
        else None,
        "outcome": support.outcome,
        "feedback_score": support.feedback_score,
        "feedback_comment": support.feedback_comment,
        "introductions": [
            {
                "kind": i.offer.kind if i.offer else "peer",
                "id": i.offer.public_id if i.offer else i.organisation.slug,
                "name": i.offer.provider_name if i.offer else i.organisation.name,
                "contact": {"name": i.offer.contact_name, "email": i.offer.contact_email}
                if i.offer and contacts
                else None,
                "created_at": i.created_at.isoformat(),
            }
            for i in support.introductions.select_related("offer__organisation", "organisation")
        ],
    }


def offer_dict(offer: Offer, user) -> dict:
    contacts = workflow.sees_offer_contacts(user, offer)
    return {
        "id": offer.public_id,
        "number": offer.pk,
        "kind": offer.kind,
        "title": offer.title,
        "text": offer.text,
        "provider": offer.provider_name,
        "organisation": offer.organisation.name if offer.organisation else None,
        "objectives": sorted(o.pk for o in offer.objectives.all()),
        "languages": offer.languages,
        "regions": offer.regions,
        "support_kinds": offer.support_kinds,
        "availability": offer.availability,
        "available": offer.available,
        "lived_experience": offer.lived_experience_shown() or None,
        "practices": [p.uid for p in offer.practices.all() if p.status == "published"],
        "contact": {"name": offer.contact_name, "email": offer.contact_email} if contacts else None,
    }


def _find_request(user, key: str) -> SupportRequest:
    visible = SupportRequest.objects.visible_to(user).select_related("organisation")
    found = visible.filter(external_id=key).first()
    if found is None and key.isdigit():
        found = visible.filter(pk=int(key)).first()
    if found is None:
        raise Http404(f"no request {key!r}")
    return found


def _find_offer(key: str) -> Offer | None:
    found = Offer.objects.filter(external_id=key).first()
    if found is None and key.isdigit():
        found = Offer.objects.filter(pk=int(key)).first()
    return found


@router.get("/demand", response=dict)
def get_demand(request: HttpRequest):
    """Anonymised, aggregated demand: counts by objective, region, country (3+), kind, status."""
    return demand().as_dict()


@router.get("/requests", response={200: list[dict], **ERRORS})
def list_requests(request: HttpRequest, status: str | None = Query(None)):
    """Requests you may see: your organisations', those introduced to you; brokers see all."""
    user = _user(request)
    found = SupportRequest.objects.visible_to(user).select_related("organisation", "country")
    if status:
        found = found.filter(status=status)
    return [request_dict(r, user) for r in found.prefetch_related("objectives")[:500]]


@router.post("/requests", auth=TokenAuth(), response={201: dict, **ERRORS})
def create_request(request: HttpRequest, body: RequestIn):
    """Open a request for one of your organisations."""
    user = request.auth
    fields = body.model_dump()
    org = _organisation(user, fields.pop("organisation"))
    form = RequestForm(
        {**fields, "organisation": org.pk, "deadline": fields["deadline"] or ""},
        user=user,
        all_languages=True,
    )
    if not form.is_valid():
        raise FormInvalid.of(form)
    support = workflow.create_request(
        user, org, form.workflow_data(), form.objective_numbers(), request.build_absolute_uri("/")
    )
    return Status(201, request_dict(support, user))


@router.get("/requests/{key}", response={200: dict, **ERRORS})
def get_request(request: HttpRequest, key: str):
    user = _user(request)
    return request_dict(_find_request(user, key), user)


@router.get("/requests/{key}/matches", response={200: list[MatchOut], **ERRORS})
def request_matches(
    request: HttpRequest,
    key: str,
    limit: int = Query(10, ge=1, le=100),
    kind: list[Literal["offer", "expert", "practice", "peer"]] = Query(None),
):
    """Suggestions best first, each with its score and reasons (the requester and brokers)."""
    user = _user(request)
    support = _find_request(user, key)
    if not (workflow.is_broker(user) or workflow.is_requester(user, support)):
        raise Http404(f"no request {key!r}")
    suggestions = service.match(support, limit=limit, kinds=tuple(kind or service.KINDS))
    return [vars(s) | {"score": round(s.score, 4)} for s in present(suggestions)]


@router.post("/requests/{key}/introductions", auth=TokenAuth(), response={201: dict, **ERRORS})
def introduce(request: HttpRequest, key: str, body: IntroductionIn):
    """A broker introduces the request to offers, experts or peer organisations."""
    user = request.auth
    support = _find_request(user, key)
    offers = []
    for offer_key in body.offers:
        offer = _find_offer(offer_key)
        if offer is None:
            raise FormInvalid([{"loc": ["body", "offers"], "msg": f"no offer {offer_key!r}"}])
        offers.append(offer)
    peers = []
    for org_key in body.peers:
        org = (
            Organisation.objects.filter(slug=org_key).first()
            or Organisation.objects.filter(external_id=org_key).first()
        )
        if org is None:
            raise FormInvalid([{"loc": ["body", "peers"], "msg": f"no organisation {org_key!r}"}])
        peers.append(org)
    workflow.introduce(user, support, offers, peers, body.message, request.build_absolute_uri("/"))
    support.refresh_from_db()
    return Status(201, request_dict(support, user))


@router.post("/requests/{key}/start", auth=TokenAuth(), response={200: dict, **ERRORS})
def start(request: HttpRequest, key: str):
    support = _find_request(request.auth, key)
    workflow.start(request.auth, support)
    return request_dict(support, request.auth)


@router.post("/requests/{key}/close", auth=TokenAuth(), response={200: dict, **ERRORS})
def close(request: HttpRequest, key: str, body: CloseIn):
    """Close with the outcome and feedback (1–5 and a comment)."""
    support = _find_request(request.auth, key)
    form = CloseForm(body.model_dump())
    if not form.is_valid():
        raise FormInvalid.of(form)
    d = form.cleaned_data
    workflow.close(
        request.auth,
        support,
        d["outcome"],
        d["feedback_score"],
        d["feedback_comment"],
        request.build_absolute_uri("/"),
    )
    return request_dict(support, request.auth)


@router.get("/offers", response=list[dict])
def list_offers(
    request: HttpRequest,
    objective: int | None = Query(None, ge=1, le=23),
    offset: int = Query(0, ge=0),
    limit: int = Query(100, ge=1, le=500),
):
    """Listed offers and expert profiles; contacts only for brokers and those who keep them."""
    user = bearer_user(request)
    offers = Offer.objects.listed().select_related("organisation").prefetch_related("objectives")
    if objective:
        offers = offers.filter(objectives__number=objective)
    return [offer_dict(o, user) for o in offers.order_by("id")[offset : offset + limit]]


@router.post("/offers", auth=TokenAuth(), response={201: dict, **ERRORS})
def create_offer(request: HttpRequest, body: OfferIn):
    user = request.auth
    fields = body.model_dump()
    org = _organisation(user, fields.pop("organisation"))
    form = OfferForm(
        {
            **fields,
            "organisation": org.pk if org else "",
            "practices": ",".join(fields["practices"]),
        },
        user=user,
        all_languages=True,
    )
    if not form.is_valid():
        raise FormInvalid.of(form)
    try:
        offer = workflow.save_offer(
            user, form.workflow_data(), form.objective_numbers(), form.cleaned_data["practices"]
        )
    except workflow.NotAllowed as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, offer_dict(offer, user))


@router.get("/offers/{key}", response={200: dict, **ERRORS})
def get_offer(request: HttpRequest, key: str):
    offer = _find_offer(key)
    user = bearer_user(request)
    if offer is None or not (offer.available or workflow.can_edit_offer(user, offer)):
        raise Http404(f"no offer {key!r}")
    return offer_dict(offer, user)
