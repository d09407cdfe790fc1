"""Facet counts and filters, checked against counts the ORM computes independently."""

from __future__ import annotations

import pytest

from gcmhub.practices.browse import browse, period_values
from gcmhub.practices.facet_index import FacetIndex
from gcmhub.practices.models import Practice

pytestmark = pytest.mark.django_db

RELATION = {
    "objective": "objectives__number",
    "country": "countries__code",
    "actor": "actors__slug",
    "principle": "principles__slug",
    "region": "regions__name",
    "sdg_target": "sdg_targets__code",
}


def orm_ids(selected: dict[str, list[str]], skip: str | None = None) -> set[int]:
    queryset = Practice.objects.published()
    for facet, values in selected.items():
        if facet != skip:
            queryset = queryset.filter(**{f"{RELATION[facet]}__in": values})
    return set(queryset.values_list("id", flat=True))


def orm_counts(facet: str, selected: dict[str, list[str]]) -> dict[str, int]:
    ids = orm_ids(selected, skip=facet)
    pairs = Practice.objects.filter(id__in=ids).values_list("id", RELATION[facet]).distinct()
    counts: dict[str, int] = {}
    for _id, value in pairs:
        if value is not None:
            counts[str(value)] = counts.get(str(value), 0) + 1
    return counts


COMBINATIONS = [
    {},
    {"objective": ["13"]},
    {"objective": ["13"], "actor": ["civil-society"]},
    {"objective": ["13", "7"], "country": ["TH", "MX", "SN"]},
    {"actor": ["national-government"], "principle": ["human-rights"], "region": ["Western Africa"]},
    {"country": ["TH"], "sdg_target": ["10.7"]},
]


@pytest.mark.parametrize("selected", COMBINATIONS)
def test_counts_are_right_when_filters_combine(sample, selected):
    result = browse(selected, limit=1000)
    assert result.total == len(orm_ids(selected))
    assert {p.id for p in result.practices} == orm_ids(selected)
    for group in result.facets:
        if group.name not in RELATION:
            continue
        shown = {v.value: v.count for v in group.values if v.count}
        expected = orm_counts(group.name, selected)
        assert {k: expected.get(k) for k in shown} == shown, group.name
        assert len(shown) == min(len(expected), 20), group.name
        floor = min(shown.values(), default=0)
        assert all(k in shown for k, n in expected.items() if n > floor), group.name


def test_a_selected_value_with_no_practice_still_shows(sample):
    result = browse({"country": ["AQ"]})
    country = next(g for g in result.facets if g.name == "country")
    assert result.total == 0
    assert [(v.value, v.count, v.selected) for v in country.values if v.selected] == [
        ("AQ", 0, True)
    ]


def test_unknown_facet_names_are_dropped(sample):
    from gcmhub.practices.browse import selected_filters

    assert selected_filters({"colour": ["blue"], "objective": ["13", "13", " "]}) == {
        "objective": ["13"]
    }


def test_drafts_are_not_counted(sample):
    practice = Practice.objects.published().first()
    before = browse({}).total
    practice.status = "draft"
    practice.save()
    assert browse({}).total == before - 1


def test_the_index_follows_writes():
    index = FacetIndex([3, 2, 1], {"country": [(1, "TH"), (2, "TH"), (3, "MX"), (9, "FR")]})
    result = index.query({"country": ["TH"]}, limit=10)
    assert result.ids == [2, 1]
    assert result.counts["country"] == [("TH", 2), ("MX", 1)]


def test_one_facet_or_within_and_across():
    index = FacetIndex(
        [1, 2, 3, 4],
        {"a": [(1, "x"), (2, "y"), (3, "x"), (4, "z")], "b": [(1, "p"), (2, "p"), (3, "q")]},
    )
    result = index.query({"a": ["x", "y"], "b": ["p"]}, limit=10)
    assert result.ids == [1, 2]
    assert dict(result.counts["a"]) == {"x": 1, "y": 1}  # b's filter applies to a's counts
    assert dict(result.counts["b"]) == {"p": 2, "q": 1}  # a's filter applies to b's counts


def test_period_values_cover_every_decade_active():
    assert period_values(2008, 2012) == ["2000s", "2010s"]
    assert period_values(2019, None, today=2026) == ["2010s", "2020s", "ongoing"]
    assert period_values(None, None) == []
