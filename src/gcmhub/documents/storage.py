"""Keeping each ingested file's original bytes, so the library can offer the source itself.

Originals are content-addressed (``originals/ab/<sha256><suffix>``): re-ingesting an unchanged
file writes nothing, a changed one gets a new file and the old version stays available. The
bytes are written only once the ingest transaction has committed, so a refused or rolled-back
file leaves nothing behind on disk either.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from gcmhub.documents.models import Document


def original_name(content_hash: str, filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"originals/{content_hash[:2]}/{content_hash}{suffix}"


def attach_original(document: Document, raw: bytes) -> None:
    """Point the document at its original and write the bytes after commit, if not yet there."""
    name = original_name(document.content_hash, document.name)
    if document.original.name != name:
        Document.objects.filter(pk=document.pk).update(original=name)
        document.original.name = name

    def write() -> None:
        if not default_storage.exists(name):
            default_storage.save(name, ContentFile(raw))

    transaction.on_commit(write)
