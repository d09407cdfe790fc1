"""Forms for contributing and reviewing practices (validation only; the acts are in workflow)."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from gcmhub.accounts.roles import approved_organisations
from gcmhub.practices.eligibility import REVIEW_CRITERIA, SCORES
from gcmhub.practices.models import Call, Review
from gcmhub.practices.sanitize import plain
from gcmhub.reference import data
from gcmhub.reference.models import ActorType, Country, Objective, Principle

MAX_TEXT = 20_000  # characters of a practice's description; longer is refused, not cut
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")]


class PracticeForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Organisation"))
    title = forms.CharField(label=_("Title"), max_length=300)
    text = forms.CharField(
        label=_("What was done, by whom, and how"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT,
    )
    primary_objective = forms.ModelChoiceField(
        queryset=Objective.objects.all(), label=_("Main objective"), required=False
    )
    other_objectives = forms.ModelMultipleChoiceField(
        queryset=Objective.objects.all(),
        label=_("Other objectives"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(), label=_("Countries"), required=False
    )
    actors = forms.ModelMultipleChoiceField(
        queryset=ActorType.objects.all(),
        label=_("Actors involved"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    principles = forms.ModelMultipleChoiceField(
        queryset=Principle.objects.all(),
        label=_("Guiding principles"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    start_year = forms.IntegerField(label=_("Start year"), min_value=1950, required=False)
    end_year = forms.IntegerField(
        label=_("End year"),
        min_value=1950,
        required=False,
        help_text=_("Leave empty if it is ongoing."),
    )
    scope = forms.ChoiceField(label=_("Scope"), choices=[("", "—"), *data.SCOPES], required=False)
    practice_type = forms.ChoiceField(
        label=_("Type of practice"), choices=[("", "—"), *data.PRACTICE_TYPES], required=False
    )
    implementation = forms.ChoiceField(
        label=_("How far is it implemented?"),
        choices=[("", "—"), *data.IMPLEMENTATION],
        required=False,
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=LANGUAGES)
    evidence = forms.CharField(
        label=_("Evidence of results"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
        required=False,
    )
    contact_name = forms.CharField(
        label=_("Focal point: name"),
        max_length=200,
        required=False,
        help_text=_("Seen only by your organisation and the reviewers."),
    )
    contact_email = forms.EmailField(label=_("Focal point: e-mail"), required=False)
    call = forms.ModelChoiceField(
        queryset=Call.objects.none(),
        label=_("Answers the call"),
        required=False,
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        organisations = approved_organisations(user)
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:  # most people belong to one: no choice to make
            self.fields["organisation"].empty_label = None
        self.fields["call"].queryset = Call.objects.filter(deadline__gte=datetime.date.today())

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        this_year = datetime.date.today().year
        if start and start > this_year + 1:
            self.add_error("start_year", _("A start year cannot be that far ahead."))
        if start and end and end < start:
            self.add_error("end_year", _("The end year comes before the start year."))
        return cleaned

    def workflow_data(self) -> dict:
        """The cleaned fields in the shape :func:`workflow.save_draft` takes."""
        c = self.cleaned_data
        primary = [c["primary_objective"].number] if c.get("primary_objective") else []
        others = [o.number for o in c.get("other_objectives") or [] if o.number not in primary]
        return {
            **{
                k: c.get(k)
                for k in (
                    "organisation",
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
                    "call",
                )
            },
            "objectives": primary + others,
            "countries": [x.code for x in c.get("countries") or []],
            "actors": [x.slug for x in c.get("actors") or []],
            "principles": [x.slug for x in c.get("principles") or []],
        }

    @classmethod
    def initial_for(cls, practice) -> dict:
        numbers = practice.objective_numbers
        return {
            "organisation": practice.organisation_id,
            "title": practice.title,
            "text": practice.text,
            "primary_objective": numbers[0] if numbers else None,
            "other_objectives": numbers[1:],
            "countries": [c.code for c in practice.countries.all()],
            "actors": [a.slug for a in practice.actors.all()],
            "principles": [p.slug for p in practice.principles.all()],
            **{
                k: getattr(practice, k)
                for k in (
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
            },
            "call": practice.call_id,
        }


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            (Review.PUBLISH, _("Publish")),
            (Review.RETURN, _("Return for changes")),
            (Review.REJECT, _("Reject")),
        ],
    )
    comment = forms.CharField(
        label=_("Comment to the contributor"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
        help_text=_("Required when returning or rejecting."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for slug, label in REVIEW_CRITERIA.items():
            self.fields[f"score_{slug}"] = forms.TypedChoiceField(
                label=_(label).capitalize(),
                coerce=int,
                choices=[("", "—"), *[(n, str(n)) for n in SCORES]],
            )

    def clean(self) -> dict:
        cleaned = super().clean()
        if (
            cleaned.get("decision") in {Review.RETURN, Review.REJECT}
            and not (cleaned.get("comment") or "").strip()
        ):
            self.add_error("comment", _("Say why, so the contributor can act on it."))
        return cleaned

    def scores(self) -> dict[str, int]:
        return {slug: self.cleaned_data[f"score_{slug}"] for slug in REVIEW_CRITERIA}


class CallForm(forms.ModelForm):
    class Meta:
        model = Call
        fields = ("title", "description", "objectives", "deadline", "contact")
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "objectives": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 5}),
        }
        labels = {
            "title": _("Title"),
            "description": _("What is asked"),
            "objectives": _("Objectives"),
            "deadline": _("Deadline"),
            "contact": _("Contact e-mail (shown publicly)"),
        }

    def clean_title(self) -> str:
        return plain(self.cleaned_data["title"])

    def clean_description(self) -> str:
        return plain(self.cleaned_data["description"])

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < datetime.date.today():
            raise forms.ValidationError(_("The deadline has passed already."))
        return deadline
