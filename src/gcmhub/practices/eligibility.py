"""The published criteria for a practice: those a machine checks at submission, those a
reviewer scores. Pure Python over the export shape plus the contribution fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Checked when a contributor submits: a practice that fails any stays a draft.
MACHINE_CRITERIA: dict[str, str] = {
    "objective": "relates to at least one GCM objective",
    "focal_point": "names a focal point of the implementer (name and e-mail)",
    "period": "gives the period of implementation (at least a start year)",
    "implemented": "is mostly or fully implemented",
}

# Scored 1-5 by a reviewer.
REVIEW_CRITERIA: dict[str, str] = {
    "principles": "upholds the GCM guiding principles",
    "relevance": "is applied and relevant",
    "innovation": "is innovative",
    "replicability": "is replicable",
    "evidence": "shows evidence of results",
    "partnership": "builds partnership (whole-of-society approach)",
}
SCORES = range(1, 6)


def unmet(record: Mapping[str, Any]) -> list[str]:
    """Slugs of the machine criteria ``record`` does not meet, in the order above."""
    checks = {
        "objective": bool(record.get("objectives")),
        "focal_point": bool(record.get("contact_name")) and bool(record.get("contact_email")),
        "period": record.get("start_year") is not None,
        "implemented": record.get("implementation") in {"mostly", "fully"},
    }
    return [slug for slug in MACHINE_CRITERIA if not checks[slug]]
