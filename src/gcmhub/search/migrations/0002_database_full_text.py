"""The database's own full-text index, for GCMHUB_SEARCH_ENGINE=database.

SQLite: an external-content FTS5 table over the practices' title and text, kept in step by
triggers. PostgreSQL: a GIN expression index on their English tsvector.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_practice_fts USING fts5(title, text, "
    "content='practices_practice', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_practice_fts_insert AFTER INSERT ON practices_practice BEGIN "
    "INSERT INTO search_practice_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER search_practice_fts_delete AFTER DELETE ON practices_practice BEGIN "
    "INSERT INTO search_practice_fts(search_practice_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER search_practice_fts_update AFTER UPDATE OF title, text ON practices_practice "
    "BEGIN INSERT INTO search_practice_fts(search_practice_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO search_practice_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "INSERT INTO search_practice_fts(search_practice_fts) VALUES ('rebuild')",
]
SQLITE_UNDO = [
    "DROP TRIGGER IF EXISTS search_practice_fts_insert",
    "DROP TRIGGER IF EXISTS search_practice_fts_delete",
    "DROP TRIGGER IF EXISTS search_practice_fts_update",
    "DROP TABLE IF EXISTS search_practice_fts",
]
POSTGRES = [
    "CREATE INDEX IF NOT EXISTS search_practice_tsv ON practices_practice USING GIN "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(text, '')))",
]
POSTGRES_UNDO = ["DROP INDEX IF EXISTS search_practice_tsv"]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("practices", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRES_UNDO}),
        )
    ]
