"""The pages people browse: home, objective, list with facets (full and htmx), detail."""

from __future__ import annotations

import re

import pytest

from gcmhub.practices.models import Practice

pytestmark = pytest.mark.django_db


def test_home_lists_the_23_objectives_with_counts(client, sample):
    page = client.get("/").content.decode()
    assert page.count('class="objective-card"') == 23
    count_13 = Practice.objects.published().filter(objectives__number=13).count()
    assert count_13 > 0
    assert re.search(rf'href="/objectives/13/".*?{count_13} practices', page, re.S)


def test_the_list_filters_and_counts(client, sample):
    response = client.get("/practices/", {"objective": "13", "actor": "civil-society"})
    expected = (
        Practice.objects.published()
        .filter(objectives__number=13, actors__slug="civil-society")
        .distinct()
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert f">{expected.count()} practices<" in page or f">{expected.count()} practice<" in page
    for practice in expected[:20]:
        assert practice.get_absolute_url() in page
    assert 'name="objective" value="13" checked' in page


def test_htmx_requests_get_the_results_fragment_only(client, sample):
    full = client.get("/practices/", {"country": "TH"})
    fragment = client.get("/practices/", {"country": "TH"}, HTTP_HX_REQUEST="true")
    assert b"<html" in full.content and b"<html" not in fragment.content
    assert b'class="results"' in fragment.content


def test_paging_moves_through_every_practice(client, sample, settings):
    settings.PAGE_SIZE = 7
    seen: list[str] = []
    url = "/practices/"
    while url:
        page = client.get(url).content.decode()
        seen += re.findall(r'<h3><a href="(/practices/[^"]+/)"', page)
        match = re.search(r'rel="next" href="([^"]+)"', page)
        url = "/practices/" + match.group(1).replace("&amp;", "&") if match else ""
    assert len(seen) == len(set(seen)) == Practice.objects.published().count()


def test_a_bad_page_number_falls_back_to_the_first(client, sample):
    assert client.get("/practices/", {"page": "x' OR 1=1"}).status_code == 200


def test_the_practice_page_shows_provenance(client, sample):
    practice = Practice.objects.published().exclude(countries=None).first()
    page = client.get(practice.get_absolute_url()).content.decode()
    assert practice.title in page.replace("&#x27;", "'")
    assert "Provenance" in page and practice.uid in page
    assert practice.document.name in page
    assert practice.countries.first().name in page


def test_drafts_are_not_shown_to_the_public(client, sample):
    practice = Practice.objects.published().first()
    practice.status = "draft"
    practice.save()
    assert client.get(practice.get_absolute_url()).status_code == 404


def test_the_objective_page_lists_its_practices(client, sample):
    page = client.get("/objectives/13/").content.decode()
    assert "Use migration detention only as a measure of last resort" in page
    for practice in Practice.objects.published().filter(objectives__number=13)[:20]:
        assert practice.get_absolute_url() in page
    assert client.get("/objectives/24/").status_code == 404


def test_the_language_switch_serves_french(client, sample):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert '<html lang="fr"' in page
    assert "Pratiques" in page


def test_pages_have_landmarks_and_labels(client, sample):
    page = client.get("/practices/").content.decode()
    for landmark in ("<header", "<main", "<nav", "<footer", 'class="skip-link"'):
        assert landmark in page
    inputs = re.findall(r'<input type="checkbox" id="([^"]+)"', page)
    assert inputs and all(f'<label for="{i}">' in page for i in inputs)
