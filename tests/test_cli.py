"""The command-line contract of DESIGN.md, run as a person would: through ``gcmhub``."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from gcmhub.reference.models import Country, Objective

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_init_is_idempotent(db):
    first = run("init")
    second = run("init")
    assert first == second
    assert "23 objectives" in first and "10 principles" in first and "13 actor types" in first
    assert Objective.objects.count() == 23
    assert Country.objects.get(code="TH").area.name == "South-eastern Asia"


def test_export_objectives_follows_the_contract(reference):
    lines = [json.loads(line) for line in run("export", "objectives").splitlines()]
    assert [o["objective"] for o in lines] == list(range(1, 24))
    assert set(lines[0]) == {"objective", "title", "actions", "sdg_targets"}


def test_export_to_a_file_is_written_whole(sample, tmp_path):
    out = tmp_path / "practices.csv"
    run("export", "practices", "--format", "csv", "--out", str(out))
    assert out.read_text().startswith("id,title,text,objectives")
    assert [p.name for p in tmp_path.iterdir()] == ["practices.csv"]


def test_export_into_a_missing_folder_fails_cleanly(sample, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="is not a folder"):
        run("export", "practices", "--out", str(tmp_path / "nope" / "x.jsonl"))
