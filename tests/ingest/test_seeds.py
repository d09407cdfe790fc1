"""The real seed documents, read from ../shared/seeds (never copied here); skipped without them.

Counts come from reading the booklet by hand (bench/data/seed_actions_gold.json).
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from gcmhub.ingest.pipeline import read_document
from gcmhub.practices.models import Practice
from gcmhub.reference.models import Objective
from tests.conftest import ROOT, SEEDS

BOOKLET = SEEDS / "003_b1344590cba8fe40.txt"
pytestmark = pytest.mark.skipif(not BOOKLET.exists(), reason=f"no seed documents at {SEEDS}")
GOLD = json.loads((ROOT / "bench" / "data" / "seed_actions_gold.json").read_text())


def test_the_booklet_yields_all_23_objectives_with_every_action():
    record = read_document(BOOKLET)
    assert record.kind == "booklet"
    letters = {str(o.number): "".join(a.letter for a in o.actions) for o in record.objectives}
    assert letters == GOLD["letters"]


def test_the_booklet_examples_are_practices_under_their_objective():
    gold = [json.loads(line) for line in (ROOT / "bench/data/seed_practices_gold.jsonl").open()]
    gold = {g["line"]: g["objective"] for g in gold if g["file"] == BOOKLET.name}
    record = read_document(BOOKLET)
    got = {int(p.locator.split()[-1]): p.objectives[0] for p in record.practices}
    assert got == gold
    thailand = [p for p in record.practices if "TH" in p.countries]
    assert any(13 in p.objectives for p in thailand)
    assert all(p.sdg_targets for p in record.practices if p.objectives[0] not in (2, 19))
    assert sum(bool(p.citations) for p in record.practices) >= 70


@pytest.mark.django_db
def test_ingesting_the_seeds_twice_changes_nothing_the_second_time(reference, capsys):
    call_command("ingest", str(SEEDS), "--json")
    first = json.loads(capsys.readouterr().out)
    assert first["failed"] == 0 and first["objectives"] == 23
    count = Practice.objects.count()
    call_command("ingest", str(SEEDS), "--json")
    second = json.loads(capsys.readouterr().out)
    assert (second["created"], second["updated"], second["removed"]) == (0, 0, 0)
    assert Practice.objects.count() == count >= 95
    assert Objective.objects.get(number=13).actions.count() == 8
    assert Objective.objects.get(number=1).sdg_targets.filter(code="17.18").exists()
