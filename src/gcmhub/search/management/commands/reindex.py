"""``gcmhub reindex``: bring every stored vector up to date and rebuild the in-memory index.

Embeds practices whose vector is missing, was computed from another text, or by another model
(so changing the model re-embeds everything); ``--all`` drops every vector first.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from rich.console import Console
from rich.progress import Progress

from gcmhub.practices.versioning import bump_version
from gcmhub.search.models import PracticeVector
from gcmhub.search.service import search_index
from gcmhub.search.vectors import sync_vectors


class Command(BaseCommand):
    help = "Re-embed stale practices and rebuild the search index."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--all", action="store_true", help="re-embed every practice")

    def handle(self, *args, all: bool, **options) -> None:
        started = time.perf_counter()
        if all:
            PracticeVector.objects.all().delete()
            bump_version()
        err = Console(stderr=True)
        if err.is_terminal:
            with Progress(console=err, transient=True) as progress:
                task = progress.add_task("Embedding practices", total=None)

                def tick(done: int, total: int) -> None:
                    progress.update(task, completed=done, total=total)

                embedded = sync_vectors(progress=tick)
        else:
            embedded = sync_vectors()
        index = search_index()
        self.stdout.write(
            f"Search index ready: {len(index.source.index)} published practices, "
            f"{int(index.has_vector.sum())} with vectors; {embedded} embedded in "
            f"{time.perf_counter() - started:.1f} s."
        )
