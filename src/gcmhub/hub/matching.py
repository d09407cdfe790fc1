"""Matching a request for support to offers, experts, practices and peer States.

Pure Python and NumPy: the caller hands in the request, the candidates and the similarities it
computed (meaning from text embeddings, words from BM25), and gets back ranked suggestions,
each with its score and the reasons behind it.

How a suggestion is scored (weights in :class:`Weights`, documented in the README):

* **Hard constraints first.** An offer or expert is left out unless it speaks one of the
  request's languages, gives one of the kinds of support asked for, works where the request
  is (or anywhere), and is available. A user who asks for training in Spanish in Guatemala
  does not want funding in English for Asia, however close the words.
* **Need**: the objectives in common (the objectives a request lists, or those the classifier
  inferred from its text, at a discount) and the closeness in meaning of the two texts.
* **Fit**: a narrower region than "global", the request's first language, every kind asked,
  and a track record (published practices on the objectives asked).
* Practices and peer States are not support on offer but leads to follow, so their scores
  are scaled by a kind weight below that of offers: a request sees who can help first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from gcmhub.hub import geography


def _(s: str) -> str:
    """Marks a reason template for translation; rendered in the user's language by the web."""
    return s


@dataclass(frozen=True)
class Reason:
    """A human-readable reason: a translatable template and its parameters."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template % dict(self.params)


def reason(template: str, **params: object) -> Reason:
    return Reason(template, tuple((k, str(v)) for k, v in params.items()))


@dataclass(frozen=True)
class Weights:
    """What each signal adds to a suggestion's score (0 to 1). Sums to 1 for offers."""

    objectives: float = 0.35
    meaning: float = 0.40
    words: float = 0.05
    region: float = 0.05
    language: float = 0.05
    kinds: float = 0.05
    track_record: float = 0.05
    # Inferred objectives are a guess: they count this much of listed ones.
    inferred: float = 0.6
    # e5 cosine between texts: ~0.75 for unrelated, ~0.92 for the same need reworded.
    meaning_floor: float = 0.75
    meaning_ceiling: float = 0.92
    # Kind weights: offers and experts first; peer States and practices are leads to follow,
    # so at their best (1.0 before this weight) they still rank below a well-matched offer.
    offer: float = 1.0
    expert: float = 1.0
    peer: float = 0.6
    practice: float = 0.55
    constraints: bool = True


FULL = Weights()
# The baseline of bench/hub_matching: shared words alone, no constraint, no meaning.
KEYWORD_ONLY = Weights(
    objectives=0,
    meaning=0,
    words=1,
    region=0,
    language=0,
    kinds=0,
    track_record=0,
    constraints=False,
)


@dataclass(frozen=True)
class Need:
    """A request for support as matching reads it."""

    id: str
    text: str
    objectives: tuple[int, ...] = ()
    inferred: bool = False
    country: str | None = None
    languages: tuple[str, ...] = ()  # the first is the one the request is written in
    support_kinds: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # extra folded labels the requester named


@dataclass(frozen=True)
class Provider:
    """An offer of support or an expert profile."""

    id: str
    kind: str  # "offer" | "expert"
    text: str
    objectives: frozenset[int] = frozenset()
    languages: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # folded, see geography.normalise
    support_kinds: frozenset[str] = frozenset()
    available: bool = True
    lived_experience: bool = False  # only set when the person consented to show it
    practice_objectives: frozenset[int] = frozenset()  # of published practices they implemented


@dataclass(frozen=True)
class PracticeLead:
    id: str
    title: str
    objectives: tuple[int, ...]
    countries: tuple[str, ...]


@dataclass(frozen=True)
class PeerRequest:
    """Another State's request, for finding twins."""

    country: str
    objectives: frozenset[int]


@dataclass
class Suggestion:
    kind: str
    id: str
    score: float
    reasons: list[Reason] = field(default_factory=list)
    label: str = ""

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "id": self.id,
            "score": round(self.score, 4),
            "reasons": [str(r) for r in self.reasons],
        }


def scaled(similarity: float, weights: Weights) -> float:
    """A cosine similarity mapped onto 0..1 between the floor and the ceiling."""
    span = weights.meaning_ceiling - weights.meaning_floor
    return float(min(1.0, max(0.0, (similarity - weights.meaning_floor) / span)))


def objective_fit(need: Need, objectives: frozenset[int] | Sequence[int]) -> tuple[float, list]:
    """Share of the request's objectives a candidate covers, and which."""
    common = [n for n in need.objectives if n in objectives]
    return (len(common) / len(need.objectives) if common else 0.0), common


