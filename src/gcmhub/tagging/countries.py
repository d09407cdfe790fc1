"""Countries named in text: names, short forms, French and Spanish names, demonyms, cities.

pycountry gives names and official names (and, through its gettext catalogues, French and
Spanish ones) but no demonyms or cities, so small tables add those. Ambiguous demonyms
("American", "Indian") and city names that are also common words are left out on purpose.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from gcmhub.tagging.gazetteer import Gazetteer

ALIASES = {
    "VN": "Vietnam",
    "GB": "UK;U.K.;Britain;Great Britain;England;Scotland;Wales",
    "US": "USA;U.S.;U.S.A.;United States of America;United States",
    "NL": "the Netherlands;Holland",
    "CI": "Ivory Coast;Cote d'Ivoire",
    "TR": "Turkey;Türkiye",
    "KR": "South Korea;Republic of Korea;Korea",
    "KP": "North Korea",
    "CD": "DRC;DR Congo;Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "LA": "Laos;Lao PDR",
    "RU": "Russia",
    "IR": "Iran",
    "SY": "Syria",
    "BO": "Bolivia",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "CZ": "Czech Republic;Czechia",
    "SZ": "Swaziland;Eswatini",
    "CV": "Cape Verde;Cabo Verde",
    "VE": "Venezuela",
    "MK": "North Macedonia;Macedonia",
    "PS": "Palestine;State of Palestine",
    "TW": "Taiwan",
    "BN": "Brunei",
    "FM": "Micronesia",
    "HK": "Hong Kong",
    "MO": "Macau;Macao",
    "AE": "UAE;United Arab Emirates;Emirates",
    "BA": "Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia",
    "MM": "Myanmar;Burma",
    "GM": "the Gambia",
    "BS": "the Bahamas",
    "VA": "Holy See;Vatican",
}
DEMONYMS = {
    "AF": "Afghan",
    "AL": "Albanian",
    "DZ": "Algerian",
    "AR": "Argentine;Argentinian",
    "AM": "Armenian",
    "AU": "Australian",
    "AT": "Austrian",
    "AZ": "Azerbaijani",
    "BD": "Bangladeshi",
    "BY": "Belarusian",
    "BE": "Belgian",
    "BO": "Bolivian",
    "BR": "Brazilian",
    "BG": "Bulgarian",
    "KH": "Cambodian",
    "CM": "Cameroonian",
    "CA": "Canadian",
    "CL": "Chilean",
    "CN": "Chinese",
    "CO": "Colombian",
    "CR": "Costa Rican",
    "HR": "Croatian",
    "CU": "Cuban",
    "CY": "Cypriot",
    "DK": "Danish",
    "EC": "Ecuadorian",
    "EG": "Egyptian",
    "SV": "Salvadoran;Salvadorian",
    "ER": "Eritrean",
    "EE": "Estonian",
    "ET": "Ethiopian",
    "FJ": "Fijian",
    "FI": "Finnish",
    "FR": "French",
    "DE": "German",
    "GH": "Ghanaian",
    "GR": "Greek",
    "GT": "Guatemalan",
    "HT": "Haitian",
    "HN": "Honduran",
    "HU": "Hungarian",
    "ID": "Indonesian",
    "IQ": "Iraqi",
    "IE": "Irish",
    "IT": "Italian",
    "JM": "Jamaican",
    "JP": "Japanese",
    "JO": "Jordanian",
    "KE": "Kenyan",
    "LB": "Lebanese",
    "LY": "Libyan",
    "LT": "Lithuanian",
    "MY": "Malaysian",
    "ML": "Malian",
    "MX": "Mexican",
    "MA": "Moroccan",
    "NP": "Nepalese;Nepali",
    "NL": "Dutch",
    "NZ": "New Zealander",
    "NI": "Nicaraguan",
    "NG": "Nigerian",
    "NO": "Norwegian",
    "PK": "Pakistani",
    "PA": "Panamanian",
    "PY": "Paraguayan",
    "PE": "Peruvian",
    "PH": "Filipino;Philippine",
    "PL": "Polish",
    "PT": "Portuguese",
    "RO": "Romanian",
    "RU": "Russian",
    "RW": "Rwandan",
    "SA": "Saudi",
    "SN": "Senegalese",
    "RS": "Serbian",
    "SO": "Somali",
    "ZA": "South African",
    "SS": "South Sudanese",
    "ES": "Spanish",
    "LK": "Sri Lankan",
    "SD": "Sudanese",
    "SE": "Swedish",
    "CH": "Swiss",
    "SY": "Syrian",
    "TH": "Thai",
    "TN": "Tunisian",
    "TR": "Turkish",
    "UG": "Ugandan",
    "UA": "Ukrainian",
    "GB": "British",
    "UY": "Uruguayan",
    "VE": "Venezuelan;Venezuelans",
    "VN": "Vietnamese",
    "YE": "Yemeni",
    "ZM": "Zambian",
    "ZW": "Zimbabwean",
}
CITIES = {
    "JO": "Amman",
    "LB": "Beirut",
    "MA": "Casablanca;Rabat;Oujda;Tangiers;Tangier;Marrakesh;Marrakech",
    "PT": "Lisbon",
    "FR": "Lyon;Paris;Marseille",
    "ES": "Madrid;Barcelona",
    "TN": "Sfax;Sousse;Tunis",
    "IT": "Turin;Rome;Milan;Palermo;Sicily;Lampedusa",
    "CH": "Geneva",
    "TH": "Bangkok",
    "EC": "Quito",
    "CO": "Bogota;Medellin",
    "MX": "Mexico City;Tijuana",
    "UY": "Montevideo",
    "BR": "Sao Paulo;Rio de Janeiro",
    "US": "New York City;Atlanta;California;Chicago",
    "KR": "Gwangju;Seoul",
    "NE": "Agadez;Niamey",
    "PE": "Lima",
    "KE": "Nairobi",
    "SN": "Dakar",
    "CM": "Douala",
    "DE": "Berlin",
    "GB": "London",
    "BE": "Brussels",
    "GR": "Athens;Lesbos",
    "ET": "Addis Ababa",
    "ZA": "Johannesburg;Cape Town",
}
# Country names that are also ordinary words: only with a capital letter.
CASE_SENSITIVE = {
    "Chad",
    "Jordan",
    "Turkey",
    "Guinea",
    "Georgia",
    "Niger",
    "Mali",
    "Togo",
    "Oman",
    "China",
    "Japan",
    "Peru",
    "Cuba",
    "Malta",
    "Monaco",
    "Nauru",
    "Korea",
    "UK",
    "USA",
    "DRC",
    "UAE",
    "U.S.",
    "Lima",
}


@cache
def _gazetteer() -> Gazetteer:
    phrases: dict[str, str] = {}
    translations = [_translator(lang) for lang in ("fr", "es")]
    for country in pycountry.countries:
        code = country.alpha_2
        names = {
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        }
        for translate in translations:
            names |= {translate(country.name)}
        for name in filter(None, names):
            phrases[name] = code
            if "," in name:  # "Korea, Republic of" is not how people write it
                phrases.pop(name)
    for table in (ALIASES, DEMONYMS, CITIES):
        for code, names in table.items():
            for name in names.split(";"):
                phrases[name] = code
    for ambiguous in ("Georgia", "Jersey"):  # US states as often as the country / island
        phrases.pop(ambiguous, None)
    return Gazetteer(phrases, case_sensitive=CASE_SENSITIVE)


def _translator(language: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


def find_countries(text: str) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the countries a text names, in order of first mention."""
    return _gazetteer().find(text)
