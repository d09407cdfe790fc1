"""Any change to offers bumps the hub's data version, so each process rebuilds its index."""

from __future__ import annotations

import secrets

from django.db.models.signals import m2m_changed, post_delete, post_save

from gcmhub.hub.models import Offer
from gcmhub.practices.models import IndexVersion

NAME = "hub"


def bump_version(**kwargs) -> None:
    token = secrets.randbits(62)
    if not IndexVersion.objects.filter(name=NAME).update(version=token):
        IndexVersion.objects.update_or_create(name=NAME, defaults={"version": token})


def current_version() -> int:
    row = IndexVersion.objects.filter(name=NAME).values_list("version", flat=True).first()
    return row or 0


post_save.connect(bump_version, sender=Offer, dispatch_uid="hub-offer-saved")
post_delete.connect(bump_version, sender=Offer, dispatch_uid="hub-offer-deleted")
m2m_changed.connect(bump_version, sender=Offer.objectives.through, dispatch_uid="hub-offer-objs")
m2m_changed.connect(
    bump_version, sender=Offer.practices.through, dispatch_uid="hub-offer-practices"
)
