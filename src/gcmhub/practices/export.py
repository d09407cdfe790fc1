"""Practices in the export shape of DESIGN.md, for files, the API and round-trip checks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from gcmhub.ingest.tabular import CSV_COLUMNS, CSV_SEPARATOR, LIST_FIELDS
from gcmhub.practices.models import Practice

CHUNK = 500


def practice_dict(practice: Practice) -> dict[str, Any]:
    """One practice as exported; expects :meth:`PracticeQuerySet.with_tags` prefetching."""
    return {
        "id": practice.uid,
        "title": practice.title,
        "text": practice.text,
        "objectives": practice.objective_numbers,
        "principles": [p.slug for p in practice.principles.all()],
        "countries": [c.code for c in practice.countries.all()],
        "regions": [r.name for r in practice.regions.all()],
        "actors": [a.slug for a in practice.actors.all()],
        "sdg_targets": [t.code for t in practice.sdg_targets.all()],
        "start_year": practice.start_year,
        "end_year": practice.end_year,
        "scope": practice.scope or None,
        "practice_type": practice.practice_type or None,
        "language": practice.language,
        "status": practice.status,
        "source": {
            "document": practice.source_label,
            "locator": practice.locator,
            "citations": [_citation(c) for c in practice.citations.all()],
        },
    }


def iter_practices(queryset) -> Iterator[dict[str, Any]]:
    """Every practice of ``queryset`` in id order, prefetched a chunk at a time."""
    ids = list(queryset.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), CHUNK):
        chunk = Practice.objects.with_tags().filter(id__in=ids[start : start + CHUNK])
        yield from (practice_dict(p) for p in chunk.order_by("id"))


def to_jsonl(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def to_csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV with list cells joined by ``;`` and citations by `` | `` (what the importer reads)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    yield _drain(buffer)
    for row in rows:
        flat = {k: v for k, v in row.items() if k != "source"}
        for name in LIST_FIELDS:
            flat[name] = f"{CSV_SEPARATOR} ".join(str(v) for v in row[name])
        flat["source_document"] = row["source"]["document"]
        flat["source_locator"] = row["source"]["locator"]
        flat["citations"] = " | ".join(
            c if isinstance(c, str) else c["url"] for c in row["source"]["citations"]
        )
        writer.writerow({k: "" if v is None else v for k, v in flat.items()})
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    value = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return value


def _citation(citation) -> str | dict[str, str]:
    """A bare URL or text when that is all there is, else an object keeping both."""
    if citation.url and citation.text:
        return {"text": citation.text, "url": citation.url}
    return citation.url or citation.text
