"""Organisations and who belongs to them: the unit that owns practices and answers for them."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


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
    external_id = models.CharField(
        max_length=80,
        unique=True,
        null=True,
        blank=True,
        help_text="The id another system gave it (kept by gcmhub hub load).",
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


class ApiToken(models.Model):
    """A bearer token for the write API; only its SHA-256 is stored, the key is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=80)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)  # to tell tokens apart on the account page
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def digest(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user, name: str) -> tuple[ApiToken, str]:
        """A new token and its key (the only time the key exists in clear)."""
        key = secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, key_hash=cls.digest(key), prefix=key[:8])
        return token, key

    @classmethod
    def user_for(cls, key: str):
        """The active user a key belongs to, or None."""
        token = (
            cls.objects.select_related("user")
            .filter(key_hash=cls.digest(key), user__is_active=True)
            .first()
        )
        if token is None:
            return None
        cls.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user
