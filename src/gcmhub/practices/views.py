"""Pages of the repository: home, objective, practice list with facets, practice detail."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from gcmhub.accounts.roles import approved_organisations, is_reviewer
from gcmhub.practices.browse import browse, objective_counts, selected_filters
from gcmhub.practices.models import Practice
from gcmhub.practices.paging import Paging
from gcmhub.practices.workflow import can_edit
from gcmhub.reference.models import Objective
from gcmhub.search.service import search, similar

LIVE_HITS = 5


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    counts = objective_counts()
    objectives = [(o, counts.get(o.number, 0)) for o in Objective.objects.all()]
    total = Practice.objects.published().count()
    return render(request, "practices/home.html", {"objectives": objectives, "total": total})


@require_safe
def practice_list(request: HttpRequest) -> HttpResponse:
    paging = Paging.from_query(request.GET, settings.PAGE_SIZE)
    result = search(
        request.GET.get("q", ""),
        mode=request.GET.get("mode", "hybrid"),
        selected=selected_filters(request.GET),
        offset=paging.offset,
        limit=paging.limit,
        toggle_url=lambda facet, value: toggle_url(request.GET, facet, value),
    )
    context = {"result": result, "paging": paging.with_total(result.total, request.GET)}
    template = "practices/_results.html" if request.htmx else "practices/list.html"
    return render(request, template, context)


@require_safe
def objective_detail(request: HttpRequest, number: int) -> HttpResponse:
    objective = get_object_or_404(
        Objective.objects.prefetch_related("actions", "sdg_targets"), number=number
    )
    result = browse({"objective": [str(number)]}, limit=settings.PAGE_SIZE)
    return render(request, "practices/objective.html", {"objective": objective, "result": result})


@require_safe
def practice_detail(request: HttpRequest, uid: str) -> HttpResponse:
    practice = Practice.objects.visible_to(request.user).with_tags().filter(uid=uid).first()
    if practice is None:
        raise Http404("No such practice")
    objectives = Objective.objects.in_bulk(practice.objective_numbers)
    ordered = [objectives[n] for n in practice.objective_numbers if n in objectives]
    member = practice.organisation_id is not None and (
        approved_organisations(request.user).filter(pk=practice.organisation_id).exists()
    )
    context = {
        "practice": practice,
        "objectives": ordered,
        "similar": similar(practice) if practice.status == Practice.PUBLISHED else [],
        # The focal point's contact is for the organisation and the reviewers, never public.
        "show_private": member or is_reviewer(request.user),
        "can_edit": can_edit(request.user, practice),
    }
    return render(request, "practices/detail.html", context)


@require_safe
def search_live(request: HttpRequest) -> HttpResponse:
    """The first hits of the header's search box, as the person types (an htmx fragment)."""
    query = request.GET.get("q", "").strip()
    result = search(query, limit=LIVE_HITS) if query else None
    return render(request, "search/_live.html", {"result": result, "query": query})


def toggle_url(query: QueryDict, facet: str, value: str) -> str:
    """The list URL with ``value`` added to or removed from ``facet``, back on page 1."""
    params = query.copy()
    values = params.getlist(facet)
    params.setlist(
        facet, [v for v in values if v != value] if value in values else [*values, value]
    )
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
