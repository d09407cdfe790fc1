"""The GCM's vocabularies as plain tables: objectives, principles, actors, SDGs, UN M49 areas.

Pure Python with no Django, because ingestion and tagging validate and tag with them outside the
web app; ``reference.loading`` copies them into the database. Labels are English, wrapped in
``_`` so ``makemessages`` extracts them; templates translate them when they render.
"""

from __future__ import annotations

import re
from functools import cache


def _(s: str) -> str:
    """Marks a label for translation extraction; translated when rendered."""
    return s


OBJECTIVES: list[tuple[int, str, str]] = [
    (1, "data", _("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies")),
    (2, "drivers", _("Minimize the adverse drivers and structural factors that compel people to leave their country of origin")),
    (3, "information", _("Provide accurate and timely information at all stages of migration")),
    (4, "legal-identity", _("Ensure that all migrants have proof of legal identity and adequate documentation")),
    (5, "regular-pathways", _("Enhance availability and flexibility of pathways for regular migration")),
    (6, "fair-recruitment", _("Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work")),
    (7, "vulnerabilities", _("Address and reduce vulnerabilities in migration")),
    (8, "missing-migrants", _("Save lives and establish coordinated international efforts on missing migrants")),
    (9, "smuggling", _("Strengthen the transnational response to smuggling of migrants")),
    (10, "trafficking", _("Prevent, combat and eradicate trafficking in persons in the context of international migration")),
    (11, "borders", _("Manage borders in an integrated, secure and coordinated manner")),
    (12, "screening-referral", _("Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral")),
    (13, "detention", _("Use migration detention only as a measure of last resort and work towards alternatives")),
    (14, "consular-protection", _("Enhance consular protection, assistance and cooperation throughout the migration cycle")),
    (15, "basic-services", _("Provide access to basic services for migrants")),
    (16, "inclusion", _("Empower migrants and societies to realize full inclusion and social cohesion")),
    (17, "discrimination", _("Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration")),
    (18, "skills", _("Invest in skills development and facilitate mutual recognition of skills, qualifications and competences")),
    (19, "diaspora", _("Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries")),
    (20, "remittances", _("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants")),
    (21, "return-reintegration", _("Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration")),
    (22, "social-protection", _("Establish mechanisms for the portability of social security entitlements and earned benefits")),
    (23, "cooperation", _("Strengthen international cooperation and global partnerships for safe, orderly and regular migration")),
]  # fmt: skip

PRINCIPLES: list[tuple[str, str, str]] = [
    ("people-centred", _("People-centred"), _("Puts the well-being of migrants and of the communities they live in at the heart of every measure.")),
    ("international-cooperation", _("International cooperation"), _("Recognises that no State can govern migration alone and that cooperation across borders is needed.")),
    ("national-sovereignty", _("National sovereignty"), _("Affirms each State's right to set its own migration policy within international law.")),
    ("rule-of-law", _("Rule of law and due process"), _("Requires that migration measures rest on law, with access to justice and fair procedures for everyone.")),
    ("sustainable-development", _("Sustainable development"), _("Links migration to the 2030 Agenda, so that it benefits migrants, origin and destination alike.")),
    ("human-rights", _("Human rights"), _("Respects, protects and fulfils the human rights of all migrants, whatever their status.")),
    ("gender-responsive", _("Gender-responsive"), _("Addresses the specific needs and agency of women, men, girls and boys at every stage of migration.")),
    ("child-sensitive", _("Child-sensitive"), _("Makes the best interests of the child the first consideration in every decision that affects children.")),
    ("whole-of-government", _("Whole-of-government approach"), _("Aligns policies across ministries and levels of government so that they pull in one direction.")),
    ("whole-of-society", _("Whole-of-society approach"), _("Involves migrants, civil society, local authorities, employers, unions and others as partners.")),
]  # fmt: skip

ACTOR_TYPES: list[tuple[str, str]] = [
    ("national-government", _("National government")),
    ("local-authority", _("Local and regional authorities")),
    ("civil-society", _("Civil society organizations")),
    ("faith-based", _("Faith-based organizations")),
    ("trade-union", _("Trade unions")),
    ("migrants-diaspora", _("Migrant and diaspora organizations")),
    ("private-sector", _("Private sector and employers")),
    ("parliament", _("Parliaments")),
    ("nhri", _("National human rights institutions")),
    ("media", _("Media")),
    ("red-cross-red-crescent", _("Red Cross and Red Crescent")),
    ("academia", _("Academia and research")),
    ("international-organization", _("International organizations (incl. UN agencies)")),
]

