"""Short documents (reports, concept notes, practice notes): title, date, kind, practices.

They have no common structure, so this reads them the way a person skims one: the title is the
first line, the date the first one near the top, and a practice is either a paragraph under a
heading that is a country's name ("Spain" then what Spain did) or a paragraph that names a
country and says what was done and when.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from gcmhub.ingest import clean
from gcmhub.ingest.source import Line

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.I)
_OBJECTIVE_MENTION = re.compile(r"\bObjective\s+(\d{1,2})\b")
_DONE = re.compile(
    r"\b(?:signed|launched|established|introduced|adopted|created|emptied|released|developed|"
    r"set up|implemented|piloted|scaled|opened|extended|granted|ended|passed|started)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")
MIN_PRACTICE_LENGTH = 120


@dataclass
class NoteExample:
    text: str
    locator: str
    countries: list[str] = field(default_factory=list)


@dataclass
class Note:
    title: str
    date: str | None
    kind: str
    objective_hint: int | None
    examples: list[NoteExample]


def parse_note(lines: list[Line], find_countries) -> Note:
    """``find_countries(text) -> [alpha-2]`` is passed in so this module stays tagger-agnostic."""
    texts = [(clean.clean_text(clean.strip_heading(line.text)[1]), line.locator) for line in lines]
    texts = [(t, loc) for t, loc in texts if t]
    title = texts[0][0][:300] if texts else ""
    whole = " ".join(t for t, _ in texts)
    return Note(
        title=title,
        date=find_date([t for t, _ in texts[:15]]),
        kind=guess_kind(title, whole),
        objective_hint=objective_hint(whole),
        examples=_examples(texts, find_countries),
    )


def find_date(texts: list[str]) -> str | None:
    """The first full date near the top (ISO), else the first month and year."""
    for text in texts:
        match = _DAY_MONTH_YEAR.search(text)
        if match:
            month = MONTHS.index(match.group(2).lower()) + 1
            return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"
    for text in texts:
        match = _MONTH_YEAR.search(text)
        if match:
            return f"{match.group(2)}-{MONTHS.index(match.group(1).lower()) + 1:02d}"
    return None


def guess_kind(title: str, text: str) -> str:
    lowered, head = title.lower(), text[:3000].lower()
    if "concept note" in head:
        return "concept-note"
    if lowered.startswith("report") or "report of" in lowered:
        return "report"
    if "promising practice" in head or "practices series" in head:
        return "practice-note"
    if "approach" in lowered or "guidance" in lowered or "guide" in lowered:
        return "guidance"
    return "other"


def objective_hint(text: str) -> int | None:
    """The GCM objective a document names most often ("Objective 13"), if any."""
    counts = Counter(int(n) for n in _OBJECTIVE_MENTION.findall(text) if 1 <= int(n) <= 23)
    return counts.most_common(1)[0][0] if counts else None


def _examples(texts: list[tuple[str, str]], find_countries) -> list[NoteExample]:
    examples: list[NoteExample] = []
    heading_country: list[str] = []
    for text, locator in texts:
        countries = find_countries(text)
        if len(text) <= 40 and countries and _is_just_a_name(text):
            heading_country = countries[:1]
            continue
        if len(text) < MIN_PRACTICE_LENGTH or text.startswith(("“", '"', "- ")):
            if len(text) <= 60:
                heading_country = []  # another short heading ends the country's section
            continue
        if heading_country:
            found = list(dict.fromkeys(heading_country + countries))
            examples.append(NoteExample(text, locator, found))
            heading_country = []
        elif countries and (_YEAR.search(text) and _DONE.search(text)):
            examples.append(NoteExample(text, locator, countries))
    return examples


def _is_just_a_name(text: str) -> bool:
    return len(text.split()) <= 4 and not text.endswith((".", ":"))
