"""Checking the lines of a hub file: every problem named with its line, nothing guessed."""

from __future__ import annotations

import json

from gcmhub.hub.records import parse

ORG = {
    "type": "organisation",
    "id": "o1",
    "name": "Red",
    "actor_type": "civil-society",
    "country": "MX",
}
OFFER = {
    "type": "offer",
    "id": "f1",
    "organisation": "o1",
    "text": "We train case workers.",
    "objectives": [13],
    "languages": ["es"],
    "regions": ["Central America"],
    "support_kinds": ["training"],
}
REQUEST = {
    "type": "request",
    "id": "r1",
    "organisation": "o1",
    "text": "Help with ATD.",
    "objectives": [],
    "country": "GT",
    "languages": ["es"],
    "support_kinds": ["training"],
}


def lines(*objects) -> list[str]:
    return [o if isinstance(o, str) else json.dumps(o) for o in objects]


def test_a_good_file_parses_into_its_kinds():
    parsed = parse(
        lines(
            ORG,
            OFFER,
            REQUEST,
            {**OFFER, "type": "expert", "id": "e1", "person_name": "Ana", "extra": "ignored"},
        )
    )
    assert parsed.errors == []
    assert [i.id for _n, i in parsed.offers] == ["f1", "e1"]
    assert parsed.requests[0][1].objectives == []


def test_each_bad_line_is_reported_with_its_number_and_what_is_wrong():
    parsed = parse(
        lines(
            ORG,
            "{not json",
            {**OFFER, "objectives": [24]},
            {**OFFER, "id": "f2", "languages": ["xx"]},
            {**OFFER, "id": "f3", "support_kinds": ["cash"]},
            {**REQUEST, "country": "Atlantis"},
            {**REQUEST, "id": "r2", "text": ""},
            {"type": "pledge", "id": "p"},
            {**ORG, "actor_type": "club"},
            ORG,
            {**OFFER, "id": "f4", "organisation": None},
        )
    )
    assert parsed.count == 0 or all(n == 1 for n, _i in parsed.organisations)
    joined = "\n".join(parsed.errors)
    assert "line 2: not valid JSON" in joined
    assert "line 3: objectives: no objective 24" in joined
    assert "line 4: languages: unknown language 'xx'" in joined
    assert "line 5: support_kinds: unknown support kind 'cash'" in joined
    assert "line 6: country: unknown country 'Atlantis'" in joined
    assert "line 7: text:" in joined
    assert 'line 8: "type" must be' in joined
    assert "line 9: actor_type: unknown actor type 'club'" in joined
    assert "line 10: organisation id 'o1' already given on line 1" in joined
    assert "line 11: an offer needs the id of its organisation" in joined


def test_numbers_as_ids_are_kept_as_text_and_country_names_become_codes():
    parsed = parse(lines({**REQUEST, "id": 7, "country": "Guatemala"}))
    ((_n, request),) = parsed.requests
    assert request.id == "7" and request.country == "GT"


def test_an_unknown_region_is_a_warning_not_an_error():
    parsed = parse(lines(ORG, {**OFFER, "regions": ["Narnia"]}))
    assert parsed.errors == []
    assert parsed.warnings and parsed.warnings[0].startswith("line 2: region 'Narnia'")


def test_everyday_forms_of_codes_and_kinds_are_understood():
    org = {**ORG, "actor_type": "NGO", "country": "MEX"}
    offer = {
        **OFFER,
        "languages": ["Spanish", "FR", "eng"],
        "support_kinds": ["Technical advice", "peer_exchange"],
    }
    parsed = parse(lines(org, offer))
    assert parsed.errors == []
    ((_n, o),) = parsed.organisations
    assert (o.actor_type, o.country) == ("civil-society", "MX")
    ((_n, f),) = parsed.offers
    assert f.languages == ["es", "fr", "en"]
    assert f.support_kinds == ["technical-advice", "peer-exchange"]
