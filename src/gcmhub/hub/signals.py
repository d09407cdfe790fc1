"""Any change to offers bumps the hub's data version, so each process rebuilds its index."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from gcmhub.hub.models import Offer
from gcmhub.practices import versioning

NAME = "hub"


def bump_version(**kwargs) -> None:
    versioning.bump_version(NAME)


def current_version() -> int:
    return versioning.current_version(NAME)


post_save.connect(bump_version, sender=Offer, dispatch_uid="hub-offer-saved")
post_delete.connect(bump_version, sender=Offer, dispatch_uid="hub-offer-deleted")
m2m_changed.connect(bump_version, sender=Offer.objectives.through, dispatch_uid="hub-offer-objs")
m2m_changed.connect(
    bump_version, sender=Offer.practices.through, dispatch_uid="hub-offer-practices"
)
