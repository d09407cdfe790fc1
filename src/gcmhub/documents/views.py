"""The resource library's pages: the faceted list, one document, its original file."""

from __future__ import annotations

import mimetypes

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from gcmhub.documents.browse import browse_library, document_objectives, selected_filters
from gcmhub.documents.models import Document
from gcmhub.practices.paging import Paging
from gcmhub.practices.views import toggle_url


@require_safe
def library(request: HttpRequest) -> HttpResponse:
    paging = Paging.from_query(request.GET, settings.PAGE_SIZE)
    result = browse_library(
        selected_filters(request.GET),
        offset=paging.offset,
        limit=paging.limit,
        toggle_url=lambda facet, value: toggle_url(request.GET, facet, value),
    )
    context = {"result": result, "paging": paging.with_total(result.total, request.GET)}
    template = "documents/_results.html" if request.htmx else "documents/list.html"
    return render(request, template, context)


@require_safe
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    practices = document.practices.published().order_by("id")
    paging = Paging.from_query(request.GET, settings.PAGE_SIZE)
    page = list(practices[paging.offset : paging.offset + paging.limit])
    context = {
        "document": document,
        "objectives": document_objectives(document),
        "practices": page,
        "practice_total": practices.count(),
        "paging": paging.with_total(practices.count(), request.GET),
        "has_original": bool(document.original.name)
        and default_storage.exists(document.original.name),
    }
    return render(request, "documents/detail.html", context)


@require_safe
def document_original(request: HttpRequest, pk: int) -> FileResponse:
    document = get_object_or_404(Document, pk=pk)
    if not document.original.name or not default_storage.exists(document.original.name):
        raise Http404("No original stored for this document")
    content_type = mimetypes.guess_type(document.name)[0] or "application/octet-stream"
    return FileResponse(
        default_storage.open(document.original.name, "rb"),
        as_attachment=True,
        filename=document.name,
        content_type=content_type,
    )
