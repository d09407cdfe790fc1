"""Fusing ranked lists: reciprocal rank fusion (Cormack et al., 2009).

RRF needs no score calibration between BM25 (unbounded) and cosine similarity (bunched near
0.8 for e5), which is why it is the default; the per-list weights let a benchmark tune it.
"""

from __future__ import annotations

import numpy as np

RRF_K = 60


def rrf(rankings: list[np.ndarray], n_rows: int, weights: list[float] | None = None) -> np.ndarray:
    """Fused scores over ``n_rows`` rows; ``rankings`` are row indices, best first."""
    fused = np.zeros(n_rows, dtype=np.float64)
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        fused[ranking] += weight / (RRF_K + 1 + np.arange(len(ranking)))
    return fused
