"""Organisations and who belongs to them: the unit that owns practices and answers for them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse


class Organisation(models.Model):
    """A ministry, city, agency, civil-society or migrant-led organisation."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    actor_type = models.ForeignKey("reference.ActorType", on_delete=models.PROTECT)
    country = models.ForeignKey(
        "reference.Country",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text="Where it is based; empty for international organisations.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation", args=[self.slug])


class Membership(models.Model):
    """A person in an organisation: asked to join (pending) until an administrator approves."""

    ADMIN, MEMBER = "admin", "member"
    PENDING, APPROVED = "pending", "approved"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    role = models.CharField(max_length=10, choices=[(ADMIN, "administrator"), (MEMBER, "member")])
    status = models.CharField(
        max_length=10, choices=[(PENDING, "pending"), (APPROVED, "approved")], db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_each")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.organisation} ({self.role}, {self.status})"
