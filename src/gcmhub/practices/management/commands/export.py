"""``gcmhub export practices|objectives``: published practices or the objectives, as files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gcmhub.practices.export import iter_practices, to_csv, to_jsonl
from gcmhub.practices.models import Practice
from gcmhub.reference.export import iter_objectives


class Command(BaseCommand):
    help = "Export every published practice, or the objectives with actions and SDG targets."

    def add_arguments(self, parser) -> None:
        parser.add_argument("what", choices=["practices", "objectives"])
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--out", help="file to write (default: standard output)")

    def handle(self, *args, what: str, format: str, out: str | None, **options) -> None:
        if what == "objectives":
            if format != "jsonl":
                raise CommandError("objectives are exported as jsonl only")
            lines = to_jsonl(iter_objectives())
        else:
            rows = iter_practices(Practice.objects.published())
            lines = to_jsonl(rows) if format == "jsonl" else to_csv(rows)
        if out:
            _write_atomically(Path(out), lines)
        else:
            for line in lines:
                self.stdout.write(line, ending="")


def _write_atomically(path: Path, lines: Iterable[str]) -> None:
    """Write beside the target and rename, so a failed export leaves no half file behind."""
    path = path.resolve()
    if not path.parent.is_dir():
        raise CommandError(f"{path.parent} is not a folder")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
