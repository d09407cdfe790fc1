"""Requests for support, offers and expert profiles, introductions, and the hub's audit log."""

from __future__ import annotations

import numpy as np
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from gcmhub.hub import vocabulary


class Embedded(models.Model):
    """A row with a stored text embedding and the key (model + text) it was made from."""

    vector = models.BinaryField(null=True, blank=True, editable=False)
    vector_key = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def vector_array(self) -> np.ndarray | None:
        return None if self.vector is None else np.frombuffer(bytes(self.vector), np.float32)


class SupportRequestQuerySet(models.QuerySet):
    def visible_to(self, user) -> SupportRequestQuerySet:
        """Brokers see every request; members see their organisations' requests and the ones
        introduced to their organisations or to their expert profiles; the public none."""
        from gcmhub.accounts.roles import approved_organisations, is_reviewer

        if not user.is_authenticated:
            return self.none()
        if user.is_staff or is_reviewer(user):
            return self
        orgs = approved_organisations(user)
        return self.filter(
            models.Q(organisation__in=orgs)
            | models.Q(
                introductions__offer__organisation__in=orgs, introductions__offer__kind=Offer.OFFER
            )
            | models.Q(introductions__offer__user=user)
            | models.Q(introductions__organisation__in=orgs)
        ).distinct()


class SupportRequest(Embedded):
    """An organisation asking for support on some objectives."""

    external_id = models.CharField(max_length=80, unique=True, null=True, blank=True)
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="support_requests"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=200)
    text = models.TextField(help_text="The need, in free text.")
    objectives = models.ManyToManyField(
        "reference.Objective", blank=True, related_name="support_requests"
    )
    objectives_inferred = models.BooleanField(default=False)
    country = models.ForeignKey(
        "reference.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    languages = models.JSONField(default=list)  # ISO 639-1 codes, the first preferred
    support_kinds = models.JSONField(default=list)
    deadline = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=vocabulary.STATUSES, default=vocabulary.OPEN, db_index=True
    )
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    outcome = models.TextField(blank=True)
    feedback_score = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    feedback_comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = SupportRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("hub-request", args=[self.pk])

    @property
    def public_id(self) -> str:
        """The id the API and the CLI show: the external id where one was given."""
        return self.external_id or str(self.pk)

    def objective_numbers(self) -> list[int]:
        return sorted(o.pk for o in self.objectives.all())


class OfferQuerySet(models.QuerySet):
    def listed(self) -> OfferQuerySet:
        return self.filter(available=True)


class Offer(Embedded):
    """Support an organisation offers, or an expert's profile (a person offering support)."""

    OFFER, EXPERT = "offer", "expert"
    KINDS = [(OFFER, "offer"), (EXPERT, "expert")]

    kind = models.CharField(max_length=8, choices=KINDS, default=OFFER, db_index=True)
    external_id = models.CharField(max_length=80, unique=True, null=True, blank=True)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="offers",
        help_text="The organisation offering; for an expert, where they work (if anywhere).",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hub_offers",
        help_text="Who keeps this offer or profile up to date.",
    )
    person_name = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200)
    text = models.TextField(help_text="Expertise and support on offer, in free text.")
    objectives = models.ManyToManyField("reference.Objective", blank=True, related_name="offers")
    languages = models.JSONField(default=list)
    regions = models.JSONField(default=list)  # labels as given: M49 areas, groupings, countries
    support_kinds = models.JSONField(default=list)
    lived_experience = models.TextField(blank=True)
    lived_experience_consent = models.BooleanField(default=False)
    availability = models.CharField(max_length=200, blank=True)
    available = models.BooleanField(default=True, db_index=True)
    practices = models.ManyToManyField("practices.Practice", blank=True, related_name="offers")
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("hub-offer", args=[self.pk])

    @property
    def public_id(self) -> str:
        return self.external_id or str(self.pk)

    @property
    def provider_name(self) -> str:
        if self.kind == self.EXPERT and self.person_name:
            return self.person_name
        return str(self.organisation or "")

    def lived_experience_shown(self) -> str:
        """Lived experience only with the person's consent."""
        return self.lived_experience if self.lived_experience_consent else ""


class Introduction(models.Model):
    """A broker putting a request in touch with an offer, an expert or a peer organisation."""

    request = models.ForeignKey(
        SupportRequest, on_delete=models.CASCADE, related_name="introductions"
    )
    offer = models.ForeignKey(
        Offer, null=True, blank=True, on_delete=models.PROTECT, related_name="introductions"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="introductions",
        help_text="A peer State's organisation.",
    )
    introduced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(offer__isnull=False, organisation__isnull=True)
                | models.Q(offer__isnull=True, organisation__isnull=False),
                name="introduction_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request} ↔ {self.target}"

    @property
    def target(self):
        return self.offer or self.organisation


class HubEvent(models.Model):
    """An audit entry: who did what to a request or an offer, and when."""

    request = models.ForeignKey(
        SupportRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    offer = models.ForeignKey(
        Offer, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.action} at {self.created_at:%Y-%m-%d %H:%M}"
