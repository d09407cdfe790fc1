"""Structured practice files (JSON Lines and CSV) read into validated :class:`PracticeRecord`.

All rows are checked before anything is stored: one bad row refuses the whole file, and the
error lists every bad row by number so a person can fix them in one pass.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry

from gcmhub.ingest.records import Citation, IngestError, PracticeRecord
from gcmhub.reference import data

LIST_FIELDS = ("objectives", "principles", "countries", "regions", "actors", "sdg_targets")
CSV_COLUMNS = (
    "id",
    "title",
    "text",
    *LIST_FIELDS,
    "start_year",
    "end_year",
    "scope",
    "practice_type",
    "language",
    "status",
    "source_document",
    "source_locator",
    "citations",
)
CSV_SEPARATOR = ";"
MAX_TEXT = 100_000
TITLE_LENGTH = 120
_SDG_TARGET = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])$")


def read_practices(path: Path, raw: bytes | None = None) -> list[PracticeRecord]:
    """Every row of a ``.jsonl`` or ``.csv`` file, or :class:`IngestError` listing bad rows."""
    raw = path.read_bytes() if raw is None else raw
    if not raw.strip():
        raise IngestError(path.name, "the file is empty")
    suffix = path.suffix.lower()
    rows = _jsonl_rows(path.name, raw) if suffix == ".jsonl" else _csv_rows(path.name, raw)
    records: list[PracticeRecord] = []
    problems: list[str] = []
    seen_ids: dict[str, int] = {}
    for number, row in rows:
        try:
            record = practice_from_mapping(row, locator=f"line {number}")
        except ValueError as exc:
            problems.append(f"row {number}: {exc}")
            continue
        if record.external_id and record.external_id in seen_ids:
            first = seen_ids[record.external_id]
            problems.append(f"row {number}: id {record.external_id!r} repeats row {first}")
            continue
        if record.external_id:
            seen_ids[record.external_id] = number
        records.append(record)
    if problems:
        noun = "row" if len(problems) == 1 else "rows"
        raise IngestError(path.name, f"{len(problems)} bad {noun}; nothing imported", problems)
    return records


def _jsonl_rows(name: str, raw: bytes) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line; JSON Lines are UTF-8 by definition."""
    problems: list[str] = []
    rows: list[tuple[int, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"row {number}: bytes that are not UTF-8 text at byte {exc.start}")
            continue
        if not text.strip():
            continue
        try:
            rows.append((number, json.loads(text)))
        except json.JSONDecodeError as exc:
            problems.append(f"row {number}: bad JSON ({exc.msg} at column {exc.colno})")
    if problems:
        raise IngestError(name, f"{len(problems)} unreadable rows; nothing imported", problems)
    return iter(rows)


def _csv_rows(name: str, raw: bytes) -> Iterator[tuple[int, Any]]:
    """(line number, row dict) for each CSV record; list cells are split on ``;``."""
    text = _decode_csv(name, raw)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        raise IngestError(name, "the CSV header has no 'text' column")
    unknown = [f for f in reader.fieldnames if f.strip() not in CSV_COLUMNS]
    if unknown:
        raise IngestError(name, f"unknown CSV columns: {', '.join(unknown)}")
    rows = []
    for row in reader:
        number = reader.line_num
        if None in row:
            raise IngestError(name, f"row {number}: more cells than the header has columns")
        rows.append((number, _csv_to_mapping(row)))
    return iter(rows)


def _decode_csv(name: str, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise IngestError(
            name, f"row {line}: bytes that are not UTF-8 text (save the file as UTF-8)"
        ) from exc


def _csv_to_mapping(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        key, value = key.strip(), (value or "").strip()
        if key in LIST_FIELDS:
            out[key] = [v.strip() for v in value.split(CSV_SEPARATOR) if v.strip()]
        elif key == "citations":
            out["source"] = out.get("source", {}) | {
                "citations": [v.strip() for v in value.split(" | ") if v.strip()]
            }
        elif key in ("source_document", "source_locator"):
            out["source"] = out.get("source", {}) | {key.removeprefix("source_"): value}
        else:
            out[key] = value or None
    return out


def practice_from_mapping(row: Any, locator: str = "") -> PracticeRecord:
    """Validate one record of the export shape; ValueError says every field that is wrong."""
    if not isinstance(row, dict):
        raise ValueError("expected a JSON object")
    errors: list[str] = []

    def field(name: str, check):
        try:
            return check(row.get(name))
        except ValueError as exc:
            errors.append(f"{name}: {exc}")
            return None

    text = field("text", _text)
    source = field("source", _source) or {}
    start, end = field("start_year", _year), field("end_year", _year)
    if start and end and end < start:
        errors.append(f"end_year {end} is before start_year {start}")
    record = PracticeRecord(
        text=text or "",
        title=field("title", _title) or "",
        external_id=field("id", _identifier),
        objectives=field("objectives", _objectives) or [],
        principles=field("principles", _slugs(data.principle_slugs(), "principle")) or [],
        countries=field("countries", _countries) or [],
        regions=field("regions", _labels) or [],
        actors=field("actors", _slugs(data.actor_slugs(), "actor type")) or [],
        sdg_targets=field("sdg_targets", _sdg_targets) or [],
        start_year=start,
        end_year=end,
        scope=field("scope", _choice(data.SCOPES, "scope")) or "",
        practice_type=field("practice_type", _choice(data.PRACTICE_TYPES, "type")) or "",
        language=field("language", _language) or "en",
        status=field("status", _choice(data.STATUSES, "status")) or "published",
        locator=source.get("locator") or locator,
        source_name=source.get("document", ""),
        citations=source.get("citations", []),
    )
    if errors:
        raise ValueError("; ".join(errors))
    if not record.title:
        record.title = derive_title(record.text)
    return record


def derive_title(text: str, limit: int = TITLE_LENGTH) -> str:
    """The first sentence, cut at a word boundary, for records that arrive without a title."""
    first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0].rstrip(".!? ")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;: ") + "…"


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("is required and must be non-empty text")
    if len(value) > MAX_TEXT:
        raise ValueError(f"is longer than {MAX_TEXT} characters")
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value.strip()


def _title(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > 300:
        raise ValueError("is longer than 300 characters")
    return " ".join(value.split())


def _identifier(value: Any) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,79}", value):
        raise ValueError(f"{value!r} is not a valid id (letters, digits, . _ : -; at most 80)")
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("must be a list")
    return value


def _objectives(value: Any) -> list[int]:
    out: list[int] = []
    for item in _as_list(value):
        try:
            number = int(item)
        except (TypeError, ValueError):
            raise ValueError(f"{item!r} is not an objective number") from None
        if number not in data.objective_numbers() or str(item).strip() != str(number):
            raise ValueError(f"unknown objective {item!r} (the GCM has objectives 1 to 23)")
        if number not in out:
            out.append(number)
    return out


def _slugs(allowed: frozenset[str], noun: str):
    def check(value: Any) -> list[str]:
        out: list[str] = []
        for item in _as_list(value):
            if item not in allowed:
                raise ValueError(f"unknown {noun} {item!r}")
            if item not in out:
                out.append(item)
        return out

    return check


def _countries(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        code = str(item).strip().upper()
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            raise ValueError(f"unknown country code {item!r} (ISO 3166-1 alpha-2 expected)")
        if code not in out:
            out.append(code)
    return out


def _labels(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        if not isinstance(item, str) or not item.strip() or len(item) > 120:
            raise ValueError(f"{item!r} is not a region name")
        if item.strip() not in out:
            out.append(" ".join(item.split()))
    return out


def _sdg_targets(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        code = str(item).strip().lower()
        match = _SDG_TARGET.match(code)
        if not match or not 1 <= int(match.group(1)) <= 17:
            raise ValueError(f"{item!r} is not an SDG target such as '10.7'")
        if code not in out:
            out.append(code)
    return out


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a year") from None
    if not 1900 <= year <= 2100:
        raise ValueError(f"{year} is not a plausible year")
    return year


def _choice(choices: list[tuple[str, str]], noun: str):
    allowed = {slug for slug, _label in choices}

    def check(value: Any) -> str:
        if value is None or value == "":
            return ""
        if value not in allowed:
            raise ValueError(f"unknown {noun} {value!r} (one of {', '.join(sorted(allowed))})")
        return value

    return check


def _language(value: Any) -> str:
    if value is None or value == "":
        return "en"
    code = str(value).strip().lower()
    if len(code) != 2 or pycountry.languages.get(alpha_2=code) is None:
        raise ValueError(f"unknown language {value!r} (ISO 639-1 expected, e.g. 'fr')")
    return code


def _source(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("must be an object with document, locator and citations")
    citations = []
    for item in _as_list(value.get("citations")):
        if isinstance(item, str) and item.strip():
            is_url = item.startswith(("http://", "https://"))
            citations.append(Citation(text="" if is_url else item, url=item if is_url else None))
        elif isinstance(item, dict) and (item.get("url") or item.get("text")):
            citations.append(
                Citation(
                    text=item.get("text") or "", url=item.get("url"), marker=item.get("marker")
                )
            )
        else:
            raise ValueError(f"citation {item!r} is neither a URL, a text nor an object")
    return {
        "document": str(value.get("document") or "")[:300],
        "locator": str(value.get("locator") or "")[:60],
        "citations": citations,
    }
