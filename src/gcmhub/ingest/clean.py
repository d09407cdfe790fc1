"""Conversion debris out of text lines: markup fragments, LaTeX, footnote markers.

Documents converted from PDF carry ``<sup>`` tags (some broken into ``<sup>&</sup>lt;sup>``),
LaTeX fragments such as ``$^{4}$`` or ``\\underline{https://…}`` and bold/italic asterisks. The
structure recogniser needs the words, the footnote numbers and the URLs, nothing else.
"""

from __future__ import annotations

import html
import re

# A footnote reference inside running text: <sup>3</sup>, $^{3}$, $^3$, ^{3}
_SUP_MARKER = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>|\$?\^\{?(\d{1,3})\}?\$?")
# The start of a footnote definition, in each form conversion produced.
_DEFINITION = re.compile(
    r"""^\s*(?:\$\s*)?
    (?:<sup>&</sup>(?:lt;|&lt;)sup>\s*(?P<a>\d{1,3})\s*</sup>   # broken tag
      |<sup>\s*(?P<b>\d{1,3})\s*</sup>                          # clean tag
      |<sup>\s*\{\\color\{\w+\}\^\{(?P<c>\d{1,3})\}            # LaTeX inside a tag
      |\^\{?(?P<d>\d{1,3})\}?                                   # bare LaTeX
    )""",
    re.VERBOSE,
)
_TAGS = re.compile(r"</?(?:sup|sub|u|b|i|em|strong|span|a|br)\b[^>]*>|<sup>&</sup>(?:lt;|&lt;)sup>")
_HREF = re.compile(r"""<a\s[^>]*href=["']([^"']+)["'][^>]*>.*?</a>""", re.S)
_LATEX_WRAPPERS = re.compile(r"\\(?:underline|text|textbf|textit|mathrm|mathbf|emph)\{([^{}]*)\}")
_LATEX_COLOR = re.compile(r"\\color\{\w+\}")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:]")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")


def footnote_definition(line: str) -> tuple[int, str] | None:
    """(number, text) when the line starts a footnote's definition, else None."""
    match = _DEFINITION.match(line)
    if not match:
        return None
    number = int(next(g for g in match.groups() if g))
    return number, clean_text(line[match.end() :])


def markers(text: str) -> list[int]:
    """Footnote numbers referenced in a line of running text, in order."""
    return [int(a or b) for a, b in _SUP_MARKER.findall(text)]


def clean_text(text: str) -> str:
    """Readable text: tags, LaTeX, footnote markers and emphasis removed, URLs kept."""
    text = _HREF.sub(lambda m: f" {m.group(1)} ", text)
    text = _SUP_MARKER.sub("", text)
    text = _TAGS.sub("", text)
    text = _LATEX_COLOR.sub("", text)
    for _ in range(3):  # nested wrappers such as \underline{\text{…}}
        text = _LATEX_WRAPPERS.sub(r"\1", text)
    text = text.replace("\\ ", " ").replace("\\_", "_").replace("\\&", "&").replace("\\%", "%")
    text = re.sub(r"(?<![\w$])\$|\$(?![\w$])", "", text)
    text = text.replace("{", "").replace("}", "")
    text = html.unescape(text)
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("**", "")
    return " ".join(text.split())


def urls(text: str) -> list[str]:
    """URLs in a line, with LaTeX escapes undone so they can be followed."""
    text = text.replace("\\_", "_")
    text = _HREF.sub(lambda m: f" {m.group(1)} ", text)
    text = _TAGS.sub(" ", text)
    found = []
    for url in _URL.findall(text):
        url = url if url.startswith("http") else f"https://{url}"
        if url not in found:
            found.append(url)
    return found


def strip_heading(line: str) -> tuple[int, str]:
    """(level, text) of a Markdown heading; level 0 for any other line."""
    match = re.match(r"^\s*(#{1,6})\s+(.*)$", line)
    if not match:
        return 0, line
    return len(match.group(1)), match.group(2)


def plain(line: str) -> str:
    """A line's words only, lower-cased, for comparing headings and titles."""
    text = clean_text(strip_heading(line)[1]).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
