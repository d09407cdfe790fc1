"""``gcmhub hub load FILE.jsonl`` and ``gcmhub hub match REQUEST_ID``: the hub from the shell.

``load`` checks every line first and writes nothing if any is bad (each reported with its
number on stderr, exit 1). ``match`` prints the suggestions for a request, best first; with
``--json`` a list of ``{"kind", "id", "score", "reasons"}`` where ``id`` is the external id
where the file gave one.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gcmhub.hub import service
from gcmhub.hub.loading import load_lines
from gcmhub.hub.matching import FULL, KEYWORD_ONLY
from gcmhub.hub.vectors import sync_offers, sync_requests


class Command(BaseCommand):
    help = "The connection hub: load requests and offers from JSON Lines, match a request."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
        load = sub.add_parser("load", help="load organisations, offers, experts, requests")
        load.add_argument("file", type=Path, help="a JSON Lines file, one object per line")
        load.add_argument("--json", action="store_true", help="print the summary as JSON")
        match = sub.add_parser("match", help="suggestions for a request, best first")
        match.add_argument("request_id", help="the request's external id (or its number)")
        match.add_argument("--limit", type=int, default=10, help="suggestions (default 10)")
        match.add_argument("--json", action="store_true", help="print JSON")
        match.add_argument(
            "--kind",
            action="append",
            choices=service.KINDS,
            help="only suggestions of this kind (repeat for several); default all",
        )
        match.add_argument(
            "--baseline",
            action="store_true",
            help="rank offers by shared words only (the benchmark's baseline)",
        )

    def handle(self, *args, action: str, **options) -> None:
        if action == "load":
            self._load(options["file"], options["json"])
        else:
            self._match(options)

    def _load(self, path: Path, as_json: bool) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError as exc:
            raise CommandError(f"{path}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: cannot read it as UTF-8 text ({exc})") from exc
        result = load_lines(lines)
        for warning in result.warnings:
            self.stderr.write(f"{path}: {warning}")
        if not result.ok:
            for error in result.errors:
                self.stderr.write(f"{path}: {error}")
            raise CommandError(f"{path}: {len(result.errors)} bad line(s); nothing was loaded")
        sync_offers()
        sync_requests()
        if as_json:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
            return
        for label in ("organisation", "offer", "expert", "request"):
            counts = [result.created[label], result.updated[label], result.unchanged[label]]
            if any(counts):
                self.stdout.write(
                    f"{label}s: {counts[0]} created, {counts[1]} updated, {counts[2]} unchanged"
                )
        if result.inferred:
            self.stdout.write(f"objectives inferred from the text for {result.inferred} request(s)")

    def _match(self, options: dict) -> None:
        limit = options["limit"]
        if limit < 1 or limit > 1000:
            raise CommandError("--limit must be between 1 and 1000")
        request = service.find_request(options["request_id"])
        if request is None:
            raise CommandError(f"no request {options['request_id']!r}")
        kinds = tuple(options["kind"] or service.KINDS)
        weights = KEYWORD_ONLY if options["baseline"] else FULL
        suggestions = service.match(request, limit=limit, kinds=kinds, weights=weights)
        if options["json"]:
            self.stdout.write(json.dumps([s.as_dict() for s in suggestions], ensure_ascii=False))
            return
        if not suggestions:
            self.stdout.write("No suggestion for this request.")
        for rank, s in enumerate(suggestions, start=1):
            reasons = "; ".join(str(r) for r in s.reasons)
            self.stdout.write(f"{rank:>3}. {s.score:.3f}  {s.kind:<8} {s.id}  {reasons}")
