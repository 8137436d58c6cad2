"""A small full-text index over titles and keys (numbers, names) only: the "head" index.

Title, number and name matches are looked up here, so they never read the long bodies: on
PostgreSQL a phrase or weight check reads the whole stored vector of every row it looks at, and
on SQLite every match of a common word costs a lookup of the row's size. Same tokenisation as
the main index (SQLite: unicode61 keeping diacritics; PostgreSQL: ``simple`` for the exact form,
``vi`` for the folded form), weights title A > keys B.
"""

from django.db import migrations

COLUMNS = ("title", "keys", "title_folded", "keys_folded")
TABLE = "site_search_head"

SQLITE_FORWARD = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    + ", ".join(COLUMNS)
    + ", content='site_search_searchentry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON site_search_searchentry BEGIN "
    f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
    f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON site_search_searchentry BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); END",
    f"CREATE TRIGGER {TABLE}_au AFTER UPDATE ON site_search_searchentry BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); "
    f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_au",
    f"DROP TRIGGER IF EXISTS {TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {TABLE}_ai",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def _vector(config: str, title: str, keys: str) -> str:
    return (
        f"setweight(to_tsvector('{config}'::regconfig, {title}), 'A') || "
        f"setweight(to_tsvector('{config}'::regconfig, {keys}), 'B')"
    )


POSTGRES_FORWARD = [
    "ALTER TABLE site_search_searchentry "
    "ADD COLUMN vector_head_exact tsvector GENERATED ALWAYS AS (" + _vector("simple", "title", "keys") + ") STORED, "
    "ADD COLUMN vector_head_folded tsvector GENERATED ALWAYS AS ("
    + _vector("vi", "title_folded", "keys_folded")
    + ") STORED",
    "CREATE INDEX site_search_vector_head_exact ON site_search_searchentry USING gin (vector_head_exact)",
    "CREATE INDEX site_search_vector_head_folded ON site_search_searchentry USING gin (vector_head_folded)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS site_search_vector_head_folded",
    "DROP INDEX IF EXISTS site_search_vector_head_exact",
    "ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS vector_head_folded, "
    "DROP COLUMN IF EXISTS vector_head_exact",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_zero_result_queries")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
