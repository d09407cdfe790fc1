"""Source documents: every ingested file, with the hash of the version read."""

from __future__ import annotations

from django.db import models
from django.urls import reverse


class Document(models.Model):
    """One ingested file; ``name`` identifies it across versions, ``content_hash`` the version."""

    name = models.CharField(max_length=255, unique=True)
    title = models.CharField(max_length=300, blank=True)
    content_hash = models.CharField(max_length=64)
    kind = models.CharField(max_length=30, blank=True)
    date = models.CharField(max_length=10, blank=True)  # ISO date, year-month or year
    language = models.CharField(max_length=8, default="en")
    publisher = models.CharField(max_length=200, blank=True)
    original = models.FileField(upload_to="originals/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.title or self.name

    def get_absolute_url(self) -> str:
        return reverse("document", args=[self.pk])
