"""Pages for contributors: their organisations' practices, the practice form with suggestions
and duplicate warnings, submission and archiving. The acts themselves are in workflow."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gcmhub.accounts.roles import approved_organisations
from gcmhub.practices import workflow
from gcmhub.practices.eligibility import MACHINE_CRITERIA
from gcmhub.practices.forms import PracticeForm
from gcmhub.practices.models import Practice
from gcmhub.search.service import search
from gcmhub.tagging import tag_text
from gcmhub.tagging.objectives import default_classifier

SUGGEST_MIN_CHARS = 40


@login_required
def my_practices(request: HttpRequest) -> HttpResponse:
    practices = (
        Practice.objects.filter(organisation__in=approved_organisations(request.user))
        .select_related("organisation")
        .order_by("-updated_at")
    )
    return render(request, "contribute/mine.html", {"practices": practices})


@login_required
@require_http_methods(["GET", "POST"])
def practice_new(request: HttpRequest) -> HttpResponse:
    if not approved_organisations(request.user).exists():
        messages.info(request, _("Join or create an organisation first: practices belong to one."))
        return redirect("account")
    initial = {"call": request.GET.get("call")} if request.GET.get("call") else None
    return _edit(request, None, initial)


@login_required
@require_http_methods(["GET", "POST"])
def practice_edit(request: HttpRequest, uid: str) -> HttpResponse:
    practice = _editable(request, uid)
    return _edit(request, practice, PracticeForm.initial_for(practice))


def _edit(request: HttpRequest, practice: Practice | None, initial: dict | None) -> HttpResponse:
    form = PracticeForm(request.POST or None, user=request.user, initial=initial)
    unmet: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            practice = workflow.save_draft(request.user, form.workflow_data(), practice)
        except workflow.NotAllowed as exc:
            raise Http404("No such practice") from exc
        if "submit" not in request.POST:
            messages.success(request, _("Draft saved."))
            return redirect("practice-edit", uid=practice.uid)
        try:
            workflow.submit(request.user, practice)
        except workflow.Ineligible as exc:
            unmet = exc.unmet
        else:
            messages.success(request, _("Submitted: a reviewer will look at it."))
            return redirect("my-practices")
    context = {
        "form": form,
        "practice": practice,
        "unmet": [MACHINE_CRITERIA[c] for c in unmet],
        "reviews": practice.reviews.all() if practice else [],
    }
    status = 422 if (form.is_bound and form.errors) or unmet else 200
    return render(request, "contribute/form.html", context, status=status)


@login_required
@require_POST
def practice_archive(request: HttpRequest, uid: str) -> HttpResponse:
    practice = Practice.objects.visible_to(request.user).filter(uid=uid).first()
    try:
        if practice is None:
            raise workflow.NotAllowed("unknown")
        workflow.archive(request.user, practice)
    except workflow.NotAllowed as exc:
        raise Http404("No such practice") from exc
    messages.success(request, _("Archived: it is out of view, and kept."))
    return redirect("my-practices")


@login_required
@require_POST
def suggest(request: HttpRequest) -> HttpResponse:
    """Tags the text suggests and existing practices it resembles (an htmx fragment)."""
    text = (request.POST.get("text") or "")[:5000]
    if len(text.strip()) < SUGGEST_MIN_CHARS:
        return render(request, "contribute/_suggestions.html", {"enough": False})
    tags = tag_text(text)
    objectives = [n for n, p in default_classifier().classify([text], top_k=3)[0] if p >= 0.1]
    similar = search(text, limit=3).hits
    context = {
        "enough": True,
        "objectives": objectives,
        "tags": tags,
        "similar": [h.practice for h in similar if h.practice],
    }
    return render(request, "contribute/_suggestions.html", context)


def _editable(request: HttpRequest, uid: str) -> Practice:
    practice = Practice.objects.with_tags().filter(uid=uid).first()
    if practice is None or not workflow.can_edit(request.user, practice):
        raise Http404("No such practice")  # the same answer for "absent" and "not yours"
    return practice
