"""Contributing and reviewing practices: one function per act, called alike by the pages and
the API, each checking permissions, writing a revision and an audit event.

A refused act raises :class:`NotAllowed` (pages and API answer 404, so nobody learns what
exists behind an id they may not touch) or :class:`Ineligible` (the criteria not met).
"""

from __future__ import annotations

import secrets
from typing import Any

from django.db import transaction

from gcmhub.accounts.models import Organisation
from gcmhub.accounts.roles import approved_organisations, is_reviewer
from gcmhub.ingest.records import PracticeRecord
from gcmhub.practices.eligibility import MACHINE_CRITERIA, REVIEW_CRITERIA, SCORES, unmet
from gcmhub.practices.export import practice_dict
from gcmhub.practices.models import AuditEvent, Practice, Review, Revision
from gcmhub.practices.sanitize import plain
from gcmhub.practices.store import set_tags

TEXT_FIELDS = ("title", "text", "evidence", "contact_name")
PRIVATE_FIELDS = ("contact_name", "contact_email", "evidence", "implementation")


class NotAllowed(Exception):
    """The user may not do this to this practice (or may not know it exists)."""


class Ineligible(Exception):
    """The practice does not meet the machine-checked criteria; ``unmet`` lists them."""

    def __init__(self, unmet: list[str]) -> None:
        super().__init__(", ".join(MACHINE_CRITERIA[c] for c in unmet))
        self.unmet = unmet


def can_edit(user, practice: Practice) -> bool:
    """An approved member of the owning organisation, while the practice is a draft or returned."""
    return (
        practice.status in Practice.EDITABLE
        and practice.organisation_id is not None
        and approved_organisations(user).filter(pk=practice.organisation_id).exists()
    )


def save_draft(user, data: dict[str, Any], practice: Practice | None = None) -> Practice:
    """Create a draft for one of the user's organisations, or update an editable practice.

    ``data`` holds the form fields: organisation, title, text, objectives (numbers, primary
    first), principles, countries, actors, sdg_targets, start_year, end_year, scope,
    practice_type, language, contact_name, contact_email, evidence, implementation, call.
    """
    organisation: Organisation = data["organisation"]
    if not approved_organisations(user).filter(pk=organisation.pk).exists():
        raise NotAllowed("not a member of that organisation")
    if practice is not None and not can_edit(user, practice):
        raise NotAllowed("not editable by this user")
    with transaction.atomic():
        created = practice is None
        practice = practice or Practice(uid=f"sub-{secrets.token_hex(6)}", status=Practice.DRAFT)
        for name in TEXT_FIELDS:
            setattr(practice, name, plain(data.get(name) or "")[: _max(name)])
        practice.contact_email = data.get("contact_email") or ""
        practice.organisation = organisation
        practice.call = data.get("call")
        practice.submitted_by = practice.submitted_by or user
        for name in ("start_year", "end_year"):
            setattr(practice, name, data.get(name))
        for name in ("scope", "practice_type", "implementation"):
            setattr(practice, name, data.get(name) or "")
        practice.language = data.get("language") or "en"
        practice.save()
        set_tags(practice, _record(data))
        _revise(user, practice)
        if created:
            _audit(user, practice, "created", {"status": practice.status})
    return practice


def submit(user, practice: Practice) -> None:
    """Send an editable practice to review, if it meets the machine-checked criteria."""
    if not can_edit(user, practice):
        raise NotAllowed("not editable by this user")
    missing = unmet(_checked(practice))
    if missing:
        raise Ineligible(missing)
    _move(user, practice, Practice.SUBMITTED, "submitted")


def decide(
    reviewer, practice: Practice, decision: str, scores: dict[str, int], comment: str
) -> Review:
    """A reviewer publishes, returns for changes, or rejects a submitted practice."""
    if not is_reviewer(reviewer) or practice.status != Practice.SUBMITTED:
        raise NotAllowed("not reviewable by this user")
    if set(scores) != set(REVIEW_CRITERIA) or any(v not in SCORES for v in scores.values()):
        raise ValueError("every review criterion needs a score from 1 to 5")
    if decision not in {Review.PUBLISH, Review.RETURN, Review.REJECT}:
        raise ValueError(f"unknown decision {decision!r}")
    if decision != Review.PUBLISH and not comment.strip():
        raise ValueError("say why, in a comment, when returning or rejecting")
    status = {
        Review.PUBLISH: Practice.PUBLISHED,
        Review.RETURN: Practice.RETURNED,
        Review.REJECT: Practice.REJECTED,
    }[decision]
    with transaction.atomic():
        review = Review.objects.create(
            practice=practice,
            reviewer=reviewer,
            decision=decision,
            scores=scores,
            comment=plain(comment),
        )
        _move(reviewer, practice, status, "reviewed", {"decision": decision, "review": review.pk})
    return review


def archive(user, practice: Practice) -> None:
    """Take a practice out of view without deleting it (its organisation, or a reviewer)."""
    member = (
        practice.organisation_id is not None
        and approved_organisations(user).filter(pk=practice.organisation_id).exists()
    )
    if not (member or is_reviewer(user)) or practice.status == Practice.ARCHIVED:
        raise NotAllowed("not archivable by this user")
    _move(user, practice, Practice.ARCHIVED, "archived")


def _move(user, practice: Practice, status: str, action: str, detail: dict | None = None) -> None:
    with transaction.atomic():
        before = practice.status
        practice.status = status
        practice.save(update_fields=["status", "updated_at"])
        _revise(user, practice)
        _audit(user, practice, action, {"from": before, "to": status, **(detail or {})})


def _revise(user, practice: Practice) -> None:
    practice = Practice.objects.with_tags().get(pk=practice.pk)
    snapshot = {
        **practice_dict(practice),
        **{name: getattr(practice, name) for name in PRIVATE_FIELDS},
        "organisation": practice.organisation.slug if practice.organisation else None,
        "call": practice.call.slug if practice.call else None,
    }
    previous = practice.revisions.first()
    before = previous.snapshot if previous else {}
    changed = sorted(k for k in snapshot if snapshot[k] != before.get(k))
    if changed:  # saving an unchanged form is not a revision
        Revision.objects.create(practice=practice, user=user, snapshot=snapshot, changed=changed)


def _audit(user, practice: Practice, action: str, detail: dict) -> None:
    AuditEvent.objects.create(practice=practice, user=user, action=action, detail=detail)


def _checked(practice: Practice) -> dict[str, Any]:
    practice = Practice.objects.with_tags().get(pk=practice.pk)
    return {
        "objectives": practice.objective_numbers,
        "contact_name": practice.contact_name,
        "contact_email": practice.contact_email,
        "start_year": practice.start_year,
        "implementation": practice.implementation,
    }


def _record(data: dict[str, Any]) -> PracticeRecord:
    return PracticeRecord(
        text="",
        objectives=list(dict.fromkeys(data.get("objectives") or [])),
        principles=list(data.get("principles") or []),
        countries=list(data.get("countries") or []),
        actors=list(data.get("actors") or []),
        sdg_targets=list(data.get("sdg_targets") or []),
    )


def _max(name: str) -> int:
    return Practice._meta.get_field(name).max_length or 20_000
