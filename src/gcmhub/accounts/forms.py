"""Forms of accounts and organisations: sign-up by e-mail, log-in by e-mail, a new organisation."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from gcmhub.accounts.models import Organisation
from gcmhub.practices.sanitize import plain

User = get_user_model()


class SignUpForm(BaseUserCreationForm):
    """E-mail, a name and a password twice; the e-mail is the login name, lower-cased."""

    email = forms.EmailField(label=_("E-mail"), max_length=150)
    first_name = forms.CharField(label=_("Your name"), max_length=150)

    class Meta:
        model = User
        fields = ("email", "first_name")

    def clean_first_name(self) -> str:
        name = plain(self.cleaned_data["first_name"])
        if not name:
            raise forms.ValidationError(_("Give a name people will recognise."))
        return name

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(username=email).exists():
            raise forms.ValidationError(_("An account with this e-mail already exists."))
        return email

    def save(self, commit: bool = True):
        user = super().save(commit=False)
        user.username = user.email = self.cleaned_data["email"]
        user.is_active = False  # until the e-mail is confirmed
        if commit:
            user.save()
        return user


class EmailAuthenticationForm(AuthenticationForm):
    """Django's log-in form, asking for the e-mail the account was made with."""

    username = forms.EmailField(label=_("E-mail"), max_length=150)

    def clean_username(self) -> str:
        return self.cleaned_data["username"].strip().lower()


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ("name", "actor_type", "country")
        labels = {"name": _("Name"), "actor_type": _("Kind of actor"), "country": _("Country")}

    def clean_name(self) -> str:
        name = " ".join(plain(self.cleaned_data["name"]).split())
        if Organisation.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _("This organisation already exists: ask to join it from its page.")
            )
        if not slugify(name):
            raise forms.ValidationError(_("The name needs at least one letter or digit."))
        return name

    def save(self, commit: bool = True) -> Organisation:
        organisation = super().save(commit=False)
        base = slugify(organisation.name)[:70]
        slug, n = base, 1
        while Organisation.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        organisation.slug = slug
        if commit:
            organisation.save()
        return organisation
