"""Plain text and Markdown: decoded carefully, kept line by line.

UTF-8 is the norm; files saved by older office software come in Windows-1252 or Latin-1, which
are read with a warning. Bytes that decode in no plausible encoding are refused rather than
turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

from gcmhub.ingest.records import IngestError
from gcmhub.ingest.source import Line, Source

LEGACY = ("cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO 8859-1)"}


def decode(raw: bytes, source: Source) -> str:
    """Text of the bytes; a warning when not UTF-8, IngestError when not text at all."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _checked(raw.decode(encoding, errors="strict"), source)
    try:
        return _checked(raw.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise IngestError(source.name, "binary data, not text in any encoding gcmhub can read")
    for encoding in LEGACY:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            source.warnings.append(f"{source.name}: read as {_NAMES[encoding]}, not UTF-8")
            return text
    raise IngestError(source.name, "the bytes are not text in any encoding gcmhub can read")


def _checked(text: str, source: Source) -> str:
    if not _plausible(text):
        raise IngestError(source.name, "binary data, not text in any encoding gcmhub can read")
    return text.replace("\x00", "")


def _plausible(text: str) -> bool:
    """Text has few control characters and mostly letters, digits, spaces and punctuation."""
    sample = text[:20000]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    letters = sum(ch.isalnum() or ch.isspace() for ch in sample)
    return controls / len(sample) < 0.01 and letters / len(sample) > 0.6


def read_text(raw: bytes, source: Source) -> None:
    text = decode(raw, source).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    source.lines = [Line(t, f"line {i}") for i, t in enumerate(text.split("\n"), start=1)]
