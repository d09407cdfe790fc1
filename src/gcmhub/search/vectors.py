"""Stored practice vectors: keep them in step with the texts, and load them as one matrix."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from django.db import transaction

from gcmhub.practices.models import Practice
from gcmhub.practices.versioning import bump_version
from gcmhub.search import embedding
from gcmhub.search.models import PracticeVector


def stale_practices(ids: Collection[int] | None = None) -> list[tuple[int, str]]:
    """(id, passage) of practices whose vector is missing, from another model or another text.

    ``ids`` limits the check to those practices (a save checks what it saved, not 100,000).
    """
    practices = Practice.objects.all() if ids is None else Practice.objects.filter(id__in=ids)
    vectors = PracticeVector.objects.filter(model=embedding.model_name())
    if ids is not None:
        vectors = vectors.filter(practice_id__in=ids)
    stored = dict(vectors.values_list("practice_id", "digest"))
    out = []
    for pk, title, text in practices.values_list("id", "title", "text").iterator():
        passage = embedding.passage_text(title, text)
        if stored.get(pk) != embedding.digest(passage):
            out.append((pk, passage))
    return out


def sync_vectors(ids: Collection[int] | None = None, batch: int = 256, progress=None) -> int:
    """Embed every stale practice (of ``ids``, or all), a transaction per batch; how many."""
    todo = stale_practices(ids)
    model = embedding.model_name()
    for lo in range(0, len(todo), batch):
        chunk = todo[lo : lo + batch]
        vectors = embedding.embed_passages([p for _pk, p in chunk])
        with transaction.atomic():
            existing = set(
                Practice.objects.filter(id__in=[pk for pk, _p in chunk]).values_list(
                    "id", flat=True
                )
            )
            PracticeVector.objects.filter(practice_id__in=[pk for pk, _p in chunk]).delete()
            PracticeVector.objects.bulk_create(
                PracticeVector(
                    practice_id=pk,
                    model=model,
                    digest=embedding.digest(passage),
                    vector=vector.astype("<f4").tobytes(),
                )
                for (pk, passage), vector in zip(chunk, vectors, strict=True)
                if pk in existing
            )
            bump_version()
        if progress:
            progress(min(lo + batch, len(todo)), len(todo))
    return len(todo)


def load_matrix(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(vectors, has_vector) aligned with ``ids``; rows without a current vector are zero."""
    matrix = np.zeros((len(ids), embedding.DIMENSIONS), dtype=np.float32)
    has = np.zeros(len(ids), dtype=bool)
    if len(ids) == 0:
        return matrix, has
    row_of = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    row_of[ids] = np.arange(len(ids))
    rows = PracticeVector.objects.filter(model=embedding.model_name()).values_list(
        "practice_id", "vector"
    )
    for pk, blob in rows.iterator(chunk_size=5000):
        if pk < len(row_of) and row_of[pk] >= 0:
            vector = np.frombuffer(bytes(blob), dtype="<f4")
            if vector.shape[0] == embedding.DIMENSIONS:
                matrix[row_of[pk]] = vector
                has[row_of[pk]] = True
    return matrix, has
