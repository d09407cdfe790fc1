"""Saving a practice queues its embedding, run once per transaction after the commit.

Deleting needs nothing here: the vector goes with the practice (cascade), and the version
bump of :mod:`gcmhub.practices.signals` drops it from every process's index.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models.signals import post_save

from gcmhub.practices.models import Practice


class EmbedSaved:
    """The on-commit callback of one transaction: embeds the practices it saved, if stale."""

    def __init__(self) -> None:
        self.ids: set[int] = set()

    def __call__(self) -> None:
        from gcmhub.search.vectors import sync_vectors

        sync_vectors(self.ids)


def _queue(sender, instance: Practice, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    # One callback per transaction however many practices it saves (an ingest saves hundreds);
    # a rolled-back transaction drops its queue with it.
    pending = next(
        (entry[1] for entry in connection.run_on_commit if isinstance(entry[1], EmbedSaved)),
        None,
    )
    if pending is None:
        pending = EmbedSaved()
        # robust: a failure to embed is logged and never undoes or fails the committed save.
        transaction.on_commit(pending, robust=True)
    pending.ids.add(instance.pk)


post_save.connect(_queue, sender=Practice, dispatch_uid="search-embed-on-save")
