"""Full-text structures of the search index, one set per database engine.

SQLite: an FTS5 table over the entries (external content, kept in step by triggers), with the
unicode61 tokenizer told to keep diacritics: folding is done by us, in the *_folded columns.
PostgreSQL: a ``vi`` text search configuration on ``unaccent`` (never the English one, which
stems Vietnamese syllables as if they were English words), two generated tsvector columns
weighted title A > keys B > body C, and GIN indexes on both.
"""

from django.db import migrations

COLUMNS = ("title", "keys", "body", "title_folded", "keys_folded", "body_folded")

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE site_search_fts USING fts5("
    + ", ".join(COLUMNS)
    + ", content='site_search_searchentry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER site_search_fts_ai AFTER INSERT ON site_search_searchentry BEGIN "
    f"INSERT INTO site_search_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
    "CREATE TRIGGER site_search_fts_ad AFTER DELETE ON site_search_searchentry BEGIN "
    f"INSERT INTO site_search_fts(site_search_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); END",
    "CREATE TRIGGER site_search_fts_au AFTER UPDATE ON site_search_searchentry BEGIN "
    f"INSERT INTO site_search_fts(site_search_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); "
    f"INSERT INTO site_search_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS site_search_fts_au",
    "DROP TRIGGER IF EXISTS site_search_fts_ad",
    "DROP TRIGGER IF EXISTS site_search_fts_ai",
    "DROP TABLE IF EXISTS site_search_fts",
]


def _vector(config: str, title: str, keys: str, body: str) -> str:
    return (
        f"setweight(to_tsvector('{config}'::regconfig, {title}), 'A') || "
        f"setweight(to_tsvector('{config}'::regconfig, {keys}), 'B') || "
        f"setweight(to_tsvector('{config}'::regconfig, {body}), 'C')"
    )


POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vi') THEN
            CREATE TEXT SEARCH CONFIGURATION vi (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION vi
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$
    """,
    "ALTER TABLE site_search_searchentry ADD COLUMN vector_exact tsvector GENERATED ALWAYS AS ("
    + _vector("simple", "title", "keys", "body")
    + ") STORED",
    "ALTER TABLE site_search_searchentry ADD COLUMN vector_folded tsvector GENERATED ALWAYS AS ("
    + _vector("vi", "title_folded", "keys_folded", "body_folded")
    + ") STORED",
    "CREATE INDEX site_search_vector_exact ON site_search_searchentry USING gin (vector_exact)",
    "CREATE INDEX site_search_vector_folded ON site_search_searchentry USING gin (vector_folded)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS site_search_vector_folded",
    "DROP INDEX IF EXISTS site_search_vector_exact",
    "ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS vector_folded",
    "ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS vector_exact",
    # The configuration and the extension may serve others: left in place.
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
