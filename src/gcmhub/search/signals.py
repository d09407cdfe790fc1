"""Saving a practice queues the embedding of stale practices, run once after the commit.

Deleting needs nothing here: the vector goes with the practice (cascade), and the version
bump of :mod:`gcmhub.practices.signals` drops it from every process's index.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models.signals import post_save

from gcmhub.practices.models import Practice


def _embed_stale() -> None:
    from gcmhub.search.vectors import sync_vectors

    sync_vectors()


def _queue(sender, instance: Practice, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    # One run per transaction however many practices it saves (an ingest saves hundreds);
    # a rolled-back transaction drops its queue with it.
    if any(entry[1] is _embed_stale for entry in connection.run_on_commit):
        return
    # robust: a failure to embed is logged and never undoes or fails the committed save.
    transaction.on_commit(_embed_stale, robust=True)


post_save.connect(_queue, sender=Practice, dispatch_uid="search-embed-on-save")
