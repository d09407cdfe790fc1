"""Search over the sample corpus, on the engine under test: contract, facets, index updates,
odd queries, and the page, API and command-line faces."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from gcmhub.practices.models import Practice
from gcmhub.search import embedding
from gcmhub.search.models import PracticeVector
from gcmhub.search.service import search, similar
from gcmhub.search.vectors import stale_practices, sync_vectors

HOSTILE = [
    "",
    "   ",
    "x" * 10_000,
    "NEAR(detention",
    'children "detention',
    "*",
    "-",
    ":",
    "detention*",
    "-children",
    "title:detention",
    "'; DROP TABLE practices_practice; --",
    "' OR 1=1 --",
    "🙂🚀",
    "احتجاز الأطفال المهاجرين",
    "עובדים זרים",
    "\x00\x1f",
]


@pytest.fixture
def corpus(sample):
    sync_vectors()
    return sample


@pytest.fixture(params=["memory", "database"])
def engine(request, settings, corpus):
    """Run a test once per keyword engine: in-memory BM25, and FTS5 / tsvector."""
    settings.SEARCH_ENGINE = request.param
    return request.param


def uids(result) -> list[str]:
    by_id = dict(Practice.objects.values_list("id", "uid"))
    return [by_id[i] for i in result.ids]


def test_it_finds_by_keyword_with_the_best_match_first(engine):
    result = search("recruitment fees", mode="keyword")
    assert uids(result)[0] == "ex-010"
    assert all(h.score and h.score > 0 for h in result.hits)


def test_a_spanish_question_finds_english_practices_on_the_same_topic(corpus):
    result = search("¿cómo evitar la detención de niños migrantes?", mode="semantic", limit=6)
    found = uids(result)
    assert {"ex-001", "ex-004"} & set(found), found
    assert any(Practice.objects.get(uid=u).language == "en" for u in found)


def test_hybrid_is_the_default_and_keeps_keyword_hits(engine):
    result = search("recruitment fees")
    assert result.mode == "hybrid"
    assert "ex-010" in uids(result)[:3]


def test_an_unknown_mode_falls_back_to_hybrid(corpus):
    assert search("remittances", mode="bogus").mode == "hybrid"


def test_facet_counts_are_counts_of_the_hits(engine):
    result = search("detention", mode="keyword", limit=100)
    hits = Practice.objects.filter(id__in=result.ids)
    objective = {g.name: g for g in result.facets}["objective"]
    for value in objective.values:
        expected = hits.filter(objectives__number=int(value.value)).count()
        assert value.count == expected, value
    assert result.total == len(result.ids) == hits.count() > 0


def test_filters_combine_with_the_query(engine):
    everywhere = search("children", mode="keyword", limit=100)
    filtered = search("children", mode="keyword", selected={"objective": ["13"]}, limit=100)
    assert 0 < filtered.total < everywhere.total
    assert set(filtered.ids) <= set(everywhere.ids)
    for p in Practice.objects.filter(id__in=filtered.ids):
        assert 13 in p.objective_numbers


def test_semantic_hits_respect_filters(corpus):
    result = search("migrant workers", mode="semantic", selected={"language": ["fr"]})
    assert result.total > 0
    assert set(Practice.objects.filter(id__in=result.ids).values_list("language", flat=True)) == {
        "fr"
    }


def test_paging_follows_the_ranking(engine):
    first = search("migrants", mode="keyword", limit=3)
    second = search("migrants", mode="keyword", limit=3, offset=3)
    whole = search("migrants", mode="keyword", limit=6)
    assert first.ids + second.ids == whole.ids


def test_snippets_mark_the_matched_words(engine):
    result = search("recruitment", mode="keyword", limit=1)
    marked = [s.text.lower() for s in result.hits[0].snippet if s.match]
    assert marked and all(m.startswith("recruit") for m in marked)


def test_unpublished_practices_are_never_found(engine):
    Practice.objects.filter(uid="ex-010").update(status="draft")
    from gcmhub.practices.versioning import bump_version

    bump_version()
    assert "ex-010" not in uids(search("recruitment fees", mode="keyword"))


def test_the_index_follows_edits_and_deletions(engine):
    practice = Practice.objects.get(uid="ex-010")
    practice.title = "Zanzibar clove pickers recruited without fees"
    practice.save()
    assert uids(search("zanzibar", mode="keyword")) == ["ex-010"]
    practice.title = "Banning recruitment fees for migrant workers"
    practice.save()
    assert search("zanzibar", mode="keyword").total == 0
    practice.delete()
    assert "ex-010" not in uids(search("recruitment fees"))


def test_a_new_practice_is_found_once_saved(engine):
    Practice.objects.create(
        uid="new-1", title="Quokka-friendly reception centres", text="A pilot.", status="published"
    )
    assert uids(search("quokka", mode="keyword")) == ["new-1"]


def test_an_edited_text_is_re_embedded(corpus):
    practice = Practice.objects.get(uid="ex-022")
    before = PracticeVector.objects.get(practice=practice).digest
    practice.text += " Fees fell by half."
    practice.save()
    assert [pk for pk, _ in stale_practices()] == [practice.pk]
    assert sync_vectors() == 1
    assert PracticeVector.objects.get(practice=practice).digest != before


def test_a_model_change_triggers_re_embedding(corpus):
    PracticeVector.objects.update(model="some-older-model")
    assert len(stale_practices()) == Practice.objects.count()
    out = StringIO()
    call_command("reindex", stdout=out)
    assert "embedded" in out.getvalue()
    assert set(PracticeVector.objects.values_list("model", flat=True)) == {embedding.model_name()}
    assert stale_practices() == []


def test_reindex_all_rebuilds_every_vector(corpus):
    out = StringIO()
    call_command("reindex", "--all", stdout=out)
    total = Practice.objects.count()
    assert f"{total} embedded" in out.getvalue()
    assert PracticeVector.objects.count() == total


def test_similar_practices_share_the_topic(corpus):
    practice = Practice.objects.get(uid="ex-001")  # case workers instead of detention
    others = similar(practice)
    assert practice not in others and len(others) == 5
    assert sum(13 in p.objective_numbers for p in others) >= 3


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("mode", ["keyword", "semantic", "hybrid"])
def test_odd_queries_give_results_not_errors(engine, query, mode):
    result = search(query, mode=mode)
    assert result.total >= 0 and len(result.hits) <= 20
    if not query.strip():
        assert result.total == Practice.objects.published().count()


@pytest.mark.parametrize("query", HOSTILE)
def test_odd_queries_through_the_page_and_the_api(client, engine, query):
    page = client.get("/practices/", {"q": query})
    assert page.status_code == 200
    live = client.get("/search/live", {"q": query})
    assert live.status_code == 200
    api = client.get("/api/v1/search", {"q": query})
    assert api.status_code == 200
    assert api.json()["count"] >= 0


def test_the_sql_fragment_left_the_table_alone(client, corpus):
    before = Practice.objects.count()
    client.get("/practices/", {"q": "'; DROP TABLE practices_practice; --"})
    assert Practice.objects.count() == before


def test_the_api_returns_ranked_hits_with_snippets_and_facets(client, engine):
    body = client.get("/api/v1/search", {"q": "recruitment fees", "mode": "keyword"}).json()
    assert body["mode"] == "keyword" and body["query"] == "recruitment fees"
    first = body["items"][0]
    assert first["id"] == "ex-010" and first["practice"]["id"] == "ex-010"
    assert "<mark>" in first["snippet"]
    scores = [i["score"] for i in body["items"]]
    assert scores == sorted(scores, reverse=True)
    assert sum(v["count"] for v in body["facets"]["language"]) == body["count"]


def test_the_api_agrees_with_the_page_and_the_function(client, corpus):
    api = client.get("/api/v1/search", {"q": "children", "objective": "13"}).json()
    direct = search("children", selected={"objective": ["13"]})
    assert [i["id"] for i in api["items"]] == uids(direct)
    page = client.get("/practices/", {"q": "children", "objective": "13"}).content.decode()
    assert f"{direct.total} practice" in page


def test_the_api_refuses_an_unknown_mode(client, corpus):
    response = client.get("/api/v1/search", {"q": "x", "mode": "fuzzy"})
    assert response.status_code == 422
    assert response.json()["ok"] is False


def test_the_page_highlights_and_keeps_the_query_in_filter_links(client, corpus):
    body = client.get("/practices/", {"q": "recruitment", "mode": "keyword"}).content.decode()
    assert "<mark>" in body
    assert "q=recruitment" in body  # facet toggles keep the query
    assert 'value="recruitment"' in body


def test_every_page_has_the_search_box(client, corpus):
    for url in ["/", "/practices/", "/library/", "/practices/ex-001/", "/objectives/13/"]:
        body = client.get(url).content.decode()
        assert 'role="search"' in body and 'name="q"' in body, url


def test_the_live_results_fragment_lists_hits(client, corpus):
    body = client.get("/search/live", {"q": "remittances"}).content.decode()
    assert "<html" not in body and "/practices/" in body


def test_the_practice_page_shows_similar_practices(client, corpus):
    body = client.get("/practices/ex-022/").content.decode()
    assert "Similar practices" in body


def test_the_command_prints_json_results(engine):
    out = StringIO()
    call_command("search", "recruitment fees", "--json", "--mode", "keyword", stdout=out)
    results = json.loads(out.getvalue())
    assert results[0]["id"] == "ex-010"
    assert set(results[0]) == {"id", "title", "score"}


def test_the_command_filters(corpus):
    out = StringIO()
    call_command("search", "migrants", "--json", "--language", "es", stdout=out)
    found = [r["id"] for r in json.loads(out.getvalue())]
    assert found and set(
        Practice.objects.filter(uid__in=found).values_list("language", flat=True)
    ) == {"es"}


def test_batch_answers_each_line_and_reports_bad_ones(corpus):
    stdin = StringIO('{"id": "a", "q": "remittances"}\nnot json\n{"id": "b", "q": ""}\n')
    out, err = StringIO(), StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("search", "--batch", "--limit", "2", stdin=stdin, stdout=out, stderr=err)
    assert exit_.value.code == 1
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert len(lines[0]["results"]) == 2
    assert "line 2" in err.getvalue()


def test_saving_queues_one_embedding_run_per_transaction(corpus):
    from django.db import connection

    from gcmhub.search.signals import EmbedSaved

    saved = []
    for uid in ("ex-001", "ex-002"):
        practice = Practice.objects.get(uid=uid)
        practice.text += " Reviewed in 2026."
        practice.save()
        saved.append(practice.pk)
    queued = [entry[1] for entry in connection.run_on_commit if isinstance(entry[1], EmbedSaved)]
    assert len(queued) == 1
    assert set(saved) <= queued[0].ids  # with what the fixture ingested in this transaction
    assert len(stale_practices()) == 2
    queued[0]()  # what the commit runs
    assert stale_practices() == []


def test_init_after_a_model_upgrade_re_embeds(corpus):
    PracticeVector.objects.filter(practice__uid__in=["ex-001", "ex-002"]).update(model="old")
    out = StringIO()
    call_command("init", stdout=out)
    assert "Search: 2 practices embedded" in out.getvalue()
    assert stale_practices() == []


def test_the_database_engine_is_the_one_answering(settings, corpus):
    from gcmhub.search.engines import DatabaseKeywords
    from gcmhub.search.service import search_index

    settings.SEARCH_ENGINE = "database"
    assert isinstance(search_index().keywords, DatabaseKeywords)
    assert uids(search("recruitment fees", mode="keyword"))[0] == "ex-010"


def test_an_unknown_engine_is_refused_by_name(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "GCMHUB_DATA_DIR": str(tmp_path), "GCMHUB_SEARCH_ENGINE": "elastic"}
    done = subprocess.run(
        [sys.executable, "-m", "gcmhub", "help"], env=env, capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "GCMHUB_SEARCH_ENGINE must be 'memory' or 'database'" in done.stderr
