"""Who may do what: the three roles of the hub, asked of a user in one place.

Contributor: an approved member of an organisation. Reviewer: a member of the "reviewers"
group (works the review queue). Administrator: Django staff (the admin site).
"""

from __future__ import annotations

from gcmhub.accounts.models import Membership, Organisation

REVIEWERS = "reviewers"


def is_reviewer(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=REVIEWERS).exists()


def approved_organisations(user):
    """Organisations the user contributes for."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        membership__user=user, membership__status=Membership.APPROVED
    )


def administers(user, organisation: Organisation) -> bool:
    return (
        user.is_authenticated
        and Membership.objects.filter(
            user=user,
            organisation=organisation,
            role=Membership.ADMIN,
            status=Membership.APPROVED,
        ).exists()
    )
