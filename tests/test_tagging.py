"""Tagging from text alone; sentences written for these tests."""

from __future__ import annotations

import pytest

from gcmhub.tagging import tag_text
from gcmhub.tagging.countries import find_countries
from gcmhub.tagging.cues import find_period, find_sdg_targets


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Thai officials visited Swedish municipalities.", ["TH", "SE"]),
        ("Workshops were held in Lyon and Turin.", ["FR", "IT"]),
        (
            "Niger and Nigeria signed; so did Papua New Guinea and Guinea-Bissau.",
            ["NE", "NG", "PG", "GW"],
        ),
        ("A woman ordered a turkey sandwich.", []),
        ("Le gouvernement du Sénégal et la Côte d’Ivoire", ["SN", "CI"]),
        ("El gobierno de México apoya a los venezolanos en Colombia.", ["MX", "CO"]),
        ("The Dominican Republic and its Dominican diaspora.", ["DO"]),
        ("Projects across the Indian Ocean and in Viet Nam.", ["VN"]),
    ],
)
def test_it_finds_countries_by_name_demonym_and_city(text, codes):
    assert find_countries(text) == codes


def test_it_tags_actors_regions_and_principles():
    tags = tag_text(
        "The ministry, UNHCR and civil society groups in West Africa support unaccompanied "
        "children through case management, with the Red Cross."
    )
    assert tags.actors == [
        "national-government",
        "international-organization",
        "civil-society",
        "red-cross-red-crescent",
    ]
    assert tags.regions == ["Western Africa"]
    assert {"child-sensitive", "people-centred", "whole-of-society"} <= set(tags.principles)


def test_it_reads_sdg_targets_only_when_written_as_targets():
    assert find_sdg_targets("SDG target 10.7 and target 16.9; 3.5 million people") == [
        "10.7",
        "16.9",
    ]
    assert find_sdg_targets("■ 17:18: By 2020, enhance capacity") == ["17.18"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The scheme ran from 2016 to 2020.", (2016, 2020)),
        ("Since 2015 the city has offered courses.", (2015, None)),
        ("In March 2019 the office opened; see Smith (2021), https://x.org/2022", (2019, None)),
        ("No date at all.", (None, None)),
    ],
)
def test_it_reads_the_period(text, period):
    assert find_period(text) == period
