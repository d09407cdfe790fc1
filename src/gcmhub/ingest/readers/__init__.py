"""One reader per prose format; each fills a :class:`~gcmhub.ingest.source.Source`."""

from __future__ import annotations

from gcmhub.ingest.readers.office import read_docx, read_html
from gcmhub.ingest.readers.pdf import read_pdf
from gcmhub.ingest.readers.text import read_text

READERS = {
    ".md": read_text,
    ".txt": read_text,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
}
