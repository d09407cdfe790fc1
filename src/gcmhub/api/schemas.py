"""Typed shapes of the API: the export shape of a practice, lists, facets and errors."""

from __future__ import annotations

from ninja import Schema


class Source(Schema):
    document: str
    locator: str
    citations: list[str | dict[str, str]]


class PracticeOut(Schema):
    id: str
    title: str
    text: str
    objectives: list[int]
    principles: list[str]
    countries: list[str]
    regions: list[str]
    actors: list[str]
    sdg_targets: list[str]
    start_year: int | None
    end_year: int | None
    scope: str | None
    practice_type: str | None
    language: str
    status: str
    source: Source


class FacetValueOut(Schema):
    value: str
    label: str
    count: int
    selected: bool


class PracticePage(Schema):
    count: int
    offset: int
    limit: int
    items: list[PracticeOut]
    facets: dict[str, list[FacetValueOut]]


class SearchHitOut(Schema):
    id: str
    title: str
    score: float | None
    snippet: str  # HTML-escaped text; the query's words wrapped in <mark>
    practice: PracticeOut


class SearchPage(Schema):
    query: str
    mode: str
    count: int
    offset: int
    limit: int
    items: list[SearchHitOut]
    facets: dict[str, list[FacetValueOut]]


class ActionOut(Schema):
    letter: str
    text: str


class ObjectiveOut(Schema):
    objective: int
    title: str
    actions: list[ActionOut]
    sdg_targets: list[str]
    practice_count: int


class PrincipleOut(Schema):
    slug: str
    name: str
    description: str


class ActorTypeOut(Schema):
    slug: str
    name: str


class ErrorOut(Schema):
    """The one error envelope of the API, whatever went wrong."""

    ok: bool = False
    status: int
    error: str
    errors: list[dict] = []


class DocumentOut(Schema):
    id: int
    name: str
    title: str
    kind: str
    date: str
    language: str
    publisher: str
    content_hash: str
    practice_count: int
    objectives: list[int]
    original_url: str | None


class DocumentPage(Schema):
    count: int
    offset: int
    limit: int
    items: list[DocumentOut]
    facets: dict[str, list[FacetValueOut]]
