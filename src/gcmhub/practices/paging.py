"""Page numbers from a query string, validated, and the links a pager needs."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import QueryDict

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Paging:
    page: int
    limit: int
    total: int = 0
    previous_url: str = ""
    next_url: str = ""

    @classmethod
    def from_query(cls, query: QueryDict, default_limit: int) -> Paging:
        return cls(page=_positive(query.get("page"), 1), limit=default_limit)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    def with_total(self, total: int, query: QueryDict) -> Paging:
        pages = max(1, -(-total // self.limit))
        return Paging(
            page=self.page,
            limit=self.limit,
            total=total,
            previous_url=_page_url(query, self.page - 1) if self.page > 1 else "",
            next_url=_page_url(query, self.page + 1) if self.page < pages else "",
        )


def _positive(raw: str | None, default: int) -> int:
    try:
        value = int(raw or default)
    except ValueError:
        return default
    return min(max(value, 1), 1_000_000)


def _page_url(query: QueryDict, page: int) -> str:
    params = query.copy()
    params["page"] = str(page)
    return f"?{params.urlencode()}"