@dataclass(frozen=True)
class Place:
    """Where a request is, worked out once per request: labels that cover it, and how
    closely (1 the country, its sub-region, grouping or route; 0.5 its wider region)."""

    covering: frozenset[str]
    near: tuple[tuple[str, str], ...]  # (folded label, label)
    wide: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, need: Need) -> Place:
        if not need.country:
            return cls(frozenset({geography.GLOBAL}) | need.regions, (), ())
        code = need.country.upper()
        areas = geography.areas(code)
        near = [geography.country_name(code), *areas[:1], *geography.groupings(code)]
        near += geography.routes(code)
        return cls(
            geography.places(code) | need.regions,
            ((code, geography.country_name(code)),)
            + tuple((geography.key(x), x) for x in near[1:]),
            tuple((geography.key(x), x) for x in areas[1:]),
        )

    def fit(self, regions: frozenset[str]) -> tuple[float, str | None]:
        for folded, label in self.near:
            if folded in regions:
                return 1.0, label
        for folded, label in self.wide:
            if folded in regions:
                return 0.5, label
        return 0.0, None


def admissible(need: Need, provider: Provider, place: Place | None = None) -> bool:
    """The hard constraints: language, kind of support, region, availability."""
    if not provider.available:
        return False
    if need.languages and provider.languages and provider.languages.isdisjoint(need.languages):
        return False
    if need.support_kinds and provider.support_kinds.isdisjoint(need.support_kinds):
        return False
    if not provider.regions:
        return True
    covering = (place or Place.of(need)).covering
    return not provider.regions.isdisjoint(covering)


def rank_providers(
    need: Need,
    providers: Sequence[Provider],
    meaning: np.ndarray,
    words: np.ndarray,
    weights: Weights = FULL,
    language_names: dict[str, str] | None = None,
    limit: int | None = None,
) -> list[Suggestion]:
    """Offers and experts for a request, best first; reasons for the first ``limit``.

    ``meaning[i]`` is the cosine of the request's and ``providers[i]``'s embeddings (NaN when
    unknown); ``words[i]`` a keyword score already scaled to 0..1.
    """
    place = Place.of(need)
    closeness = _closeness(meaning, len(providers), weights)
    scored: list[tuple[float, int]] = []
    for i, provider in enumerate(providers):
        if weights.constraints and not admissible(need, provider, place):
            continue
        score = _provider_score(need, provider, place, weights, closeness[i], float(words[i]))
        if score > 0:
            scored.append((score * _kind(weights, provider.kind), i))
    scored.sort(key=lambda pair: (-pair[0], providers[pair[1]].id))
    names = language_names or {}
    out = []
    for n, (score, i) in enumerate(scored):
        provider = providers[i]
        reasons = (
            _provider_reasons(need, provider, place, weights, closeness[i], names)
            if limit is None or n < limit
            else []
        )
        out.append(Suggestion(provider.kind, provider.id, score, reasons))
    return out


def _closeness(meaning: np.ndarray, n: int, weights: Weights) -> np.ndarray:
    """Cosines mapped onto 0..1 between the floor and the ceiling; 0 where unknown."""
    if len(meaning) != n or not weights.meaning:
        return np.zeros(n)
    span = weights.meaning_ceiling - weights.meaning_floor
    values = np.clip((np.asarray(meaning, dtype=float) - weights.meaning_floor) / span, 0, 1)
    return np.nan_to_num(values, nan=0.0)


def _provider_score(
    need: Need, provider: Provider, place: Place, weights: Weights, closeness: float, words: float
) -> float:
    objective_weight = weights.objectives * (weights.inferred if need.inferred else 1.0)
    fit, _common = objective_fit(need, provider.objectives)
    score = objective_weight * fit + weights.meaning * closeness + weights.words * words
    if not weights.constraints:
        return score
    if need.languages and need.languages[0] in provider.languages:
        score += weights.language
    score += weights.region * place.fit(provider.regions)[0]
    if need.support_kinds:
        given = len(provider.support_kinds & need.support_kinds)
        score += weights.kinds * given / len(need.support_kinds)
    if not provider.practice_objectives.isdisjoint(need.objectives):
        score += weights.track_record
    return score


def _provider_reasons(
    need: Need,
    provider: Provider,
    place: Place,
    weights: Weights,
    closeness: float,
    names: dict[str, str],
) -> list[Reason]:
    reasons: list[Reason] = []
    _fit, common = objective_fit(need, provider.objectives)
    if common:
        reasons.append(_objectives_reason(common, need.inferred))
    if closeness >= 0.5:
        reasons.append(reason(_("describes a similar need")))
    spoken = [c for c in need.languages if c in provider.languages]
    if spoken:
        reasons.append(reason(_("speaks %(language)s"), language=names.get(spoken[0], spoken[0])))
    _level, label = place.fit(provider.regions)
    if label:
        reasons.append(reason(_("works in %(region)s"), region=label))
    elif geography.GLOBAL in provider.regions or not provider.regions:
        reasons.append(reason(_("works worldwide")))
    given = sorted(provider.support_kinds & need.support_kinds)
    if given:
        reasons.append(reason(_("offers %(kinds)s"), kinds=", ".join(given)))
    record = sorted(set(need.objectives) & provider.practice_objectives)
    if record:
        reasons.append(
            reason(_("implemented a published practice on Objective %(number)s"), number=record[0])
        )
    if provider.lived_experience:
        reasons.append(reason(_("brings lived experience of migration")))
    return reasons


