"""The ingest use case: files in, documents and practices stored, a per-file outcome out.

Each file is its own transaction: a bad file is refused whole and leaves no trace, and the
next file goes on. The CLI, tests and (later) uploads call :func:`ingest_file` alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from gcmhub.documents.models import Document
from gcmhub.documents.storage import attach_original
from gcmhub.ingest.pipeline import fill_missing_tags
from gcmhub.ingest.records import DocumentRecord, IngestError
from gcmhub.ingest.tabular import read_practices
from gcmhub.practices.store import StoreSummary, store_document

STRUCTURED = {".jsonl", ".csv"}
PROSE = {".md", ".txt", ".pdf", ".docx", ".html", ".htm"}
SUPPORTED = STRUCTURED | PROSE


@dataclass
class FileOutcome:
    file: str
    ok: bool
    summary: StoreSummary = field(default_factory=StoreSummary)
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    objectives: int = 0
    actions: int = 0

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "ok": self.ok,
            "created": self.summary.created,
            "updated": self.summary.updated,
            "unchanged": self.summary.unchanged,
            "removed": self.summary.removed,
            "objectives": self.objectives,
            "actions": self.actions,
            "warnings": self.warnings,
            "error": self.error,
        }


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and every non-hidden file below each folder, in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            yield path


def ingest_file(path: Path) -> FileOutcome:
    """Read, validate and store one file; never raises for bad input, reports it instead."""
    try:
        return _ingest(path)
    except IngestError as exc:
        return FileOutcome(str(path), ok=False, error=exc.report())
    except (OSError, ValueError) as exc:
        return FileOutcome(str(path), ok=False, error=f"{path.name}: {exc}")


def _ingest(path: Path) -> FileOutcome:
    if not path.exists():
        raise IngestError(path.name, "no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        kinds = ", ".join(sorted(SUPPORTED))
        raise IngestError(
            path.name, f"unsupported file type {suffix or '(none)'}; gcmhub reads {kinds}"
        )
    raw = path.read_bytes()
    if suffix in STRUCTURED:
        record = DocumentRecord(
            name=path.name,
            content_hash=hashlib.sha256(raw).hexdigest(),
            title=path.stem,
            kind="dataset",
            practices=read_practices(path, raw),
        )
        fill_missing_tags(record.practices)
    else:
        record = _read_prose(path)
    with transaction.atomic():
        document = _document(record)
        summary = store_document(document, record.practices, keyed_by_text=suffix in STRUCTURED)
        attach_original(document, raw)
        counts = store_objectives(record)
    outcome = FileOutcome(str(path), ok=True, summary=summary, warnings=record.warnings)
    outcome.objectives, outcome.actions = counts
    return outcome


def _read_prose(path: Path) -> DocumentRecord:
    try:
        from gcmhub.ingest.pipeline import read_document
    except ImportError:  # the prose pipeline is optional until it lands
        raise IngestError(path.name, "reading prose documents is not available yet") from None
    return read_document(path)


def _document(record: DocumentRecord) -> Document:
    document = Document.objects.filter(name=record.name).first() or Document(name=record.name)
    document.title = record.title[:300]
    document.content_hash = record.content_hash
    document.kind = record.kind
    document.date = record.date or ""
    document.language = record.language
    document.publisher = record.publisher[:200]
    return document


def store_objectives(record: DocumentRecord) -> tuple[int, int]:
    """Objectives' actions and SDG targets a document states; returns (objectives, actions)."""
    from gcmhub.reference import data
    from gcmhub.reference.models import SDG, Action, Objective, SDGTarget

    actions = 0
    for found in record.objectives:
        objective = Objective.objects.get(number=found.number)
        if found.actions:
            objective.actions.all().delete()
            Action.objects.bulk_create(
                Action(objective=objective, letter=a.letter, text=a.text, position=i)
                for i, a in enumerate(found.actions)
            )
            actions += len(found.actions)
        for code in found.sdg_targets:
            sdg = data.sdg_of_target(code)
            if sdg is not None:
                target, _ = SDGTarget.objects.get_or_create(
                    code=code, defaults={"sdg": SDG.objects.get(number=sdg)}
                )
                objective.sdg_targets.add(target)
    _store_frameworks_and_links(record)
    return len(record.objectives), actions


def _store_frameworks_and_links(record: DocumentRecord) -> None:
    """Instruments and websites a document lists, as reference entries pointing back to it."""
    from gcmhub.reference.models import Framework, Link

    if not (record.frameworks or record.links):
        return
    document = Document.objects.get(name=record.name)
    for found in record.frameworks:
        Framework.objects.update_or_create(
            name=found.name[:300],
            defaults={
                "year": found.year,
                "summary": found.summary,
                "document": document,
                "locator": found.locator[:60],
            },
        )
    for link in record.links:
        Link.objects.update_or_create(
            url=link.url[:500], defaults={"title": link.title[:300], "document": document}
        )
