"""The JSON API under /api/v1 (django-ninja; OpenAPI at /api/v1/openapi.json, docs at /docs).

Views are thin: listing calls the same :func:`browse` as the pages, so both always agree.
"""

from __future__ import annotations

from typing import Literal

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Query, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError

from gcmhub.api.hub import router as hub_router
from gcmhub.api.schemas import (
    ActorTypeOut,
    DocumentOut,
    DocumentPage,
    ErrorOut,
    ObjectiveOut,
    PracticeIn,
    PracticeOut,
    PracticePage,
    PracticePatch,
    PrincipleOut,
    SearchPage,
    WrittenOut,
)
from gcmhub.api.writes import (
    FormInvalid,
    TokenAuth,
    bearer_user,
    current_fields,
    editable,
    write,
)
from gcmhub.documents.browse import browse_library, document_objectives
from gcmhub.documents.browse import selected_filters as library_filters
from gcmhub.documents.models import Document
from gcmhub.hub import workflow as hub_workflow
from gcmhub.practices.browse import browse, objective_counts, selected_filters
from gcmhub.practices.export import practice_dict, practice_dicts
from gcmhub.practices.models import Practice
from gcmhub.practices.paging import MAX_PAGE_SIZE
from gcmhub.reference.export import objective_dict
from gcmhub.reference.models import ActorType, Objective, Principle
from gcmhub.search.service import search
from gcmhub.search.text import query_terms, snippet_html

api = NinjaAPI(
    title="gcmhub API",
    version="1",
    description="Practices implementing the Global Compact for Migration, and its vocabularies.",
    urls_namespace="api",
)
ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}
api.add_router("/hub/", hub_router)


def _error(request: HttpRequest, status: int, message: str, errors: list | None = None):
    body = {"ok": False, "status": status, "error": message, "errors": errors or []}
    return api.create_response(request, body, status=status)


@api.exception_handler(ValidationError)
def _validation(request, exc: ValidationError):
    errors = [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "")} for e in exc.errors]
    return _error(request, 422, "invalid request", errors)


@api.exception_handler(Http404)
def _not_found(request, exc: Http404):
    return _error(request, 404, str(exc) or "not found")


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return _error(request, exc.status_code, str(exc))


@api.get("/practices", response={200: PracticePage, **ERRORS}, tags=["practices"])
def list_practices(
    request: HttpRequest,
    offset: int = Query(0, ge=0),
    limit: int = Query(None, ge=1, le=MAX_PAGE_SIZE),
    objective: list[str] = Query(None, description="objective number; repeat to combine (OR)"),
    country: list[str] = Query(None, description="ISO 3166-1 alpha-2 code"),
    region: list[str] = Query(None),
    actor: list[str] = Query(None, description="actor-type slug"),
    principle: list[str] = Query(None, description="guiding-principle slug"),
    sdg_target: list[str] = Query(None, description='SDG target such as "10.7"'),
    scope: list[str] = Query(None),
    practice_type: list[str] = Query(None),
    period: list[str] = Query(None, description='decade active ("2010s") or "ongoing"'),
    language: list[str] = Query(None),
):
    """Published practices; facets combine with AND, repeated values of one facet with OR."""
    result = browse(
        selected_filters(request.GET),
        offset=offset,
        limit=limit or settings.PAGE_SIZE,
        load_practices=False,
    )
    return {
        "count": result.total,
        "offset": result.offset,
        "limit": result.limit,
        "items": practice_dicts(result.ids),
        "facets": _facets(result),
    }


