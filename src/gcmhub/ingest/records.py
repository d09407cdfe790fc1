"""Plain records that the ingestion pipeline produces and the database layer stores.

They carry no Django: readers, structure recognisers and taggers build them, tests compare
them, and ``practices``/``documents`` turn them into rows. Every list field is ordered; for
``objectives`` the first entry is the primary objective.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """A whole input (file or row set) is refused; ``where`` says which file, row or line."""

    def __init__(self, where: str, message: str, problems: list[str] | None = None) -> None:
        self.where = where
        self.message = message
        self.problems = problems or []
        super().__init__(f"{where}: {message}")

    def report(self) -> str:
        """The message and every problem, one per line, for a person to read."""
        lines = [f"{self.where}: {self.message}"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


@dataclass
class Citation:
    """A source a practice relies on: a resolved footnote, a URL, or a bibliographic title."""

    text: str
    url: str | None = None
    marker: str | None = None  # the footnote number in the source, when there was one


@dataclass
class PracticeRecord:
    """One practice as read from a document or a structured file (the export shape)."""

    text: str
    title: str = ""
    external_id: str | None = None
    objectives: list[int] = field(default_factory=list)
    principles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2
    regions: list[str] = field(default_factory=list)  # M49 names or named groupings
    actors: list[str] = field(default_factory=list)  # actor-type slugs
    sdg_targets: list[str] = field(default_factory=list)  # "10.7"
    start_year: int | None = None
    end_year: int | None = None
    scope: str = ""  # local | national | regional | global, "" when unknown
    practice_type: str = ""
    language: str = "en"
    status: str = "published"
    locator: str = ""  # "line 712", "page 4", "row 3"
    source_name: str = ""  # the original source a structured row names, if not the file itself
    citations: list[Citation] = field(default_factory=list)


@dataclass
class ActionRecord:
    """An associated action of an objective, e.g. letter "a" of Objective 13."""

    letter: str
    text: str


@dataclass
class ObjectiveRecord:
    """What a document says about one GCM objective."""

    number: int
    title: str = ""
    actions: list[ActionRecord] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)
    locator: str = ""


@dataclass
class FrameworkRecord:
    """An international instrument a document lists (e.g. CRC, 1989) and what it commits to."""

    name: str
    year: int | None = None
    summary: str = ""
    locator: str = ""


@dataclass
class LinkRecord:
    """A useful website or reference a document lists."""

    title: str
    url: str


@dataclass
class DocumentRecord:
    """Everything read from one source document."""

    name: str  # file name as given
    content_hash: str  # sha256 of the raw bytes
    title: str = ""
    date: str | None = None  # ISO 8601 date, or year-month, or year
    kind: str = ""  # booklet | report | concept-note | practice-note | guidance | dataset | other
    language: str = "en"
    publisher: str = ""
    objectives: list[ObjectiveRecord] = field(default_factory=list)
    practices: list[PracticeRecord] = field(default_factory=list)
    frameworks: list[FrameworkRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
