"""Tagging from text alone: countries, regions, actors, principles, SDG targets, years.

Pure Python with no Django: ingestion, the ``classify`` command and (later) web submissions
call :func:`tag_text` alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Wording that makes a named country the actor: a State passes laws, grants permits, etc.
_STATE_ACTION = re.compile(
    r"\b(?:law|laws|legislation|legal mechanism|act|decree|regulari[sz]\w*|permits?|visas?|"
    r"residence status|national (?:strategy|plan|policy|system|programme|program)|"
    r"reservation|ratif\w*|agreements?|memorandum|social protection system|"
    r"created|announced|lifted|extended|introduced|confirmed|emptied)\b",
    re.I,
)


@dataclass
class Tags:
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    principles: list[str] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)
    start_year: int | None = None
    end_year: int | None = None


def tag_text(text: str) -> Tags:
    from gcmhub.tagging.countries import find_countries
    from gcmhub.tagging.cues import (
        find_actors,
        find_period,
        find_principles,
        find_regions,
        find_sdg_targets,
    )

    start, end = find_period(text)
    countries = find_countries(text)
    actors = find_actors(text)
    if countries and "national-government" not in actors and _STATE_ACTION.search(text):
        actors.append("national-government")  # "Colombia created a permit": the State acted
    return Tags(
        countries=countries,
        regions=find_regions(text),
        actors=actors,
        principles=find_principles(text),
        sdg_targets=find_sdg_targets(text),
        start_year=start,
        end_year=end,
    )