SDGS: list[tuple[int, str]] = [
    (1, _("No poverty")),
    (2, _("Zero hunger")),
    (3, _("Good health and well-being")),
    (4, _("Quality education")),
    (5, _("Gender equality")),
    (6, _("Clean water and sanitation")),
    (7, _("Affordable and clean energy")),
    (8, _("Decent work and economic growth")),
    (9, _("Industry, innovation and infrastructure")),
    (10, _("Reduced inequalities")),
    (11, _("Sustainable cities and communities")),
    (12, _("Responsible consumption and production")),
    (13, _("Climate action")),
    (14, _("Life below water")),
    (15, _("Life on land")),
    (16, _("Peace, justice and strong institutions")),
    (17, _("Partnerships for the goals")),
]

SCOPES: list[tuple[str, str]] = [
    ("local", _("Local")),
    ("national", _("National")),
    ("regional", _("Regional")),
    ("global", _("Global")),
]

PRACTICE_TYPES: list[tuple[str, str]] = [
    ("policy", _("Policy")),
    ("legislation", _("Legislation")),
    ("programme", _("Programme")),
    ("service", _("Service")),
    ("partnership", _("Partnership")),
    ("training", _("Training and capacity building")),
    ("data", _("Data and evidence")),
    ("campaign", _("Campaign")),
    ("research", _("Research")),
]

STATUSES: list[tuple[str, str]] = [
    ("draft", _("Draft")),
    ("submitted", _("Submitted")),
    ("returned", _("Returned for changes")),
    ("published", _("Published")),
    ("rejected", _("Rejected")),
    ("archived", _("Archived")),
]

# How far a practice is implemented; the published criteria ask for "mostly" or "fully".
IMPLEMENTATION: list[tuple[str, str]] = [
    ("planned", _("Planned")),
    ("partly", _("Partly implemented")),
    ("mostly", _("Mostly implemented")),
    ("fully", _("Fully implemented")),
]

# (M49 code, official UNSD English name, parent code)
M49_AREAS: list[tuple[str, str, str | None]] = [
    ("001", _("World"), None),
    ("002", _("Africa"), "001"),
    ("019", _("Americas"), "001"),
    ("142", _("Asia"), "001"),
    ("150", _("Europe"), "001"),
    ("009", _("Oceania"), "001"),
    ("015", _("Northern Africa"), "002"),
    ("202", _("Sub-Saharan Africa"), "002"),
    ("014", _("Eastern Africa"), "202"),
    ("017", _("Middle Africa"), "202"),
    ("018", _("Southern Africa"), "202"),
    ("011", _("Western Africa"), "202"),
    ("419", _("Latin America and the Caribbean"), "019"),
    ("029", _("Caribbean"), "419"),
    ("013", _("Central America"), "419"),
    ("005", _("South America"), "419"),
    ("021", _("Northern America"), "019"),
    ("143", _("Central Asia"), "142"),
    ("030", _("Eastern Asia"), "142"),
    ("035", _("South-eastern Asia"), "142"),
    ("034", _("Southern Asia"), "142"),
    ("145", _("Western Asia"), "142"),
    ("151", _("Eastern Europe"), "150"),
    ("154", _("Northern Europe"), "150"),
    ("830", _("Channel Islands"), "154"),
    ("039", _("Southern Europe"), "150"),
    ("155", _("Western Europe"), "150"),
    ("053", _("Australia and New Zealand"), "009"),
    ("054", _("Melanesia"), "009"),
    ("057", _("Micronesia"), "009"),
    ("061", _("Polynesia"), "009"),
]

_MEMBERS: dict[str, str] = {
    "015": "DZ EG LY MA SD TN EH",
    "014": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "017": "AO CM CF TD CG CD GQ GA ST",
    "018": "BW SZ LS NA ZA",
    "011": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "029": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "013": "BZ CR SV GT HN MX NI PA",
    "005": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "021": "BM CA GL PM US",
    "143": "KZ KG TJ TM UZ",
    "030": "CN HK MO KP JP MN KR TW",
    "035": "BN KH ID LA MY MM PH SG TH TL VN",
    "034": "AF BD BT IN IR MV NP PK LK",
    "145": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "151": "BY BG CZ HU PL MD RO RU SK UA",
    "154": "AX DK EE FO FI IS IE IM LV LT NO SJ SE GB",
    "830": "GG JE",
    "039": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES",
    "155": "AT BE FR DE LI LU MC NL CH",
    "053": "AU CX CC HM NZ NF",
    "054": "FJ NC PG SB VU",
    "057": "GU KI MH FM NR MP PW UM",
    "061": "AS CK PF NU PN WS TK TO TV WF",
}
# ISO 3166-1 alpha-2 -> the most specific M49 area (intermediate region where one exists).
COUNTRY_M49: dict[str, str] = {
    alpha2: code for code, members in _MEMBERS.items() for alpha2 in members.split()
}
# Codes pycountry lists that M49 places in no region.
UNPLACED = frozenset({"AQ"})

