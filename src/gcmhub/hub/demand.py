"""What the public sees of the hub: anonymised, aggregated demand, counted in SQL.

Only counts: by objective, by region, by kind of support and by status. A country appears by
name only when at least :data:`MIN_COUNT` requests come from it, so no single asker can be
singled out; smaller counts are folded into their region.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from gcmhub.hub.models import SupportRequest
from gcmhub.reference.models import Objective

MIN_COUNT = 3


@dataclass
class Demand:
    total: int
    objectives: list[tuple[Objective, int]]
    regions: list[tuple[str, int]]
    countries: list[tuple[str, str, int]]  # code, name, count
    support_kinds: list[tuple[str, int]]
    statuses: list[tuple[str, int]]

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "objectives": [
                {"objective": o.number, "title": o.title, "count": n} for o, n in self.objectives
            ],
            "regions": [{"region": r, "count": n} for r, n in self.regions],
            "countries": [
                {"country": c, "name": name, "count": n} for c, name, n in self.countries
            ],
            "support_kinds": [{"support_kind": k, "count": n} for k, n in self.support_kinds],
            "statuses": [{"status": s, "count": n} for s, n in self.statuses],
            "min_count": MIN_COUNT,
        }


def demand() -> Demand:
    requests = SupportRequest.objects.all()
    by_objective = (
        Objective.objects.annotate(n=Count("support_requests"))
        .filter(n__gt=0)
        .order_by("-n", "number")
    )
    by_country = (
        requests.exclude(country__isnull=True)
        .values("country", "country__name", "country__area__parent__name", "country__area__name")
        .annotate(n=Count("id"))
    )
    regions: Counter = Counter()
    countries = []
    for row in by_country:
        # The region is the M49 region above the intermediate area (e.g. Americas, Asia).
        region = row["country__area__parent__name"] or row["country__area__name"] or "—"
        regions[region] += row["n"]
        if row["n"] >= MIN_COUNT:
            countries.append((row["country"], row["country__name"], row["n"]))
    kinds: Counter = Counter()
    for listed in requests.values_list("support_kinds", flat=True):
        kinds.update(listed)
    statuses = requests.values_list("status").annotate(n=Count("id")).order_by("status")
    return Demand(
        total=requests.count(),
        objectives=[(o, o.n) for o in by_objective],
        regions=sorted(regions.items(), key=lambda p: (-p[1], p[0])),
        countries=sorted(countries, key=lambda c: (-c[2], c[1])),
        support_kinds=sorted(kinds.items(), key=lambda p: (-p[1], p[0])),
        statuses=list(statuses),
    )
