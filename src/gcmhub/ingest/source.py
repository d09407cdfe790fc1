"""A document as lines of Markdown-ish text, whatever format it came in.

Every reader turns its format into the same shape (headings as ``#``, list items as ``- ``,
other text as plain lines, each with a locator), so the structure recognisers see one format.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from gcmhub.ingest.records import IngestError


@dataclass
class Line:
    text: str
    locator: str  # "line 12", "page 3", "paragraph 7"


@dataclass
class Source:
    name: str
    content_hash: str
    lines: list[Line]
    title: str = ""
    date: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_source(path: Path, raw: bytes | None = None) -> Source:
    """Read any supported prose format; :class:`IngestError` naming the file when it can't."""
    from gcmhub.ingest.readers import READERS

    raw = path.read_bytes() if raw is None else raw
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        raise IngestError(path.name, f"unsupported file type {suffix or '(none)'}; read: {kinds}")
    if not raw.strip():
        raise IngestError(path.name, "the file is empty")
    source = Source(path.name, hashlib.sha256(raw).hexdigest(), [])
    reader(raw, source)
    if not any(line.text.strip() for line in source.lines):
        raise IngestError(path.name, "no text found in the file")
    return source
