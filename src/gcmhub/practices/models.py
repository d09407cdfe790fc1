"""The repository of practices: one row per practice, its tags as relations to reference rows."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from gcmhub.reference.data import IMPLEMENTATION, PRACTICE_TYPES, SCOPES, STATUSES


class PracticeQuerySet(models.QuerySet):
    def published(self) -> PracticeQuerySet:
        return self.filter(status=Practice.PUBLISHED)

    def visible_to(self, user) -> PracticeQuerySet:
        """What a person may see: published practices and their organisations' own; reviewers
        also whatever was submitted (never another organisation's draft); staff everything."""
        from gcmhub.accounts.roles import approved_organisations, is_reviewer

        if user is None or not user.is_authenticated:
            return self.published()
        if user.is_staff:
            return self.all()
        mine = Q(organisation__in=approved_organisations(user))
        if is_reviewer(user):
            return self.filter(mine | ~Q(status=Practice.DRAFT))
        return self.filter(Q(status=Practice.PUBLISHED) | mine)

    def with_tags(self) -> PracticeQuerySet:
        return self.select_related("document").prefetch_related(
            "practiceobjective_set",
            "principles",
            "countries",
            "regions",
            "actors",
            "sdg_targets",
            "citations",
        )


class Practice(models.Model):
    DRAFT, SUBMITTED, RETURNED = "draft", "submitted", "returned"
    PUBLISHED, REJECTED, ARCHIVED = "published", "rejected", "archived"
    EDITABLE = (DRAFT, RETURNED)  # what a contributor may still change

    uid = models.CharField("id", max_length=80, unique=True)
    title = models.CharField(max_length=300)
    text = models.TextField()
    objectives = models.ManyToManyField(
        "reference.Objective", through="PracticeObjective", related_name="practices"
    )
    principles = models.ManyToManyField("reference.Principle", blank=True, related_name="practices")
    countries = models.ManyToManyField("reference.Country", blank=True, related_name="practices")
    regions = models.ManyToManyField("reference.Region", blank=True, related_name="practices")
    actors = models.ManyToManyField("reference.ActorType", blank=True, related_name="practices")
    sdg_targets = models.ManyToManyField(
        "reference.SDGTarget", blank=True, related_name="practices"
    )
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    scope = models.CharField(max_length=10, choices=SCOPES, blank=True)
    practice_type = models.CharField(max_length=20, choices=PRACTICE_TYPES, blank=True)
    language = models.CharField(max_length=8, default="en")
    status = models.CharField(max_length=10, choices=STATUSES, default="draft", db_index=True)
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text="The ingested file this record came from.",
    )
    source_name = models.CharField(
        max_length=300, blank=True, help_text="The original source the record names, if any."
    )
    locator = models.CharField(max_length=60, blank=True)
    record_hash = models.CharField(
        max_length=64, blank=True, help_text="Hash of the record as last ingested."
    )
    # Contribution: who answers for it, and what only the organisation and reviewers see.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practices",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    call = models.ForeignKey(
        "Call", null=True, blank=True, on_delete=models.SET_NULL, related_name="practices"
    )
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    evidence = models.TextField(blank=True, help_text="Evidence of results.")
    implementation = models.CharField(max_length=10, choices=IMPLEMENTATION, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["document", "locator"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("practice", args=[self.uid])

    @property
    def objective_numbers(self) -> list[int]:
        """Objectives in rank order (primary first), from the prefetched through rows."""
        links = sorted(self.practiceobjective_set.all(), key=lambda link: link.rank)
        return [link.objective_id for link in links]

    @property
    def source_label(self) -> str:
        if self.source_name:
            return self.source_name
        return str(self.document) if self.document_id else ""


class PracticeObjective(models.Model):
    """Which objectives a practice serves, ranked: rank 0 is the primary objective."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE)
    objective = models.ForeignKey("reference.Objective", on_delete=models.PROTECT)
    rank = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["practice", "objective"], name="practice_objective")
        ]

    def __str__(self) -> str:
        return f"{self.practice_id} → {self.objective_id} (rank {self.rank})"


class Citation(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="citations")
    text = models.TextField(blank=True)
    url = models.URLField(max_length=1000, blank=True)
    marker = models.CharField(max_length=10, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.url or self.text[:80]


class IndexVersion(models.Model):
    """A token changed by every write to practices or their tags.

    Each app process keeps the browse index in memory and rebuilds it when this moves, so
    several servers behind a load balancer stay consistent without talking to each other.
    """

    name = models.CharField(primary_key=True, max_length=20)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


class Call(models.Model):
    """A themed call for practices, opened by a reviewer, with a deadline and a contact."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField()
    objectives = models.ManyToManyField("reference.Objective", blank=True, related_name="calls")
    deadline = models.DateField()
    contact = models.EmailField(help_text="A desk address, shown publicly.")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-deadline"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("call", args=[self.slug])


class Review(models.Model):
    """A reviewer's decision on a submitted practice, with a score per published criterion."""

    PUBLISH, RETURN, REJECT = "publish", "return", "reject"
    DECISIONS = [(PUBLISH, "publish"), (RETURN, "return for changes"), (REJECT, "reject")]

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(max_length=10, choices=DECISIONS)
    scores = models.JSONField(default=dict)  # criterion slug -> 1..5
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.decision} of {self.practice_id}"


class Revision(models.Model):
    """The whole practice as it stood after one change, and who made it."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="revisions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    snapshot = models.JSONField()
    changed = models.JSONField(default=list)  # field names that differ from the revision before

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"revision of {self.practice_id} at {self.created_at:%Y-%m-%d %H:%M}"


class AuditEvent(models.Model):
    """A status change, review decision or other act on a practice, append-only."""

    practice = models.ForeignKey(
        Practice, null=True, on_delete=models.SET_NULL, related_name="audit"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.action} on {self.practice_id}"
