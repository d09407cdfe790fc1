"""Stored embeddings: one vector per practice, with the model and text it was computed from."""

from __future__ import annotations

from django.db import models


class PracticeVector(models.Model):
    """A practice's title and text embedded; stale once the model or the text moves."""

    practice = models.OneToOneField(
        "practices.Practice", on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    model = models.CharField(max_length=80)
    digest = models.CharField(max_length=64)  # SHA-256 of the embedded text
    vector = models.BinaryField()  # float32, little-endian

    def __str__(self) -> str:
        return f"vector of practice {self.practice_id} ({self.model})"
