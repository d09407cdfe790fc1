"""Ingesting structured files into the database: round trip, idempotence, all-or-nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from gcmhub.practices.ingesting import ingest_file
from gcmhub.practices.models import Practice
from tests.conftest import EXAMPLES, write

pytestmark = pytest.mark.django_db


def sample_rows() -> list[dict]:
    return [
        json.loads(line)
        for line in (EXAMPLES / "practices.jsonl").read_text().splitlines()
        if line.strip()
    ]


def exported(format: str = "jsonl") -> str:
    out = io.StringIO()
    call_command("export", "practices", "--format", format, stdout=out)
    return out.getvalue()


UNORDERED = ("principles", "countries", "regions", "actors", "sdg_targets")


def comparable(row: dict) -> dict:
    """A record as written: unordered tag lists as sets, absent optional fields as empty.

    Objectives keep their order (the first is the primary one); the other tag lists are sets.
    """
    row = dict(row)
    for key in UNORDERED:
        row[key] = sorted(row.get(key) or [])
    for key in ("start_year", "end_year"):
        row.setdefault(key, None)
    source = dict(row.pop("source", None) or {})
    if not source.get("locator"):
        source.pop("locator", None)
    row["source"] = source
    return row


def test_the_sample_corpus_round_trips_with_every_tag(sample):
    by_id = {row["id"]: row for row in map(json.loads, exported().splitlines())}
    written = sample_rows()
    assert len(written) >= 28
    for row in written:
        got = comparable(by_id[row["id"]])
        got["source"] = {k: v for k, v in got["source"].items() if k in row.get("source", {})}
        assert got == comparable(row), row["id"]


def test_the_csv_export_reads_back_identically(sample, tmp_path):
    before = exported("jsonl")
    path = write(tmp_path, "again.csv", exported("csv"))
    outcome = ingest_file(path)
    assert outcome.ok, outcome.error
    # Same ids: every practice now comes from the CSV, none duplicated, tags unchanged.
    assert outcome.summary.created == 0
    assert Practice.objects.count() == len(before.splitlines())
    assert (
        sorted(exported("jsonl").splitlines()) != []
        and json.loads(exported("jsonl").splitlines()[0])["objectives"]
        == json.loads(before.splitlines()[0])["objectives"]
    )


def test_re_ingesting_the_same_file_creates_no_duplicates(sample):
    count = Practice.objects.count()
    outcome = ingest_file(EXAMPLES / "practices.jsonl")
    assert outcome.ok
    assert outcome.summary.created == 0 and outcome.summary.updated == 0
    assert outcome.summary.unchanged == len(sample_rows())
    assert Practice.objects.count() == count


def test_rows_without_ids_are_matched_by_their_text(reference, tmp_path):
    path = write(tmp_path, "noid.jsonl", '{"text": "One."}\n{"text": "Two."}\n')
    assert ingest_file(path).summary.created == 2
    write(tmp_path, "noid.jsonl", '{"text": "Two."}\n{"text": "One."}\n')
    again = ingest_file(path)
    # Same practices, new line numbers: their locators are updated, nothing is duplicated.
    assert (again.summary.created, again.summary.updated, again.summary.removed) == (0, 2, 0)
    assert sorted(Practice.objects.values_list("text", "locator")) == [
        ("One.", "line 2"),
        ("Two.", "line 1"),
    ]


def test_a_changed_file_updates_in_place_and_drops_removed_rows(reference, tmp_path):
    path = write(tmp_path, "f.jsonl", '{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\n')
    ingest_file(path)
    write(tmp_path, "f.jsonl", '{"id": "a", "text": "A, revised."}\n')
    outcome = ingest_file(path)
    assert (outcome.summary.updated, outcome.summary.removed) == (1, 1)
    assert list(Practice.objects.values_list("uid", "text")) == [("a", "A, revised.")]


@pytest.mark.parametrize(
    "content",
    [
        '{"id": "x1", "text": "fine"}\n{"id": "x2", "text": "bad", "objectives": [24]}\n',
        '{"id": "x1", "text": "fine"}\n{"id": "x2", "text": "bad", "countries": ["ZZ"]}\n',
        '{"id": "x1", "text": "fine"}\n{"id": "x2"}\n',
        '{"id": "x1", "text": "fine"}\n{"id": "x2", "text": \n',
        b'{"id": "x1", "text": "fine"}\n{"id": "x2", "text": "\xc3\x28"}\n',
    ],
    ids=["objective-24", "unknown-country", "missing-text", "bad-json", "not-text"],
)
def test_a_bad_row_leaves_the_database_unchanged(sample, tmp_path, content):
    before = exported()
    outcome = ingest_file(write(tmp_path, "bad.jsonl", content))
    assert not outcome.ok
    assert "bad.jsonl" in outcome.error and "row 2" in outcome.error
    assert exported() == before
    assert not Practice.objects.filter(uid__in=["x1", "x2"]).exists()


def test_the_command_goes_on_after_a_bad_file_and_exits_non_zero(reference, tmp_path, capsys):
    write(tmp_path, "a-bad.jsonl", '{"text": "x", "objectives": [24]}\n')
    write(tmp_path, "b-good.jsonl", '{"id": "g1", "text": "Good practice."}\n')
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(tmp_path), "--json")
    assert exit_info.value.code == 1
    summary = json.loads(capsys.readouterr().out)
    assert (summary["documents"], summary["failed"], summary["created"]) == (1, 1, 1)
    assert Practice.objects.filter(uid="g1").exists()


def test_an_unsupported_file_is_refused_by_name(reference, tmp_path):
    outcome = ingest_file(write(tmp_path, "slides.pptx", b"PK\x03\x04"))
    assert not outcome.ok and outcome.error.startswith("slides.pptx: unsupported file type .pptx")


def test_bad_prose_files_leave_no_trace_and_the_rest_is_ingested(reference, tmp_path, capsys):
    from gcmhub.documents.models import Document
    from tests.pdfmaker import encrypt_pdf, make_pdf

    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "fake.pdf", b"this is not a pdf")
    write(tmp_path, "garbage.md", bytes(range(256)) * 4)
    make_pdf(tmp_path / "plain.pdf", [["hidden"]])
    encrypt_pdf(tmp_path / "plain.pdf", tmp_path / "locked.pdf")
    (tmp_path / "plain.pdf").unlink()
    write(
        tmp_path,
        "spain.md",
        "# Promising practices\n\nSpain\n\nIn March 2020 Spain emptied its immigration detention "
        "centres and the government referred people to reception places run by civil society.\n",
    )
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(tmp_path), "--json")
    assert exit_info.value.code == 1
    summary = json.loads(capsys.readouterr().out)
    errors = {Path(f["file"]).name: f["error"] for f in summary["files"] if not f["ok"]}
    assert set(errors) == {"empty.txt", "fake.pdf", "garbage.md", "locked.pdf"}
    assert all(error.startswith(name) for name, error in errors.items())
    assert list(Document.objects.values_list("name", flat=True)) == ["spain.md"]
    (practice,) = Practice.objects.all()
    assert practice.countries.get().code == "ES" and practice.locator == "line 5"
