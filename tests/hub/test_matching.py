"""The matcher on plain data: hard constraints, what ranks first, and the reasons it gives."""

from __future__ import annotations

import numpy as np
import pytest

from gcmhub.hub import geography
from gcmhub.hub.matching import (
    FULL,
    KEYWORD_ONLY,
    Need,
    PeerRequest,
    PracticeLead,
    Provider,
    merge,
    rank_peers,
    rank_practices,
    rank_providers,
)

NEED = Need(
    id="r1",
    text="alternatives to detention for families",
    objectives=(13,),
    country="GT",
    languages=("es",),
    support_kinds=frozenset({"training"}),
)


def offer(id: str, **fields) -> Provider:
    base = {
        "kind": "offer",
        "text": "x",
        "objectives": frozenset({13}),
        "languages": frozenset({"es"}),
        "regions": geography.normalise(["Central America"]),
        "support_kinds": frozenset({"training"}),
    }
    return Provider(id=id, **{**base, **fields})


def ranked(providers, meaning=None, words=None, need=NEED, weights=FULL):
    n = len(providers)
    meaning = np.full(n, 0.8) if meaning is None else np.array(meaning, dtype=float)
    words = np.zeros(n) if words is None else np.array(words, dtype=float)
    return rank_providers(need, providers, meaning, words, weights, {"es": "Spanish"})


def ids(suggestions) -> list[str]:
    return [s.id for s in suggestions]


def test_it_leaves_out_offers_in_a_language_the_requester_does_not_speak():
    found = ranked([offer("en", languages=frozenset({"en"})), offer("es")], words=[1, 0])
    assert ids(found) == ["es"]


def test_it_leaves_out_offers_of_another_kind_of_support():
    found = ranked([offer("funding", support_kinds=frozenset({"funding"})), offer("ok")])
    assert ids(found) == ["ok"]


def test_it_leaves_out_offers_for_another_region_but_keeps_global_and_unspecified_ones():
    providers = [
        offer("asia", regions=geography.normalise(["South-eastern Asia"])),
        offer("global", regions=geography.normalise(["worldwide"])),
        offer("anywhere", regions=frozenset()),
        offer("by-country", regions=geography.normalise(["Guatemala"])),
        offer("by-grouping", regions=geography.normalise(["SICA"])),
        offer(
            "by-route", regions=geography.normalise(["Central America - North America corridor"])
        ),
        offer("latam", regions=geography.normalise(["Latin America"])),
    ]
    found = ids(ranked(providers))
    assert "asia" not in found
    assert set(found) == {"global", "anywhere", "by-country", "by-grouping", "by-route", "latam"}


def test_it_leaves_out_unavailable_offers():
    assert ids(ranked([offer("busy", available=False), offer("free")])) == ["free"]


def test_shared_words_alone_do_not_beat_a_shared_need():
    decoy = offer("decoy", objectives=frozenset({1}))
    right = offer("right")
    found = ranked([decoy, right], meaning=[0.80, 0.90], words=[1.0, 0.1])
    assert ids(found) == ["right", "decoy"]


def test_the_keyword_baseline_ranks_by_words_and_ignores_constraints():
    wrong_language = offer("en", languages=frozenset({"en"}))
    found = ranked([offer("es"), wrong_language], words=[0.2, 1.0], weights=KEYWORD_ONLY)
    assert ids(found) == ["en", "es"]


def test_a_narrower_region_ranks_above_global_when_all_else_is_equal():
    found = ranked([offer("global", regions=frozenset({"global"})), offer("near")])
    assert ids(found) == ["near", "global"]


def test_every_suggestion_carries_readable_reasons():
    provider = offer("r", practice_objectives=frozenset({13}), lived_experience=True)
    (suggestion,) = ranked([provider], meaning=[0.9])
    reasons = [str(r) for r in suggestion.reasons]
    assert "works on Objective 13" in reasons
    assert "speaks Spanish" in reasons
    assert "works in Central America" in reasons
    assert "offers training" in reasons
    assert "describes a similar need" in reasons
    assert "implemented a published practice on Objective 13" in reasons
    assert "brings lived experience of migration" in reasons
    assert suggestion.as_dict()["kind"] == "offer" and 0 < suggestion.score <= 1


def test_inferred_objectives_count_less_than_listed_ones():
    listed = ranked([offer("a")])[0].score
    inferred = ranked([offer("a")], need=Need(**{**vars(NEED), "inferred": True}))[0].score
    assert inferred < listed


def test_twins_are_other_states_nearby_asking_about_the_same_objectives():
    twins = [
        PeerRequest("HN", frozenset({13})),  # same route and sub-region
        PeerRequest("TH", frozenset({13})),  # far away
        PeerRequest("SV", frozenset({20})),  # nearby, another need
        PeerRequest("GT", frozenset({13})),  # the requester's own State
    ]
    found = rank_peers(NEED, twins, {})
    assert ids(found) == ["HN"]
    assert any("twin" in str(r) for r in found[0].reasons)


def test_mentors_are_states_with_published_practices_on_the_objectives_asked():
    mentors = {"MX": {13: 4}, "SE": {13: 1}, "FR": {7: 9}, "GT": {13: 9}}
    found = rank_peers(NEED, [], mentors)
    assert ids(found) == ["MX", "SE"]
    assert "mentor: 4 published practice(s) on Objective 13" in [str(r) for r in found[0].reasons]


def test_practices_on_the_objective_nearby_come_first():
    leads = [
        PracticeLead("far", "Far", (13,), ("TH",)),
        PracticeLead("near", "Near", (13,), ("HN",)),
        PracticeLead("other", "Other", (20,), ("HN",)),
    ]
    found = rank_practices(NEED, leads, np.array([0.85, 0.85, 0.85]))
    assert ids(found) == ["near", "far", "other"]


def test_offers_come_before_peers_and_practices_of_the_same_strength():
    a = ranked([offer("o")], meaning=[0.92])
    peers = rank_peers(NEED, [], {"MX": {13: 9}})
    practices = rank_practices(NEED, [PracticeLead("p", "P", (13,), ("GT",))], np.array([0.92]))
    merged = merge(peers, practices, a)
    assert merged[0].kind == "offer"
    assert merge(peers, practices, a, limit=2) == merged[:2]


@pytest.mark.parametrize(
    ("label", "folded"),
    [
        ("Latin America", "latin america and the caribbean"),
        ("Guatemala", "GT"),
        ("gt", "GT"),
        ("Amérique latine", "latin america and the caribbean"),
        ("Narnia", "narnia"),
    ],
)
def test_region_labels_are_understood_in_everyday_forms(label, folded):
    assert folded in geography.normalise([label])


def test_unknown_region_labels_match_requests_that_name_them():
    need = Need(**{**vars(NEED), "regions": frozenset({"narnia"})})
    found = ranked([offer("n", regions=geography.normalise(["Narnia"]))], need=need)
    assert ids(found) == ["n"]
    assert ids(ranked([offer("n", regions=geography.normalise(["Narnia"]))])) == []
