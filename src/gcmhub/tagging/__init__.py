"""Tagging from text alone: countries, regions, actors, principles, SDG targets, years.

Pure Python with no Django: ingestion, the ``classify`` command and (later) web submissions
call :func:`tag_text` alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    return Tags(
        countries=find_countries(text),
        regions=find_regions(text),
        actors=find_actors(text),
        principles=find_principles(text),
        sdg_targets=find_sdg_targets(text),
        start_year=start,
        end_year=end,
    )
