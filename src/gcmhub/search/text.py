"""Words of a text as search terms, and snippets that show where a query matched.

Pure Python: the keyword index, the query and the highlighter all go through :func:`terms`, so
a word is found and highlighted exactly when it was indexed. Terms are lower-cased, stripped of
accents and stemmed (Snowball English, as SQLite FTS5's ``porter`` tokenizer does), so
"detained" finds "detention" and "migración" finds "migracion". Anything that is not a word
(FTS operators, quotes, SQL fragments, emoji) is simply not a term: no query can break the parser.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

MAX_QUERY_CHARS = 1000  # a pasted page is cut here: its first words say what is sought
MAX_QUERY_TERMS = 32
_WORD = re.compile(r"\w+", re.UNICODE)
_STEMMER = Stemmer.Stemmer("english")

# Function words of English, French and Spanish: they match everything and rank nothing.
STOPWORDS = frozenset(
    """a an and are as at be by for from has have how in into is it its of on or that the this to
    was were what when where which who why will with without can do does we our their they le
    la les un une des du de d l et ou en au aux pour par sur dans avec sans que qui quoi
    comment est sont ce cette ces son sa ses leur leurs il elle ils elles nous vous se ne pas
    el los las una unos unas del al y o en por para con sin que quien como cómo es son este
    esta estos estas su sus se no lo""".split()  # noqa: SIM905
)


@lru_cache(maxsize=200_000)
def term(word: str) -> str:
    """The index term of one lower-cased word: accents folded, then stemmed."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return _STEMMER.stemWord(folded)


def terms(text: str) -> list[str]:
    """Every searchable term of ``text`` in order (stop words and one-letter words dropped)."""
    return [term(w) for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS]


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, in order, bounded in length and number."""
    return list(dict.fromkeys(terms(query[:MAX_QUERY_CHARS])))[:MAX_QUERY_TERMS]


def query_words(query: str) -> list[str]:
    """The query's distinct words as written (lower-cased), for engines that stem themselves.

    Only ``\\w`` runs survive, so a word can be quoted into FTS5 or tsquery syntax safely.
    """
    words = _WORD.findall(query[:MAX_QUERY_CHARS].lower())
    kept = [w for w in words if len(w) > 1 and w not in STOPWORDS]
    return list(dict.fromkeys(kept))[:MAX_QUERY_TERMS]


@dataclass(frozen=True)
class Segment:
    text: str
    match: bool


def snippet(text: str, wanted: set[str], width: int = 240) -> list[Segment]:
    """The stretch of ``text`` richest in query terms, cut into matched and plain segments.

    Templates render segments with autoescaping and wrap matches in ``<mark>``, so user text is
    never marked safe. Without a match the snippet is the text's beginning.
    """
    words = list(_WORD.finditer(text))
    hits = [
        m for m in words if m.group().lower() not in STOPWORDS and term(m.group().lower()) in wanted
    ]
    start = 0
    if hits:
        best, best_count = hits[0].start(), 0
        for i, hit in enumerate(hits):
            count = sum(1 for h in hits[i:] if h.start() < hit.start() + width)
            if count > best_count:
                best, best_count = hit.start(), count
        start = max(0, text.rfind(" ", 0, max(0, best - 40)) + 1) if best > 40 else 0
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    segments: list[Segment] = []
    if start > 0:
        segments.append(Segment("… ", False))
    cursor = start
    for hit in hits:
        if hit.start() < start or hit.end() > end:
            continue
        if hit.start() > cursor:
            segments.append(Segment(text[cursor : hit.start()], False))
        segments.append(Segment(hit.group(), True))
        cursor = hit.end()
    if cursor < end:
        segments.append(Segment(text[cursor:end], False))
    if end < len(text):
        segments.append(Segment(" …", False))
    return segments


def snippet_html(text: str, wanted: set[str], width: int = 240) -> str:
    """:func:`snippet` as escaped HTML with ``<mark>`` around matches (for JSON clients)."""
    return "".join(
        f"<mark>{html.escape(s.text)}</mark>" if s.match else html.escape(s.text)
        for s in snippet(text, wanted, width)
    )
