"""Phrase matching for taggers: many names compiled into one regex, longest match first.

Longest-first alternation makes "Papua New Guinea" win over "Guinea" and "Nigeria" over "Niger";
word boundaries keep "Oman" out of "woman". Names that are also common words ("Chad", "Turkey")
are matched case-sensitively; the rest ignore case and accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping


def fold(text: str) -> str:
    """Accents off, curly apostrophes straight: "Côte d’Ivoire" -> "Cote d'Ivoire"."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Gazetteer:
    """Finds phrases in text and returns their values in order of first mention."""

    def __init__(self, phrases: Mapping[str, str], case_sensitive: Iterable[str] = ()) -> None:
        strict = set(case_sensitive)
        self._values: dict[str, str] = {}
        loose_names, strict_names = [], []
        for phrase, value in phrases.items():
            key = fold(phrase)
            if phrase in strict:
                self._values[key] = value
                strict_names.append(key)
            else:
                self._values[key.casefold()] = value
                loose_names.append(key)
        self._loose = _compile(loose_names, re.IGNORECASE)
        self._strict = _compile(strict_names, 0)

    def find(self, text: str) -> list[str]:
        folded = fold(text)
        hits: list[tuple[int, int, str]] = []
        for pattern, casefold in ((self._loose, True), (self._strict, False)):
            if pattern is None:
                continue
            for match in pattern.finditer(folded):
                key = match.group(0).casefold() if casefold else match.group(0)
                hits.append((match.start(), match.end(), self._values[key]))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        values: list[str] = []
        end = -1
        for start, stop, value in hits:
            if start < end:
                continue  # inside a longer match already taken
            end = stop
            if value not in values:
                values.append(value)
        return values


def _compile(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = sorted(set(names), key=len, reverse=True)
    body = "|".join(re.escape(n) for n in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)
