"""``gcmhub ingest PATH...``: files or folders in; a summary out (JSON with ``--json``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import Progress

from gcmhub.practices.ingesting import FileOutcome, expand_paths, ingest_file

PROGRESS_FROM = 5  # files; below this a bar is more noise than help


class Command(BaseCommand):
    help = "Ingest practice files (.jsonl, .csv) and documents (.md .txt .pdf .docx .html)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--json", action="store_true", help="print the summary as JSON")

    def handle(self, *args, paths: list[Path], json: bool, **options) -> None:
        files = list(expand_paths(paths))
        if not files:
            raise CommandError("no files found in " + ", ".join(str(p) for p in paths))
        err = Console(stderr=True)
        outcomes = _run(files, show_progress=len(files) >= PROGRESS_FROM and err.is_terminal)
        totals = _totals(outcomes)
        if json:
            self.stdout.write(_json({**totals, "files": [o.as_dict() for o in outcomes]}))
        else:
            self.stdout.write(_text(totals))
        for outcome in outcomes:
            for warning in outcome.warnings:
                err.print(f"warning: {Path(outcome.file).name}: {warning}", markup=False)
            if not outcome.ok:
                err.print(f"error: {outcome.error}", markup=False, style="red")
        if totals["failed"]:
            sys.exit(1)


def _run(files: list[Path], show_progress: bool) -> list[FileOutcome]:
    if not show_progress:
        return [ingest_file(f) for f in files]
    outcomes = []
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Ingesting", total=len(files))
        for f in files:
            progress.update(task, description=f"Ingesting {f.name}")
            outcomes.append(ingest_file(f))
            progress.advance(task)
    return outcomes


def _totals(outcomes: list[FileOutcome]) -> dict:
    ok = [o for o in outcomes if o.ok]
    return {
        "documents": len(ok),
        "failed": len(outcomes) - len(ok),
        "created": sum(o.summary.created for o in ok),
        "updated": sum(o.summary.updated for o in ok),
        "unchanged": sum(o.summary.unchanged for o in ok),
        "removed": sum(o.summary.removed for o in ok),
        "objectives": sum(o.objectives for o in ok),
        "actions": sum(o.actions for o in ok),
        "warnings": sum(len(o.warnings) for o in outcomes),
    }


def _json(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _text(totals: dict) -> str:
    return (
        f"{totals['documents']} documents read, {totals['failed']} refused; practices: "
        f"{totals['created']} created, {totals['updated']} updated, "
        f"{totals['unchanged']} unchanged, {totals['removed']} removed; "
        f"{totals['objectives']} objectives and {totals['actions']} actions found; "
        f"{totals['warnings']} warnings."
    )
