"""``gcmhub classify [--top K]``: JSON Lines ``{"id", "text"}`` in, tags per line out.

The classifier uses the objectives' associated actions and a sample of the repository's
published practices (per objective) when the database has them; a bad input line is reported
on stderr with its number and the others are still answered.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from gcmhub.jsonlines import read_objects
from gcmhub.practices.models import PracticeObjective
from gcmhub.reference.models import Action
from gcmhub.tagging import tag_text
from gcmhub.tagging.objectives import ObjectiveClassifier

EXAMPLES_PER_OBJECTIVE = 20


class Command(BaseCommand):
    help = "Tag texts read as JSON Lines on stdin: objectives (ranked), countries, actors."
    stealth_options = ("stdin",)

    def add_arguments(self, parser) -> None:
        parser.add_argument("--top", type=int, default=3, help="objectives per text (default 3)")

    def handle(self, *args, top: int, **options) -> None:
        stdin = options.get("stdin") or sys.stdin
        inputs, bad = [], 0
        for number, row, error in read_objects(stdin, "text"):
            if error:
                self.stderr.write(f"line {number}: {error}")
                bad += 1
                continue
            inputs.append(row)
        classifier = ObjectiveClassifier(extra=_actions(), examples=_examples())
        ranked = classifier.classify([row["text"] for row in inputs], top_k=max(1, top))
        for row, objectives in zip(inputs, ranked, strict=True):
            tags = tag_text(row["text"])
            self.stdout.write(
                json.dumps(
                    {
                        "id": row.get("id"),
                        "objectives": [{"objective": n, "score": s} for n, s in objectives],
                        "countries": tags.countries,
                        "actors": tags.actors,
                        "principles": tags.principles,
                    },
                    ensure_ascii=False,
                )
            )
        if bad:
            sys.exit(1)


def _actions() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for number, text in Action.objects.values_list("objective_id", "text"):
        out.setdefault(number, []).append(text)
    return out


def _examples() -> dict[int, list[str]]:
    """Published practices by primary objective (rank 0), the most recent first, capped."""
    out: dict[int, list[str]] = {}
    for number in range(1, 24):
        texts = list(
            PracticeObjective.objects.filter(
                objective_id=number, rank=0, practice__status="published"
            )
            .order_by("-practice__updated_at")
            .values_list("practice__text", flat=True)[:EXAMPLES_PER_OBJECTIVE]
        )
        if texts:
            out[number] = texts
    return out
