"""The GCM's stable vocabularies as rows, so practices can point at them and pages list them.

Identifiers are the stable ones of DESIGN.md (objective numbers, principle and actor slugs,
ISO alpha-2, SDG target strings); labels are English and translated when rendered.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse


class Objective(models.Model):
    number = models.PositiveSmallIntegerField(primary_key=True)
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    sdg_targets = models.ManyToManyField("SDGTarget", blank=True, related_name="objectives")

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("objective", args=[self.number])


class Action(models.Model):
    """An associated action of an objective, as read from an ingested document."""

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="actions")
    letter = models.CharField(max_length=4)
    text = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["objective", "position"]
        constraints = [
            models.UniqueConstraint(fields=["objective", "letter"], name="action_letter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.objective_id}({self.letter})"


class Principle(models.Model):
    slug = models.SlugField(primary_key=True, max_length=40)
    name = models.CharField(max_length=100)
    description = models.CharField(max_length=300)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class ActorType(models.Model):
    slug = models.SlugField(primary_key=True, max_length=40)
    name = models.CharField(max_length=100)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class SDG(models.Model):
    number = models.PositiveSmallIntegerField(primary_key=True)
    title = models.CharField(max_length=100)

    class Meta:
        ordering = ["number"]
        verbose_name = "SDG"

    def __str__(self) -> str:
        return f"SDG {self.number}: {self.title}"


class SDGTarget(models.Model):
    """A target such as "10.7"; created when a document or record names it."""

    code = models.CharField(primary_key=True, max_length=8)
    sdg = models.ForeignKey(SDG, on_delete=models.PROTECT, related_name="targets")
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["sdg", "code"]
        verbose_name = "SDG target"

    def __str__(self) -> str:
        return self.code


class Region(models.Model):
    """A UN M49 area, or a named grouping (ECOWAS, Mediterranean) kept as a free label."""

    M49 = "m49"
    GROUPING = "grouping"

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=10, choices=[(M49, "UN M49"), (GROUPING, "Grouping")])
    m49 = models.CharField(max_length=3, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Country(models.Model):
    code = models.CharField(primary_key=True, max_length=2)  # ISO 3166-1 alpha-2
    name = models.CharField(max_length=100)
    area = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name


class Framework(models.Model):
    """An international instrument a document lists (a convention, an agenda), with its year.

    Kept as a reference entry so pages can point to what a practice or objective rests on.
    """

    name = models.CharField(max_length=300, unique=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    summary = models.TextField(blank=True)
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="frameworks",
    )
    locator = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["year", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})" if self.year else self.name


class Link(models.Model):
    """A useful website a document recommends."""

    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, unique=True)
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="links",
    )

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title