GROUPINGS: list[tuple[str, str, list[str]]] = [
    ("ECOWAS", _("Economic Community of West African States"), ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN", "SL", "TG"]),
    ("IGAD", _("Intergovernmental Authority on Development"), ["DJ", "ER", "ET", "KE", "SO", "SS", "SD", "UG"]),
    ("SADC", _("Southern African Development Community"), ["AO", "BW", "KM", "CD", "SZ", "LS", "MG", "MW", "MU", "MZ", "NA", "SC", "ZA", "TZ", "ZM", "ZW"]),
    ("EAC", _("East African Community"), ["BI", "CD", "KE", "RW", "SO", "SS", "TZ", "UG"]),
    ("ASEAN", _("Association of Southeast Asian Nations"), ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]),
    ("GCC", _("Gulf Cooperation Council"), ["BH", "KW", "OM", "QA", "SA", "AE"]),
    ("EU", _("European Union"), ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]),
    ("MERCOSUR", _("Southern Common Market"), ["AR", "BR", "PY", "UY", "BO"]),
    ("SICA", _("Central American Integration System"), ["BZ", "CR", "SV", "GT", "HN", "NI", "PA", "DO"]),
    ("Andean Community", _("Andean Community"), ["BO", "CO", "EC", "PE"]),
    ("African Union", _("African Union"), []),
    ("Mediterranean", _("Mediterranean"), []),
    ("Sahel", _("Sahel"), []),
    ("Horn of Africa", _("Horn of Africa"), ["DJ", "ER", "ET", "SO"]),
    ("Western Balkans", _("Western Balkans"), ["AL", "BA", "ME", "MK", "RS"]),
    ("Pacific Islands", _("Pacific Islands"), []),
    ("Colombo Process", _("Regional Consultative Process on overseas employment for Asian countries of origin"), []),
    ("Abu Dhabi Dialogue", _("Dialogue of Asian countries of origin and destination"), []),
    ("Bali Process", _("Bali Process on People Smuggling and Trafficking in Persons"), []),
    ("Rabat Process", _("Euro-African Dialogue on Migration and Development"), []),
    ("Khartoum Process", _("EU-Horn of Africa Migration Route Initiative"), []),
    ("Puebla Process", _("Regional Conference on Migration"), []),
    ("Budapest Process", _("Budapest Process"), []),
    ("Prague Process", _("Prague Process"), []),
]  # fmt: skip

_SDG_TARGET = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])$")


@cache
def objective_numbers() -> frozenset[int]:
    return frozenset(n for n, _slug, _title in OBJECTIVES)


@cache
def principle_slugs() -> frozenset[str]:
    return frozenset(slug for slug, _name, _description in PRINCIPLES)


@cache
def actor_slugs() -> frozenset[str]:
    return frozenset(slug for slug, _name in ACTOR_TYPES)


@cache
def _areas() -> dict[str, tuple[str, str | None]]:
    return {code: (name, parent) for code, name, parent in M49_AREAS}


def area_name(code: str) -> str:
    return _areas()[code][0]


def regions_of_country(alpha2: str) -> list[str]:
    """M49 area names from the most specific up to the region, World left out."""
    code = COUNTRY_M49.get(alpha2.upper())
    names: list[str] = []
    while code and code != "001":
        name, code = _areas()[code]
        names.append(name)
    return names


@cache
def region_names() -> frozenset[str]:
    m49 = {name for code, name, _parent in M49_AREAS if code != "001"}
    return frozenset(m49 | {label for label, _d, _m in GROUPINGS})


def sdg_of_target(target: str) -> int | None:
    """The goal of an SDG target ("10.7" -> 10), or None when it is not a target."""
    match = _SDG_TARGET.match(target.strip().lower())
    if not match:
        return None
    goal = int(match.group(1))
    return goal if 1 <= goal <= 17 else None
