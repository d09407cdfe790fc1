"""Actors, regions, guiding principles, SDG targets and years, from cue phrases in text.

Each vocabulary is a table of phrases (English, with French and Spanish where cheap) mapped to
its stable identifier; precision matters more than recall, so a tag needs an explicit cue.
"""

from __future__ import annotations

import re
from functools import cache

from gcmhub.reference import data
from gcmhub.tagging.gazetteer import Gazetteer

ACTOR_CUES = {
    "national-government": "government;ministry;ministries;minister;national authorities;"
    "immigration service;immigration department;home office;embassy;embassies;consulate;"
    "consular;foreign ministry;statistics office;national statistical office;labour inspectorate;"
    "police;States;Member States;gouvernement;ministère;gobierno;ministerio",
    "local-authority": "municipality;municipalities;city council;mayor;mayors;local authorities;"
    "local authority;local government;local governments;cities;city of;regency;municipal;"
    "municipalité;municipio;alcaldía;ayuntamiento",
    "civil-society": "NGO;NGOs;civil society;non-governmental;community-based organisation;"
    "community-based organization;association;foundation;coalition;IDC;"
    "International Detention Coalition;société civile;sociedad civil;ONG",
    "faith-based": "church;churches;faith-based;religious organisations;religious organizations;"
    "mosque;diocese;Caritas",
    "trade-union": "trade union;trade unions;workers' organisations;workers' organizations;"
    "syndicat;sindicato",
    "migrants-diaspora": "diaspora;diasporas;migrant-led;migrant associations;"
    "migrant organizations;returned migrants;people with lived experience",
    "private-sector": "private sector;employers;employer;companies;company;business;businesses;"
    "financial institutions;banks;entreprises;empresas;Remitly;Alipay",
    "parliament": "parliament;parliamentarians;legislators;legislature;parlement;congreso",
    "nhri": "national human rights institution;ombudsman;ombudsperson;ombudspersons;"
    "human rights commission;defensoría",
    "media": "media;journalists;press;radio;television;newspaper;médias;medios",
    "red-cross-red-crescent": "Red Cross;Red Crescent;IFRC;ICRC;Croix-Rouge;Cruz Roja",
    "academia": "university;universities;academia;academics;researchers;research institute;"
    "think tank;université;universidad",
    "international-organization": "UNHCR;IOM;UNICEF;ILO;OHCHR;UNDP;UNODC;UN Women;WHO;"
    "World Bank;OECD;UN Network on Migration;United Nations;UN;European Union;EU;"
    "European Commission;African Union;ECOWAS;ASEAN;Council of Europe;ICMPD;IFAD;UCLG;"
    "International Organization for Migration;UN agencies;OIM;OIT;ONU",
}
ACTOR_CASE_SENSITIVE = {
    "IDC",
    "States",
    "Member States",
    "UN",
    "EU",
    "IOM",
    "ILO",
    "WHO",
    "ONG",
    "OIM",
    "OIT",
    "ONU",
    "press",
}

