"""Browsing published practices: filters, facet counts and paging, shared by pages and the API.

The index lives in this process's memory and is rebuilt when the data version moves
(:mod:`gcmhub.practices.versioning`); one cheap query per request tells whether it did.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from gcmhub.practices.facet_index import FacetIndex
from gcmhub.practices.models import Practice, PracticeObjective
from gcmhub.practices.versioning import current_version
from gcmhub.reference import data
from gcmhub.reference.models import ActorType, Country, Objective, Principle, Region

# Query-string name -> heading; the order is the order of the facet panels.
FACETS: dict[str, str] = {
    "objective": _("Objective"),
    "country": _("Country"),
    "region": _("Region"),
    "actor": _("Actor"),
    "principle": _("Guiding principle"),
    "sdg_target": _("SDG target"),
    "scope": _("Scope"),
    "practice_type": _("Type of practice"),
    "period": _("Period"),
    "language": _("Language"),
}
ONGOING = "ongoing"
MAX_VALUES_PER_FACET = 20


@dataclass
class Snapshot:
    version: int
    index: FacetIndex
    labels: dict[str, dict[str, str]]


_lock = threading.Lock()
_snapshot: Snapshot | None = None


def snapshot() -> Snapshot:
    """The index for the current data version, rebuilt if another write moved it."""
    global _snapshot
    version = current_version()
    if _snapshot is None or _snapshot.version != version:
        with _lock:
            if _snapshot is None or _snapshot.version != version:
                _snapshot = Snapshot(version, build_index(), facet_labels())
    return _snapshot


def build_index() -> FacetIndex:
    rows = list(
        Practice.objects.published()
        .order_by("-updated_at", "-id")
        .values_list("id", "start_year", "end_year", "scope", "practice_type", "language")
    )
    objectives = PracticeObjective.objects.values_list("practice_id", "objective_id")
    pairs: dict[str, Iterable[tuple[int, str]]] = {
        "objective": ((p, str(o)) for p, o in objectives),
        "country": _through_pairs("countries", "country_id"),
        "region": _region_pairs(),
        "actor": _through_pairs("actors", "actortype_id"),
        "principle": _through_pairs("principles", "principle_id"),
        "sdg_target": _through_pairs("sdg_targets", "sdgtarget_id"),
        "scope": [(r[0], r[3]) for r in rows if r[3]],
        "practice_type": [(r[0], r[4]) for r in rows if r[4]],
        "period": [(r[0], p) for r in rows for p in period_values(r[1], r[2])],
        "language": [(r[0], r[5]) for r in rows if r[5]],
    }
    return FacetIndex([r[0] for r in rows], pairs)


def _through_pairs(relation: str, column: str) -> Iterable[tuple[int, str]]:
    """(practice id, tag id) of every row of a tag relation; the index drops unpublished ids."""
    return getattr(Practice, relation).through.objects.values_list("practice_id", column)


def _region_pairs() -> Iterable[tuple[int, str]]:
    names = dict(Region.objects.values_list("id", "name"))
    pairs = Practice.regions.through.objects.values_list("practice_id", "region_id")
    return ((p, names[r]) for p, r in pairs)


def period_values(start: int | None, end: int | None, today: int | None = None) -> list[str]:
    """The decades a practice was active in ("2010s"), plus "ongoing" when it has no end."""
    if start is None:
        return []
    today = today or datetime.date.today().year
    last = end if end is not None else today
    decades = [f"{d}s" for d in range(start // 10 * 10, max(start, last) // 10 * 10 + 1, 10)]
    return decades + ([ONGOING] if end is None else [])


def facet_labels() -> dict[str, dict[str, str]]:
    """Human labels of facet values (English; templates translate the vocabulary labels)."""
    languages = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
    return {
        "objective": {
            str(n): f"{n}. {t}" for n, t in Objective.objects.values_list("number", "title")
        },
        "country": dict(Country.objects.values_list("code", "name")),
        "actor": dict(ActorType.objects.values_list("slug", "name")),
        "principle": dict(Principle.objects.values_list("slug", "name")),
        "scope": dict(data.SCOPES),
        "practice_type": dict(data.PRACTICE_TYPES),
        "period": {ONGOING: str(_("Ongoing"))},
        "language": languages,
    }


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str


@dataclass(frozen=True)
class FacetGroup:
    name: str
    title: str
    values: list[FacetValue]
    more: int  # values left out beyond MAX_VALUES_PER_FACET


@dataclass
class BrowseResult:
    total: int
    ids: list[int]
    practices: list[Practice]
    facets: list[FacetGroup]
    selected: dict[str, list[str]]
    offset: int
    limit: int


def selected_filters(params: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """The facet filters in a query string; unknown names dropped, values trimmed and capped.

    ``params`` is a QueryDict (``getlist`` gives every value) or a plain mapping of lists.
    """
    out: dict[str, list[str]] = {}
    getlist = getattr(params, "getlist", None)
    for name in FACETS:
        raw = getlist(name) if getlist else params.get(name, [])
        values = [v.strip()[:120] for v in raw if isinstance(v, str) and v.strip()]
        if values:
            out[name] = list(dict.fromkeys(values))[:50]
    return out


def browse(
    selected: Mapping[str, list[str]],
    *,
    offset: int = 0,
    limit: int = 20,
    toggle_url=None,
    within: Iterable[int] | None = None,
    load_practices: bool = True,
) -> BrowseResult:
    """One page of published practices matching ``selected``, with every facet's counts.

    ``toggle_url(facet, value)`` builds the link that adds or removes one value; the API
    passes none and gets empty links, and ``load_practices=False`` to serialise ``ids`` itself.
    """
    snap = snapshot()
    result = snap.index.query(selected, offset=offset, limit=limit, within=within)
    practices = []
    if load_practices:
        by_id = Practice.objects.with_tags().in_bulk(result.ids)
        practices = [by_id[i] for i in result.ids if i in by_id]
    groups = [
        _group(name, result.counts.get(name, []), selected.get(name, []), snap.labels, toggle_url)
        for name in FACETS
    ]
    return BrowseResult(
        result.total, list(result.ids), practices, groups, dict(selected), offset, limit
    )


def _group(name, counts, chosen, labels, toggle_url) -> FacetGroup:
    if name == "period":
        counts = sorted(counts, key=lambda vc: "9999" if vc[0] == ONGOING else vc[0], reverse=True)
    shown = counts[:MAX_VALUES_PER_FACET]
    shown_values = {v for v, _c in shown}
    # A selected value always shows, even with no practice left, so it can be removed.
    shown += [(v, 0) for v in chosen if v not in shown_values and v not in dict(counts)]
    shown += [(v, c) for v, c in counts[MAX_VALUES_PER_FACET:] if v in chosen]
    names = labels.get(name, {})
    values = [
        FacetValue(
            value=v,
            label=names.get(v, v),
            count=c,
            selected=v in chosen,
            toggle_url=toggle_url(name, v) if toggle_url else "",
        )
        for v, c in shown
    ]
    return FacetGroup(name, str(FACETS[name]), values, max(0, len(counts) - MAX_VALUES_PER_FACET))


def objective_counts() -> dict[int, int]:
    """Published practices per objective (any rank), for the home page."""
    counts = snapshot().index.columns["objective"]
    return {int(v): int(counts.totals[i]) for i, v in enumerate(counts.values)}
