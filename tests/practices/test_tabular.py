"""Reading structured practice files: validation per row, errors that name the row."""

from __future__ import annotations

import json

import pytest

from gcmhub.ingest.records import IngestError
from gcmhub.ingest.tabular import derive_title, read_practices
from tests.conftest import write

GOOD = {"id": "t-1", "text": "A city runs a one-stop centre for newcomers.", "objectives": [16]}


def jsonl(*rows) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n"


def refused(path) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_practices(path)
    return caught.value


def test_it_reads_a_minimal_row_and_derives_a_title(tmp_path):
    path = write(tmp_path, "a.jsonl", jsonl({"text": "Only text. More follows here."}))
    [record] = read_practices(path)
    assert record.title == "Only text"
    assert record.objectives == [] and record.status == "published"
    assert record.locator == "line 1"


def test_it_names_the_row_with_bad_json(tmp_path):
    error = refused(write(tmp_path, "a.jsonl", jsonl(GOOD, '{"text": "unclosed')))
    assert error.where == "a.jsonl"
    assert any(p.startswith("row 2: bad JSON") for p in error.problems)


def test_it_refuses_objective_24(tmp_path):
    error = refused(
        write(tmp_path, "a.jsonl", jsonl(GOOD, {**GOOD, "id": "t-2", "objectives": [24]}))
    )
    assert error.problems == [
        "row 2: objectives: unknown objective 24 (the GCM has objectives 1 to 23)"
    ]


def test_it_refuses_an_unknown_country_code(tmp_path):
    error = refused(write(tmp_path, "a.jsonl", jsonl({**GOOD, "countries": ["XX"]})))
    assert "row 1: countries: unknown country code 'XX'" in error.problems[0]


def test_it_refuses_a_row_without_text(tmp_path):
    error = refused(write(tmp_path, "a.jsonl", jsonl(GOOD, {"id": "t-3", "title": "No text"})))
    assert error.problems == ["row 2: text: is required and must be non-empty text"]


def test_it_refuses_bytes_that_are_not_text(tmp_path):
    raw = jsonl(GOOD).encode() + b'{"text": "caf\xe9 \xff\xfe"}\n'
    error = refused(write(tmp_path, "a.jsonl", raw))
    assert error.problems[0].startswith("row 2: bytes that are not UTF-8 text")


def test_it_lists_every_bad_row_at_once(tmp_path):
    rows = jsonl({"text": ""}, GOOD, {"text": "x", "objectives": [0]}, {"text": "y", "scope": "x"})
    error = refused(write(tmp_path, "a.jsonl", rows))
    assert [p.split(":")[0] for p in error.problems] == ["row 1", "row 3", "row 4"]
    assert "3 bad rows; nothing imported" in error.message


def test_it_refuses_a_repeated_id(tmp_path):
    error = refused(write(tmp_path, "a.jsonl", jsonl(GOOD, GOOD)))
    assert error.problems == ["row 2: id 't-1' repeats row 1"]


def test_it_refuses_an_empty_file(tmp_path):
    assert refused(write(tmp_path, "a.jsonl", "\n \n")).message == "the file is empty"


def test_it_refuses_end_before_start(tmp_path):
    error = refused(
        write(tmp_path, "a.jsonl", jsonl({**GOOD, "start_year": 2020, "end_year": 2019}))
    )
    assert "end_year 2019 is before start_year 2020" in error.problems[0]


CSV_HEADER = "id,text,objectives,countries,actors,start_year\n"


def test_it_reads_csv_with_list_cells(tmp_path):
    path = write(
        tmp_path, "a.csv", CSV_HEADER + 'c-1,"Text, with comma",13; 7,TH; MY,civil-society,2019\n'
    )
    [record] = read_practices(path)
    assert record.objectives == [13, 7]
    assert record.countries == ["TH", "MY"]
    assert record.actors == ["civil-society"]
    assert record.start_year == 2019


def test_it_names_the_csv_row_with_an_unknown_objective(tmp_path):
    path = write(tmp_path, "a.csv", CSV_HEADER + "c-1,ok,13,,,\nc-2,bad,24,,,\n")
    assert refused(path).problems[0].startswith("row 3: objectives: unknown objective '24'")


def test_it_names_the_csv_row_with_bytes_that_are_not_text(tmp_path):
    path = write(tmp_path, "a.csv", CSV_HEADER.encode() + b"c-1,ok,13,,,\nc-2,\xff\xfe\x00,1,,,\n")
    assert refused(path).message.startswith("row 3: bytes that are not UTF-8 text")


def test_it_refuses_unknown_csv_columns(tmp_path):
    path = write(tmp_path, "a.csv", "text,colour\nhello,blue\n")
    assert refused(path).message == "unknown CSV columns: colour"


def test_derived_titles_stop_at_a_word():
    title = derive_title("word " * 100)
    assert len(title) <= 121 and title.endswith("word…")
