"""Pages for reviewers: the queue, one review, and calls for practices."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gcmhub.accounts.models import Organisation
from gcmhub.accounts.roles import is_reviewer
from gcmhub.practices import workflow
from gcmhub.practices.eligibility import REVIEW_CRITERIA
from gcmhub.practices.forms import CallForm, ReviewForm
from gcmhub.practices.models import Call, Practice
from gcmhub.reference.models import Objective


def _reviewer_only(request: HttpRequest) -> None:
    if not is_reviewer(request.user):
        raise Http404("No such page")


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    _reviewer_only(request)
    practices = (
        Practice.objects.filter(status=Practice.SUBMITTED)
        .select_related("organisation", "call")
        .prefetch_related("practiceobjective_set")
        .order_by("updated_at")
    )
    chosen = {k: request.GET.get(k, "") for k in ("objective", "call", "organisation")}
    if chosen["objective"].isdigit():
        practices = practices.filter(objectives__number=int(chosen["objective"]))
    if chosen["call"]:
        practices = practices.filter(call__slug=chosen["call"])
    if chosen["organisation"]:
        practices = practices.filter(organisation__slug=chosen["organisation"])
    context = {
        "practices": practices.distinct(),
        "chosen": chosen,
        "objectives": Objective.objects.all(),
        "calls": Call.objects.all(),
        "organisations": Organisation.objects.filter(
            practices__status=Practice.SUBMITTED
        ).distinct(),
    }
    return render(request, "review/queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, uid: str) -> HttpResponse:
    _reviewer_only(request)
    practice = get_object_or_404(
        Practice.objects.with_tags().select_related("organisation"),
        uid=uid,
        status=Practice.SUBMITTED,
    )
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.decide(
                request.user,
                practice,
                form.cleaned_data["decision"],
                form.scores(),
                form.cleaned_data["comment"],
            )
        except workflow.NotAllowed as exc:
            raise Http404("No such practice") from exc
        messages.success(request, _("Decision recorded."))
        return redirect("review-queue")
    context = {
        "practice": practice,
        "form": form,
        "criteria": REVIEW_CRITERIA,
        "history": practice.reviews.all(),
    }
    return render(
        request,
        "review/review.html",
        context,
        status=422 if form.is_bound and form.errors else 200,
    )


def calls(request: HttpRequest) -> HttpResponse:
    all_calls = Call.objects.annotate(published=Count("practices")).order_by("-deadline")
    today = datetime.date.today()
    return render(
        request,
        "review/calls.html",
        {"calls": all_calls, "today": today, "reviewer": is_reviewer(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def call_new(request: HttpRequest) -> HttpResponse:
    _reviewer_only(request)
    form = CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = form.save(commit=False)
        base = slugify(call.title)[:70] or "call"
        call.slug, n = base, 1
        while Call.objects.filter(slug=call.slug).exists():
            n += 1
            call.slug = f"{base}-{n}"
        call.opened_by = request.user
        call.save()
        form.save_m2m()
        messages.success(request, _("Call opened."))
        return redirect(call)
    return render(
        request,
        "review/call_form.html",
        {"form": form},
        status=422 if form.is_bound and form.errors else 200,
    )


def call_detail(request: HttpRequest, slug: str) -> HttpResponse:
    call = get_object_or_404(Call.objects.prefetch_related("objectives"), slug=slug)
    answers = call.practices.all()
    counts = dict(answers.values_list("status").annotate(n=Count("id")))
    context = {
        "call": call,
        "open": call.deadline >= datetime.date.today(),
        "counts": counts,
        "received": sum(counts.values()),
        "published": answers.filter(status=Practice.PUBLISHED),
        "reviewer": is_reviewer(request.user),
    }
    return render(request, "review/call.html", context)
