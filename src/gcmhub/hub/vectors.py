"""Embeddings of offers (as passages) and requests (as queries), stored on their rows.

The key stored beside each vector hashes the model name and the text, so an edit or a new
model marks it stale; :func:`sync_offers` embeds what is stale in batches.
"""

from __future__ import annotations

import numpy as np

from gcmhub.hub.models import Offer, SupportRequest
from gcmhub.hub.signals import bump_version
from gcmhub.search import embedding


def _key(text: str) -> str:
    return embedding.digest(f"{embedding.model_name()}\n{text}")


def offer_passage(title: str, text: str) -> str:
    return embedding.passage_text(title, text)


def sync_offers(batch: int = 128) -> int:
    """Embed every offer whose vector is missing or stale; how many were embedded."""
    todo = []
    for pk, title, text, key in Offer.objects.values_list("id", "title", "text", "vector_key"):
        passage = offer_passage(title, text)
        if key != _key(passage):
            todo.append((pk, passage))
    for lo in range(0, len(todo), batch):
        chunk = todo[lo : lo + batch]
        vectors = embedding.embed_passages([p for _pk, p in chunk])
        rows = [
            Offer(pk=pk, vector=v.astype("<f4").tobytes(), vector_key=_key(p))
            for (pk, p), v in zip(chunk, vectors, strict=True)
        ]
        Offer.objects.bulk_update(rows, ["vector", "vector_key"])
    if todo:
        bump_version()
    return len(todo)


def sync_requests(batch: int = 64) -> int:
    """Embed every request whose vector is missing or stale, so matching never waits for it."""
    todo = [
        (pk, text)
        for pk, text, key in SupportRequest.objects.values_list("id", "text", "vector_key")
        if key != _key(text)
    ]
    for lo in range(0, len(todo), batch):
        chunk = todo[lo : lo + batch]
        rows = [
            SupportRequest(
                pk=pk,
                vector=embedding.embed_query(text).astype("<f4").tobytes(),
                vector_key=_key(text),
            )
            for pk, text in chunk
        ]
        SupportRequest.objects.bulk_update(rows, ["vector", "vector_key"])
    return len(todo)


def request_vector(request: SupportRequest) -> np.ndarray:
    """The request's query embedding, computed once per text and stored."""
    key = _key(request.text)
    if request.vector is not None and request.vector_key == key:
        return np.frombuffer(bytes(request.vector), np.float32)
    vector = embedding.embed_query(request.text).astype("<f4")
    SupportRequest.objects.filter(pk=request.pk).update(vector=vector.tobytes(), vector_key=key)
    request.vector, request.vector_key = vector.tobytes(), key
    return vector
