"""``gcmhub hub load`` and ``gcmhub hub match`` on a small file, on the database under test."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gcmhub.accounts.models import Organisation
from gcmhub.hub.models import HubEvent, Offer, SupportRequest

ORGS = [
    {
        "type": "organisation",
        "id": "gt-mig",
        "name": "Instituto Guatemalteco de Migración",
        "actor_type": "national-government",
        "country": "GT",
    },
    {
        "type": "organisation",
        "id": "red",
        "name": "Red de Acogida",
        "actor_type": "civil-society",
        "country": "MX",
    },
    {
        "type": "organisation",
        "id": "watch",
        "name": "Detention Watch Europe",
        "actor_type": "civil-society",
        "country": "BE",
    },
]
OFFERS = [
    {
        "type": "offer",
        "id": "case-mgmt",
        "organisation": "red",
        "objectives": [13],
        "text": "Formamos equipos de gestión de casos comunitaria para que las familias migrantes "
        "no sean detenidas.",
        "languages": ["es", "en"],
        "regions": ["Central America"],
        "support_kinds": ["training"],
    },
    {
        "type": "offer",
        "id": "monitoring",
        "organisation": "watch",
        "objectives": [13],
        "text": "We monitor conditions in immigration detention centres.",
        "languages": ["en"],
        "regions": ["Europe"],
        "support_kinds": ["training"],
    },
    {
        "type": "offer",
        "id": "remit",
        "organisation": "red",
        "objectives": [20],
        "text": "Datos sobre el costo de las remesas y la detención de cifras.",
        "languages": ["es"],
        "regions": ["global"],
        "support_kinds": ["data"],
    },
    {
        "type": "expert",
        "id": "ana",
        "person_name": "Ana Pérez",
        "objectives": [13],
        "text": "Abogada con experiencia en alternativas a la detención de niños y familias.",
        "languages": ["es"],
        "regions": ["Latin America"],
        "support_kinds": ["training", "legal-drafting"],
        "contact_email": "ana@example.org",
        "lived_experience": "Detained in 2012.",
        "lived_experience_consent": True,
    },
]
REQUESTS = [
    {
        "type": "request",
        "id": "gt-atd",
        "organisation": "gt-mig",
        "objectives": [13],
        "text": "Necesitamos capacitar a nuestro personal en alternativas a la detención para "
        "familias con niños.",
        "country": "GT",
        "languages": ["es"],
        "support_kinds": ["training"],
    },
    {
        "type": "request",
        "id": "gt-open",
        "organisation": "gt-mig",
        "objectives": [],
        "text": "We want to cut the cost of sending remittances home for migrant workers.",
        "country": "GT",
        "languages": ["en", "es"],
        "support_kinds": ["data"],
    },
]


def hub_file(tmp_path, rows, name="hub.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) if isinstance(r, dict) else r for r in rows) + "\n")
    return path


def run(*args) -> str:
    out = io.StringIO()
    call_command("hub", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def loaded(reference, tmp_path):
    path = hub_file(tmp_path, ORGS + OFFERS + REQUESTS)
    return json.loads(run("load", str(path), "--json")), path


def test_it_loads_every_kind_and_keeps_the_file_ids_as_external_ids(loaded):
    summary, _path = loaded
    assert summary["created"] == {"organisation": 3, "offer": 3, "expert": 1, "request": 2}
    assert Organisation.objects.get(external_id="red").name == "Red de Acogida"
    ana = Offer.objects.get(external_id="ana")
    assert ana.kind == "expert" and ana.organisation is None and ana.vector is not None
    request = SupportRequest.objects.get(external_id="gt-atd")
    assert request.objective_numbers() == [13] and not request.objectives_inferred
    assert request.vector is not None  # embedded at load, so matching never waits for it
    assert HubEvent.objects.filter(action="loaded").count() == 6


def test_a_request_without_objectives_has_them_inferred_from_its_text(loaded):
    request = SupportRequest.objects.get(external_id="gt-open")
    assert request.objectives_inferred
    assert 20 in request.objective_numbers()
    assert loaded[0]["objectives_inferred"] == 1


def test_loading_the_same_file_again_changes_nothing(loaded):
    _summary, path = loaded
    again = json.loads(run("load", str(path), "--json"))
    assert again["created"] == {} and again["updated"] == {}
    assert again["unchanged"] == {"organisation": 3, "offer": 3, "expert": 1, "request": 2}
    assert Offer.objects.count() == 4


def test_a_changed_line_updates_its_row_in_place(loaded, tmp_path):
    changed = [*ORGS, {**OFFERS[0], "text": "Now also in French.", "languages": ["fr"]}]
    summary = json.loads(run("load", str(hub_file(tmp_path, changed, "b.jsonl")), "--json"))
    assert summary["updated"] == {"offer": 1}
    offer = Offer.objects.get(external_id="case-mgmt")
    assert offer.languages == ["fr"] and offer.text == "Now also in French."


def test_a_file_with_bad_lines_loads_nothing_and_names_each_line(reference, tmp_path):
    rows = [
        *ORGS,
        OFFERS[0],
        {**OFFERS[1], "objectives": [99]},
        "{oops",
        {**REQUESTS[0], "organisation": "nobody"},
    ]
    err = io.StringIO()
    with pytest.raises(CommandError, match="3 bad line"):
        call_command("hub", "load", str(hub_file(tmp_path, rows)), stdout=io.StringIO(), stderr=err)
    assert "line 5: objectives: no objective 99" in err.getvalue()
    assert "line 6: not valid JSON" in err.getvalue()
    assert "line 7: no organisation 'nobody' in this file or the hub" in err.getvalue()
    assert Organisation.objects.count() == 0 and Offer.objects.count() == 0
    assert SupportRequest.objects.count() == 0


def test_a_missing_file_is_a_clear_error(reference, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("load", str(tmp_path / "absent.jsonl"))


def test_match_prints_json_suggestions_best_first_with_external_ids(loaded):
    found = json.loads(run("match", "gt-atd", "--json", "--limit", "5"))
    assert len(found) <= 5
    assert set(found[0]) == {"kind", "id", "score", "reasons"}
    assert [s["score"] for s in found] == sorted((s["score"] for s in found), reverse=True)
    offers = [s["id"] for s in found if s["kind"] in ("offer", "expert")]
    # English-only and Europe-only monitoring, and remittance data, break hard constraints
    assert offers[:2] == ["case-mgmt", "ana"] or offers[:2] == ["ana", "case-mgmt"]
    assert "monitoring" not in offers and "remit" not in offers
    assert found[0]["reasons"] and "speaks Spanish" in found[0]["reasons"]


def test_match_can_keep_to_some_kinds(loaded):
    found = json.loads(run("match", "gt-atd", "--json", "--kind", "expert"))
    assert [s["id"] for s in found] == ["ana"]
    assert "brings lived experience of migration" in found[0]["reasons"]


def test_match_of_an_inferred_request_finds_the_offer_on_its_need(loaded):
    found = json.loads(run("match", "gt-open", "--json", "--kind", "offer"))
    assert [s["id"] for s in found][:1] == ["remit"]


def test_the_baseline_ranks_by_words_alone(loaded):
    found = json.loads(run("match", "gt-atd", "--json", "--baseline", "--kind", "offer"))
    assert "case-mgmt" in [s["id"] for s in found]


def test_match_of_an_unknown_request_is_a_clear_error(loaded):
    with pytest.raises(CommandError, match="no request 'nope'"):
        run("match", "nope")
    with pytest.raises(CommandError, match="--limit"):
        run("match", "gt-atd", "--limit", "0")