REGION_ALIASES = {
    "Western Africa": "West Africa;West African;Afrique de l'Ouest;África Occidental",
    "Eastern Africa": "East Africa",
    "Northern Africa": "North Africa",
    "South-eastern Asia": "Southeast Asia;South-East Asia;South East Asia",
    "Latin America and the Caribbean": "Latin America;Latin American;Amérique latine;"
    "América Latina",
    "Central America": "Centroamérica;Amérique centrale",
    "Western Asia": "Middle East",
    "Europe": "Europe;European",
    "Sub-Saharan Africa": "sub-Saharan Africa;sub-Saharan African",
    "ECOWAS": "Economic Community of West African States",
    "GCC": "Gulf Cooperation Council;Gulf countries;Gulf States",
    "EU": "European Union",
    "ASEAN": "Association of Southeast Asian Nations;Association of South East Asian Nations",
    "African Union": "AU",
    "Puebla Process": "Regional Conference on Migration",
    "MERCOSUR": "Mercosur",
    "Pacific Islands": "Pacific",
    "Mediterranean": "Méditerranée",
    "Caribbean": "CARICOM;Caribbean Community",
}
PRINCIPLE_CUES = {
    "child-sensitive": "child;children;minors;unaccompanied;best interests of the child;"
    "enfants;niños;niñas",
    "gender-responsive": "women;girls;gender;femmes;mujeres",
    "human-rights": "human rights;rights-based;droits de l'homme;droits humains;derechos humanos",
    "whole-of-government": "whole-of-government;inter-ministerial;interministerial;"
    "across ministries;inter-agency",
    "whole-of-society": "whole-of-society;multi-stakeholder;civil society",
    "rule-of-law": "due process;legal aid;access to justice;judicial;rule of law;lawyer",
    "international-cooperation": "bilateral;international cooperation;regional cooperation;"
    "cross-border cooperation;partnership between",
    "sustainable-development": "sustainable development;2030 Agenda;SDG;SDGs",
    "people-centred": "people-centred;person-centred;case management;individual assessment",
    "national-sovereignty": "national sovereignty",
}
_TARGET = re.compile(
    r"(?:\bSDG\s*(?:target\s*)?|\btarget\s+|^[\s•■▪*-]*\**)(\d{1,2})[.:](\d{1,2}|[a-c])\b",
    re.I | re.M,
)
_YEAR = r"(19[5-9]\d|20[0-3]\d)"
_RANGE = re.compile(rf"\b(?:from\s+)?{_YEAR}\s*(?:-|–|to|until)\s*{_YEAR}\b")
_SINCE = re.compile(rf"\b(?:since|depuis|desde)\s+(?:\w+\s+)?{_YEAR}\b", re.I)
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_URLISH = re.compile(r"https?://\S+|\([^()]*\b(?:19|20)\d{2}\)")


def _phrases(table: dict[str, str]) -> dict[str, str]:
    return {p.strip(): key for key, names in table.items() for p in names.split(";") if p.strip()}


@cache
def _actors() -> Gazetteer:
    return Gazetteer(_phrases(ACTOR_CUES), case_sensitive=ACTOR_CASE_SENSITIVE)


@cache
def _regions() -> Gazetteer:
    phrases = {name: name for _code, name, _parent in data.M49_AREAS if _code != "001"}
    phrases |= {label: label for label, _long, _members in data.GROUPINGS}
    phrases |= _phrases(REGION_ALIASES)
    phrases.pop("Europe", None)
    phrases["Europe"] = "Europe"
    return Gazetteer(phrases, case_sensitive={"AU", "EU", "GCC", "Pacific"})


@cache
def _principles() -> Gazetteer:
    return Gazetteer(_phrases(PRINCIPLE_CUES), case_sensitive={"SDG", "SDGs"})


def find_actors(text: str) -> list[str]:
    return _actors().find(text)


def find_regions(text: str) -> list[str]:
    return _regions().find(text)


def find_principles(text: str) -> list[str]:
    return _principles().find(text)


def find_sdg_targets(text: str) -> list[str]:
    """Targets written as such ("SDG target 10.7", "target 16.9", a bullet "17:18: …")."""
    found: list[str] = []
    for goal, target in _TARGET.findall(text):
        code = f"{int(goal)}.{target.lower()}"
        if data.sdg_of_target(code) and code not in found:
            found.append(code)
    return found


def find_period(text: str) -> tuple[int | None, int | None]:
    """(start, end) years: a range, "since 2015" (ongoing), else the earliest year mentioned.

    Years inside URLs and bibliographic parentheses are ignored: they date sources, not work.
    """
    body = _URLISH.sub(" ", text)
    match = _RANGE.search(body)
    if match and int(match.group(1)) <= int(match.group(2)):
        return int(match.group(1)), int(match.group(2))
    since = _SINCE.search(body)
    if since:
        return int(since.group(1)), None
    years = [int(y) for y in _ANY_YEAR.findall(body)]
    return (min(years), None) if years else (None, None)
