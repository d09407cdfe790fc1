"""Suggestions made ready for a page: a label, a link and reasons in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext

from gcmhub.hub import geography
from gcmhub.hub.matching import Reason, Suggestion
from gcmhub.hub.models import Offer
from gcmhub.practices.models import Practice


@dataclass
class Shown:
    kind: str
    id: str
    score: float
    reasons: list[str]
    label: str
    url: str
    pk: int | None = None  # the offer's row, for introducing it


def translated(r: Reason) -> str:
    return gettext(r.template) % dict(r.params)


def present(suggestions: list[Suggestion]) -> list[Shown]:
    offer_keys = [s.id for s in suggestions if s.kind in ("offer", "expert")]
    offers = {o.public_id: o for o in _offers(offer_keys)}
    practice_ids = [s.id for s in suggestions if s.kind == "practice"]
    titles = dict(Practice.objects.filter(uid__in=practice_ids).values_list("uid", "title"))
    out = []
    for s in suggestions:
        reasons = [translated(r) for r in s.reasons]
        if s.kind in ("offer", "expert"):
            offer = offers.get(s.id)
            if offer is None:
                continue
            label = f"{offer.title} ({offer.provider_name})" if offer.provider_name else offer.title
            out.append(
                Shown(s.kind, s.id, s.score, reasons, label, offer.get_absolute_url(), offer.pk)
            )
        elif s.kind == "practice":
            out.append(
                Shown(
                    s.kind,
                    s.id,
                    s.score,
                    reasons,
                    titles.get(s.id, s.id),
                    reverse("practice", args=[s.id]),
                )
            )
        else:
            url = reverse("practice-list") + f"?country={s.id}"
            out.append(Shown(s.kind, s.id, s.score, reasons, geography.country_name(s.id), url))
    return out


def _offers(keys: list[str]):
    numbers = [int(k) for k in keys if k.isdigit()]
    found = list(Offer.objects.filter(external_id__in=keys).select_related("organisation"))
    found += list(
        Offer.objects.filter(pk__in=numbers, external_id__isnull=True).select_related(
            "organisation"
        )
    )
    return found
