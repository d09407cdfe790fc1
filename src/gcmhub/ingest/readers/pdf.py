"""PDF through pypdf (BSD): text per page, page numbers as locators.

pypdf rather than PyMuPDF because the latter is AGPL. Encrypted files and files without a text
layer are refused with a reason a person can act on.
"""

from __future__ import annotations

import io
import re

from gcmhub.ingest.records import IngestError
from gcmhub.ingest.source import Line, Source


def read_pdf(raw: bytes, source: Source) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not raw.lstrip()[:5] == b"%PDF-":
        raise IngestError(source.name, "not a PDF file (it does not start with %PDF-)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise IngestError(source.name, "the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(source.name, f"the PDF cannot be read ({exc})") from None
    if not any(p.strip() for p in pages):
        raise IngestError(
            source.name, "no text in the PDF: a scanned document needs OCR, which gcmhub lacks"
        )
    for number, text in enumerate(pages, start=1):
        for line in text.splitlines():
            if line.strip() and not re.fullmatch(r"\s*\d{1,4}\s*", line):
                source.lines.append(Line(line, f"page {number}"))
        source.lines.append(Line("", f"page {number}"))
    if meta is not None:
        source.title = (meta.title or "").strip()[:300]
        created = meta.creation_date if hasattr(meta, "creation_date") else None
        source.date = created.date().isoformat() if created else None
