"""The resource library: documents filtered by kind, language, year and objective, with counts.

Same facet contract and in-memory index as the practice list (:mod:`gcmhub.practices.browse`);
a library holds hundreds of documents, not millions, so the index is simply rebuilt per request.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from gcmhub.documents.models import Document
from gcmhub.practices.browse import FacetGroup, FacetValue
from gcmhub.practices.facet_index import FacetIndex
from gcmhub.practices.models import PracticeObjective
from gcmhub.reference.models import Objective

FACETS: dict[str, str] = {
    "kind": _("Kind of document"),
    "language": _("Language"),
    "year": _("Year"),
    "objective": _("Objective"),
}
KINDS = {
    "booklet": _("Booklet"),
    "report": _("Report"),
    "concept-note": _("Concept note"),
    "practice-note": _("Practice note"),
    "guidance": _("Guidance"),
    "dataset": _("Dataset"),
    "other": _("Other"),
}
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


@dataclass
class LibraryResult:
    total: int
    documents: list[Document]
    facets: list[FacetGroup]
    selected: dict[str, list[str]]


def selected_filters(params) -> dict[str, list[str]]:
    out = {}
    for name in FACETS:
        values = [v.strip()[:60] for v in params.getlist(name) if v.strip()]
        if values:
            out[name] = list(dict.fromkeys(values))[:20]
    return out


def browse_library(selected: Mapping[str, list[str]], *, offset=0, limit=20, toggle_url=None):
    rows = list(
        Document.objects.order_by("-date", "-id").values_list("id", "kind", "language", "date")
    )
    objective_pairs = (
        PracticeObjective.objects.filter(practice__document__isnull=False)
        .values_list("practice__document_id", "objective_id")
        .distinct()
    )
    index = FacetIndex(
        [r[0] for r in rows],
        {
            "kind": [(r[0], r[1]) for r in rows if r[1]],
            "language": [(r[0], r[2]) for r in rows if r[2]],
            "year": [(r[0], r[3][:4]) for r in rows if r[3][:4].isdigit()],
            "objective": [(d, str(o)) for d, o in objective_pairs],
        },
    )
    result = index.query(selected, offset=offset, limit=limit)
    published = Q(practices__status="published")
    by_id = Document.objects.annotate(practice_count=Count("practices", filter=published)).in_bulk(
        result.ids
    )
    labels = {
        "kind": KINDS,
        "language": LANGUAGES,
        "objective": {
            str(n): f"{n}. {t}" for n, t in Objective.objects.values_list("number", "title")
        },
    }
    groups = []
    for name, title in FACETS.items():
        chosen = selected.get(name, [])
        counts = result.counts.get(name, [])
        if name == "year":
            counts = sorted(counts, reverse=True)
        values = [
            FacetValue(
                v,
                str(labels.get(name, {}).get(v, v)),
                c,
                v in chosen,
                toggle_url(name, v) if toggle_url else "",
            )
            for v, c in counts
        ]
        values += [
            FacetValue(v, v, 0, True, toggle_url(name, v) if toggle_url else "")
            for v in chosen
            if v not in dict(counts)
        ]
        groups.append(FacetGroup(name, title, values, 0))
    documents = [by_id[i] for i in result.ids if i in by_id]
    return LibraryResult(result.total, documents, groups, dict(selected))


def document_objectives(document: Document) -> list[Objective]:
    """The objectives a document covers: those of the practices drawn from it."""
    numbers = (
        PracticeObjective.objects.filter(practice__document=document)
        .values_list("objective_id", flat=True)
        .distinct()
    )
    return list(Objective.objects.filter(number__in=list(numbers)))
