"""The write API: token-authenticated, validated by the web's own form, acted by the workflow.

Going through :class:`~gcmhub.practices.forms.PracticeForm` and
:mod:`gcmhub.practices.workflow` gives the API exactly the web's rules: the same vocabulary
checks, the same limits, the same permissions (a practice of another organisation is 404).
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer

from gcmhub.accounts.models import ApiToken, Organisation
from gcmhub.practices import workflow
from gcmhub.practices.eligibility import MACHINE_CRITERIA
from gcmhub.practices.export import practice_dict
from gcmhub.practices.forms import PracticeForm
from gcmhub.practices.models import Call, Practice


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        user = ApiToken.user_for(token)
        if user is not None:
            request.user = user
        return user


class FormInvalid(Exception):
    def __init__(self, errors: list[dict], message: str = "invalid request body") -> None:
        super().__init__(message)
        self.errors = errors

    @classmethod
    def of(cls, form, message: str = "invalid request body") -> FormInvalid:
        """The errors of a bound, invalid Django form, each located in the request body."""
        return cls(
            [{"loc": ["body", name], "msg": " ".join(msgs)} for name, msgs in form.errors.items()],
            message,
        )


def bearer_user(request: HttpRequest):
    """The user of a valid bearer token on a read request, else the session's user."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return ApiToken.user_for(header[7:].strip()) or request.user
    return request.user


def write(user, fields: dict[str, Any], practice: Practice | None, submit: bool) -> dict:
    """Validate ``fields`` (the API shape) with the web form, save, and submit if asked."""
    form = PracticeForm(_form_data(fields), user=user)
    if not form.is_valid():
        raise FormInvalid.of(form, "invalid practice")
    try:
        practice = workflow.save_draft(user, form.workflow_data(), practice)
        unmet: list[str] = []
        if submit:
            try:
                workflow.submit(user, practice)
            except workflow.Ineligible as exc:
                unmet = [MACHINE_CRITERIA[c] for c in exc.unmet]
    except workflow.NotAllowed as exc:
        raise Http404("no such practice") from exc
    practice = Practice.objects.with_tags().get(pk=practice.pk)
    return {
        "id": practice.uid,
        "status": practice.status,
        "unmet": unmet,
        "practice": practice_dict(practice),
    }


def current_fields(practice: Practice) -> dict[str, Any]:
    """An editable practice in the API's input shape, for PATCH to merge into."""
    initial = PracticeForm.initial_for(practice)
    return {
        **{k: v for k, v in initial.items() if k not in {"primary_objective", "other_objectives"}},
        "organisation": practice.organisation.slug if practice.organisation else "",
        "objectives": practice.objective_numbers,
        "call": practice.call.slug if practice.call else None,
    }


def editable(user, uid: str) -> Practice:
    practice = Practice.objects.with_tags().filter(uid=uid).first()
    if practice is None or not workflow.can_edit(user, practice):
        raise Http404(f"no practice {uid!r} you can edit")
    return practice


def _form_data(fields: dict[str, Any]) -> dict[str, Any]:
    objectives = list(fields.get("objectives") or [])
    organisation = Organisation.objects.filter(slug=fields.get("organisation") or "").first()
    call = Call.objects.filter(slug=fields.get("call") or "").first()
    if fields.get("call") and call is None:
        raise HttpError(422, f"no call {fields['call']!r}")
    data = {
        k: "" if fields.get(k) is None else fields[k]
        for k in (
            "title",
            "text",
            "start_year",
            "end_year",
            "scope",
            "practice_type",
            "implementation",
            "language",
            "evidence",
            "contact_name",
            "contact_email",
        )
    }
    return {
        **data,
        "organisation": organisation.pk if organisation else "",
        "primary_objective": objectives[0] if objectives else "",
        "other_objectives": objectives[1:],
        "countries": fields.get("countries") or [],
        "actors": fields.get("actors") or [],
        "principles": fields.get("principles") or [],
        "call": call.pk if call else "",
    }
