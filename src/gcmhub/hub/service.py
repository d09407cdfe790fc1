"""Matching a stored request: the one function the pages, the API and ``gcmhub hub match`` call.

Offers are held in memory as plain :class:`~gcmhub.hub.matching.Provider` rows with their
vectors and a BM25 index, rebuilt when the hub's or the practices' data version moves; a
match is then one matrix product and one pass over the providers (bench/hub_latency.py).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from django.db.models import Count

from gcmhub.hub import geography, matching, vocabulary
from gcmhub.hub.models import Offer, SupportRequest
from gcmhub.hub.signals import current_version
from gcmhub.hub.vectors import request_vector
from gcmhub.practices.models import Practice, PracticeObjective
from gcmhub.practices.versioning import current_version as practices_version
from gcmhub.search.bm25 import KeywordIndex
from gcmhub.search.embedding import DIMENSIONS
from gcmhub.search.text import query_terms

PRACTICE_POOL = 30  # nearest practices in meaning, re-ranked by objectives and place
KINDS = ("offer", "expert", "practice", "peer")


@dataclass
class HubIndex:
    version: tuple[int, int]
    pks: list[int]
    providers: list[matching.Provider]
    vectors: np.ndarray
    has_vector: np.ndarray
    keywords: KeywordIndex
    mentors: dict[str, dict[int, int]]


_lock = threading.Lock()
_index: HubIndex | None = None


def hub_index() -> HubIndex:
    global _index
    version = (current_version(), practices_version())
    if _index is None or _index.version != version:
        with _lock:
            if _index is None or _index.version != version:
                _index = build(version)
    return _index


def build(version: tuple[int, int]) -> HubIndex:
    offers = list(
        Offer.objects.listed()
        .select_related("organisation")
        .prefetch_related("objectives")
        .order_by("id")
    )
    implemented = _implemented_objectives([o.pk for o in offers])
    providers = [
        matching.Provider(
            id=o.public_id,
            kind=o.kind,
            text=f"{o.title}. {o.text}",
            objectives=frozenset(x.pk for x in o.objectives.all()),
            languages=frozenset(o.languages),
            regions=geography.normalise(o.regions),
            support_kinds=frozenset(o.support_kinds),
            available=o.available,
            lived_experience=bool(o.lived_experience_shown()),
            practice_objectives=implemented.get(o.pk, frozenset()),
        )
        for o in offers
    ]
    vectors = np.zeros((len(offers), DIMENSIONS), dtype=np.float32)
    has_vector = np.zeros(len(offers), dtype=bool)
    for row, offer in enumerate(offers):
        vector = offer.vector_array()
        if vector is not None and vector.shape == (DIMENSIONS,):
            vectors[row], has_vector[row] = vector, True
    keywords = KeywordIndex.from_texts((o.title, o.text) for o in offers)
    return HubIndex(
        version, [o.pk for o in offers], providers, vectors, has_vector, keywords, mentor_counts()
    )


def _implemented_objectives(offer_ids: list[int]) -> dict[int, frozenset[int]]:
    """Objectives of the published practices each offer says it implemented."""
    through = Offer.practices.through
    rows = through.objects.filter(offer_id__in=offer_ids, practice__status="published").values_list(
        "offer_id", "practice_id"
    )
    by_practice: dict[int, set[int]] = defaultdict(set)
    for practice_id, number in PracticeObjective.objects.filter(
        practice_id__in={p for _o, p in rows}
    ).values_list("practice_id", "objective_id"):
        by_practice[practice_id].add(number)
    out: dict[int, set[int]] = defaultdict(set)
    for offer_id, practice_id in rows:
        out[offer_id] |= by_practice[practice_id]
    return {k: frozenset(v) for k, v in out.items()}


def mentor_counts() -> dict[str, dict[int, int]]:
    """Published practices per country and objective (counted in SQL)."""
    rows = (
        Practice.objects.published()
        .filter(countries__isnull=False, practiceobjective__isnull=False)
        .values("countries", "practiceobjective__objective")
        .annotate(n=Count("id", distinct=True))
    )
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for row in rows:
        out[row["countries"]][row["practiceobjective__objective"]] = row["n"]
    return dict(out)


def need_of(request: SupportRequest) -> matching.Need:
    languages = tuple(request.languages)
    return matching.Need(
        id=request.public_id,
        text=request.text,
        objectives=tuple(request.objective_numbers()),
        inferred=request.objectives_inferred,
        country=request.country_id,
        languages=languages,
        support_kinds=frozenset(request.support_kinds),
    )


def match(
    request: SupportRequest,
    limit: int = 10,
    kinds: tuple[str, ...] = KINDS,
    weights: matching.Weights = matching.FULL,
) -> list[matching.Suggestion]:
    """Suggestions for a request, best first: offers and experts, peers, practices."""
    index = hub_index()
    need = need_of(request)
    vector = request_vector(request) if weights.meaning else np.zeros(DIMENSIONS, np.float32)
    lists = []
    if {"offer", "expert"} & set(kinds) and index.providers:
        meaning = np.where(index.has_vector, index.vectors @ vector, np.nan)
        scores, _matched = index.keywords.search(query_terms(request.text))
        top = float(scores.max()) if scores.size else 0.0
        words = scores / top if top > 0 else scores
        names = {code: vocabulary.language_name(code) for code in need.languages}
        providers = matching.rank_providers(
            need, index.providers, meaning, words, weights, names, limit
        )
        lists.append([s for s in providers if s.kind in kinds])
    if "peer" in kinds and weights.constraints:
        lists.append(matching.rank_peers(need, twins_of(request), index.mentors, weights))
    if "practice" in kinds and weights.meaning:
        lists.append(practice_leads(need, vector, weights))
    return matching.merge(*lists, limit=limit)


def twins_of(request: SupportRequest) -> list[matching.PeerRequest]:
    """Other States' requests (any status) with the objectives they asked about."""
    others = (
        SupportRequest.objects.exclude(pk=request.pk)
        .exclude(country__isnull=True)
        .exclude(country=request.country_id)
        .filter(objectives__in=request.objectives.all())
        .values_list("country_id", "objectives")
    )
    asked: dict[str, set[int]] = defaultdict(set)
    for country, number in others:
        asked[country].add(number)
    return [matching.PeerRequest(c, frozenset(ns)) for c, ns in sorted(asked.items())]


def practice_leads(
    need: matching.Need, vector: np.ndarray, weights: matching.Weights
) -> list[matching.Suggestion]:
    from gcmhub.search.service import search_index

    index = search_index()
    if not index.has_vector.any():
        return []
    similarity = np.where(index.has_vector, index.vectors @ vector, -1.0)
    rows = np.argsort(-similarity)[:PRACTICE_POOL]
    pks = [int(index.source.index.ids[r]) for r in rows]
    practices = Practice.objects.with_tags().in_bulk(pks)
    leads, sims = [], []
    for row, pk in zip(rows, pks, strict=True):
        practice = practices.get(pk)
        if practice is None:
            continue
        leads.append(
            matching.PracticeLead(
                practice.uid,
                practice.title,
                tuple(practice.objective_numbers),
                tuple(c.code for c in practice.countries.all()),
            )
        )
        sims.append(float(similarity[row]))
    return matching.rank_practices(need, leads, np.array(sims), weights)


def find_request(key: str) -> SupportRequest | None:
    """A request by its external id, or by its number."""
    found = SupportRequest.objects.filter(external_id=key).first()
    if found is None and key.isdigit():
        found = SupportRequest.objects.filter(pk=int(key)).first()
    return found
