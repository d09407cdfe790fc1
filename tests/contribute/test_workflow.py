"""Submitting and reviewing practices through the web, over a small named cast:
Amina (Ministry of Labour), Ben (City of Quito), Rita (reviewer), and the anonymous public."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from gcmhub.accounts.models import Membership, Organisation
from gcmhub.accounts.roles import REVIEWERS
from gcmhub.practices.models import AuditEvent, Call, Practice, Review, Revision
from gcmhub.search.vectors import sync_vectors

User = get_user_model()
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
SCORES = {
    f"score_{c}": "4"
    for c in ("principles", "relevance", "innovation", "replicability", "evidence", "partnership")
}


def person(email: str, name: str, organisation: Organisation | None = None) -> Client:
    user = User.objects.create_user(email, email, "a long passphrase 123", first_name=name)
    if organisation:
        Membership.objects.create(
            user=user, organisation=organisation, role="admin", status="approved"
        )
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def cast(reference):
    ministry = Organisation.objects.create(
        name="Ministry of Labour",
        slug="ministry",
        actor_type_id="national-government",
        country_id="TH",
    )
    city = Organisation.objects.create(
        name="City of Quito", slug="quito", actor_type_id="local-authority", country_id="EC"
    )
    amina = person("amina@example.org", "Amina", ministry)
    ben = person("ben@example.org", "Ben", city)
    rita = person("rita@example.org", "Rita")
    User.objects.get(username="rita@example.org").groups.add(
        Group.objects.get_or_create(name=REVIEWERS)[0]
    )
    return {"amina": amina, "ben": ben, "rita": rita, "public": Client(), "ministry": ministry}


def form(cast, **overrides) -> dict:
    data = {
        "organisation": cast["ministry"].pk,
        "title": "Case workers for families instead of detention",
        "text": "The ministry assigns a case worker to every family with children so that "
        "no child is detained; families live in the community while their case is decided.",
        "primary_objective": "13",
        "other_objectives": ["7"],
        "countries": ["TH"],
        "actors": ["national-government", "civil-society"],
        "principles": ["child-sensitive"],
        "start_year": "2019",
        "end_year": "",
        "scope": "national",
        "practice_type": "programme",
        "implementation": "fully",
        "language": "en",
        "evidence": "No child detained since 2020.",
        "contact_name": "Somchai P.",
        "contact_email": "focal.point@labour.example",
    }
    return {**data, **overrides}


def draft(cast, **overrides) -> Practice:
    response = cast["amina"].post("/practices/new/", form(cast, **overrides))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Practice.objects.latest("id")


def submitted(cast, **overrides) -> Practice:
    practice = draft(cast, **overrides)
    response = cast["amina"].post(
        f"/practices/{practice.uid}/edit", {**form(cast, **overrides), "submit": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    practice.refresh_from_db()
    return practice


def test_a_contributor_saves_a_draft_that_only_her_organisation_sees(cast):
    practice = draft(cast)
    assert practice.status == "draft" and practice.organisation == cast["ministry"]
    assert practice.objective_numbers == [13, 7]
    assert cast["amina"].get(practice.get_absolute_url()).status_code == 200
    assert cast["public"].get(practice.get_absolute_url()).status_code == 404
    assert cast["ben"].get(practice.get_absolute_url()).status_code == 404
    assert cast["public"].get(f"/api/v1/practices/{practice.uid}").status_code == 404
    assert practice.uid not in cast["public"].get("/api/v1/practices").content.decode()


def test_submission_checks_the_machine_criteria(cast):
    practice = draft(cast, contact_name="", start_year="", implementation="partly")
    response = cast["amina"].post(
        f"/practices/{practice.uid}/edit",
        {**form(cast, contact_name="", start_year="", implementation="partly"), "submit": "1"},
    )
    assert response.status_code == 422
    body = response.content.decode()
    for words in ("focal point", "period of implementation", "mostly or fully implemented"):
        assert words in body
    practice.refresh_from_db()
    assert practice.status == "draft"


def test_a_complete_practice_is_submitted(cast):
    practice = submitted(cast)
    assert practice.status == "submitted"
    assert AuditEvent.objects.filter(practice=practice, action="submitted").exists()


def test_the_reviewer_publishes_with_scores_and_the_contact_stays_private(cast):
    practice = submitted(cast)
    response = cast["rita"].post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"})
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published"
    review = Review.objects.get(practice=practice)
    assert review.scores["evidence"] == 4 and len(review.scores) == 6
    public = cast["public"]
    page = public.get(practice.get_absolute_url()).content.decode()
    assert practice.title in page and "focal.point@labour.example" not in page
    assert "focal.point" not in public.get(f"/api/v1/practices/{practice.uid}").content.decode()
    assert "focal.point" not in public.get("/api/v1/practices").content.decode()
    assert "Somchai" not in page
    assert (
        "focal.point@labour.example"
        in cast["amina"].get(practice.get_absolute_url()).content.decode()
    )


def test_published_practices_are_exported_without_contacts(cast, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    practice = submitted(cast)
    cast["rita"].post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"})
    out = StringIO()
    call_command("export", "practices", stdout=out)
    assert practice.uid in out.getvalue() and "focal.point" not in out.getvalue()


def test_return_comment_resubmit_publish_is_audited_and_revised(cast):
    practice = submitted(cast)
    rita, amina = cast["rita"], cast["amina"]
    response = rita.post(
        f"/review/{practice.uid}/",
        {**SCORES, "decision": "return", "comment": "Please add figures on results."},
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == "returned"
    page = amina.get(f"/practices/{practice.uid}/edit").content.decode()
    assert "Please add figures on results." in page
    revised = form(cast, evidence="No child detained since 2020; 412 families supported.")
    assert (
        amina.post(f"/practices/{practice.uid}/edit", {**revised, "submit": "1"}).status_code == 302
    )
    rita.post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"})
    practice.refresh_from_db()
    assert practice.status == "published"
    actions = list(AuditEvent.objects.filter(practice=practice).values_list("action", "detail"))
    assert [a for a, _ in actions] == ["created", "submitted", "reviewed", "submitted", "reviewed"]
    assert [d.get("to") for _, d in actions[1:]] == [
        "submitted",
        "returned",
        "submitted",
        "published",
    ]
    revisions = list(Revision.objects.filter(practice=practice).order_by("id"))
    # created, submitted (the unchanged save before it is no revision), returned,
    # evidence edited, submitted, published
    assert len(revisions) == 6
    assert {"title", "text", "objectives", "contact_email"} <= set(revisions[0].changed)
    assert all(r.user is not None for r in revisions)
    assert "evidence" in revisions[3].changed
    assert revisions[-1].snapshot["status"] == "published"


def test_returning_or_rejecting_needs_a_comment(cast):
    practice = submitted(cast)
    response = cast["rita"].post(f"/review/{practice.uid}/", {**SCORES, "decision": "reject"})
    assert response.status_code == 422
    practice.refresh_from_db()
    assert practice.status == "submitted" and not Review.objects.exists()


def test_every_criterion_needs_a_score(cast):
    practice = submitted(cast)
    scores = {**SCORES}
    scores.pop("score_evidence")
    response = cast["rita"].post(f"/review/{practice.uid}/", {**scores, "decision": "publish"})
    assert response.status_code == 422
    practice.refresh_from_db()
    assert practice.status == "submitted"


def test_another_organisation_can_neither_read_nor_edit_a_draft(cast):
    practice = draft(cast)
    ben = cast["ben"]
    assert ben.get(f"/practices/{practice.uid}/edit").status_code == 404
    response = ben.post(f"/practices/{practice.uid}/edit", form(cast, title="Hijacked"))
    assert response.status_code == 404
    assert ben.post(f"/practices/{practice.uid}/archive").status_code == 404
    practice.refresh_from_db()
    assert practice.title != "Hijacked" and practice.status == "draft"


def test_a_contributor_cannot_file_for_an_organisation_she_is_not_in(cast):
    city = Organisation.objects.get(slug="quito")
    response = cast["amina"].post("/practices/new/", form(cast, organisation=city.pk))
    assert response.status_code == 422
    assert not Practice.objects.exists()


def test_a_contributor_cannot_call_reviewer_actions(cast):
    practice = submitted(cast)
    amina = cast["amina"]
    assert amina.get("/review/").status_code == 404
    assert (
        amina.post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"}).status_code == 404
    )
    assert amina.post("/calls/new/", {"title": "x"}).status_code == 404
    practice.refresh_from_db()
    assert practice.status == "submitted"


def test_a_submitted_practice_is_no_longer_editable(cast):
    practice = submitted(cast)
    response = cast["amina"].post(f"/practices/{practice.uid}/edit", form(cast, title="Changed"))
    assert response.status_code == 404
    practice.refresh_from_db()
    assert practice.title != "Changed"


@pytest.mark.parametrize("field", ["title", "text", "evidence", "contact_name"])
def test_stored_xss_is_neutralised_in_every_text_field(cast, field):
    value = form(cast)[field] + XSS
    practice = submitted(cast, **{field: value})
    cast["rita"].post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"})
    practice.refresh_from_db()
    stored = getattr(practice, field)
    assert "<script" not in stored and "onerror" not in stored
    for client in (cast["public"], cast["amina"], cast["rita"]):
        for url in (practice.get_absolute_url(), "/practices/?q=case+workers", "/practices/mine/"):
            body = client.get(url).content.decode()
            assert "<script>alert" not in body and "onerror=alert" not in body


def test_review_comments_are_plain_text_too(cast):
    practice = submitted(cast)
    cast["rita"].post(
        f"/review/{practice.uid}/", {**SCORES, "decision": "return", "comment": "Fix " + XSS}
    )
    body = cast["amina"].get(f"/practices/{practice.uid}/edit").content.decode()
    assert "<script>alert" not in body and "onerror=alert" not in body


def test_an_oversized_or_malformed_submission_is_refused_whole(cast):
    amina = cast["amina"]
    assert amina.post("/practices/new/", form(cast, text="x" * 20_001)).status_code == 422
    assert amina.post("/practices/new/", form(cast, start_year="soon")).status_code == 422
    assert (
        amina.post("/practices/new/", form(cast, start_year="2020", end_year="2010")).status_code
        == 422
    )
    assert amina.post("/practices/new/", form(cast, primary_objective="24")).status_code == 422
    assert amina.post("/practices/new/", form(cast, countries=["XX"])).status_code == 422
    assert not Practice.objects.exists()


def test_a_post_without_csrf_token_changes_nothing(cast):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(User.objects.get(username="amina@example.org"))
    assert strict.post("/practices/new/", form(cast)).status_code == 403
    assert not Practice.objects.exists()


def test_archiving_keeps_the_practice_out_of_view(cast):
    practice = submitted(cast)
    cast["rita"].post(f"/review/{practice.uid}/", {**SCORES, "decision": "publish"})
    assert cast["amina"].post(f"/practices/{practice.uid}/archive").status_code == 302
    practice.refresh_from_db()
    assert practice.status == "archived"
    assert cast["public"].get(practice.get_absolute_url()).status_code == 404
    assert AuditEvent.objects.filter(practice=practice, action="archived").exists()


def test_a_call_collects_what_answers_it(cast):
    deadline = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    response = cast["rita"].post(
        "/calls/new/",
        {
            "title": "Alternatives to detention",
            "description": "Practices that end or avoid immigration detention.",
            "objectives": ["13"],
            "deadline": deadline,
            "contact": "calls@gcmhub.example",
        },
    )
    assert response.status_code == 302
    call = Call.objects.get()
    practice = submitted(cast, call=str(call.pk))
    assert practice.call == call
    page = cast["public"].get(call.get_absolute_url()).content.decode()
    assert "1 practice received" in page
    queue = cast["rita"].get("/review/", {"call": call.slug}).content.decode()
    assert practice.title in queue


def test_a_call_cannot_close_in_the_past(cast):
    response = cast["rita"].post(
        "/calls/new/",
        {"title": "Late", "description": "x", "deadline": "2001-01-01", "contact": "a@b.example"},
    )
    assert response.status_code == 422
    assert not Call.objects.exists()


def test_the_review_queue_filters_by_objective(cast):
    practice = submitted(cast)
    rita = cast["rita"]
    assert practice.title in rita.get("/review/", {"objective": "13"}).content.decode()
    assert practice.title not in rita.get("/review/", {"objective": "1"}).content.decode()


def test_suggestions_come_from_the_text(cast, sample):
    sync_vectors()
    response = cast["amina"].post(
        "/practices/suggest",
        {
            "text": "Thailand's ministry ends immigration detention of migrant children and "
            "places families with case workers in the community."
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "13" in body and "TH" in body
    assert "Similar practices" in body


def test_names_of_organisations_calls_and_people_are_plain_text_too(cast):
    ben = Client()
    ben.post(
        "/accounts/signup/",
        {
            "email": "eve@example.org",
            "first_name": "Eve" + XSS,
            "password1": "a long passphrase 987",
            "password2": "a long passphrase 987",
        },
    )
    assert User.objects.get(username="eve@example.org").first_name == "Eve"
    cast["amina"].post(
        "/organisations/new/",
        {"name": "Union" + XSS, "actor_type": "trade-union", "country": "TH"},
    )
    assert Organisation.objects.get(slug__startswith="union").name == "Union"
    deadline = (datetime.date.today() + datetime.timedelta(days=9)).isoformat()
    cast["rita"].post(
        "/calls/new/",
        {
            "title": "Data" + XSS,
            "description": "Migration data" + XSS,
            "deadline": deadline,
            "contact": "calls@gcmhub.example",
        },
    )
    call = Call.objects.get()
    assert (call.title, call.description) == ("Data", "Migration data")
    for url in ("/calls/", call.get_absolute_url(), "/organisations/union/"):
        body = cast["public"].get(url).content.decode()
        assert "<script>alert" not in body and "onerror=alert" not in body


def test_the_admin_never_deletes_practices_nor_rewrites_history(cast, admin_client):
    practice = submitted(cast)
    assert admin_client.get(f"/admin/practices/practice/{practice.pk}/delete/").status_code == 403
    revision = Revision.objects.filter(practice=practice).first()
    assert (
        admin_client.post(f"/admin/practices/revision/{revision.pk}/change/", {}).status_code == 403
    )
    assert admin_client.get("/admin/practices/auditevent/").status_code == 200


def test_not_even_a_reviewer_reads_another_organisations_draft(cast):
    practice = draft(cast)
    assert cast["rita"].get(practice.get_absolute_url()).status_code == 404
    submitted_one = submitted(cast, title="Another practice, submitted")
    assert cast["rita"].get(submitted_one.get_absolute_url()).status_code == 200
