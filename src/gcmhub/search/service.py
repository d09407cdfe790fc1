"""Searching published practices: one function for the pages, the API and the command line.

The keyword index and the vectors are held in memory beside the facet index and rebuilt when
the data version moves (:mod:`gcmhub.practices.versioning`), so search, facets and browsing
always see the same practices. The ranking itself is pure NumPy (:mod:`gcmhub.search.ranking`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings

from gcmhub.practices.browse import FACETS, BrowseResult, Snapshot, _group, browse, snapshot
from gcmhub.practices.models import Practice, PracticeObjective
from gcmhub.search import ranking
from gcmhub.search.bm25 import KeywordIndex
from gcmhub.search.embedding import embed_query
from gcmhub.search.engines import DatabaseKeywords
from gcmhub.search.ranking import KeywordEngine
from gcmhub.search.text import Segment, query_terms, snippet
from gcmhub.search.vectors import load_matrix
from gcmhub.tagging.objectives import default_classifier

SIMILAR = 5
SAME_OBJECTIVE_BONUS = 0.05


@dataclass
class SearchIndex:
    source: Snapshot
    engine: str
    keywords: KeywordEngine
    vectors: np.ndarray
    has_vector: np.ndarray
    primary: np.ndarray  # primary objective number of each row, 0 when none


_lock = threading.Lock()
_index: SearchIndex | None = None


def search_index() -> SearchIndex:
    """The search index of the current browse snapshot (same rows, same data version)."""
    global _index
    snap = snapshot()
    engine = settings.SEARCH_ENGINE
    if _index is None or _index.source is not snap or _index.engine != engine:
        with _lock:
            if _index is None or _index.source is not snap or _index.engine != engine:
                _index = build(snap, engine)
    return _index


def build(snap: Snapshot, engine: str = "memory") -> SearchIndex:
    ids = snap.index.ids
    keywords: KeywordEngine
    if engine == "database":
        keywords = DatabaseKeywords(ids)
    else:
        rows = Practice.objects.published().values_list("id", "title", "text")
        texts = {pk: (title, text) for pk, title, text in rows.iterator(chunk_size=5000)}
        keywords = KeywordIndex.from_texts(texts.get(int(pk), ("", "")) for pk in ids)
    vectors, has_vector = load_matrix(ids)
    first = dict(
        PracticeObjective.objects.filter(rank=0).values_list("practice_id", "objective_id")
    )
    primary = np.fromiter((first.get(int(pk), 0) for pk in ids), np.int16, len(ids))
    return SearchIndex(snap, engine, keywords, vectors, has_vector, primary)


@dataclass
class Hit:
    id: int
    score: float | None
    snippet: list[Segment] = field(default_factory=list)
    practice: Practice | None = None


@dataclass
class SearchResult(BrowseResult):
    query: str = ""
    mode: str = "hybrid"
    hits: list[Hit] = field(default_factory=list)


def search(
    query: str,
    *,
    mode: str = "hybrid",
    selected: Mapping[str, list[str]] | None = None,
    offset: int = 0,
    limit: int = 20,
    toggle_url: Callable[[str, str], str] | None = None,
    load_practices: bool = True,
) -> SearchResult:
    """Published practices matching ``query`` and the facet filters, ranked by ``mode``.

    An empty query is a browse in display order. Facet counts are counts of the hits.
    """
    selected = dict(selected or {})
    mode = mode if mode in ranking.MODES else "hybrid"
    query = query.strip()
    if not query:
        result = browse(
            selected,
            offset=offset,
            limit=limit,
            toggle_url=toggle_url,
            load_practices=load_practices,
        )
        hits = [Hit(pk, None, [], by) for pk, by in _pair(result.ids, result.practices)]
        return SearchResult(**vars(result), query="", mode=mode, hits=hits)

    index = search_index()
    facets = index.source.index
    allowed = facets.filter_mask(selected)
    terms = query_terms(query)
    ranked = rank(index, mode, query, terms, allowed)
    page = facets.query(selected, offset=offset, limit=limit, ranked=ranked.rows)
    score_of = dict(zip(facets.ids[ranked.rows].tolist(), ranked.scores.tolist(), strict=True))
    practices: list[Practice] = []
    if load_practices:
        by_id = Practice.objects.with_tags().in_bulk(page.ids)
        practices = [by_id[i] for i in page.ids if i in by_id]
    wanted = set(terms)
    hits = [
        Hit(pk, score_of.get(pk), snippet(p.text, wanted) if p else [], p)
        for pk, p in _pair(page.ids, practices)
    ]
    groups = [
        _group(
            name, page.counts.get(name, []), selected.get(name, []), index.source.labels, toggle_url
        )
        for name in FACETS
    ]
    return SearchResult(
        page.total,
        page.ids,
        practices,
        groups,
        selected,
        offset,
        limit,
        query=query,
        mode=mode,
        hits=hits,
    )


def rank(
    index: SearchIndex, mode: str, query: str, terms: list[str], allowed: np.ndarray | None
) -> ranking.Ranked:
    """The hits of one query in one mode, best first (rows of the index)."""
    lists: list[tuple[ranking.Ranked, float]] = []
    if mode in ("keyword", "hybrid"):
        lists.append((ranking.keyword(index.keywords, query, allowed), ranking.KEYWORD_WEIGHT))
    # A query with no word at all (emoji, punctuation, "' OR 1=1") has no meaning to look for.
    if mode in ("semantic", "hybrid") and terms and index.has_vector.any():
        vector = embed_query(query)
        similarity = index.vectors @ vector
        number = query_objective(query, vector)
        lists.append(
            (ranking.semantic(similarity, index.has_vector, allowed), ranking.VECTOR_WEIGHT)
        )
        lists.append(
            (
                ranking.objective(index.primary, number, similarity, allowed),
                ranking.OBJECTIVE_WEIGHT,
            )
        )
    if mode == "keyword":
        return lists[0][0]
    return ranking.fuse(lists, index.keywords.n_rows)


def query_objective(query: str, vector: np.ndarray) -> int | None:
    """The objective a query is about, when the classifier is sure enough to say."""
    (number, probability), *_ = default_classifier().classify([query], 1, vector[None, :])[0]
    return number if probability >= ranking.OBJECTIVE_MIN_PROBABILITY else None


def _pair(ids: list[int], practices: list[Practice]):
    by_id = {p.pk: p for p in practices}
    return [(pk, by_id.get(pk)) for pk in ids]


def similar(practice: Practice, limit: int = SIMILAR) -> list[Practice]:
    """Published practices nearest this one in meaning (its stored vector; else its title)."""
    index = search_index()
    rows = index.source.index.rows_of([practice.pk])
    others = np.ones(index.keywords.n_rows, dtype=bool)
    if rows.size:
        others[rows] = False
    if rows.size and index.has_vector[rows[0]]:
        row = rows[0]
        sims = index.vectors @ index.vectors[row]
        # Same primary objective counts for about as much as the gap between a near paraphrase
        # and a text on a neighbouring topic (e5 similarities bunch between 0.75 and 0.95).
        if index.primary[row]:
            sims += SAME_OBJECTIVE_BONUS * (index.primary == index.primary[row])
        sims[~(index.has_vector & others)] = -np.inf
        top = np.argsort(-sims, kind="stable")[:limit]
        top = top[np.isfinite(sims[top])]
    else:
        top = ranking.keyword(index.keywords, practice.title, others).rows[:limit]
    ids = [int(i) for i in index.source.index.ids[top]]
    by_id = Practice.objects.published().in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]