def _facets(result) -> dict:
    return {
        g.name: [
            {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
            for v in g.values
        ]
        for g in result.facets
    }


@api.get("/search", response={200: SearchPage, **ERRORS}, tags=["practices"])
def search_practices(
    request: HttpRequest,
    q: str = Query("", description="words or a question, in any language (cut at 1,000 chars)"),
    mode: Literal["hybrid", "keyword", "semantic"] = Query("hybrid"),
    offset: int = Query(0, ge=0),
    limit: int = Query(None, ge=1, le=MAX_PAGE_SIZE),
    objective: list[str] = Query(None),
    country: list[str] = Query(None),
    region: list[str] = Query(None),
    actor: list[str] = Query(None),
    principle: list[str] = Query(None),
    sdg_target: list[str] = Query(None),
    scope: list[str] = Query(None),
    practice_type: list[str] = Query(None),
    period: list[str] = Query(None),
    language: list[str] = Query(None),
):
    """Published practices ranked for a query, with the facet counts of the hits.

    An empty query lists practices as ``/practices`` does (score null).
    """
    result = search(
        q,
        mode=mode,
        selected=selected_filters(request.GET),
        offset=offset,
        limit=limit or settings.PAGE_SIZE,
        load_practices=False,
    )
    records = {r["id"]: r for r in practice_dicts(result.ids)}
    uids = dict(Practice.objects.filter(id__in=result.ids).values_list("id", "uid"))
    wanted = set(query_terms(result.query))
    items = []
    for hit in result.hits:
        record = records.get(uids.get(hit.id))
        if record is None:
            continue
        items.append(
            {
                "id": record["id"],
                "title": record["title"],
                "score": None if hit.score is None else round(hit.score, 6),
                "snippet": snippet_html(record["text"], wanted),
                "practice": record,
            }
        )
    return {
        "query": result.query,
        "mode": result.mode,
        "count": result.total,
        "offset": result.offset,
        "limit": result.limit,
        "items": items,
        "facets": _facets(result),
    }


@api.get("/practices/{uid}", response={200: PracticeOut, **ERRORS}, tags=["practices"])
def get_practice(request: HttpRequest, uid: str):
    """One practice: published ones to anyone; drafts to their organisation (session or token)."""
    user = bearer_user(request)
    practice = Practice.objects.visible_to(user).with_tags().filter(uid=uid).first()
    if practice is None:
        raise Http404(f"no practice {uid!r}")
    return practice_dict(practice)


@api.post(
    "/practices",
    auth=TokenAuth(),
    response={201: WrittenOut, 401: ErrorOut, **ERRORS},
    tags=["contribute"],
)
def create_practice(request: HttpRequest, body: PracticeIn):
    """Create a draft for one of your organisations; with ``submit`` send it to review."""
    fields = body.model_dump()
    return Status(201, write(request.auth, fields, None, fields.pop("submit")))


@api.patch(
    "/practices/{uid}",
    auth=TokenAuth(),
    response={200: WrittenOut, 401: ErrorOut, **ERRORS},
    tags=["contribute"],
)
def update_practice(request: HttpRequest, uid: str, body: PracticePatch):
    """Change a draft or returned practice of your organisation; ``submit`` sends it to review."""
    practice = editable(request.auth, uid)
    given = body.model_dump(exclude_unset=True)
    submit = bool(given.pop("submit", False))
    return write(request.auth, {**current_fields(practice), **given}, practice, submit)


@api.exception_handler(FormInvalid)
def _form_invalid(request, exc: FormInvalid):
    return _error(request, 422, str(exc), exc.errors)


@api.exception_handler(hub_workflow.NotAllowed)
def _hub_not_allowed(request, exc):
    return _error(request, 404, "not found")


@api.exception_handler(hub_workflow.BadMove)
def _hub_bad_move(request, exc):
    return _error(request, 409, str(exc))


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    return _error(request, 413, "the request is larger than this server accepts")


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(request, 401, "a valid bearer token is required")


@api.get("/objectives", response=list[ObjectiveOut], tags=["reference"])
def list_objectives(request: HttpRequest):
    counts = objective_counts()
    objectives = Objective.objects.prefetch_related("actions", "sdg_targets")
    return [objective_dict(o) | {"practice_count": counts.get(o.number, 0)} for o in objectives]


@api.get("/objectives/{number}", response={200: ObjectiveOut, **ERRORS}, tags=["reference"])
def get_objective(request: HttpRequest, number: int):
    objective = Objective.objects.prefetch_related("actions", "sdg_targets").filter(number=number)
    if not objective:
        raise Http404(f"no objective {number} (the GCM has objectives 1 to 23)")
    return objective_dict(objective[0]) | {"practice_count": objective_counts().get(number, 0)}


@api.get("/principles", response=list[PrincipleOut], tags=["reference"])
def list_principles(request: HttpRequest):
    return list(Principle.objects.all())


@api.get("/actor-types", response=list[ActorTypeOut], tags=["reference"])
def list_actor_types(request: HttpRequest):
    return list(ActorType.objects.all())


def _document_dict(document: Document, practice_count: int) -> dict:
    from django.urls import reverse

    return {
        "id": document.pk,
        "name": document.name,
        "title": str(document),
        "kind": document.kind,
        "date": document.date,
        "language": document.language,
        "publisher": document.publisher,
        "content_hash": document.content_hash,
        "practice_count": practice_count,
        "objectives": [o.number for o in document_objectives(document)],
        "original_url": reverse("document-original", args=[document.pk])
        if document.original.name
        else None,
    }


@api.get("/documents", response=DocumentPage, tags=["library"])
def list_documents(
    request: HttpRequest,
    offset: int = Query(0, ge=0),
    limit: int = Query(None, ge=1, le=MAX_PAGE_SIZE),
    kind: list[str] = Query(None),
    language: list[str] = Query(None),
    year: list[str] = Query(None),
    objective: list[str] = Query(None),
):
    """The resource library: ingested documents, with the same facets as the library page."""
    limit = limit or settings.PAGE_SIZE
    result = browse_library(library_filters(request.GET), offset=offset, limit=limit)
    return {
        "count": result.total,
        "offset": offset,
        "limit": limit,
        "items": [_document_dict(d, d.practice_count) for d in result.documents],
        "facets": {
            g.name: [
                {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                for v in g.values
            ]
            for g in result.facets
        },
    }


@api.get("/documents/{pk}", response={200: DocumentOut, **ERRORS}, tags=["library"])
def get_document(request: HttpRequest, pk: int):
    document = Document.objects.filter(pk=pk).first()
    if document is None:
        raise Http404(f"no document {pk}")
    return _document_dict(document, document.practices.published().count())
