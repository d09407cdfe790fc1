"""A request from creation to closing, through the pages and through the API, over a cast:
Gloria (Guatemala's migration institute) asks, Rosa (Red de Acogida) offers, Bruno brokers,
Otto belongs to another organisation, and the public."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from gcmhub.accounts.models import ApiToken, Membership, Organisation
from gcmhub.accounts.roles import REVIEWERS
from gcmhub.hub.models import HubEvent, Introduction, Offer, SupportRequest

User = get_user_model()
NEED = (
    "Necesitamos capacitar a nuestro personal en alternativas a la detención "
    "para familias con niños, con gestión de casos."
)


def member(email: str, organisation: Organisation | None) -> tuple[Client, str]:
    user = User.objects.create_user(email, email, "a long passphrase 123")
    if organisation:
        Membership.objects.create(
            user=user, organisation=organisation, role="admin", status="approved"
        )
    client = Client()
    client.force_login(user)
    return client, ApiToken.issue(user, "test")[1]


@pytest.fixture
def cast(reference):
    def org(name, slug, actor, country):
        return Organisation.objects.create(
            name=name, slug=slug, actor_type_id=actor, country_id=country
        )

    institute = org("Instituto Guatemalteco de Migración", "igm", "national-government", "GT")
    red = org("Red de Acogida", "red", "civil-society", "MX")
    other = org("Other Ministry", "other", "national-government", "TH")
    gloria, gloria_key = member("gloria@igm.example", institute)
    rosa, rosa_key = member("rosa@red.example", red)
    otto, otto_key = member("otto@other.example", other)
    bruno, bruno_key = member("bruno@hub.example", None)
    User.objects.get(username="bruno@hub.example").groups.add(
        Group.objects.get_or_create(name=REVIEWERS)[0]
    )
    offer = Offer.objects.create(
        organisation=red,
        title="Gestión de casos comunitaria",
        text="Formamos equipos de gestión de casos para que las familias no sean detenidas.",
        languages=["es", "en"],
        regions=["Central America"],
        support_kinds=["training"],
        contact_name="Rosa Díaz",
        contact_email="rosa.contact@red.example",
    )
    offer.objectives.set([13])
    return {
        "gloria": gloria,
        "rosa": rosa,
        "otto": otto,
        "bruno": bruno,
        "public": Client(),
        "keys": {"gloria": gloria_key, "rosa": rosa_key, "otto": otto_key, "bruno": bruno_key},
        "institute": institute,
        "offer": offer,
    }


def bearer(key: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_a_request_goes_from_creation_to_closing_through_the_pages(
    cast, django_capture_on_commit_callbacks
):
    gloria, bruno, rosa = cast["gloria"], cast["bruno"], cast["rosa"]
    commits = django_capture_on_commit_callbacks  # e-mails leave once the act is committed
    page = gloria.get("/hub/requests/new/")
    assert page.status_code == 200 and b'name="support_kinds"' in page.content
    with commits(execute=True):
        response = gloria.post(
            "/hub/requests/new/",
            {
                "organisation": cast["institute"].pk,
                "text": NEED,
                "languages": ["es"],
                "support_kinds": ["training"],
                "contact_name": "Gloria Ruiz",
                "contact_email": "gloria.contact@igm.example",
                "deadline": (datetime.date.today() + datetime.timedelta(days=60)).isoformat(),
            },
        )
    request = SupportRequest.objects.get()
    assert response.status_code == 302 and response.url == f"/hub/requests/{request.pk}/"
    assert request.status == "open" and request.country_id == "GT"
    assert request.objectives_inferred and 13 in request.objective_numbers()
    assert request.vector is not None  # embedded after the commit: matching does not wait
    assert [m.to for m in mail.outbox] == [["bruno@hub.example"]]  # brokers hear of it

    # the broker sees the matches with their reasons, and introduces the offer
    page = bruno.get(f"/hub/requests/{request.pk}/")
    assert page.status_code == 200
    assert "Gestión de casos comunitaria" in page.text and "speaks Spanish" in page.text
    assert "gloria.contact@igm.example" in page.text
    mail.outbox.clear()
    with commits(execute=True):
        response = bruno.post(
            f"/hub/requests/{request.pk}/introduce",
            {"offers": [cast["offer"].pk], "message": "Rosa ran this in Chiapas."},
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "matched"
    assert Introduction.objects.get().offer == cast["offer"]
    sent = {tuple(m.to): m.body for m in mail.outbox}
    assert "rosa.contact@red.example" in sent[("gloria.contact@igm.example", "gloria@igm.example")]
    assert "gloria.contact@igm.example" in sent[("rosa.contact@red.example", "rosa@red.example")]

    # after the introduction the offering side sees the request and its contact
    page = rosa.get(f"/hub/requests/{request.pk}/")
    assert page.status_code == 200 and "gloria.contact@igm.example" in page.text
    assert "rosa.contact@red.example" in gloria.get(f"/hub/requests/{request.pk}/").text

    assert gloria.post(f"/hub/requests/{request.pk}/start").status_code == 302
    request.refresh_from_db()
    assert request.status == "in-progress"
    response = gloria.post(
        f"/hub/requests/{request.pk}/close",
        {
            "outcome": "Forty case workers trained.",
            "feedback_score": "5",
            "feedback_comment": "Very practical.",
        },
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.feedback_score) == ("closed", 5)
    assert request.outcome == "Forty case workers trained." and request.closed_at
    actions = list(HubEvent.objects.filter(request=request).values_list("action", flat=True))
    assert actions == ["created", "status", "introduced", "status", "status"]
    moves = [e.detail["to"] for e in HubEvent.objects.filter(request=request, action="status")]
    assert moves == ["matched", "in-progress", "closed"]
    assert all(e.user for e in HubEvent.objects.filter(request=request))


def test_a_request_goes_from_creation_to_closing_through_the_api(cast):
    keys, client = cast["keys"], Client()
    response = client.post(
        "/api/v1/hub/requests",
        {
            "organisation": "igm",
            "text": NEED,
            "objectives": [13],
            "languages": ["es"],
            "support_kinds": ["training"],
            "contact_email": "gloria.contact@igm.example",
        },
        content_type="application/json",
        **bearer(keys["gloria"]),
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["status"] == "open" and created["objectives"] == [13]
    key = created["id"]

    matches = client.get(f"/api/v1/hub/requests/{key}/matches?limit=5", **bearer(keys["bruno"]))
    assert matches.status_code == 200
    first = matches.json()[0]
    assert first["kind"] == "offer" and first["id"] == str(cast["offer"].pk)
    assert "works on Objective 13" in first["reasons"]

    response = client.post(
        f"/api/v1/hub/requests/{key}/introductions",
        {"offers": [first["id"]], "message": "Meet."},
        content_type="application/json",
        **bearer(keys["bruno"]),
    )
    assert response.status_code == 201 and response.json()["status"] == "matched"
    assert response.json()["introductions"][0]["contact"]["email"] == "rosa.contact@red.example"
    seen_by_rosa = client.get(f"/api/v1/hub/requests/{key}", **bearer(keys["rosa"])).json()
    assert seen_by_rosa["contact"]["email"] == "gloria.contact@igm.example"

    assert (
        client.post(f"/api/v1/hub/requests/{key}/start", **bearer(keys["gloria"])).json()["status"]
        == "in-progress"
    )
    closed = client.post(
        f"/api/v1/hub/requests/{key}/close",
        {"outcome": "Done.", "feedback_score": 4, "feedback_comment": "Good."},
        content_type="application/json",
        **bearer(keys["gloria"]),
    )
    assert closed.status_code == 200
    assert (closed.json()["status"], closed.json()["feedback_score"]) == ("closed", 4)
    again = client.post(
        f"/api/v1/hub/requests/{key}/introductions",
        {"offers": [first["id"]]},
        content_type="application/json",
        **bearer(keys["bruno"]),
    )
    assert again.status_code == 409 and again.json()["error"] == "the request is closed"


def test_only_brokers_introduce_and_strangers_see_nothing(cast):
    keys, client = cast["keys"], Client()
    request = SupportRequest.objects.create(
        organisation=cast["institute"],
        title="ATD",
        text=NEED,
        languages=["es"],
        support_kinds=["training"],
        country_id="GT",
        contact_email="gloria.contact@igm.example",
    )
    request.objectives.set([13])
    for who in ("otto", "rosa"):
        assert (
            client.get(f"/api/v1/hub/requests/{request.pk}", **bearer(keys[who])).status_code == 404
        )
        assert cast[who].get(f"/hub/requests/{request.pk}/").status_code == 404
    assert client.get(f"/api/v1/hub/requests/{request.pk}").status_code == 401
    assert cast["public"].get(f"/hub/requests/{request.pk}/").status_code == 302  # to log in
    response = client.post(
        f"/api/v1/hub/requests/{request.pk}/introductions",
        {"offers": [str(cast["offer"].pk)]},
        content_type="application/json",
        **bearer(keys["gloria"]),
    )
    assert response.status_code == 404 and not Introduction.objects.exists()
    gloria_matches = client.get(
        f"/api/v1/hub/requests/{request.pk}/matches", **bearer(keys["gloria"])
    )
    assert gloria_matches.status_code == 200
    assert "rosa.contact" not in gloria_matches.text  # no contact before an introduction


def test_contacts_of_people_stay_private_until_an_introduction(cast):
    offer = cast["offer"]
    for client in (cast["public"], cast["gloria"], cast["otto"]):
        assert "rosa.contact@red.example" not in client.get(f"/hub/offers/{offer.pk}/").text
    listed = Client().get("/api/v1/hub/offers").json()
    assert listed[0]["contact"] is None and listed[0]["title"] == offer.title
    assert "rosa.contact@red.example" in cast["bruno"].get(f"/hub/offers/{offer.pk}/").text
    assert "rosa.contact@red.example" in cast["rosa"].get(f"/hub/offers/{offer.pk}/").text


def test_lived_experience_shows_only_with_consent(cast):
    expert = Offer.objects.create(
        kind="expert",
        person_name="Ana",
        title="Ana",
        text="Lawyer.",
        lived_experience="Detained in 2012.",
        languages=["es"],
        support_kinds=["training"],
    )
    assert "Detained in 2012" not in Client().get(f"/hub/offers/{expert.pk}/").text
    expert.lived_experience_consent = True
    expert.save()
    assert "Detained in 2012" in Client().get(f"/hub/offers/{expert.pk}/").text


def test_the_public_sees_demand_as_counts_only(cast):
    for n in range(3):
        r = SupportRequest.objects.create(
            organisation=cast["institute"],
            title=f"Secret need {n}",
            text="secret text",
            country_id="GT",
            languages=["es"],
            support_kinds=["training"],
        )
        r.objectives.set([13])
    lone = SupportRequest.objects.create(
        organisation=cast["institute"],
        title="Lone",
        text="x",
        country_id="TH",
        languages=["en"],
        support_kinds=["data"],
    )
    lone.objectives.set([1])
    page = Client().get("/hub/")
    assert page.status_code == 200
    assert "Secret need" not in page.text and "Instituto" not in page.text
    data = Client().get("/api/v1/hub/demand").json()
    assert data["total"] == 4
    assert {"objective": 13, "title": data["objectives"][0]["title"], "count": 3} in data[
        "objectives"
    ]
    assert data["countries"] == [{"country": "GT", "name": "Guatemala", "count": 3}]  # TH hidden
    regions = {r["region"]: r["count"] for r in data["regions"]}
    assert regions == {"Latin America and the Caribbean": 3, "Asia": 1}


def test_bad_requests_are_refused_with_what_was_wrong_and_nothing_written(cast):
    keys, client = cast["keys"], Client()
    response = client.post(
        "/api/v1/hub/requests",
        {"organisation": "igm", "text": "", "languages": ["zz"], "support_kinds": ["cash"]},
        content_type="application/json",
        **bearer(keys["gloria"]),
    )
    assert response.status_code == 422
    fields = {e["loc"][-1] for e in response.json()["errors"]}
    assert {"text", "languages", "support_kinds"} <= fields
    response = client.post(
        "/api/v1/hub/requests",
        {"organisation": "other", "text": NEED, "languages": ["es"], "support_kinds": ["data"]},
        content_type="application/json",
        **bearer(keys["gloria"]),
    )
    assert response.status_code == 422 and "not one of your organisations" in response.text
    page = cast["gloria"].post("/hub/requests/new/", {"organisation": cast["institute"].pk})
    assert page.status_code == 200 and "This field is required" in page.text
    assert not SupportRequest.objects.exists()


def test_offers_are_created_through_the_page_and_the_api(cast):
    response = cast["rosa"].post(
        "/hub/offers/new/",
        {
            "kind": "offer",
            "organisation": Organisation.objects.get(slug="red").pk,
            "text": "Peer exchange on child-sensitive reception.",
            "objectives": [7],
            "languages": ["es"],
            "support_kinds": ["peer-exchange"],
            "available": "on",
            "regions": ["Central America"],
        },
    )
    assert response.status_code == 302
    offer = Offer.objects.get(text__startswith="Peer exchange")
    assert offer.user.username == "rosa@red.example" and offer.regions == ["Central America"]
    response = Client().post(
        "/api/v1/hub/offers",
        {
            "kind": "expert",
            "person_name": "Bruno B.",
            "text": "Data systems for case management.",
            "languages": ["fr", "sw"],
            "support_kinds": ["data"],
        },
        content_type="application/json",
        **bearer(cast["keys"]["bruno"]),
    )
    assert response.status_code == 201, response.content
    assert response.json()["kind"] == "expert" and response.json()["objectives"]
    assert HubEvent.objects.filter(action="offer-created").count() == 2
    assert cast["otto"].get(f"/hub/offers/{offer.pk}/edit").status_code == 404


def test_an_offer_names_the_practices_it_implemented_and_earns_a_track_record(cast, sample):
    from gcmhub.practices.models import Practice

    practice = Practice.objects.published().filter(objectives__number=13).first()
    key = cast["keys"]["rosa"]
    body = {
        "organisation": "red",
        "text": "Case management for families.",
        "objectives": [13],
        "languages": ["es"],
        "support_kinds": ["training"],
        "practices": ["no-such-id"],
    }
    refused = Client().post(
        "/api/v1/hub/offers", body, content_type="application/json", **bearer(key)
    )
    assert refused.status_code == 422 and "no-such-id" in refused.text
    assert Offer.objects.count() == 1  # only the fixture's
    body["practices"] = [practice.uid]
    made = Client().post("/api/v1/hub/offers", body, content_type="application/json", **bearer(key))
    assert made.status_code == 201 and made.json()["practices"] == [practice.uid]
    request = SupportRequest.objects.create(
        organisation=cast["institute"],
        title="ATD",
        text=NEED,
        languages=["es"],
        support_kinds=["training"],
        country_id="GT",
    )
    request.objectives.set([13])
    found = (
        Client()
        .get(
            f"/api/v1/hub/requests/{request.pk}/matches?kind=offer", **bearer(cast["keys"]["bruno"])
        )
        .json()
    )
    mine = next(s for s in found if s["id"] == made.json()["id"])
    assert "implemented a published practice on Objective 13" in mine["reasons"]
