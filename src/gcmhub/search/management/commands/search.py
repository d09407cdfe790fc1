"""``gcmhub search QUERY`` and ``gcmhub search --batch``: ranked published practices.

``--json`` prints ``[{"id", "title", "score"}, …]``; ``--batch`` reads JSON Lines ``{"id", "q"}``
on stdin and writes one ``{"id", "results": […]}`` line per query, with the model and the index
loaded once. A bad batch line is reported on stderr with its number; the others are answered.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from gcmhub.jsonlines import read_objects
from gcmhub.practices.browse import FACETS
from gcmhub.practices.models import Practice
from gcmhub.search.ranking import MODES
from gcmhub.search.service import search


class Command(BaseCommand):
    help = "Search published practices (keyword, semantic or hybrid ranking)."
    stealth_options = ("stdin",)

    def add_arguments(self, parser) -> None:
        parser.add_argument("query", nargs="?", default=None)
        parser.add_argument("--batch", action="store_true", help='JSON Lines {"id","q"} on stdin')
        parser.add_argument("--limit", type=int, default=10, help="results per query (default 10)")
        parser.add_argument("--mode", choices=MODES, default="hybrid")
        parser.add_argument("--json", action="store_true", help="print JSON")
        for name in FACETS:
            flag = "--" + name.replace("_", "-")
            parser.add_argument(
                flag,
                dest=f"filter_{name}",
                action="append",
                metavar="VALUE",
                help=f"only practices with this {name.replace('_', ' ')}",
            )

    def handle(self, *args, query, batch, limit, mode, json: bool, **options) -> None:
        if limit < 1 or limit > 1000:
            raise CommandError("--limit must be between 1 and 1000")
        selected = {name: values for name in FACETS if (values := options.get(f"filter_{name}"))}
        if batch:
            if query is not None:
                raise CommandError("give either a QUERY or --batch, not both")
            self._batch(options.get("stdin") or sys.stdin, limit, mode, selected)
            return
        if query is None:
            raise CommandError("give a QUERY, or --batch to read queries from stdin")
        results = _results(query, limit, mode, selected)
        if json:
            self.stdout.write(_dumps(results))
            return
        if not results:
            self.stdout.write("No practice matches.")
        for rank, r in enumerate(results, start=1):
            score = "" if r["score"] is None else f"{r['score']:.4f}  "
            self.stdout.write(f"{rank:>3}. {score}{r['id']}  {r['title']}")

    def _batch(self, stdin, limit: int, mode: str, selected: dict) -> None:
        bad = 0
        for number, row, error in read_objects(stdin, "q"):
            if error:
                self.stderr.write(f"line {number}: {error}")
                bad += 1
                continue
            results = _results(row["q"], limit, mode, selected)
            self.stdout.write(_dumps({"id": row.get("id"), "results": results}))
            self.stdout.flush()
        if bad:
            sys.exit(1)


def _results(query: str, limit: int, mode: str, selected: dict) -> list[dict]:
    result = search(query, mode=mode, selected=selected, limit=limit, load_practices=False)
    rows = dict(
        (pk, (uid, title))
        for pk, uid, title in Practice.objects.filter(id__in=result.ids).values_list(
            "id", "uid", "title"
        )
    )
    return [
        {
            "id": rows[h.id][0],
            "title": rows[h.id][1],
            "score": None if h.score is None else round(h.score, 6),
        }
        for h in result.hits
        if h.id in rows
    ]


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
