"""Where a request is and where an offer works, as comparable labels; migratory routes.

Pure Python. A country is covered by its own code and name, its UN M49 areas (sub-region,
intermediate region, region), the groupings and routes that list it, and "global". An offer
names the places it works in any of those forms, or in a common alias ("Latin America",
"West Africa", "worldwide"); labels we do not know are kept and compared as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from gcmhub.reference import data

GLOBAL = "global"

# Migratory routes and corridors peer learning speaks of, by the countries along them. An
# approximation for matching "twins" (States facing the same flows), not a map of record.
ROUTES: dict[str, tuple[str, ...]] = {
    "Central Mediterranean route": ("LY", "TN", "IT", "MT", "NE", "SD", "ER", "NG", "ML", "TD"),
    "Eastern Mediterranean route": ("TR", "GR", "CY", "BG", "SY", "AF", "IQ", "IR", "PK"),
    "Western Mediterranean and Atlantic route": ("MA", "DZ", "ES", "MR", "SN", "GM", "ML", "GN"),
    "Western Balkans route": ("GR", "MK", "RS", "BA", "ME", "AL", "HR", "HU", "SI", "AT"),
    "Central America - North America corridor": (
        "GT", "HN", "SV", "NI", "MX", "US", "CR", "PA", "CU", "HT", "CO",
    ),
    "Andean and South American corridor": ("VE", "CO", "EC", "PE", "CL", "BR", "AR", "BO", "UY"),
    "Eastern route (Horn of Africa - Gulf)": ("ET", "SO", "DJ", "ER", "YE", "SA", "OM"),
    "Southern route (Horn of Africa - Southern Africa)": (
        "ET", "SO", "KE", "TZ", "MW", "MZ", "ZA", "ZM", "ZW",
    ),
    "Bay of Bengal and Andaman Sea": ("MM", "BD", "TH", "MY", "ID", "IN"),
    "Asia - Gulf labour corridor": (
        "NP", "IN", "BD", "PK", "LK", "PH", "ID", "SA", "AE", "QA", "KW", "OM", "BH",
    ),
    "West Africa - Sahel corridor": ("SN", "ML", "BF", "NE", "CI", "GH", "NG", "GN", "GM"),
}  # fmt: skip

# Everyday names for areas, to the M49 names or groupings they mean.
ALIASES: dict[str, tuple[str, ...]] = {
    "latin america": ("Latin America and the Caribbean",),
    "lac": ("Latin America and the Caribbean",),
    "latam": ("Latin America and the Caribbean",),
    "america latina": ("Latin America and the Caribbean",),
    "amerique latine": ("Latin America and the Caribbean",),
    "north america": ("Northern America",),
    "west africa": ("Western Africa",),
    "east africa": ("Eastern Africa",),
    "southern africa": ("Southern Africa",),
    "north africa": ("Northern Africa",),
    "central africa": ("Middle Africa",),
    "middle east": ("Western Asia",),
    "mena": ("Western Asia", "Northern Africa"),
    "southeast asia": ("South-eastern Asia",),
    "south east asia": ("South-eastern Asia",),
    "south asia": ("Southern Asia",),
    "asia pacific": ("Asia", "Oceania"),
    "asia and the pacific": ("Asia", "Oceania"),
    "pacific": ("Oceania",),
    "european union": ("EU",),
    "gulf": ("GCC",),
    "worldwide": (GLOBAL,),
    "world": (GLOBAL,),
    "international": (GLOBAL,),
    "any": (GLOBAL,),
    "all": (GLOBAL,),
    "mundial": (GLOBAL,),
    "monde": (GLOBAL,),
}


def key(label: str) -> str:
    """A label folded for comparison: no accents, case, punctuation or extra spaces."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", folded.lower()).strip()


@cache
def _country_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                names[key(name)] = country.alpha_2
    return names


def country_code(label: str) -> str | None:
    """The ISO alpha-2 code a label names (a code or an English name), else None."""
    import pycountry

    text = label.strip()
    if len(text) == 2 and text.upper() in data.COUNTRY_M49:
        return text.upper()
    if len(text) == 3 and text.isalpha():
        found = pycountry.countries.get(alpha_3=text.upper())
        if found:
            return found.alpha_2
    return _country_names().get(key(text))


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def areas(code: str) -> list[str]:
    """M49 areas of a country, the most specific first."""
    return data.regions_of_country(code)


def groupings(code: str) -> list[str]:
    return [label for label, _desc, members in data.GROUPINGS if code.upper() in members]


def routes(code: str) -> list[str]:
    return [name for name, members in ROUTES.items() if code.upper() in members]


@cache
def places(code: str | None) -> frozenset[str]:
    """Every label (folded) that covers a country; just "global" when the country is unknown."""
    labels = {GLOBAL}
    if not code:
        return frozenset(labels)
    code = code.upper()
    labels |= {country_name(code), *areas(code), *groupings(code), *routes(code)}
    return frozenset({code} | {key(label) for label in labels})


def normalise(labels: list[str]) -> frozenset[str]:
    """An offer's regions as folded labels, aliases and country names resolved."""
    out: set[str] = set()
    for label in labels:
        folded = key(label)
        if not folded:
            continue
        if folded in ALIASES:
            out |= {key(a) for a in ALIASES[folded]}
            continue
        code = country_code(label)
        out.add(code if code else folded)
    return frozenset(out)


@cache
def known_labels() -> frozenset[str]:
    """Folded labels :func:`normalise` understands beyond country names and codes."""
    names = {key(n) for n in data.region_names()} | {key(r) for r in ROUTES}
    return frozenset(names | set(ALIASES) | {GLOBAL})


def is_known(label: str) -> bool:
    return key(label) in known_labels() or country_code(label) is not None


def same_area(a: str, b: str) -> tuple[float, str | None]:
    """How near two countries are for twinning: 1 same route, 0.8 same sub-region or
    grouping, 0.5 same region; 0 otherwise. With the shared label."""
    shared_route = sorted(set(routes(a)) & set(routes(b)))
    if shared_route:
        return 1.0, shared_route[0]
    areas_a, areas_b = areas(a), areas(b)
    if areas_a and areas_b and areas_a[0] == areas_b[0]:
        return 0.8, areas_a[0]
    shared_grouping = sorted(set(groupings(a)) & set(groupings(b)))
    if shared_grouping:
        return 0.8, shared_grouping[0]
    if areas_a and areas_b and areas_a[-1] == areas_b[-1]:
        return 0.5, areas_a[-1]
    return 0.0, None
