"""Ranking rows for a query in the three modes: keyword, semantic and hybrid.

Pure NumPy over a keyword engine (:class:`~gcmhub.search.bm25.KeywordIndex` in memory, or
:class:`~gcmhub.search.engines.DatabaseKeywords`) and a matrix of unit vectors whose
rows are the same rows; ``allowed`` (the facet filters as a boolean mask) is applied before
ranking, so a filtered search ranks within the filter rather than filtering a top list.

"Semantic" ranks by meaning, in any language: the nearest vectors, fused with the practices of
the objective the query is about (the text classifier of :mod:`gcmhub.tagging.objectives`,
ordered by the same similarity). On ``bench/search_quality`` the objective list lifts French and
Spanish queries over English practices from Recall@10 0.57 to 0.91, because a short question
in another language lands on the right objective more surely than on the right sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from gcmhub.search.bm25 import required_matches
from gcmhub.search.fusion import rrf

MODES = ("hybrid", "keyword", "semantic")
# Semantic hits: at most DEPTH rows, within MARGIN of the best similarity and above FLOOR.
# e5 puts unrelated texts near 0.75 and paraphrases (even across languages) above 0.85.
SEMANTIC_DEPTH = 100
SEMANTIC_MARGIN = 0.10
SEMANTIC_FLOOR = 0.78
OBJECTIVE_DEPTH = 20  # practices of the query's objective that join the hits
# Below this the classifier's guess is not used: real questions score 0.68-1.0 on our query
# set, emoji and stray punctuation 0.3-0.5.
OBJECTIVE_MIN_PROBABILITY = 0.6
# RRF weights of the keyword, vector and objective lists (tuned on bench/search_quality).
KEYWORD_WEIGHT = 0.5
VECTOR_WEIGHT = 1.0
OBJECTIVE_WEIGHT = 1.0


class KeywordEngine(Protocol):
    """What keyword ranking needs from an engine (in memory, or the database's full text)."""

    n_rows: int

    def match(self, query: str) -> tuple[np.ndarray, np.ndarray, int]:
        """(score of each row, how many query words each row holds, number of query words)."""
        ...


@dataclass(frozen=True)
class Ranked:
    rows: np.ndarray  # matching rows, best first
    scores: np.ndarray  # the mode's score of each, same order


NOTHING = Ranked(np.zeros(0, np.int64), np.zeros(0))


def _sorted(rows: np.ndarray, scores: np.ndarray) -> Ranked:
    """Best score first, ties by row; ``rows`` must be ascending (a stable sort keeps it so)."""
    order = np.argsort(-scores, kind="stable")
    return Ranked(rows[order], scores[order].astype(np.float64))


def keyword(engine: KeywordEngine, query: str, allowed: np.ndarray | None) -> Ranked:
    """Rows holding enough of the query's words, by the engine's score (BM25 or ts_rank)."""
    if engine.n_rows == 0:
        return NOTHING
    scores, matched, n_terms = engine.match(query)
    if n_terms == 0:
        return NOTHING
    ok = matched >= required_matches(n_terms)
    if allowed is not None:
        ok &= allowed
    if not ok.any():  # nothing has enough of the words: any of them will do
        ok = matched > 0 if allowed is None else (matched > 0) & allowed
    rows = np.flatnonzero(ok)
    return _sorted(rows, scores[rows])


def semantic(similarity: np.ndarray, has_vector: np.ndarray, allowed: np.ndarray | None) -> Ranked:
    """The rows nearest the query (``similarity``: cosine of each row's vector to the query)."""
    usable = has_vector if allowed is None else has_vector & allowed
    candidates = np.flatnonzero(usable)
    if candidates.size == 0:
        return NOTHING
    sims = similarity[candidates]
    if candidates.size > SEMANTIC_DEPTH:
        top = np.sort(np.argpartition(-sims, SEMANTIC_DEPTH - 1)[:SEMANTIC_DEPTH])
        candidates, sims = candidates[top], sims[top]
    keep = sims >= max(SEMANTIC_FLOOR, float(sims.max()) - SEMANTIC_MARGIN)
    return _sorted(candidates[keep], sims[keep])


def objective(
    primary: np.ndarray,
    number: int | None,
    similarity: np.ndarray,
    allowed: np.ndarray | None,
) -> Ranked:
    """Rows whose primary objective is ``number``, nearest first, at most OBJECTIVE_DEPTH."""
    if number is None:
        return NOTHING
    ok = primary == number
    if allowed is not None:
        ok &= allowed
    rows = np.flatnonzero(ok)
    ranked = _sorted(rows, similarity[rows])
    return Ranked(ranked.rows[:OBJECTIVE_DEPTH], ranked.scores[:OBJECTIVE_DEPTH])


def fuse(lists: list[tuple[Ranked, float]], n_rows: int) -> Ranked:
    """Lists fused by weighted reciprocal rank; a row in any list is a match."""
    present = [(r, w) for r, w in lists if r.rows.size]
    if not present:
        return NOTHING
    fused = rrf([r.rows for r, _w in present], n_rows, [w for _r, w in present])
    member = np.zeros(n_rows, dtype=bool)  # a mask, not union1d: no sort of 100,000 rows
    for ranked, _w in present:
        member[ranked.rows] = True
    rows = np.flatnonzero(member)
    return _sorted(rows, fused[rows])
