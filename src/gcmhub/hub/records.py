"""The lines of a hub file (``gcmhub hub load``), checked one by one before anything is saved.

Pure Python with pydantic. Each line is one object: an organisation, an offer, an expert or a
request, with the id the file gives it. Fields beyond the ones below are allowed and ignored.
Every error names its line; the caller saves nothing when there is any.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, field_validator
from pydantic import ValidationError as PydanticError

from gcmhub.hub import geography, vocabulary
from gcmhub.reference import data

Id = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _Line(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: Id

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value):
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


# Everyday names for actor types, to the vocabulary's slugs.
ACTOR_ALIASES = {
    "government": "national-government", "national-authority": "national-government",
    "ministry": "national-government", "state": "national-government",
    "city": "local-authority", "municipality": "local-authority",
    "local-government": "local-authority", "local-authorities": "local-authority",
    "ngo": "civil-society", "cso": "civil-society", "civil-society-organization": "civil-society",
    "civil-society-organisation": "civil-society",
    "migrant-led": "migrants-diaspora", "diaspora": "migrants-diaspora",
    "migrant-organisation": "migrants-diaspora", "migrant-organization": "migrants-diaspora",
    "faith": "faith-based", "union": "trade-union", "trade-unions": "trade-union",
    "private": "private-sector", "business": "private-sector", "employer": "private-sector",
    "employers": "private-sector", "university": "academia", "research": "academia",
    "academic": "academia", "un": "international-organization",
    "un-agency": "international-organization", "io": "international-organization",
    "international-organisation": "international-organization",
    "international": "international-organization", "red-cross": "red-cross-red-crescent",
}  # fmt: skip


def _slug(value: str) -> str:
    return "-".join(value.strip().lower().replace("_", " ").split())


def _country(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    code = geography.country_code(value)
    if code is None:
        raise ValueError(f"unknown country {value!r} (use an ISO 3166-1 alpha-2 code)")
    return code


def _languages(values: list[str]) -> list[str]:
    out = []
    for value in values:
        code = vocabulary.language_code(value)
        if code is None:
            raise ValueError(f"unknown language {value!r} (use an ISO 639-1 code such as 'es')")
        if code not in out:
            out.append(code)
    return out


def _objectives(values: list[int]) -> list[int]:
    for number in values:
        if number not in data.objective_numbers():
            raise ValueError(f"no objective {number} (the GCM has objectives 1 to 23)")
    return list(dict.fromkeys(values))


def _kinds(values: list[str]) -> list[str]:
    known = vocabulary.support_kind_slugs()
    out = []
    for value in values:
        slug = _slug(value)
        if slug not in known:
            raise ValueError(f"unknown support kind {value!r} (one of {', '.join(sorted(known))})")
        if slug not in out:
            out.append(slug)
    return out


class OrganisationLine(_Line):
    type: Literal["organisation"]
    name: Name
    actor_type: str
    country: str | None = None

    @field_validator("actor_type")
    @classmethod
    def _actor(cls, value: str) -> str:
        value = ACTOR_ALIASES.get(_slug(value), _slug(value))
        if value not in data.actor_slugs():
            raise ValueError(
                f"unknown actor type {value!r} (one of {', '.join(sorted(data.actor_slugs()))})"
            )
        return value

    _country = field_validator("country")(classmethod(lambda cls, v: _country(v)))


class _Support(_Line):
    text: Text
    title: Name | None = None
    objectives: list[int] = Field(default_factory=list, max_length=23)
    languages: list[str] = Field(default_factory=list, max_length=20)
    support_kinds: list[str] = Field(default_factory=list, max_length=10)
    contact_name: str = Field("", max_length=200)
    contact_email: str = Field("", max_length=254)

    _objectives = field_validator("objectives")(classmethod(lambda cls, v: _objectives(v)))
    _languages = field_validator("languages")(classmethod(lambda cls, v: _languages(v)))
    _kinds = field_validator("support_kinds")(classmethod(lambda cls, v: _kinds(v)))

    @field_validator("contact_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and ("@" not in value or " " in value):
            raise ValueError(f"not an e-mail address: {value!r}")
        return value


class OfferLine(_Support):
    type: Literal["offer", "expert"]
    organisation: Id | None = None
    person_name: str = Field("", max_length=200)
    regions: list[str] = Field(default_factory=list, max_length=50)
    lived_experience: str = Field("", max_length=5000)
    lived_experience_consent: bool = False
    availability: str = Field("", max_length=200)
    available: bool = True

    def model_post_init(self, context) -> None:
        if self.type == "offer" and not self.organisation:
            raise ValueError("an offer needs the id of its organisation")
        if self.type == "expert" and not (self.person_name or self.organisation):
            raise ValueError("an expert needs a person_name")


class RequestLine(_Support):
    type: Literal["request"]
    organisation: Id
    country: str | None = None
    deadline: dt.date | None = None

    _country = field_validator("country")(classmethod(lambda cls, v: _country(v)))


Line = Annotated[OrganisationLine | OfferLine | RequestLine, Field(discriminator="type")]
_ADAPTER: TypeAdapter = TypeAdapter(Line)


@dataclass
class Parsed:
    organisations: list[tuple[int, OrganisationLine]] = field(default_factory=list)
    offers: list[tuple[int, OfferLine]] = field(default_factory=list)
    requests: list[tuple[int, RequestLine]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.organisations) + len(self.offers) + len(self.requests)


def parse(lines: Iterable[str]) -> Parsed:
    """Every line checked; errors and warnings are "line N: what is wrong" strings."""
    out = Parsed()
    seen: dict[tuple[str, str], int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            out.errors.append(f"line {number}: not valid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            out.errors.append(f"line {number}: expected a JSON object")
            continue
        if obj.get("type") not in ("organisation", "offer", "expert", "request"):
            out.errors.append(
                f'line {number}: "type" must be organisation, offer, expert or request'
            )
            continue
        try:
            item = _ADAPTER.validate_python(obj)
        except (PydanticError, ValueError) as exc:
            out.errors.append(f"line {number}: {_explain(exc)}")
            continue
        namespace = "organisation" if item.type == "organisation" else item.type
        namespace = "offer" if namespace == "expert" else namespace
        if (namespace, item.id) in seen:
            out.errors.append(
                f"line {number}: {namespace} id {item.id!r} already given on line "
                f"{seen[namespace, item.id]}"
            )
            continue
        seen[namespace, item.id] = number
        if isinstance(item, OrganisationLine):
            out.organisations.append((number, item))
        elif isinstance(item, OfferLine):
            unknown = [r for r in item.regions if not geography.is_known(r)]
            if unknown:
                out.warnings.append(
                    f"line {number}: region {unknown[0]!r} is not a UN M49 area, grouping, route "
                    "or country; it will only match requests that name it"
                )
            out.offers.append((number, item))
        else:
            out.requests.append((number, item))
    return out


def _explain(exc: Exception) -> str:
    if not isinstance(exc, PydanticError):
        return str(exc)
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ())[1:])
        message = error.get("msg", "").removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)
