"""The write API: tokens, the same rules and permissions as the web, and refusals that change
nothing."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from gcmhub.accounts.models import ApiToken
from gcmhub.practices.models import AuditEvent, Practice
from tests.contribute.test_workflow import cast  # noqa: F401  (the shared cast fixture)

BODY = {
    "organisation": "ministry",
    "title": "Community case management for families",
    "text": "Families with children live in the community with a case worker instead of "
    "being detained while their status is decided.",
    "objectives": [13, 7],
    "countries": ["TH"],
    "actors": ["national-government"],
    "principles": ["child-sensitive"],
    "start_year": 2019,
    "implementation": "fully",
    "contact_name": "Somchai P.",
    "contact_email": "focal.point@labour.example",
}


def token_for(email: str) -> str:
    from django.contrib.auth import get_user_model

    _token, key = ApiToken.issue(get_user_model().objects.get(username=email), "test")
    return key


def call(method: str, url: str, key: str | None, body=None) -> tuple[int, dict]:
    client = Client()
    headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    payload = body if isinstance(body, str) else json.dumps(body or {})
    response = getattr(client, method)(url, payload, content_type="application/json", **headers)
    return response.status_code, response.json() if response.content else {}


@pytest.fixture
def amina_key(cast):  # noqa: F811
    return token_for("amina@example.org")


def test_it_creates_a_draft_and_submits_it(amina_key):
    status, body = call("post", "/api/v1/practices", amina_key, BODY)
    assert status == 201, body
    assert body["status"] == "draft" and body["practice"]["objectives"] == [13, 7]
    assert "focal.point" not in json.dumps(body["practice"])
    status, body = call("patch", f"/api/v1/practices/{body['id']}", amina_key, {"submit": True})
    assert status == 200 and body["status"] == "submitted"
    practice = Practice.objects.get(uid=body["id"])
    assert [e.action for e in AuditEvent.objects.filter(practice=practice)] == [
        "created",
        "submitted",
    ]


def test_submission_reports_the_unmet_criteria(amina_key):
    status, body = call(
        "post",
        "/api/v1/practices",
        amina_key,
        {**BODY, "implementation": "planned", "submit": True},
    )
    assert status == 201
    assert body["status"] == "draft"
    assert body["unmet"] == ["is mostly or fully implemented"]


def test_a_patch_changes_only_what_it_names(amina_key):
    _s, created = call("post", "/api/v1/practices", amina_key, BODY)
    status, body = call(
        "patch", f"/api/v1/practices/{created['id']}", amina_key, {"title": "New title"}
    )
    assert status == 200
    assert body["practice"]["title"] == "New title"
    assert body["practice"]["countries"] == ["TH"] and body["practice"]["objectives"] == [13, 7]


def test_without_a_valid_token_nothing_is_written(cast):  # noqa: F811
    assert call("post", "/api/v1/practices", None, BODY)[0] == 401
    assert call("post", "/api/v1/practices", "forged-token", BODY)[0] == 401
    assert not Practice.objects.exists()


def test_another_organisation_gets_404_on_read_and_write(cast, amina_key):  # noqa: F811
    _s, created = call("post", "/api/v1/practices", amina_key, BODY)
    ben_key = token_for("ben@example.org")
    uid = created["id"]
    assert call("patch", f"/api/v1/practices/{uid}", ben_key, {"title": "Hijacked"})[0] == 404
    assert (
        Client().get(f"/api/v1/practices/{uid}", HTTP_AUTHORIZATION=f"Bearer {ben_key}").status_code
        == 404
    )
    assert Client().get(f"/api/v1/practices/{uid}").status_code == 404
    mine = Client().get(f"/api/v1/practices/{uid}", HTTP_AUTHORIZATION=f"Bearer {amina_key}")
    assert mine.status_code == 200
    assert Practice.objects.get(uid=uid).title == BODY["title"]


def test_nobody_files_for_an_organisation_they_are_not_in(cast):  # noqa: F811
    ben_key = token_for("ben@example.org")
    status, body = call("post", "/api/v1/practices", ben_key, BODY)  # organisation: ministry
    assert status == 422 and body["errors"][0]["loc"] == ["body", "organisation"]
    assert not Practice.objects.exists()


def test_a_submitted_practice_cannot_be_patched(amina_key):
    _s, created = call("post", "/api/v1/practices", amina_key, {**BODY, "submit": True})
    status, _body = call("patch", f"/api/v1/practices/{created['id']}", amina_key, {"title": "x"})
    assert status == 404
    assert Practice.objects.get().title == BODY["title"]


@pytest.mark.parametrize(
    "bad",
    [
        {"objectives": [24]},
        {"countries": ["XX"]},
        {"text": "x" * 20_001},
        {"start_year": "soon"},
        {"start_year": 2020, "end_year": 2010},
        {"contact_email": "not an address"},
        {"text": None},
    ],
)
def test_an_invalid_practice_is_refused_whole(amina_key, bad):
    status, body = call("post", "/api/v1/practices", amina_key, {**BODY, **bad})
    assert status == 422, body
    assert body["ok"] is False and body["errors"]
    assert not Practice.objects.exists()


def test_malformed_json_is_refused(amina_key):
    status, _body = call("post", "/api/v1/practices", amina_key, '{"title": ')
    assert status in (400, 422)
    assert not Practice.objects.exists()


def test_an_oversized_request_is_refused(amina_key, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    status, _body = call("post", "/api/v1/practices", amina_key, {**BODY, "evidence": "y" * 60_000})
    assert status in (400, 413, 422)
    assert not Practice.objects.exists()


def test_api_text_is_stored_as_plain_text(amina_key):
    status, body = call(
        "post", "/api/v1/practices", amina_key, {**BODY, "title": "Ok <script>alert(1)</script>"}
    )
    assert status == 201 and body["practice"]["title"] == "Ok"


def test_tokens_are_made_and_revoked_on_the_account_page(cast):  # noqa: F811
    amina = cast["amina"]
    amina.post("/accounts/tokens/new", {"name": "sync script"})
    page = amina.get("/accounts/me/").content.decode()
    token = ApiToken.objects.get()
    key = page.split('<code class="token">')[1].split("</code>")[0]
    assert ApiToken.digest(key) == token.key_hash and token.prefix == key[:8]
    assert key not in amina.get("/accounts/me/").content.decode()  # shown once
    amina.post(f"/accounts/tokens/{token.pk}/revoke")
    assert call("post", "/api/v1/practices", key, BODY)[0] == 401
