"""The data version that tells each process when its in-memory browse index is stale.

A random token rather than a counter: a rolled-back transaction returns a counter to an
earlier value that an index built inside that transaction could match again; a token cannot.
"""

from __future__ import annotations

import secrets

from gcmhub.practices.models import IndexVersion

NAME = "practices"


def bump_version(name: str = NAME) -> None:
    """A new token for the practices' data (or another index's, by ``name``)."""
    token = secrets.randbits(62)
    if not IndexVersion.objects.filter(name=name).update(version=token):
        IndexVersion.objects.update_or_create(name=name, defaults={"version": token})


def current_version(name: str = NAME) -> int:
    row = IndexVersion.objects.filter(name=name).values_list("version", flat=True).first()
    return row or 0
