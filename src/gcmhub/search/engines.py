"""Keyword matching in the database itself: SQLite FTS5 or PostgreSQL ``tsvector``.

The other engine behind the same interface as :class:`~gcmhub.search.bm25.KeywordIndex`
(``match(query) -> (scores, matched, n_terms)`` over the facet index's rows), chosen with
``GCMHUB_SEARCH_ENGINE=database``. It holds nothing in memory and needs no rebuild after a
write (triggers keep FTS5 in step; PostgreSQL reads an expression index), at the price of
speed on broad queries: ``bench/search_latency`` measures both. The database stems and folds
with its own tokenizer (FTS5 ``porter`` with diacritics removed; PostgreSQL ``english``), so
rankings are close to the in-memory engine's, not identical.
"""

from __future__ import annotations

import numpy as np
from django.db import connection

from gcmhub.search.text import query_words

FTS_TABLE = "search_practice_fts"
TSVECTOR = "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(text, ''))"


class DatabaseKeywords:
    """Keyword scores for the rows of ``ids`` (the published practices, in facet-index order)."""

    def __init__(self, ids: np.ndarray) -> None:
        self.n_rows = len(ids)
        self.row_of = np.full(int(ids.max()) + 1 if len(ids) else 1, -1, dtype=np.int64)
        self.row_of[ids] = np.arange(len(ids))

    def match(self, query: str) -> tuple[np.ndarray, np.ndarray, int]:
        words = query_words(query)
        scores = np.zeros(self.n_rows, dtype=np.float32)
        matched = np.zeros(self.n_rows, dtype=np.int16)
        if not words or not self.n_rows:
            return scores, matched, len(words)
        hits = _postgres(words) if connection.vendor == "postgresql" else _sqlite(words)
        for pk, score, count in hits:
            row = self.row_of[pk] if pk < len(self.row_of) else -1
            if row >= 0:  # unpublished practices are in the table, not in the index
                scores[row] = score
                matched[row] = count
        return scores, matched, len(words)


def _sqlite(words: list[str]) -> list[tuple[int, float, int]]:
    """BM25 of the OR of the words (title weighted 2), and how many words each row holds."""
    counts: dict[int, int] = {}
    where = f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
    with connection.cursor() as cursor:
        for word in words:
            cursor.execute(f"SELECT rowid {where}", [f'"{word}"'])
            for (pk,) in cursor.fetchall():
                counts[pk] = counts.get(pk, 0) + 1
        cursor.execute(
            f"SELECT rowid, -bm25({FTS_TABLE}, 2.0, 1.0) {where}",
            [" OR ".join(f'"{w}"' for w in words)],
        )
        return [(pk, score, counts.get(pk, 0)) for pk, score in cursor.fetchall()]


def _postgres(words: list[str]) -> list[tuple[int, float, int]]:
    """ts_rank_cd of the OR of the words, and how many words each row holds."""
    each = ["plainto_tsquery('english'::regconfig, %s)" for _ in words]
    any_word = "(" + " || ".join(each) + ")"
    held = " + ".join(f"({TSVECTOR} @@ {q})::int" for q in each)
    sql = (
        f"SELECT id, ts_rank_cd({TSVECTOR}, {any_word}), {held} FROM practices_practice "
        f"WHERE {TSVECTOR} @@ {any_word}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*words, *words, *words])
        return [(pk, float(score), int(count)) for pk, score, count in cursor.fetchall()]
