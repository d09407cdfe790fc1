"""The hub's small vocabularies: kinds of support, request statuses, languages.

Pure Python, shared by the loader, the forms and the matcher. Labels are English, marked for
translation and translated when rendered.
"""

from __future__ import annotations

from functools import cache


def _(s: str) -> str:
    return s


SUPPORT_KINDS: list[tuple[str, str]] = [
    ("technical-advice", _("Technical advice")),
    ("peer-exchange", _("Peer exchange")),
    ("training", _("Training")),
    ("data", _("Data and statistics")),
    ("funding", _("Funding")),
    ("legal-drafting", _("Legal drafting")),
]

OPEN, MATCHED, IN_PROGRESS, CLOSED = "open", "matched", "in-progress", "closed"
STATUSES: list[tuple[str, str]] = [
    (OPEN, _("Open")),
    (MATCHED, _("Matched")),
    (IN_PROGRESS, _("In progress")),
    (CLOSED, _("Closed")),
]

# Languages offered first in forms; any ISO 639-1 code is accepted.
COMMON_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh", "pt")


def support_kind_slugs() -> frozenset[str]:
    return frozenset(slug for slug, _label in SUPPORT_KINDS)


@cache
def language_codes() -> frozenset[str]:
    """ISO 639-1 two-letter codes."""
    import pycountry

    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def language_name(code: str) -> str:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang else code


def language_code(value: str) -> str | None:
    """ISO 639-1 code for a code ("es", "ES"), a three-letter code ("spa") or an English name."""
    import pycountry

    text = value.strip()
    if text.lower() in language_codes():
        return text.lower()
    try:
        lang = pycountry.languages.lookup(text)
    except LookupError:
        return None
    return getattr(lang, "alpha_2", None)
