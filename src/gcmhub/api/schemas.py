"""Typed shapes of the API: the export shape of a practice, lists, facets and errors."""

from __future__ import annotations

from ninja import Field, Schema


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


class PracticeIn(Schema):
    """A practice written through the API: the web form's fields, with vocabulary codes."""

    organisation: str = Field(description="slug of one of your organisations")
    title: str = Field(max_length=300)
    text: str = Field(max_length=20_000)
    objectives: list[int] = Field(default=[], description="objective numbers, main first")
    principles: list[str] = []
    countries: list[str] = Field(default=[], description="ISO 3166-1 alpha-2 codes")
    actors: list[str] = []
    start_year: int | None = None
    end_year: int | None = None
    scope: str = ""
    practice_type: str = ""
    implementation: str = Field("", description="planned, partly, mostly or fully")
    language: str = "en"
    evidence: str = Field("", max_length=20_000)
    contact_name: str = Field("", max_length=200, description="never shown publicly")
    contact_email: str = Field("", max_length=254, description="never shown publicly")
    call: str | None = Field(None, description="slug of the call it answers")
    submit: bool = Field(False, description="send to review (else it stays a draft)")


class PracticePatch(Schema):
    """Fields to change on a draft or returned practice; the others keep their values."""

    organisation: str | None = None
    title: str | None = Field(None, max_length=300)
    text: str | None = Field(None, max_length=20_000)
    objectives: list[int] | None = None
    principles: list[str] | None = None
    countries: list[str] | None = None
    actors: list[str] | None = None
    start_year: int | None = None
    end_year: int | None = None
    scope: str | None = None
    practice_type: str | None = None
    implementation: str | None = None
    language: str | None = None
    evidence: str | None = Field(None, max_length=20_000)
    contact_name: str | None = Field(None, max_length=200)
    contact_email: str | None = Field(None, max_length=254)
    call: str | None = None
    submit: bool = False


class WrittenOut(Schema):
    id: str
    status: str
    unmet: list[str] = Field(default=[], description="criteria that kept it from submission")
    practice: PracticeOut
