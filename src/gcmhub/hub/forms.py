"""Forms of the hub (validation only; the acts are in :mod:`gcmhub.hub.workflow`)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from gcmhub.accounts.roles import approved_organisations
from gcmhub.hub import geography, vocabulary
from gcmhub.hub.models import Offer
from gcmhub.reference import data
from gcmhub.reference.models import Country, Objective

MAX_TEXT = 20_000
# Languages in their own names, so a reader finds theirs whatever the interface language.
LANGUAGE_CHOICES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("zh", "中文"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
    ("ur", "اردو"),
    ("hi", "हिन्दी"),
    ("bn", "বাংলা"),
    ("ne", "नेपाली"),
    ("sw", "Kiswahili"),
    ("am", "አማርኛ"),
    ("so", "Soomaali"),
    ("ha", "Hausa"),
    ("tl", "Tagalog"),
    ("th", "ไทย"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("uk", "Українська"),
]
KIND_CHOICES = [(slug, _(label)) for slug, label in vocabulary.SUPPORT_KINDS]


def region_choices() -> list[tuple[str, str]]:
    m49 = [name for code, name, _p in data.M49_AREAS if code != "001"]
    groupings = [label for label, _d, members in data.GROUPINGS if members]
    return [
        (geography.GLOBAL, _("Anywhere (global)")),
        *((name, _(name)) for name in m49),
        *((label, label) for label in groupings),
        *((route, route) for route in geography.ROUTES),
    ]


class _SupportForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Optional: the first sentence is used when empty."),
    )
    objectives = forms.ModelMultipleChoiceField(
        queryset=Objective.objects.all(),
        label=_("Objectives"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty and the hub infers them from the text."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=LANGUAGE_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    support_kinds = forms.MultipleChoiceField(
        label=_("Kinds of support"), choices=KIND_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("Contact e-mail"),
        required=False,
        help_text=_("Shown only to brokers and, after an introduction, to the other side."),
    )

    def __init__(self, *args, user, all_languages: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        orgs = approved_organisations(user)  # subclasses declare the organisation field
        self.fields["organisation"].queryset = orgs
        if len(orgs) == 1 and "organisation" not in self.initial:
            self.initial["organisation"] = orgs[0].pk  # the usual case: one organisation
        if all_languages:  # the API takes any ISO 639-1 code, as the hub file does
            listed = {code for code, _name in LANGUAGE_CHOICES}
            others = sorted(vocabulary.language_codes() - listed)
            self.fields["languages"].choices = LANGUAGE_CHOICES + [(c, c) for c in others]

    def objective_numbers(self) -> list[int]:
        return [o.pk for o in self.cleaned_data.get("objectives") or []]

    def clean_languages(self) -> list[str]:
        # keep the order of the choices list: the first checked is taken as the preferred one
        return list(dict.fromkeys(self.cleaned_data["languages"]))


class RequestForm(_SupportForm):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Asking organisation"))
    text = forms.CharField(
        label=_("What do you need?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_TEXT,
        help_text=_("The challenge, what you have tried, and the help you are looking for."),
    )
    country = forms.ModelChoiceField(
        queryset=Country.objects.all(), label=_("Country concerned"), required=False
    )
    deadline = forms.DateField(
        label=_("Needed by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    field_order = [
        "organisation",
        "title",
        "text",
        "objectives",
        "country",
        "languages",
        "support_kinds",
        "deadline",
        "contact_name",
        "contact_email",
    ]

    def workflow_data(self) -> dict:
        d = self.cleaned_data
        return {
            "title": d["title"],
            "text": d["text"],
            "country": d["country"] or d["organisation"].country,
            "languages": d["languages"],
            "support_kinds": d["support_kinds"],
            "deadline": d["deadline"],
            "contact_name": d["contact_name"],
            "contact_email": d["contact_email"],
        }


class OfferForm(_SupportForm):
    kind = forms.ChoiceField(
        label=_("Who offers"),
        choices=[(Offer.OFFER, _("An organisation")), (Offer.EXPERT, _("A person (expert)"))],
        widget=forms.RadioSelect,
        initial=Offer.OFFER,
    )
    organisation = forms.ModelChoiceField(
        queryset=None,
        label=_("Organisation"),
        required=False,
        help_text=_("Required for an organisation's offer; optional for an expert."),
    )
    person_name = forms.CharField(label=_("Expert's name"), max_length=200, required=False)
    text = forms.CharField(
        label=_("Expertise and support offered"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_TEXT,
    )
    regions = forms.MultipleChoiceField(
        label=_("Where you can help"),
        choices=region_choices,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Leave empty for anywhere."),
    )
    availability = forms.CharField(
        label=_("Availability"),
        max_length=200,
        required=False,
        help_text=_("For example: two days a month, from March."),
    )
    available = forms.BooleanField(label=_("Taking requests now"), required=False, initial=True)
    lived_experience = forms.CharField(
        label=_("Lived experience of migration or detention (voluntary)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
    )
    lived_experience_consent = forms.BooleanField(
        label=_("Show my lived experience to brokers and requesters"), required=False
    )
    practices = forms.CharField(
        label=_("Practices you implemented"),
        required=False,
        max_length=2000,
        help_text=_("Ids of published practices in this hub, separated by commas."),
    )
    field_order = [
        "kind",
        "organisation",
        "person_name",
        "title",
        "text",
        "objectives",
        "languages",
        "regions",
        "support_kinds",
        "availability",
        "available",
        "lived_experience",
        "lived_experience_consent",
        "practices",
        "contact_name",
        "contact_email",
    ]

    def clean_practices(self) -> list:
        """Published practices by id; unknown ids are named, not dropped."""
        from gcmhub.practices.models import Practice

        uids = [u.strip() for u in self.cleaned_data["practices"].split(",") if u.strip()]
        found = list(Practice.objects.published().filter(uid__in=uids))
        missing = sorted(set(uids) - {p.uid for p in found})
        if missing:
            raise forms.ValidationError(
                _("No published practice with the id(s): %(ids)s"),
                params={"ids": ", ".join(missing)},
            )
        return found

    def clean(self) -> dict:
        d = super().clean()
        if d.get("kind") == Offer.OFFER and not d.get("organisation"):
            self.add_error("organisation", _("An organisation's offer needs the organisation."))
        if d.get("kind") == Offer.EXPERT and not d.get("person_name"):
            self.add_error("person_name", _("An expert profile needs the expert's name."))
        return d

    def workflow_data(self) -> dict:
        d = self.cleaned_data
        keys = [
            "kind",
            "organisation",
            "person_name",
            "title",
            "text",
            "languages",
            "regions",
            "support_kinds",
            "availability",
            "available",
            "lived_experience",
            "lived_experience_consent",
            "contact_name",
            "contact_email",
        ]
        return {k: d[k] for k in keys}


class IntroduceForm(forms.Form):
    """The matches a broker puts the request in touch with."""

    offers = forms.ModelMultipleChoiceField(
        queryset=Offer.objects.listed(),
        label=_("Offers and experts"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisations = forms.ModelMultipleChoiceField(
        queryset=None,
        label=_("Peer organisations"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    message = forms.CharField(
        label=_("Message to both sides"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
    )

    def __init__(self, *args, offers=None, organisations=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if offers is not None:
            self.fields["offers"].queryset = offers
        from gcmhub.accounts.models import Organisation

        self.fields["organisations"].queryset = (
            organisations if organisations is not None else Organisation.objects.all()
        )

    def clean(self) -> dict:
        d = super().clean()
        if not d.get("offers") and not d.get("organisations"):
            raise forms.ValidationError(_("Choose at least one match to introduce."))
        return d


class CloseForm(forms.Form):
    outcome = forms.CharField(
        label=_("Outcome"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
        help_text=_("What came of it: what was done, with whom, what changed."),
    )
    feedback_score = forms.TypedChoiceField(
        label=_("How useful was the support? (1 = not at all, 5 = very)"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    feedback_comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
    )
