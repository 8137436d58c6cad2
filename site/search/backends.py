"""Running the candidates of ``search.query`` on the site's own index: SQLite FTS5 or PostgreSQL.

Both answer the same four questions: which pages match a candidate and how well (best first),
which are the newest pages matching any of some candidates (with type and year, for facets),
which of the newest pages match a candidate (no scoring: see ``search.engine`` for when that is
enough), and which titles start with a prefix. Terms are letters and digits only and are still
quoted or passed as parameters.

Candidates that look at titles and keys only go to the small "head" index (migration 0004), so
that they never read the bodies.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from .query import Candidate

# SQL here is assembled from constant column names and placeholders; every value a person typed
# is a parameter (S608 notes below).
# Relative column weights: title > keys (numbers, names) > body.
WEIGHTS = {"title": 10.0, "keys": 6.0, "body": 1.0}
COLUMNS = ("title", "keys", "body", "title_folded", "keys_folded", "body_folded")
HEAD_COLUMNS = ("title", "keys", "title_folded", "keys_folded")
# PostgreSQL: how many newest entries per wanted match are tested before asking the GIN index.
NEWEST_WINDOW = 5


def is_head(candidate: Candidate) -> bool:
    """Whether the head index (titles and keys only) can answer ``candidate``."""
    return set(candidate.columns) <= set(HEAD_COLUMNS)


def _column_weight(column: str) -> float:
    return WEIGHTS[column.removesuffix("_folded")]


def _filters(kinds: Sequence[str] | None, year: int | None) -> tuple[str, list]:
    sql, params = "", []
    if kinds:
        sql += f" AND e.kind IN ({', '.join(['%s'] * len(kinds))})"
        params += list(kinds)
    if year is not None:
        sql += " AND e.year = %s"
        params.append(year)
    return sql, params


class SQLiteIndex:
    """FTS5 over ``site_search_fts``; bm25 with the column weights, best (most negative) first."""

    def _expression(self, candidate: Candidate) -> str:
        quoted = [f'"{term}"' for term in candidate.terms]
        if candidate.mode == "phrase":
            body = '"' + " ".join(candidate.terms) + '"'
        elif candidate.mode == "all":
            body = "(" + " AND ".join(quoted) + ")"
        elif candidate.mode == "any":
            body = "(" + " OR ".join(quoted) + ")"
        elif candidate.mode == "most":
            subsets = [quoted[:i] + quoted[i + 1 :] for i in range(len(quoted))]
            body = "(" + " OR ".join("(" + " AND ".join(subset) + ")" for subset in subsets) + ")"
        else:  # prefix: every word, the last one unfinished
            body = "(" + " AND ".join([*quoted[:-1], quoted[-1] + "*"]) + ")"
        return "{" + " ".join(candidate.columns) + "} : " + body

    def match(self, candidates: Sequence[Candidate]) -> str:
        return " OR ".join(f"({self._expression(c)})" for c in candidates)

    def rank(self, candidate, kinds, year, limit) -> list[tuple[int, float]]:
        table, columns = ("site_search_head", HEAD_COLUMNS) if is_head(candidate) else ("site_search_fts", COLUMNS)
        weights = ", ".join(str(_column_weight(column)) for column in columns)
        where, params = _filters(kinds, year)
        sql = (
            f"SELECT e.page_id, bm25({table}, {weights}) AS score "  # noqa: S608
            f"FROM {table} JOIN site_search_searchentry e ON e.id = {table}.rowid "
            f"WHERE {table} MATCH %s{where} ORDER BY score LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self._expression(candidate), *params, limit])
            return [(page_id, -score) for page_id, score in cursor.fetchall()]

    def recent(self, candidates: Sequence[Candidate], limit: int) -> list[tuple[int, int, str, int | None]]:
        # FTS5 walks its lists newest rowid first and stops at the limit: no scoring, no sort.
        sql = (
            "SELECT e.id, e.page_id, e.kind, e.year FROM (SELECT rowid FROM site_search_fts "
            "WHERE site_search_fts MATCH %s ORDER BY rowid DESC LIMIT %s) m "
            "JOIN site_search_searchentry e ON e.id = m.rowid ORDER BY e.id DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match(candidates), limit])
            return cursor.fetchall()

    def members(self, candidate: Candidate, since: int) -> set[int]:
        # bm25 would first count the documents of every term over the whole index (its idf).
        sql = "SELECT rowid FROM site_search_fts WHERE site_search_fts MATCH %s AND rowid >= %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, [self._expression(candidate), since])
            return {row[0] for row in cursor.fetchall()}

    def prefix(self, candidate: Candidate, limit: int) -> list[int]:
        return [page_id for page_id, _score in self.rank(candidate, None, None, limit)]


class PostgresIndex:
    """tsquery over the generated ``vector_exact`` / ``vector_folded`` columns (weights A/B/C)."""

    _WEIGHT_LETTERS = {"title": "A", "keys": "B", "body": "C"}

    def _vector(self, candidate: Candidate) -> str:
        form = "folded" if candidate.columns[0].endswith("_folded") else "exact"
        return f"vector_head_{form}" if is_head(candidate) else f"vector_{form}"

    def _tsquery(self, candidate: Candidate) -> str:
        letters = "".join(sorted(self._WEIGHT_LETTERS[c.removesuffix("_folded")] for c in candidate.columns))
        restrict = "" if letters == "ABC" else letters
        lexemes = [f"'{term}'" for term in candidate.terms]
        if candidate.mode == "phrase":
            return " <-> ".join(f"{lexeme}:{restrict}" if restrict else lexeme for lexeme in lexemes)
        if candidate.mode == "prefix":
            parts = [f"{lexeme}:{restrict}" if restrict else lexeme for lexeme in lexemes[:-1]]
            return " & ".join([*parts, f"{lexemes[-1]}:*{restrict}"])
        lexemes = [f"{lexeme}:{restrict}" if restrict else lexeme for lexeme in lexemes]
        if candidate.mode == "most":
            subsets = [lexemes[:i] + lexemes[i + 1 :] for i in range(len(lexemes))]
            return " | ".join("(" + " & ".join(subset) + ")" for subset in subsets)
        return (" & " if candidate.mode == "all" else " | ").join(lexemes)

    def _config(self, candidate: Candidate) -> str:
        # Terms arrive folded or exact already; "vi" (unaccent) on folded terms changes nothing
        # and keeps query and index built by the same configuration.
        return "vi" if self._vector(candidate).endswith("_folded") else "simple"

    def _condition(self, candidate: Candidate) -> tuple[str, list]:
        return (
            f"{self._vector(candidate)} @@ to_tsquery('{self._config(candidate)}', %s)",
            [self._tsquery(candidate)],
        )

    def rank(self, candidate, kinds, year, limit) -> list[tuple[int, float]]:
        condition, params = self._condition(candidate)
        where, filter_params = _filters(kinds, year)
        vector = self._vector(candidate)
        sql = (
            f"SELECT e.page_id, ts_rank_cd('{{0.1, 0.1, 0.6, 1.0}}', {vector}, "  # noqa: S608
            f"to_tsquery('{self._config(candidate)}', %s)) AS score "
            f"FROM site_search_searchentry e WHERE {condition}{where} ORDER BY score DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self._tsquery(candidate), *params, *filter_params, limit])
            return cursor.fetchall()

    def recent(self, candidates: Sequence[Candidate], limit: int) -> list[tuple[int, int, str, int | None]]:
        conditions, params = [], []
        for candidate in candidates:
            condition, values = self._condition(candidate)
            conditions.append(condition)
            params += values
        condition = " OR ".join(conditions)
        # Words in most pages: walking the newest entries finds enough at once. Otherwise the
        # GIN indexes find every match and only those rows are read ("id + 0" keeps the planner
        # from walking the whole table newest first, testing each row's stored vector).
        newest = (
            "SELECT e.id, e.page_id, e.kind, e.year FROM (SELECT * FROM site_search_searchentry "  # noqa: S608
            f"ORDER BY id DESC LIMIT %s) e WHERE {condition} ORDER BY e.id DESC LIMIT %s"
        )
        matching = (
            "SELECT e.id, e.page_id, e.kind, e.year FROM site_search_searchentry e "  # noqa: S608
            f"WHERE {condition} ORDER BY e.id + 0 DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(newest, [NEWEST_WINDOW * limit, *params, limit])
            rows = cursor.fetchall()
            if len(rows) >= limit:
                return rows
            cursor.execute(matching, [*params, limit])
            return cursor.fetchall()

    def members(self, candidate: Candidate, since: int) -> set[int]:
        condition, params = self._condition(candidate)
        sql = f"SELECT e.id FROM site_search_searchentry e WHERE e.id >= %s AND {condition}"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, [since, *params])
            return {row[0] for row in cursor.fetchall()}

    def prefix(self, candidate: Candidate, limit: int) -> list[int]:
        return [page_id for page_id, _score in self.rank(candidate, None, None, limit)]


def database_index() -> SQLiteIndex | PostgresIndex:
    if connection.vendor == "postgresql":
        return PostgresIndex()
    if connection.vendor == "sqlite":
        return SQLiteIndex()
    raise NotImplementedError(f"Chưa hỗ trợ tìm kiếm trên {connection.vendor}")
