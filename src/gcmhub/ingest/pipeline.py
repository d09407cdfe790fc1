"""Prose documents to records: read -> lines -> structure -> tagged practices.

One entry point, :func:`read_document`, for every prose format. A document with the objective
titles of the GCM is read as a booklet (objectives, actions, examples, SDG targets, footnotes,
frameworks, links); anything else as a short note. Practices are then tagged from their text.
Pure Python: the Django side stores what this returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from gcmhub.ingest import booklet as booklet_parser
from gcmhub.ingest import notes
from gcmhub.ingest.records import DocumentRecord, PracticeRecord
from gcmhub.ingest.source import Source, read_source
from gcmhub.ingest.tabular import derive_title

_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "for", "with", "is", "are", "that"},
    "fr": {"le", "la", "les", "des", "et", "du", "pour", "dans", "une", "est"},
    "es": {"el", "la", "los", "las", "y", "del", "para", "con", "una", "que"},
}


def read_document(path: Path, raw: bytes | None = None) -> DocumentRecord:
    """Every record a prose document holds; :class:`IngestError` when it cannot be read."""
    source = read_source(path, raw)
    if booklet_parser.count_titles(source.lines) >= booklet_parser.MIN_TITLES_FOR_A_BOOKLET:
        record = _from_booklet(source)
    else:
        record = _from_note(source)
    record.warnings = source.warnings + record.warnings
    record.language = detect_language(" ".join(p.text for p in record.practices[:50]) or "")
    tag_practices(record.practices, default_language=record.language)
    return record


def _from_booklet(source: Source) -> DocumentRecord:
    parsed = booklet_parser.parse_booklet(source.lines)
    targets = {o.number: o.sdg_targets for o in parsed.objectives}
    practices = [
        PracticeRecord(
            text=example.text,
            title=derive_title(example.text),
            objectives=[example.objective],
            sdg_targets=list(targets.get(example.objective, [])),
            locator=example.locator,
            citations=example.citations,
        )
        for example in parsed.examples
    ]
    return DocumentRecord(
        name=source.name,
        content_hash=source.content_hash,
        title=source.title or _first_heading(source) or Path(source.name).stem,
        date=source.date,
        kind="booklet",
        objectives=parsed.objectives,
        practices=practices,
        frameworks=parsed.frameworks,
        links=parsed.links,
        warnings=parsed.warnings,
    )


def _from_note(source: Source) -> DocumentRecord:
    from gcmhub.tagging.countries import find_countries

    note = notes.parse_note(source.lines, find_countries)
    practices = [
        PracticeRecord(
            text=example.text,
            title=derive_title(example.text),
            objectives=[note.objective_hint] if note.objective_hint else [],
            countries=example.countries,
            locator=example.locator,
        )
        for example in note.examples
    ]
    return DocumentRecord(
        name=source.name,
        content_hash=source.content_hash,
        title=source.title or note.title or Path(source.name).stem,
        date=source.date or note.date,
        kind=note.kind,
        practices=practices,
    )


def _first_heading(source: Source) -> str:
    """A real title: the first heading unless it is a generic one such as "Introduction"."""
    for line in source.lines[:40]:
        level, text = booklet_parser.clean.strip_heading(line.text)
        text = booklet_parser.clean.clean_text(text)
        if level and text and not re.match(r"(?i)(objective of this|contents|introduction)", text):
            return text[:300]
    return ""


def tag_practices(
    practices: list[PracticeRecord],
    default_language: str = "en",
    classify: Callable[[list[str]], list[list[tuple[int, float]]]] | None = None,
) -> None:
    """Fill in the tags text can tell; structure-given ones (objective, SDG targets) are kept."""
    from gcmhub.tagging import tag_text

    untagged = [p for p in practices if not p.objectives]
    if untagged:
        classify = classify or _default_classify()
        if classify is not None:
            for practice, ranked in zip(
                untagged, classify([p.text for p in untagged]), strict=True
            ):
                practice.objectives = [number for number, _score in ranked[:1]]
    for practice in practices:
        tags = tag_text(practice.text)
        practice.countries = _merge(practice.countries, tags.countries)
        practice.regions = _merge(practice.regions, tags.regions)
        practice.actors = _merge(practice.actors, tags.actors)
        practice.principles = _merge(practice.principles, tags.principles)
        practice.sdg_targets = _merge(practice.sdg_targets, tags.sdg_targets)
        practice.start_year = practice.start_year or tags.start_year
        practice.end_year = practice.end_year or tags.end_year
        practice.language = detect_language(practice.text, default_language)


def fill_missing_tags(practices: list[PracticeRecord]) -> None:
    """Structured rows: infer only what a row left empty (DESIGN: only ``text`` is required)."""
    from gcmhub.tagging import tag_text

    untagged = [p for p in practices if not p.objectives]
    classify = _default_classify() if untagged else None
    if classify is not None:
        for practice, ranked in zip(untagged, classify([p.text for p in untagged]), strict=True):
            practice.objectives = [number for number, _score in ranked[:1]]
    for practice in practices:
        tags = tag_text(practice.text)
        for name in ("countries", "regions", "actors", "principles", "sdg_targets"):
            if not getattr(practice, name):
                setattr(practice, name, getattr(tags, name))
        if practice.start_year is None and practice.end_year is None:
            practice.start_year, practice.end_year = tags.start_year, tags.end_year


def _default_classify():
    try:
        from gcmhub.tagging.objectives import default_classifier
    except ImportError:
        return None
    classifier = default_classifier()
    return lambda texts: classifier.classify(texts, top_k=3)


def _merge(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def detect_language(text: str, default: str = "en") -> str:
    """en, fr or es by the commonest function words; ``default`` when the text is too short."""
    words = re.findall(r"[a-záéíóúñèêàç]+", text.lower()[:5000])
    if len(words) < 8:
        return default
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default
