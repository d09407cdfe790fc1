"""Objectives in the export shape of DESIGN.md: number, title, actions, SDG targets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gcmhub.reference.models import Objective


def objective_dict(objective: Objective) -> dict[str, Any]:
    return {
        "objective": objective.number,
        "title": objective.title,
        "actions": [{"letter": a.letter, "text": a.text} for a in objective.actions.all()],
        "sdg_targets": [t.code for t in objective.sdg_targets.all()],
    }


def iter_objectives() -> Iterator[dict[str, Any]]:
    queryset = Objective.objects.prefetch_related("actions", "sdg_targets")
    yield from (objective_dict(o) for o in queryset)
