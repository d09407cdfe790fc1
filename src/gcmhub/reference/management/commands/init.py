"""``gcmhub init``: create or migrate the database and load the reference data; idempotent.

It is also the step after an upgrade: practices whose stored vector is missing or comes from
another embedding model are re-embedded here, so search never runs on a stale model.
"""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand

from gcmhub.practices.versioning import bump_version
from gcmhub.reference.loading import load_reference
from gcmhub.search.embedding import model_name
from gcmhub.search.vectors import sync_vectors


class Command(BaseCommand):
    help = "Create or migrate the database and load the GCM reference data (idempotent)."

    def handle(self, *args, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        counts = load_reference()
        bump_version()
        summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
        self.stdout.write(f"Database ready: {summary}.")
        embedded = sync_vectors()
        if embedded:
            self.stdout.write(f"Search: {embedded} practices embedded with {model_name()}.")
