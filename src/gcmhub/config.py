"""Every configuration option gcmhub reads from the environment, declared once with its meaning.

Settings read options only through :func:`env`, so an undeclared option fails loudly and
``gcmhub config`` (and the README) can list them all with their descriptions.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Option:
    name: str
    default: str
    description: str


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        Option(
            "GCMHUB_DATA_DIR",
            "./var",
            "Folder for the SQLite database, the generated secret key and uploaded originals.",
        ),
        Option(
            "GCMHUB_DATABASE_URL",
            "",
            "Database URL; empty means sqlite:///<data dir>/gcmhub.sqlite3. "
            "postgres://user@host:5432/name selects PostgreSQL.",
        ),
        Option(
            "GCMHUB_SECRET_KEY",
            "",
            "Django secret key; when empty one is generated once and kept in the data dir.",
        ),
        Option("GCMHUB_DEBUG", "", "Set to 1 for Django's debug mode (never in production)."),
        Option(
            "GCMHUB_ALLOWED_HOSTS",
            "localhost,127.0.0.1,[::1]",
            "Comma-separated host names the server answers to.",
        ),
        Option(
            "GCMHUB_PAGE_SIZE", "20", "Practices per page in lists and the API's default limit."
        ),
        Option("GCMHUB_LANGUAGE", "en", "Default interface language (en, fr, es)."),
        Option(
            "GCMHUB_HTTPS",
            "",
            "Set to 1 when served over HTTPS (behind a proxy setting X-Forwarded-Proto): "
            "redirects HTTP to HTTPS and sends HSTS.",
        ),
        Option(
            "GCMHUB_EMAIL_BACKEND",
            "django.core.mail.backends.console.EmailBackend",
            "Django e-mail backend for confirmations and password resets; the console one "
            "prints them.",
        ),
        Option(
            "GCMHUB_EMAIL_HOST",
            "localhost",
            "SMTP host, with the smtp backend (port from GCMHUB_EMAIL_PORT).",
        ),
        Option("GCMHUB_EMAIL_PORT", "25", "SMTP port, with the smtp backend."),
        Option("GCMHUB_DEFAULT_FROM_EMAIL", "gcmhub@localhost", "Sender of the hub's e-mails."),
        Option(
            "GCMHUB_SEARCH_ENGINE",
            "memory",
            "Keyword search engine: 'memory' (BM25 over in-memory postings; fastest, ~270 bytes "
            "per practice, rebuilt after writes) or 'database' (SQLite FTS5 or PostgreSQL "
            "tsvector; nothing held in memory, slower on broad queries).",
        ),
    ]
}


def env(name: str) -> str:
    """The option's value from the environment, or its declared default."""
    option = OPTIONS[name]
    return os.environ.get(name, option.default)


def env_bool(name: str) -> bool:
    return env(name).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str) -> int:
    value = env(name)
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from exc


def data_dir() -> Path:
    path = Path(env("GCMHUB_DATA_DIR")).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key() -> str:
    """The configured key, else one generated once and kept beside the data (mode 600)."""
    configured = env("GCMHUB_SECRET_KEY")
    if configured:
        return configured
    key_file = data_dir() / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def database_url() -> str:
    return env("GCMHUB_DATABASE_URL") or f"sqlite:///{data_dir() / 'gcmhub.sqlite3'}"
