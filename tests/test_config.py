"""Configuration: every option declared once, documented in the README, read with types."""

from __future__ import annotations

import pytest

from gcmhub import config
from tests.conftest import ROOT


def test_every_option_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    undocumented = [name for name in config.OPTIONS if f"`{name}`" not in readme]
    assert undocumented == []


def test_a_number_option_refuses_words(monkeypatch):
    monkeypatch.setenv("GCMHUB_PAGE_SIZE", "twenty")
    with pytest.raises(ValueError, match="GCMHUB_PAGE_SIZE must be a whole number"):
        config.env_int("GCMHUB_PAGE_SIZE")


def test_the_default_database_is_sqlite_in_the_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("GCMHUB_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("GCMHUB_DATABASE_URL", raising=False)
    assert config.database_url() == f"sqlite:///{tmp_path / 'gcmhub.sqlite3'}"


def test_a_secret_key_is_generated_once_and_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("GCMHUB_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("GCMHUB_SECRET_KEY", raising=False)
    first = config.secret_key()
    assert len(first) > 40 and config.secret_key() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
