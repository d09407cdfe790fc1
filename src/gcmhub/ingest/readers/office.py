"""Word (.docx, python-docx) and HTML (BeautifulSoup): structure mapped to Markdown marks."""

from __future__ import annotations

import io
import re
import zipfile

from gcmhub.ingest.readers.text import decode
from gcmhub.ingest.records import IngestError
from gcmhub.ingest.source import Line, Source


def read_docx(raw: bytes, source: Source) -> None:
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(source.name, f"not a Word .docx file ({exc})") from None
    for number, paragraph in enumerate(document.paragraphs, start=1):
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = re.match(r"Heading (\d)", style)
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if style == "Title":
            text = f"# {text}"
        elif level:
            text = f"{'#' * int(level.group(1))} {text}"
        elif style.startswith("List") or numbered:
            text = f"- {text}"
        source.lines += [Line(text, f"paragraph {number}"), Line("", f"paragraph {number}")]
    for table_number, table in enumerate(document.tables, start=1):
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            source.lines.append(Line(" | ".join(cells), f"table {table_number}"))
    props = document.core_properties
    source.title = (props.title or "").strip()[:300]
    source.date = props.created.date().isoformat() if props.created else None


_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "caption",
    "figcaption",
)


def read_html(raw: bytes, source: Source) -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(raw, source), "html.parser")
    for junk in soup(["script", "style", "noscript", "template"]):
        junk.decompose()
    if soup.title and soup.title.string:
        source.title = " ".join(soup.title.string.split())[:300]
    meta = soup.find("meta", attrs={"name": re.compile("^(date|dcterms.date)$", re.I)})
    if meta and meta.get("content"):
        source.date = str(meta["content"])[:10]
    for number, element in enumerate(soup.find_all(_BLOCKS), start=1):
        if element.find(_BLOCKS):
            continue  # the innermost block carries the text
        text = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(element.get_text(" ").split()))
        if not text:
            continue
        if element.name[0] == "h" and element.name[1:].isdigit():
            text = f"{'#' * int(element.name[1:])} {text}"
        elif element.name == "li":
            text = f"- {text}"
        source.lines += [Line(text, f"element {number}"), Line("", f"element {number}")]
