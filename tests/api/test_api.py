"""The JSON API: the same results as the pages, typed errors in one envelope, OpenAPI."""

from __future__ import annotations

import re

import pytest

from gcmhub.practices.models import Practice

pytestmark = pytest.mark.django_db


def test_the_list_matches_the_page(client, sample):
    query = {"objective": "13", "country": ["TH", "MX"]}
    api = client.get("/api/v1/practices", query).json()
    page = client.get("/practices/", query).content.decode()
    page_ids = re.findall(r'<h3><a href="/practices/([^"/]+)/"', page)
    assert [item["id"] for item in api["items"]] == page_ids
    assert api["count"] == len(page_ids)
    # Two values of one facet combine with OR; the objective filter with AND.
    expected = Practice.objects.published().filter(
        objectives__number=13, countries__code__in=["TH", "MX"]
    )
    assert api["count"] == expected.distinct().count() == 2
    facets = {v["value"]: v["count"] for v in api["facets"]["country"]}
    for value, count in facets.items():
        assert re.search(rf'value="{value}".*?\({count}\)', page, re.S)


def test_the_list_pages_with_offset_and_limit(client, sample):
    total = Practice.objects.published().count()
    first = client.get("/api/v1/practices", {"limit": 5}).json()
    rest = client.get("/api/v1/practices", {"limit": 100, "offset": 5}).json()
    ids = [i["id"] for i in first["items"] + rest["items"]]
    assert first["count"] == total and len(ids) == len(set(ids)) == total


def test_one_practice_by_id_in_the_export_shape(client, sample):
    practice = Practice.objects.published().first()
    body = client.get(f"/api/v1/practices/{practice.uid}").json()
    assert body["id"] == practice.uid
    assert set(body) >= {"title", "text", "objectives", "countries", "actors", "source"}


def test_errors_share_one_envelope(client, sample):
    missing = client.get("/api/v1/practices/nope")
    assert missing.status_code == 404
    assert missing.json() == {
        "ok": False,
        "status": 404,
        "error": "no practice 'nope'",
        "errors": [],
    }
    invalid = client.get("/api/v1/practices", {"limit": "many"})
    assert invalid.status_code == 422
    assert invalid.json()["ok"] is False and invalid.json()["errors"][0]["loc"][-1] == "limit"


def test_drafts_are_not_served(client, sample):
    practice = Practice.objects.published().first()
    practice.status = "draft"
    practice.save()
    assert client.get(f"/api/v1/practices/{practice.uid}").status_code == 404


def test_the_vocabularies(client, reference):
    objectives = client.get("/api/v1/objectives").json()
    assert [o["objective"] for o in objectives] == list(range(1, 24))
    assert len(client.get("/api/v1/principles").json()) == 10
    assert len(client.get("/api/v1/actor-types").json()) == 13
    assert client.get("/api/v1/objectives/24").json()["status"] == 404


def test_the_openapi_document_is_served(client, db):
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/practices" in spec["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_list_items_are_the_same_records_as_one_by_one(client, sample):
    listed = client.get("/api/v1/practices", {"limit": 100}).json()["items"]
    assert len(listed) == Practice.objects.published().count()
    for item in listed:
        assert client.get(f"/api/v1/practices/{item['id']}").json() == item
