"""Loading the vocabularies of :mod:`gcmhub.reference.data` into their tables, idempotently."""

from __future__ import annotations

import pycountry
from django.db import transaction

from gcmhub.reference import data
from gcmhub.reference.models import SDG, ActorType, Country, Objective, Principle, Region


@transaction.atomic
def load_reference() -> dict[str, int]:
    """Create or update every reference row; returns how many rows each table holds."""
    for number, slug, title in data.OBJECTIVES:
        Objective.objects.update_or_create(number=number, defaults={"slug": slug, "title": title})
    for position, (slug, name, description) in enumerate(data.PRINCIPLES):
        Principle.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
    for position, (slug, name) in enumerate(data.ACTOR_TYPES):
        ActorType.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})
    for number, title in data.SDGS:
        SDG.objects.update_or_create(number=number, defaults={"title": title})
    _load_regions()
    _load_countries()
    return {
        "objectives": Objective.objects.count(),
        "principles": Principle.objects.count(),
        "actor_types": ActorType.objects.count(),
        "sdgs": SDG.objects.count(),
        "regions": Region.objects.count(),
        "countries": Country.objects.count(),
    }


def _load_regions() -> None:
    by_code: dict[str, Region] = {}
    for code, name, _parent in data.M49_AREAS:
        by_code[code], _ = Region.objects.update_or_create(
            name=name, defaults={"kind": Region.M49, "m49": code}
        )
    for code, _name, parent in data.M49_AREAS:
        region = by_code[code]
        wanted = by_code.get(parent) if parent else None
        if region.parent_id != (wanted.pk if wanted else None):
            region.parent = wanted
            region.save(update_fields=["parent"])
    for label, _description, _members in data.GROUPINGS:
        Region.objects.get_or_create(name=label, defaults={"kind": Region.GROUPING})


def _load_countries() -> None:
    areas = {r.m49: r for r in Region.objects.filter(kind=Region.M49)}
    existing = {c.code: c for c in Country.objects.all()}
    for entry in pycountry.countries:
        name = getattr(entry, "common_name", None) or entry.name
        area = areas.get(data.COUNTRY_M49.get(entry.alpha_2, ""))
        country = existing.get(entry.alpha_2)
        if country is None:
            Country.objects.create(code=entry.alpha_2, name=name, area=area)
        elif country.name != name or country.area_id != (area.pk if area else None):
            country.name, country.area = name, area
            country.save()
