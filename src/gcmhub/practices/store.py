"""Storing ingested records as practices: one use case shared by the CLI, the API and pages.

A document's records are written in one transaction: either all of them land or none, and
practices a previous version of the same document produced but this one no longer does are
removed, so re-ingesting keeps no stale rows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from django.db import transaction

from gcmhub.documents.models import Document
from gcmhub.ingest.records import PracticeRecord
from gcmhub.practices.models import Citation, Practice, PracticeObjective
from gcmhub.reference import data
from gcmhub.reference.models import SDG, Country, Region, SDGTarget


@dataclass
class StoreSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    uids: list[str] = field(default_factory=list)

    def add(self, other: StoreSummary) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.uids += other.uids


def record_hash(record: PracticeRecord) -> str:
    payload = json.dumps(asdict(record), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def record_uid(
    record: PracticeRecord, document_name: str, ordinal: int, keyed_by_text: bool
) -> str:
    """The stable public id: the record's own id, else one derived so re-ingesting matches.

    Structured rows without an id are matched by their text (rows may be reordered); practices
    read from prose are matched by their place in the document, so an edited document updates
    them in place.
    """
    if record.external_id:
        return record.external_id
    basis = " ".join(record.text.split()).lower() if keyed_by_text else f"{ordinal}"
    digest = hashlib.sha1(f"{document_name}\n{basis}".encode()).hexdigest()
    return f"p-{digest[:16]}"


@transaction.atomic
def store_document(
    document: Document, records: Sequence[PracticeRecord], *, keyed_by_text: bool
) -> StoreSummary:
    """Create, update or keep each record's practice, and drop this document's stale ones."""
    document.save()
    summary = StoreSummary()
    for ordinal, record in enumerate(records):
        uid = record_uid(record, document.name, ordinal, keyed_by_text)
        outcome = save_practice(uid, record, document)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        summary.uids.append(uid)
    stale = document.practices.exclude(uid__in=summary.uids)
    summary.removed = len(stale)
    for practice in stale:
        practice.delete()
    return summary


def save_practice(uid: str, record: PracticeRecord, document: Document | None) -> str:
    """Write one practice and its tags; returns "created", "updated" or "unchanged"."""
    digest = record_hash(record)
    practice = Practice.objects.filter(uid=uid).first()
    if (
        practice
        and practice.record_hash == digest
        and practice.document_id == (document.pk if document else None)
    ):
        return "unchanged"
    outcome = "updated" if practice else "created"
    practice = practice or Practice(uid=uid)
    practice.title = record.title[:300]
    practice.text = record.text
    practice.start_year, practice.end_year = record.start_year, record.end_year
    practice.scope, practice.practice_type = record.scope, record.practice_type
    practice.language, practice.status = record.language, record.status
    practice.document = document
    practice.source_name = record.source_name
    practice.locator = record.locator[:60]
    practice.record_hash = digest
    practice.save()
    set_tags(practice, record)
    return outcome


def set_tags(practice: Practice, record: PracticeRecord) -> None:
    PracticeObjective.objects.filter(practice=practice).delete()
    PracticeObjective.objects.bulk_create(
        PracticeObjective(practice=practice, objective_id=n, rank=rank)
        for rank, n in enumerate(record.objectives)
    )
    practice.principles.set(record.principles)
    practice.actors.set(record.actors)
    practice.countries.set(_countries(record.countries))
    practice.regions.set(_regions(record.regions or _derived_regions(record.countries)))
    practice.sdg_targets.set(_sdg_targets(record.sdg_targets))
    practice.citations.all().delete()
    Citation.objects.bulk_create(
        Citation(
            practice=practice,
            text=c.text,
            url=c.url or "",
            marker=c.marker or "",
            position=i,
        )
        for i, c in enumerate(record.citations)
    )


def _countries(codes: Sequence[str]) -> list[Country]:
    found = {c.code: c for c in Country.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in found]
    if missing:
        raise ValueError(f"countries not loaded (run gcmhub init): {', '.join(missing)}")
    return [found[c] for c in codes]


def _derived_regions(countries: Sequence[str]) -> list[str]:
    """The most specific M49 area of each country, when a record names no region itself."""
    names: list[str] = []
    for code in countries:
        for name in data.regions_of_country(code)[:1]:
            if name not in names:
                names.append(name)
    return names


def _regions(names: Sequence[str]) -> list[Region]:
    regions = []
    for name in names:
        region, _ = Region.objects.get_or_create(name=name, defaults={"kind": Region.GROUPING})
        regions.append(region)
    return regions


def _sdg_targets(codes: Sequence[str]) -> list[SDGTarget]:
    targets = []
    for code in codes:
        sdg_number = data.sdg_of_target(code)
        if sdg_number is None:
            raise ValueError(f"{code!r} is not an SDG target")
        target, _ = SDGTarget.objects.get_or_create(
            code=code, defaults={"sdg": SDG.objects.get(number=sdg_number)}
        )
        targets.append(target)
    return targets
