"""Shared fixtures: reference data, the sample corpus, and the engine under test.

The suite runs once per engine: ``make test`` runs it on SQLite, then with
``GCMHUB_DATABASE_URL`` pointing at the local PostgreSQL. When that server cannot be reached
every test of that run is skipped with the reason shown, never passed silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings as django_settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


def pytest_report_header(config) -> str:
    db = django_settings.DATABASES["default"]
    return f"gcmhub database engine: {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('NAME')})"


def pytest_collection_modifyitems(config, items) -> None:
    reason = _postgres_unreachable()
    if reason:
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            item.add_marker(skip)


def _postgres_unreachable() -> str:
    db = django_settings.DATABASES["default"]
    if "postgresql" not in db["ENGINE"]:
        return ""
    import psycopg

    try:
        psycopg.connect(
            host=db.get("HOST") or None,
            port=db.get("PORT") or None,
            user=db.get("USER") or None,
            password=db.get("PASSWORD") or None,
            dbname=db.get("NAME"),
            connect_timeout=3,
        ).close()
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {db.get('HOST')}:{db.get('PORT')}: {exc}"
    return ""


@pytest.fixture(autouse=True)
def _plain_static(settings):
    """Templates resolve {% static %} without a collectstatic manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def reference(db):
    from gcmhub.reference.loading import load_reference

    return load_reference()


@pytest.fixture
def sample(reference):
    """The sample corpus ingested; returns the records as written in examples/."""
    from gcmhub.practices.ingesting import expand_paths, ingest_file

    outcomes = [ingest_file(p) for p in expand_paths([EXAMPLES])]
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    return outcomes


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path
