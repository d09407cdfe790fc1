"""Saving or deleting a practice queues its embedding, done once after the transaction commits."""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import post_save

from gcmhub.practices.models import Practice

_pending = threading.local()


def _queue(sender, instance: Practice, raw: bool = False, **kwargs) -> None:
    if raw or getattr(_pending, "queued", False):
        return
    _pending.queued = True

    def run() -> None:
        _pending.queued = False
        from gcmhub.search.vectors import sync_vectors

        sync_vectors()

    transaction.on_commit(run)


post_save.connect(_queue, sender=Practice, dispatch_uid="search-embed-on-save")
