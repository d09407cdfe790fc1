"""Structure of a booklet that walks through the GCM objectives, from converted lines.

Such a booklet repeats one pattern per objective: a title, the associated actions ((a), (b), …),
concrete examples, relevant SDG targets, and footnotes wherever the page broke. Conversion from
PDF loses headings, letters and order in places, so each rule here is deliberately forgiving:

- an objective is recognised by its title even without a heading mark or with other wording
  (fuzzy match against the 23 official titles, in order), and inferred from order when an
  "associated actions" heading arrives without any title;
- actions are the lettered bullets, plus unlettered ones worded as GCM actions are (an
  imperative verb first); ``(1)`` and ``(I)`` are read as ``(l)``;
- an example is a top-level bullet or a free paragraph after the actions; indented and "o"
  bullets, and lower-case continuation lines cut by a page break, stay with their parent;
- footnote definitions are collected document-wide and resolved into citations.

Pure Python; the result is plain records (:mod:`gcmhub.ingest.records`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache

from gcmhub.ingest import clean
from gcmhub.ingest.records import (
    ActionRecord,
    Citation,
    FrameworkRecord,
    LinkRecord,
    ObjectiveRecord,
)
from gcmhub.ingest.source import Line
from gcmhub.reference import data

TITLE_SIMILARITY = 0.8
MIN_TITLES_FOR_A_BOOKLET = 8
_BULLET = re.compile(r"^(?P<indent>\s*)(?P<mark>[-•■▪●◦*+])\s+(?P<rest>.*)$")
_SUB_MARK = re.compile(r"^o\s+")  # "- o Sub-item": a sub-bullet flattened by conversion
_LETTER = re.compile(r"^\**\s*\(?(?P<letter>[a-zA-Z]|\d{1,2})\)\s*\**\s*")
_TARGET = re.compile(r"^\**\s*(?P<goal>\d{1,2})\s*[.:]\s*(?P<target>\d{1,2}|[a-z])\b\**\s*:?")
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_CITATION_LIKE = re.compile(
    r"^[A-Z][\w.&'’-]*(?:[ ,]+(?:[A-Z][\w.&'’-]*|et al\.?|and|de|of))*\s*\((?:\d{4}|n\.d\.)\)"
)
_IN_FORCE = re.compile(
    r"(?:entry|entering|entered|came) into (?:force|effect)[^.]*?\b((?:1[89]|20)\d{2})"
)
_ADOPTED = re.compile(r"\b(?:adopted|endorsed|signed)\b[^.]*?\b((?:1[89]|20)\d{2})")
_INSTRUMENT = re.compile(
    r"\b(?:Convention|Covenant|Declaration|Agreement|Agenda|Framework|Protocol|Compact)\b"
)
# First words of GCM actions: the Compact words every action as a commitment in the imperative.
_ACTION_VERBS = frozenset(
    [
        "accelerate",
        "account",
        "adopt",
        "align",
        "allow",
        "apply",
        "assess",
        "build",
        "capitalize",
        "collaborate",
        "collect",
        "conclude",
        "conduct",
        "consider",
        "cooperate",
        "coordinate",
        "create",
        "declare",
        "define",
        "develop",
        "elaborate",
        "eliminate",
        "empower",
        "enable",
        "enact",
        "engage",
        "enhance",
        "ensure",
        "establish",
        "explore",
        "expand",
        "facilitate",
        "foster",
        "fund",
        "harmonize",
        "identify",
        "implement",
        "improve",
        "incorporate",
        "increase",
        "integrate",
        "introduce",
        "invest",
        "involve",
        "issue",
        "launch",
        "make",
        "mainstream",
        "monitor",
        "promote",
        "protect",
        "provide",
        "put",
        "reduce",
        "reinforce",
        "review",
        "revise",
        "safeguard",
        "set",
        "share",
        "simplify",
        "standardize",
        "strengthen",
        "support",
        "take",
        "train",
        "undertake",
        "use",
        "uphold",
        "work",
    ]
)


@dataclass
class BookletExample:
    """One concrete example as found: cleaned text, where it starts, the footnotes it cites."""

    objective: int
    text: str
    locator: str
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Booklet:
    objectives: list[ObjectiveRecord]
    examples: list[BookletExample]
    frameworks: list[FrameworkRecord]
    links: list[LinkRecord]
    warnings: list[str]


@cache
def objective_titles() -> dict[int, tuple[str, frozenset[str]]]:
    return {
        number: (clean.plain(title), frozenset(clean.plain(title).split()))
        for number, _slug, title in data.OBJECTIVES
    }


def match_title(line: str) -> tuple[int, float]:
    """The objective whose title this line is, with the similarity; (0, 0) when none is close.

    A cheap word-overlap test comes first: the character-level ratio is only worth computing
    for the few lines that share most of their words with a title.
    """
    return _match_plain(clean.plain(line))


@lru_cache(maxsize=4096)
def _match_plain(text: str) -> tuple[int, float]:
    if not 15 <= len(text) <= 260:
        return 0, 0.0
    words = set(text.split())
    best, score = 0, 0.0
    for number, (title, title_words) in objective_titles().items():
        if len(words & title_words) < 0.5 * max(len(words), len(title_words)):
            continue
        matcher = SequenceMatcher(None, text, title, autojunk=False)
        if matcher.quick_ratio() < TITLE_SIMILARITY:
            continue
        ratio = matcher.ratio()
        if ratio > score:
            best, score = number, ratio
    return (best, score) if score >= TITLE_SIMILARITY else (0, score)


def count_titles(lines: list[Line]) -> int:
    """How many distinct objective titles a document holds: tells a booklet from a note."""
    found = {match_title(line.text)[0] for line in lines if not _BULLET.match(line.text)}
    return len(found - {0})


def parse_booklet(lines: list[Line]) -> Booklet:
    parser = _Parser(lines)
    parser.run()
    return parser.result()


class _Parser:
    """A single pass over the lines; ``mode`` says what the current section holds."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.mode = "intro"
        self.objective = 0
        self.objectives: dict[int, ObjectiveRecord] = {}
        self.examples: list[_Example] = []
        self.current: _Example | None = None
        self.footnotes: dict[int, list[str]] = {}
        self.last_footnote: int | None = None
        self.frameworks: list[FrameworkRecord] = []
        self.links: list[LinkRecord] = []
        self.pending_link_title = ""
        self.warnings: list[str] = []
        self.seen_actions_heading = False

    # -- the pass ---------------------------------------------------------------------------
    def run(self) -> None:
        for line in self.lines:
            raw = line.text.rstrip()
            if not raw.strip() or re.fullmatch(r"\s*\d{1,3}\s*", raw):
                continue  # blank lines and stray page numbers
            self.step(raw, line.locator)

    def step(self, raw: str, locator: str) -> None:
        definition = clean.footnote_definition(raw)
        if definition and not _BULLET.match(raw):
            self.start_footnote(*definition)
            return
        if self.mode in ("title", "actions", "examples", "sdgs") and self.plain_footnote(raw):
            return
        level, body = clean.strip_heading(raw)
        text = clean.plain(raw)
        if self.section_marker(text, level, locator):
            return
        if self.mode in ("intro", "frameworks", "links", "examples", "sdgs") or level:
            number, _score = match_title(raw)
            if number and number > self.objective and not _BULLET.match(raw):
                self.start_objective(number, locator)
                return
        handler = getattr(self, f"in_{self.mode}", None)
        if handler:
            handler(raw, body if level else raw, level, locator)

    # -- section boundaries -----------------------------------------------------------------
    def section_marker(self, text: str, level: int, locator: str) -> bool:
        if len(text) > 80:
            return False
        if text.startswith("associated actions") and self.objective_mode_allowed(text):
            self.actions_heading(locator)
            return True
        if text.startswith(("potential responses", "concrete examples")) and self.objective:
            self.close_example()
            self.mode = "examples"
            return True
        if self.objective and (
            text.startswith(("relevant sdgs", "relevant sustainable development goals"))
            or re.match(r"^(?:sdg\s*\d{1,2}|all sdgs)\b", text)
        ):
            self.close_example()
            self.mode = "sdgs"
            return True
        if text.startswith("useful websites"):
            self.close_example()
            self.mode = "links"
            return True
        if text.startswith("international frameworks") and not self.objective:
            self.mode = "frameworks"
            return True
        return False

    def objective_mode_allowed(self, text: str) -> bool:
        # "Associated actions, as outlined in the GCM" in the how-to section is not a section.
        return "as outlined" not in text

    def actions_heading(self, locator: str) -> None:
        self.close_example()
        if self.objective == 0 or self.seen_actions_heading:
            inferred = self.objective + 1
            if inferred > 23:
                return
            self.warnings.append(
                f"{locator}: objective {inferred}'s title was not found; inferred from order"
            )
            self.start_objective(inferred, locator)
        self.seen_actions_heading = True
        self.mode = "actions"

    def start_objective(self, number: int, locator: str) -> None:
        self.close_example()
        if number != self.objective + 1 and self.objective:
            self.warnings.append(f"{locator}: objective {number} follows {self.objective}")
        self.objective = number
        self.objectives[number] = ObjectiveRecord(
            number=number,
            title=dict((n, t) for n, _s, t in data.OBJECTIVES)[number],
            locator=locator,
        )
        self.seen_actions_heading = False
        self.mode = "title"

    # -- footnotes --------------------------------------------------------------------------
    def start_footnote(self, number: int, text: str) -> None:
        self.footnotes.setdefault(number, []).append(text)
        self.last_footnote = number

    def plain_footnote(self, raw: str) -> bool:
        """A definition whose marker lost its tag ("33 Simon, R. (2019) …"), or a definition's
        continuation (a bare URL, a bibliographic line) right after one."""
        stripped = raw.strip()
        if self.last_footnote is None:
            return False
        match = re.match(r"^(\d{1,3})\s+(?=[A-Z\"“'])", stripped)
        if match and 0 < int(match.group(1)) - self.last_footnote <= 3:
            self.start_footnote(int(match.group(1)), clean.clean_text(stripped[match.end() :]))
            return True
        if self.footnote_continuation(stripped):
            self.footnotes[self.last_footnote].append(clean.clean_text(stripped))
            return True
        return False

    def footnote_continuation(self, stripped: str) -> bool:
        if _BULLET.match(stripped) or stripped.startswith("#"):
            return False
        first = stripped.lstrip("$ ").split(" ", 1)[0]
        if first.startswith(("http", "www.", "\\underline", "<a ")) or (
            "/" in first and len(first) > 12
        ):
            return True
        if _CITATION_LIKE.match(stripped):
            return True
        return bool(re.match(r"^[A-Z][A-Z\s]+[\"”],", stripped))  # 'RESPONDERS", press…'

    # -- section bodies ---------------------------------------------------------------------
    def in_title(self, raw: str, body: str, level: int, locator: str) -> None:
        """Text between an objective's title and its actions: an intro, kept out of records."""

    def in_actions(self, raw: str, body: str, level: int, locator: str) -> None:
        bullet = _BULLET.match(raw)
        text = bullet.group("rest") if bullet else body
        letter_match = _LETTER.match(text)
        record = self.objectives[self.objective]
        if letter_match:
            letter = _letter(letter_match.group("letter"), record.actions)
            record.actions.append(
                ActionRecord(letter=letter, text=clean.clean_text(text[letter_match.end() :]))
            )
            return
        if bullet and bullet.group("indent") and record.actions:
            record.actions[-1].text += " " + clean.clean_text(text)
            return
        if self.looks_like_action(text):
            letter = _next_letter(record.actions)
            record.actions.append(ActionRecord(letter=letter, text=clean.clean_text(text)))
            return
        if not bullet and text[:1].islower() and record.actions:
            record.actions[-1].text += " " + clean.clean_text(text)
            return
        self.mode = "examples"
        self.in_examples(raw, body, level, locator)

    def looks_like_action(self, text: str) -> bool:
        words = clean.clean_text(text).split()
        return (
            bool(words)
            and words[0].lower().strip(",;:") in _ACTION_VERBS
            and not _YEAR.search(" ".join(words[:6]))
        )

    def in_examples(self, raw: str, body: str, level: int, locator: str) -> None:
        bullet = _BULLET.match(raw)
        if level:
            return  # a stray heading inside examples (e.g. a sub-title): not an example
        if bullet:
            rest = bullet.group("rest")
            if _TARGET.match(rest) and self.current is None:
                return
            # A flattened sub-item: indented, marked "o", or worded as an instruction right
            # after sub-items (a list resumed after a footnote block).
            resumed = self.current is not None and self.current.parts[-1].startswith("- ")
            if (
                bullet.group("indent")
                or _SUB_MARK.match(rest)
                or (resumed and self.looks_like_action(rest))
            ):
                self.extend(_SUB_MARK.sub("", rest), locator, sub=True)
            elif _continues(rest):
                self.extend(rest, locator)  # a bullet mark put on a broken-off line
            else:
                self.new_example(rest, locator)
            return
        stripped = raw.strip()
        if raw[:1].isspace() or _continues(stripped):
            self.extend(stripped, locator)
        elif len(stripped) >= 60:
            self.new_example(stripped, locator)

    def in_sdgs(self, raw: str, body: str, level: int, locator: str) -> None:
        bullet = _BULLET.match(raw)
        text = bullet.group("rest") if bullet else raw.strip()
        match = _TARGET.match(text)
        if not match:
            return
        code = f"{int(match.group('goal'))}.{match.group('target')}"
        if data.sdg_of_target(code) and code not in self.objectives[self.objective].sdg_targets:
            self.objectives[self.objective].sdg_targets.append(code)

    def in_frameworks(self, raw: str, body: str, level: int, locator: str) -> None:
        text = clean.clean_text(body if level else raw)
        bullet = _BULLET.match(raw)
        if bullet:
            text = clean.clean_text(bullet.group("rest"))
        name_part = re.split(r",|\(|:", text, maxsplit=1)[0]
        in_force = _IN_FORCE.search(text)
        is_name = (level or bullet or len(text) < 160) and _INSTRUMENT.search(text)
        named = len(name_part) < 120 and not re.match(r"(?:The|This|It|Its)\b", name_part)
        if in_force and named and _INSTRUMENT.search(name_part):
            # "X Convention, also known as …, (entering into force in 2003) which …"
            name, year = _framework_name(name_part)
            self.frameworks.append(
                FrameworkRecord(name, year or int(in_force.group(1)), text, locator)
            )
            return
        if is_name:
            name, year = _framework_name(text)
            self.frameworks.append(FrameworkRecord(name=name, year=year, locator=locator))
            return
        if self.frameworks and not level:
            framework = self.frameworks[-1]
            if not framework.summary:
                framework.summary = text
            elif len(framework.summary) < 400:
                framework.summary += " " + text
            if framework.year is None:
                dated = _IN_FORCE.search(text) or _ADOPTED.search(text)
                framework.year = int(dated.group(1)) if dated else None

    def in_links(self, raw: str, body: str, level: int, locator: str) -> None:
        found = clean.urls(raw)
        text = clean.clean_text(body if level else raw)
        for url in found:
            text = text.replace(url, "").replace(url.removeprefix("https://"), "")
        text = " ".join(text.split()).strip(" :-")
        if found:
            starts_with_url = clean.clean_text(raw).lstrip("$ ").startswith(("http", "www."))
            title = (self.pending_link_title if starts_with_url else text) or text or found[0]
            for url in found:
                if all(link.url != url for link in self.links):
                    self.links.append(LinkRecord(title=title, url=url))
            self.pending_link_title = ""
        elif text:
            self.pending_link_title = text

    # -- examples ---------------------------------------------------------------------------
    def new_example(self, text: str, locator: str) -> None:
        self.close_example()
        self.current = _Example(self.objective, locator, [text])

    def extend(self, text: str, locator: str, sub: bool = False) -> None:
        if self.current is None:
            self.new_example(text, locator)
            return
        self.current.parts.append(("- " if sub else "") + text)

    def close_example(self) -> None:
        if self.current is not None:
            self.examples.append(self.current)
            self.current = None

    # -- result -----------------------------------------------------------------------------
    def result(self) -> Booklet:
        self.close_example()
        found = sorted(self.objectives)
        missing = [n for n in range(1, 24) if n not in self.objectives]
        if found and missing:
            self.warnings.append(f"objectives not found: {', '.join(map(str, missing))}")
        examples = [e.build(self.footnotes) for e in self.examples]
        return Booklet(
            objectives=[self.objectives[n] for n in found],
            examples=[e for e in examples if e.text],
            frameworks=self.frameworks,
            links=self.links,
            warnings=self.warnings,
        )


