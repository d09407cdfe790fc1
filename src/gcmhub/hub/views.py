"""Pages of the connection hub: public demand and offers; requests for askers, offerers and
brokers. Thin: forms validate, :mod:`gcmhub.hub.workflow` acts, :mod:`gcmhub.hub.service`
matches."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gcmhub.accounts.models import Organisation
from gcmhub.accounts.roles import approved_organisations
from gcmhub.hub import service, vocabulary, workflow
from gcmhub.hub.demand import demand
from gcmhub.hub.forms import CloseForm, IntroduceForm, OfferForm, RequestForm
from gcmhub.hub.models import Offer, SupportRequest
from gcmhub.hub.presenting import present
from gcmhub.reference.models import Objective


def _base(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


def hub_home(request: HttpRequest) -> HttpResponse:
    """Public: what is asked most and where, counts only."""
    return render(request, "hub/home.html", {"demand": demand()})


def offer_list(request: HttpRequest) -> HttpResponse:
    offers = Offer.objects.listed().select_related("organisation").prefetch_related("objectives")
    chosen = {k: request.GET.get(k, "") for k in ("objective", "language", "kind")}
    if chosen["objective"].isdigit():
        offers = offers.filter(objectives__number=int(chosen["objective"]))
    if chosen["language"]:
        offers = [o for o in offers if chosen["language"] in o.languages]
    if chosen["kind"]:
        offers = [o for o in offers if chosen["kind"] in o.support_kinds]
    context = {
        "offers": offers,
        "chosen": chosen,
        "objectives": Objective.objects.all(),
        "kinds": vocabulary.SUPPORT_KINDS,
    }
    return render(request, "hub/offers.html", context)


def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_object_or_404(
        Offer.objects.select_related("organisation").prefetch_related("objectives", "practices"),
        pk=pk,
    )
    if not offer.available and not workflow.can_edit_offer(request.user, offer):
        raise Http404("No such offer")
    context = {
        "offer": offer,
        "contacts": workflow.sees_offer_contacts(request.user, offer),
        "editable": workflow.can_edit_offer(request.user, offer),
    }
    return render(request, "hub/offer.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def offer_form(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    offer = get_object_or_404(Offer, pk=pk) if pk else None
    if offer is not None and not workflow.can_edit_offer(request.user, offer):
        raise Http404("No such offer")
    initial = None
    if offer is not None:
        initial = {f: getattr(offer, f) for f in OfferForm.base_fields if hasattr(offer, f)}
        initial["objectives"] = offer.objectives.all()
        initial["practices"] = ", ".join(offer.practices.values_list("uid", flat=True))
    form = OfferForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            offer = workflow.save_offer(
                request.user,
                form.workflow_data(),
                form.objective_numbers(),
                form.cleaned_data["practices"],
                offer=offer,
            )
        except workflow.NotAllowed as exc:
            raise Http404("No such offer") from exc
        messages.success(request, _("Your offer is listed."))
        return redirect(offer)
    return render(request, "hub/offer_form.html", {"form": form, "offer": offer})


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """A member's requests, offers, and the requests introduced to them; brokers see all."""
    visible = SupportRequest.objects.visible_to(request.user).select_related("organisation")
    status = request.GET.get("status", "")
    if status in dict(vocabulary.STATUSES):
        visible = visible.filter(status=status)
    orgs = approved_organisations(request.user)
    context = {
        "requests": visible,
        "status": status,
        "statuses": vocabulary.STATUSES,
        "broker": workflow.is_broker(request.user),
        "offers": Offer.objects.filter(user=request.user)
        | Offer.objects.filter(organisation__in=orgs, kind=Offer.OFFER),
        "member": orgs.exists(),
    }
    return render(request, "hub/mine.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def request_new(request: HttpRequest) -> HttpResponse:
    form = RequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            created = workflow.create_request(
                request.user,
                form.cleaned_data["organisation"],
                form.workflow_data(),
                form.objective_numbers(),
                _base(request),
            )
        except workflow.NotAllowed as exc:
            raise Http404("No such organisation") from exc
        messages.success(request, _("Your request is open; a broker will introduce matches."))
        return redirect(created)
    return render(request, "hub/request_form.html", {"form": form})


def _visible_request(request: HttpRequest, pk: int) -> SupportRequest:
    found = (
        SupportRequest.objects.visible_to(request.user)
        .select_related("organisation", "country")
        .prefetch_related("objectives")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("No such request")
    return found


@login_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    support = _visible_request(request, pk)
    broker = workflow.is_broker(request.user)
    requester = workflow.is_requester(request.user, support)
    suggestions = present(service.match(support, limit=15)) if broker or requester else []
    introduce = None
    if broker and support.status != vocabulary.CLOSED:
        introduce = _introduce_form(support, suggestions)
    introductions = support.introductions.select_related("offer__organisation", "organisation")
    context = {
        "support": support,
        "broker": broker,
        "requester": requester,
        "contacts": workflow.sees_contacts(request.user, support),
        "suggestions": suggestions,
        "introduce": introduce,
        "introductions": introductions,
        "close": CloseForm() if (broker or requester) and support.status != "closed" else None,
        "events": support.events.select_related("user") if broker else [],
    }
    return render(request, "hub/request.html", context)


def _introduce_form(support: SupportRequest, suggestions, data=None) -> IntroduceForm:
    """Offers among the suggestions, and the organisations of suggested peer States."""
    offer_ids = [s.pk for s in suggestions if s.kind in ("offer", "expert") and s.pk]
    peers = [s.id for s in suggestions if s.kind == "peer"]
    organisations = Organisation.objects.filter(country__in=peers).exclude(
        pk=support.organisation_id
    )
    return IntroduceForm(
        data, offers=Offer.objects.filter(pk__in=offer_ids), organisations=organisations
    )


@login_required
@require_POST
def request_introduce(request: HttpRequest, pk: int) -> HttpResponse:
    support = _visible_request(request, pk)
    if not workflow.is_broker(request.user):
        raise Http404("No such page")
    form = _introduce_form(support, present(service.match(support, limit=15)), request.POST)
    if form.is_valid():
        try:
            workflow.introduce(
                request.user,
                support,
                list(form.cleaned_data["offers"]),
                list(form.cleaned_data["organisations"]),
                form.cleaned_data["message"],
                _base(request),
            )
            messages.success(request, _("Both sides have been introduced by e-mail."))
        except workflow.BadMove as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, " ".join(" ".join(e) for e in form.errors.values()))
    return redirect(support)


@login_required
@require_POST
def request_start(request: HttpRequest, pk: int) -> HttpResponse:
    support = _visible_request(request, pk)
    try:
        workflow.start(request.user, support)
        messages.success(request, _("The request is in progress."))
    except workflow.NotAllowed as exc:
        raise Http404("No such request") from exc
    except workflow.BadMove as exc:
        messages.error(request, str(exc))
    return redirect(support)


@login_required
@require_POST
def request_close(request: HttpRequest, pk: int) -> HttpResponse:
    support = _visible_request(request, pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("To close, give the outcome and a score from 1 to 5."))
        return redirect(support)
    try:
        workflow.close(
            request.user,
            support,
            form.cleaned_data["outcome"],
            form.cleaned_data["feedback_score"],
            form.cleaned_data["feedback_comment"],
            _base(request),
        )
        messages.success(request, _("The request is closed. Thank you for the feedback."))
    except workflow.NotAllowed as exc:
        raise Http404("No such request") from exc
    except workflow.BadMove as exc:
        messages.error(request, str(exc))
    return redirect(support)