def _objectives_reason(common: list[int], inferred: bool) -> Reason:
    numbers = ", ".join(str(n) for n in common)
    if inferred:
        return reason(
            _("works on Objective %(numbers)s, which the request seems to be about"),
            numbers=numbers,
        )
    return reason(_("works on Objective %(numbers)s"), numbers=numbers)


def _kind(weights: Weights, kind: str) -> float:
    return float(getattr(weights, kind))


def rank_practices(
    need: Need,
    practices: Sequence[PracticeLead],
    meaning: np.ndarray,
    weights: Weights = FULL,
) -> list[Suggestion]:
    """Published practices to learn from: the same objectives, close in meaning, nearby."""
    out = []
    objective_weight = weights.objectives * (weights.inferred if need.inferred else 1.0)
    for i, practice in enumerate(practices):
        reasons: list[Reason] = []
        fit, common = objective_fit(need, practice.objectives)
        score = objective_weight * fit
        if common:
            reasons.append(
                reason(
                    _("a practice on Objective %(numbers)s"), numbers=", ".join(map(str, common))
                )
            )
        similarity = float(meaning[i]) if len(meaning) else float("nan")
        if not np.isnan(similarity):
            closeness = scaled(similarity, weights)
            score += weights.meaning * closeness
            if closeness >= 0.5:
                reasons.append(reason(_("close to the need described")))
        near, label = _nearest(need.country, practice.countries)
        score += weights.region * near
        if label:
            reasons.append(reason(_("implemented in %(place)s"), place=label))
        if score > 0:
            out.append(
                Suggestion(
                    "practice", practice.id, score * weights.practice, reasons, practice.title
                )
            )
    out.sort(key=lambda s: (-s.score, s.id))
    return out


def _nearest(country: str | None, countries: Sequence[str]) -> tuple[float, str | None]:
    if not country or not countries:
        return 0.0, None
    best: tuple[float, str | None] = (0.0, None)
    for other in countries:
        if other == country:
            return 1.0, geography.country_name(other)
        level, label = geography.same_area(country, other)
        if level > best[0]:
            best = (level, f"{geography.country_name(other)} ({label})")
    return best


def rank_peers(
    need: Need,
    twins: Sequence[PeerRequest],
    mentors: dict[str, dict[int, int]],
    weights: Weights = FULL,
) -> list[Suggestion]:
    """Peer States: twins ask for help on the same objectives nearby or along the same route;
    mentors have published practices on the objectives asked (``mentors[country][n]`` is how
    many on objective ``n``). A State can be both; the request's own State is never a peer."""
    asked = set(need.objectives)
    found: dict[str, tuple[float, list[Reason]]] = {}
    for twin in twins:
        if twin.country == need.country or not need.country:
            continue
        shared = sorted(asked & twin.objectives)
        level, label = geography.same_area(need.country, twin.country)
        if not shared or not level:
            continue
        score = 0.5 * len(shared) / max(1, len(asked)) + 0.5 * level
        previous = found.get(twin.country)
        if previous and previous[0] >= score:
            continue
        found[twin.country] = (
            score,
            [
                reason(
                    _("twin: also asks for support on Objective %(numbers)s"),
                    numbers=", ".join(map(str, shared)),
                ),
                reason(_("same region or route: %(place)s"), place=label),
            ],
        )
    for country, counts in mentors.items():
        if country == need.country:
            continue
        shared = sorted(n for n in asked if counts.get(n))
        if not shared:
            continue
        total = sum(counts[n] for n in shared)
        level, label = geography.same_area(need.country, country) if need.country else (0, None)
        score = 0.5 * min(1.0, total / 3) + 0.3 * len(shared) / max(1, len(asked)) + 0.2 * level
        reasons = [
            reason(
                _("mentor: %(count)s published practice(s) on Objective %(numbers)s"),
                count=total,
                numbers=", ".join(map(str, shared)),
            ),
        ]
        if label:
            reasons.append(reason(_("same region or route: %(place)s"), place=label))
        if country in found:
            twin_score, twin_reasons = found[country]
            score = max(score, twin_score) + 0.1
            reasons = twin_reasons[:1] + reasons
        found[country] = (min(score, 1.0), reasons)
    out = [
        Suggestion("peer", country, score * weights.peer, reasons, geography.country_name(country))
        for country, (score, reasons) in found.items()
    ]
    out.sort(key=lambda s: (-s.score, s.id))
    return out


def merge(*lists: list[Suggestion], limit: int | None = None) -> list[Suggestion]:
    """All suggestions best first (ties by kind order, then id)."""
    order = {"offer": 0, "expert": 1, "peer": 2, "practice": 3}
    combined = sorted(
        (s for group in lists for s in group), key=lambda s: (-s.score, order[s.kind], s.id)
    )
    return combined[:limit] if limit else combined