@dataclass
class _Example:
    objective: int
    locator: str
    parts: list[str]

    def build(self, footnotes: dict[int, list[str]]) -> BookletExample:
        raw = "\n".join(self.parts)
        cited = clean.markers(raw) + _inline_markers(raw, footnotes)
        text = _strip_inline_markers(clean_lines(self.parts), cited)
        citations = []
        for number in dict.fromkeys(cited):
            if number in footnotes:
                citations.append(_citation(number, footnotes[number]))
        return BookletExample(self.objective, text, self.locator, citations)


def clean_lines(parts: list[str]) -> str:
    """The example's text: the parent as one paragraph, sub-bullets as "- " lines under it."""
    out: list[str] = []
    for part in parts:
        text = clean.clean_text(part)
        if not text:
            continue
        if part.startswith("- ") or not out:
            out.append(text if not part.startswith("- ") else f"- {text.removeprefix('- ')}")
        else:
            out[-1] += " " + text
    return "\n".join(out)


_INLINE_MARKER = re.compile(r"(?:(?<=[a-z).,;”\"’])|(?<=[.;] ))(\d{1,3})(?=[\s,.;]|$)")


def _inline_markers(raw: str, footnotes: dict[int, list[str]]) -> list[int]:
    """Footnote numbers glued to a word or stop ("COVID-19.66 Action…", "exploitation. 41")."""
    found = []
    for match in _INLINE_MARKER.finditer(raw):
        number = int(match.group(1))
        if number in footnotes and not re.search(r"\d[.,]$", raw[: match.start()]):
            found.append(number)
    return found


