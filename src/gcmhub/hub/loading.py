"""``gcmhub hub load``: organisations, offers, experts and requests from a JSON Lines file.

All or nothing: every line is checked first (:mod:`gcmhub.hub.records`), references to
organisations are resolved against the file and the database, and only a file without errors
is written, in one transaction. Ids in the file become external ids, so loading the same file
again updates in place and reports the rest unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from gcmhub.accounts.models import Organisation
from gcmhub.hub import records
from gcmhub.hub.models import HubEvent, Offer, SupportRequest
from gcmhub.hub.signals import bump_version
from gcmhub.tagging.objectives import default_classifier

TITLE_CHARS = 90
SECOND_OBJECTIVE = 0.5  # an inferred second objective must be at least half as likely


@dataclass
class LoadResult:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    inferred: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "created": dict(self.created),
            "updated": dict(self.updated),
            "unchanged": dict(self.unchanged),
            "objectives_inferred": self.inferred,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def title_of(text: str) -> str:
    """A title from the first sentence of a text, cut at a word."""
    first = text.strip().split("\n", 1)[0]
    for stop in (". ", "? ", "! "):
        first = first.split(stop, 1)[0]
    if len(first) <= TITLE_CHARS:
        return first.rstrip(".")
    return first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def infer_objectives(texts: list[str]) -> list[list[int]]:
    """The objective each text is most likely about, and a close second."""
    out = []
    for ranked in default_classifier().classify(texts, top_k=2):
        (first, p1), *rest = ranked
        numbers = [first] + [n for n, p in rest if p >= SECOND_OBJECTIVE * p1]
        out.append(numbers)
    return out


def load_lines(lines: Iterable[str]) -> LoadResult:
    parsed = records.parse(lines)
    result = LoadResult(warnings=parsed.warnings)
    result.errors = parsed.errors + _reference_errors(parsed)
    if result.errors:
        return result
    with transaction.atomic():
        orgs = _organisations(parsed, result)
        _offers(parsed, orgs, result)
        _requests(parsed, orgs, result)
        bump_version()
    return result


def _reference_errors(parsed: records.Parsed) -> list[str]:
    errors = []
    in_file = {item.id for _n, item in parsed.organisations}
    by_name = {
        name: ext
        for name, ext in Organisation.objects.filter(
            name__in=[item.name for _n, item in parsed.organisations]
        ).values_list("name", "external_id")
    }
    for number, item in parsed.organisations:
        if item.name in by_name and by_name[item.name] not in (None, item.id):
            errors.append(
                f"line {number}: the name {item.name!r} belongs to organisation "
                f"{by_name[item.name]!r}"
            )
    wanted = {
        (n, item.organisation)
        for n, item in [*parsed.offers, *parsed.requests]
        if item.organisation and item.organisation not in in_file
    }
    known = set(
        Organisation.objects.filter(external_id__in={o for _n, o in wanted}).values_list(
            "external_id", flat=True
        )
    )
    for number, org in sorted(wanted):
        if org not in known:
            errors.append(f"line {number}: no organisation {org!r} in this file or the hub")
    return errors


def _organisations(parsed: records.Parsed, result: LoadResult) -> dict[str, Organisation]:
    ids = {item.id for _n, item in parsed.organisations}
    for _n, item in [*parsed.offers, *parsed.requests]:
        if item.organisation:
            ids.add(item.organisation)
    orgs = {o.external_id: o for o in Organisation.objects.filter(external_id__in=ids)}
    for _number, item in parsed.organisations:
        org = orgs.get(item.id) or Organisation.objects.filter(name=item.name).first()
        values = {
            "name": item.name,
            "actor_type_id": item.actor_type,
            "country_id": item.country,
            "external_id": item.id,
        }
        if org is None:
            org = Organisation.objects.create(slug=_slug(item.name), **values)
            result.created["organisation"] += 1
        elif _differs(org, values):
            for name, value in values.items():
                setattr(org, name, value)
            org.save()
            result.updated["organisation"] += 1
        else:
            result.unchanged["organisation"] += 1
        orgs[item.id] = org
    return orgs


def _slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, n = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _differs(row, values: dict) -> bool:
    return any(getattr(row, name) != value for name, value in values.items())


def _offers(parsed: records.Parsed, orgs: dict[str, Organisation], result: LoadResult) -> None:
    existing = Offer.objects.filter(external_id__in=[i.id for _n, i in parsed.offers])
    by_id = {o.external_id: o for o in existing.prefetch_related("objectives")}
    missing = [i for _n, i in parsed.offers if not i.objectives]
    guesses = dict(
        zip((i.id for i in missing), infer_objectives([i.text for i in missing]), strict=True)
    )
    for _number, item in parsed.offers:
        org = orgs.get(item.organisation) if item.organisation else None
        values = {
            "kind": item.type,
            "organisation_id": org.pk if org else None,
            "person_name": item.person_name,
            "title": item.title or title_of(item.text),
            "text": item.text,
            "languages": item.languages,
            "regions": item.regions,
            "support_kinds": item.support_kinds,
            "lived_experience": item.lived_experience,
            "lived_experience_consent": item.lived_experience_consent,
            "availability": item.availability,
            "available": item.available,
            "contact_name": item.contact_name,
            "contact_email": item.contact_email,
        }
        objectives = item.objectives or guesses[item.id]
        _save(Offer, by_id.get(item.id), item.id, values, objectives, item.type, result)


def _requests(parsed: records.Parsed, orgs: dict[str, Organisation], result: LoadResult) -> None:
    existing = SupportRequest.objects.filter(external_id__in=[i.id for _n, i in parsed.requests])
    by_id = {r.external_id: r for r in existing.prefetch_related("objectives")}
    missing = [i for _n, i in parsed.requests if not i.objectives]
    guesses = dict(
        zip((i.id for i in missing), infer_objectives([i.text for i in missing]), strict=True)
    )
    for _number, item in parsed.requests:
        values = {
            "organisation_id": orgs[item.organisation].pk,
            "title": item.title or title_of(item.text),
            "text": item.text,
            "country_id": item.country,
            "languages": item.languages,
            "support_kinds": item.support_kinds,
            "deadline": item.deadline,
            "contact_name": item.contact_name,
            "contact_email": item.contact_email,
            "objectives_inferred": not item.objectives,
        }
        objectives = item.objectives or guesses[item.id]
        result.inferred += not item.objectives
        _save(SupportRequest, by_id.get(item.id), item.id, values, objectives, "request", result)


def _save(model, row, external_id: str, values: dict, objectives: list[int], label: str, result):
    if row is None:
        row = model.objects.create(external_id=external_id, **values)
        row.objectives.set(objectives)
        result.created[label] += 1
        _event(row, "loaded", {"external_id": external_id})
        return
    same_objectives = sorted(o.pk for o in row.objectives.all()) == sorted(objectives)
    if not _differs(row, values) and same_objectives:
        result.unchanged[label] += 1
        return
    for name, value in values.items():
        setattr(row, name, value)
    row.save()
    row.objectives.set(objectives)
    result.updated[label] += 1
    _event(row, "reloaded", {"external_id": external_id})


def _event(row, action: str, detail: dict) -> None:
    if isinstance(row, Offer):
        HubEvent.objects.create(offer=row, action=action, detail=detail)
    else:
        HubEvent.objects.create(request=row, action=action, detail=detail)
