"""The resource library: document pages, faceted list, originals, API."""

from __future__ import annotations

import re

import pytest

from gcmhub.documents.models import Document
from gcmhub.practices.ingesting import ingest_file
from tests.conftest import EXAMPLES, write

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def library(media, reference, tmp_path, django_capture_on_commit_callbacks):
    note = write(
        tmp_path,
        "note.md",
        "# Promising practice note\n\n27 January 2022\n\nSpain\n\nIn March 2020 Spain emptied its "
        "immigration detention centres and civil society found places for everyone released, "
        "as Objective 13 of the GCM asks.\n",
    )
    with django_capture_on_commit_callbacks(execute=True):
        outcomes = [ingest_file(p) for p in (EXAMPLES / "practices.jsonl", note)]
    assert all(o.ok for o in outcomes)
    return {d.name: d for d in Document.objects.all()}


def test_the_list_shows_each_document_with_its_practice_count(client, library):
    page = client.get("/library/").content.decode()
    assert ">2 documents<" in page
    assert re.search(r">practices</a></h3>.*?34 practices", page, re.S)
    assert re.search(r"Promising practice note</a></h3>.*?1 practice<", page, re.S)


def test_facets_combine_and_count(client, library):
    result = client.get("/api/v1/documents", {"kind": "practice-note"}).json()
    assert [d["name"] for d in result["items"]] == ["note.md"]
    kinds = {v["value"]: v["count"] for v in result["facets"]["kind"]}
    assert kinds == {"dataset": 1, "practice-note": 1}  # its own facet ignores its filter
    both = client.get("/api/v1/documents", {"kind": "dataset", "objective": "13"}).json()
    assert [d["name"] for d in both["items"]] == ["practices.jsonl"]
    none = client.get("/api/v1/documents", {"kind": "practice-note", "objective": "20"}).json()
    assert none["count"] == 0


def test_the_document_page_lists_its_practices_objectives_and_provenance(client, library):
    note = library["note.md"]
    page = client.get(note.get_absolute_url()).content.decode()
    assert note.content_hash in page and "2022-01-27" in page
    assert 'href="/objectives/13/"' in page
    (practice,) = note.practices.all()
    assert practice.get_absolute_url() in page
    assert f'href="/library/{note.pk}/original"' in page
    practice_page = client.get(practice.get_absolute_url()).content.decode()
    assert note.get_absolute_url() in practice_page


def test_the_original_downloads_byte_for_byte(client, library):
    dataset = library["practices.jsonl"]
    response = client.get(f"/library/{dataset.pk}/original")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == (EXAMPLES / "practices.jsonl").read_bytes()
    assert 'attachment; filename="practices.jsonl"' in response["Content-Disposition"]


def test_re_ingesting_keeps_one_stored_file(library, media, django_capture_on_commit_callbacks):
    before = sorted(p for p in media.rglob("*") if p.is_file())
    with django_capture_on_commit_callbacks(execute=True):
        assert ingest_file(EXAMPLES / "practices.jsonl").summary.unchanged == 34
    assert sorted(p for p in media.rglob("*") if p.is_file()) == before
    assert len(before) == 2


def test_a_refused_file_stores_nothing(
    media, reference, tmp_path, django_capture_on_commit_callbacks
):
    bad = write(tmp_path, "bad.jsonl", '{"text": "x", "objectives": [24]}\n')
    with django_capture_on_commit_callbacks(execute=True):
        assert not ingest_file(bad).ok
    assert not Document.objects.exists()
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_unknown_documents_are_not_found(client, library):
    assert client.get("/library/999999/").status_code == 404
    assert client.get("/library/999999/original").status_code == 404
    response = client.get("/api/v1/documents/999999")
    assert response.status_code == 404 and response.json()["ok"] is False


def test_the_api_list_matches_the_page(client, library):
    api = client.get("/api/v1/documents").json()
    page = client.get("/library/").content.decode()
    assert [d["id"] for d in api["items"]] == [
        int(pk) for pk in re.findall(r'<h3><a href="/library/(\d+)/"', page)
    ]