def _strip_inline_markers(text: str, numbers: list[int]) -> str:
    for number in set(numbers):
        text = re.sub(rf"(?:(?<=[a-z).,;”\"’])|(?<=[.;] )){number}(?=[\s,.;]|$)", "", text)
    text = re.sub(r" +([.,;])", r"\1", text)
    text = re.sub(r" {2,}", " ", text)
    return text


def _citation(number: int, texts: list[str]) -> Citation:
    text = " ".join(t for t in texts if t).strip()
    found = clean.urls(text)
    for url in found:
        text = text.replace(url, "")
    text = " ".join(text.split()).strip(" ,.:;")
    return Citation(text=text, url=found[0] if found else None, marker=str(number))


def _continues(text: str) -> bool:
    """A line cut from the paragraph before it by a page break or a footnote block."""
    first = text.lstrip("\"“'‘([")
    word = first.split(" ", 1)[0]
    if word[1:] != word[1:].lower():  # "iDIASPORA", "eVisa": a name, not a broken sentence
        return False
    return bool(first) and (first[0].islower() or first.startswith("[a]"))


def _letter(raw: str, actions: list[ActionRecord]) -> str:
    """The action letter, undoing conversion: (1) and (I) are the letter l."""
    if raw in ("1", "I", "l"):
        return "l"
    if raw.isdigit():
        return _next_letter(actions)
    return raw.lower()


def _next_letter(actions: list[ActionRecord]) -> str:
    if not actions:
        return "a"
    last = actions[-1].letter
    return chr(ord(last[-1]) + 1) if last[-1] < "z" else last + "a"


def _framework_name(text: str) -> tuple[str, int | None]:
    """An instrument's name and year: "Name (ABBR), 1966" -> ("Name (ABBR)", 1966)."""
    text = text.strip(" ,:")
    trailing = re.search(r",?\s*\(?\b((?:1[89]|20)\d{2})(?:\s*[-–]\s*\d{4})?\)?$", text)
    if trailing:
        return text[: trailing.start()].strip(" ,:"), int(trailing.group(1))
    inside = re.search(r"\bof ((?:1[89]|20)\d{2})\b", text)
    return text, int(inside.group(1)) if inside else None
