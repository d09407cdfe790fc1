"""Readers: every prose format in, the same lines out; bad files refused by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from gcmhub.ingest.records import IngestError
from gcmhub.ingest.source import read_source
from tests.pdfmaker import encrypt_pdf, make_pdf


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_source(path)
    assert info.value.where == path.name
    return info.value.message


def test_it_reads_markdown_line_by_line_with_locators(tmp_path):
    source = read_source(write(tmp_path, "a.md", "# Title\n\n- item\ntext\n"))
    assert [(line.text, line.locator) for line in source.lines[:3]] == [
        ("# Title", "line 1"),
        ("", "line 2"),
        ("- item", "line 3"),
    ]
    assert len(source.content_hash) == 64


def test_it_reads_windows_1252_with_a_warning(tmp_path):
    path = write(tmp_path, "old.txt", "Caf\u00e9 d\u2019accueil pour les familles".encode("cp1252"))
    source = read_source(path)
    assert source.lines[0].text == "Caf\u00e9 d\u2019accueil pour les familles"
    assert source.warnings == ["old.txt: read as Windows-1252, not UTF-8"]


def test_it_reads_utf16_with_a_byte_order_mark(tmp_path):
    source = read_source(write(tmp_path, "u.txt", "\ufeffNi\u00f1os".encode("utf-16")))
    assert source.lines[0].text == "Ni\u00f1os"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"  \n\n ", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 8, "not text"),
        ("fake.pdf", b"just some text pretending", "not a PDF"),
        ("fake.docx", b"PK\x03\x04 not really a zip", "not a Word .docx"),
        ("notes.rtf", b"{\\rtf1 hello}", "unsupported file type .rtf"),
    ],
)
def test_it_refuses_bad_files_naming_them(tmp_path, name, data, reason):
    assert reason in refused(write(tmp_path, name, data))


def test_it_reads_a_pdf_page_by_page(tmp_path):
    path = tmp_path / "two.pdf"
    make_pdf(path, [["First page line"], ["Second page (with brackets)"]], title="Two pages")
    source = read_source(path)
    texts = [(line.text, line.locator) for line in source.lines if line.text]
    assert texts == [("First page line", "page 1"), ("Second page (with brackets)", "page 2")]
    assert source.title == "Two pages"


def test_it_reads_every_page_of_a_fifty_page_pdf(tmp_path):
    path = tmp_path / "fifty.pdf"
    make_pdf(path, [[f"Page {n} text"] for n in range(1, 51)])
    pages = {line.locator for line in read_source(path).lines if line.text}
    assert pages == {f"page {n}" for n in range(1, 51)}


def test_it_refuses_an_encrypted_pdf(tmp_path):
    plain = tmp_path / "plain.pdf"
    make_pdf(plain, [["secret plans"]])
    encrypt_pdf(plain, tmp_path / "locked.pdf")
    assert "encrypted" in refused(tmp_path / "locked.pdf")


def test_it_refuses_a_pdf_without_text(tmp_path):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [[]])
    assert "OCR" in refused(path)


def test_it_maps_docx_headings_lists_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Practice note", level=1)
    document.add_paragraph("A city opened a one-stop shop.")
    document.add_paragraph("Legal advice", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Country", "Mali"
    document.save(tmp_path / "note.docx")
    texts = [line.text for line in read_source(tmp_path / "note.docx").lines if line.text]
    assert texts == [
        "# Practice note",
        "A city opened a one-stop shop.",
        "- Legal advice",
        "Country | Mali",
    ]


def test_it_refuses_a_zip_that_is_not_a_docx(tmp_path):
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "not a Word .docx" in refused(tmp_path / "other.docx")


def test_it_reads_html_structure_and_drops_scripts(tmp_path):
    page = (
        "<html><head><title>Note</title><script>var x = 1;</script></head><body>"
        "<h2>Examples</h2><ul><li>Case workers</li></ul><p>Text <b>here</b>.</p></body></html>"
    )
    source = read_source(write(tmp_path, "n.html", page))
    assert source.title == "Note"
    assert [line.text for line in source.lines if line.text] == [
        "## Examples",
        "- Case workers",
        "Text here.",
    ]
