"""The site's search engine: one entry point for the search page, autocomplete and the API.

Contract (used by ``search.views`` and ``config.api``):

* :func:`search` → :class:`Results` with ranked :class:`Hit` objects and type/year facets;
* :func:`suggest` → titles for autocomplete, matched on folded prefixes;
* :func:`normalise_query` → the query as the engine understands it (NFC, spaces, tone placement).

``SEARCH_BACKEND`` (setting or environment variable) chooses the engine: ``"database"`` (the
default: our own index on SQLite FTS5 or PostgreSQL) or ``"elasticsearch"`` (Wagtail's
Elasticsearch backend). None of these functions raises on what a person types.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError
from wagtail.models import Page

from core.text import clean_text, modern_tone_placement

from .indexing import INDEXED_MODELS, OTHER_KIND, TYPE_LABELS, kind_of, label_of, model_label
from .query import Candidate, plan, prefix_terms

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
# How many pages each candidate ranks; pages past these are ordered by the base match alone.
POOL = 300
MAX_LIMIT = 100
# Pages that miss one word of a long query are listed only when fewer complete matches exist.
PARTIAL_BELOW = 20
# Above this many matching pages, facets and the total count the newest MATCH_CAP of them, and
# body candidates are checked on those only (``_ranked_wide``). 100 result pages of 10.
MATCH_CAP = 1000
BASE_NAMES = {"all_folded", "any_folded"}


@dataclass
class Hit:
    page: Page
    score: float
    type: str
    type_label: str
    date: dt.date | None


@dataclass
class Results:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=lambda: {"type": [], "year": []})
    query: str = ""


def normalise_query(query: str | None) -> str:
    """NFC, single spaces, modern tone placement, at most 200 characters; a NUL empties it."""
    if not query or "\x00" in query:
        return ""
    query = clean_text(query[: MAX_QUERY_LENGTH * 4])
    return modern_tone_placement(query)[:MAX_QUERY_LENGTH].strip()


def backend_name() -> str:
    return (getattr(settings, "SEARCH_BACKEND", None) or os.environ.get("SEARCH_BACKEND") or "database").lower()


def _kinds(types: list[str] | None) -> list[str] | None:
    """Facet values from what callers pass: model labels ("news.NewsPage") or app labels ("news")."""
    if not types:
        return None
    by_app = {label.split(".")[0]: label for label in TYPE_LABELS}
    kinds = []
    for value in types:
        value = (value or "").strip()
        if value in INDEXED_MODELS or value == OTHER_KIND:
            kinds.append(kind_of(value))
        elif value.lower() in by_app:
            kinds.append(by_app[value.lower()])
    return sorted(set(kinds)) or ["-"]


def ranked(
    query: str, *, types: list[str] | None = None, year: int | None = None, depth: int = POOL, every_word: bool = False
):
    """(page ids best first, score per id, (kind, year, count) rows) for ``query``.

    With ``every_word`` only pages holding every word (with or without tone marks) are returned:
    listings that use search as one filter among others need that, where the search page would
    rather offer near misses than nothing.

    The ids cover at least ``depth`` results when there are that many. When the query matches
    more than ``MATCH_CAP`` pages, facets and total count the newest ``MATCH_CAP`` of them, and
    the candidates that read bodies are checked on those pages only (see ``_ranked_wide``).
    """
    query = normalise_query(query)
    if not query:
        return [], {}, []
    if backend_name() == "elasticsearch":
        return _ranked_elasticsearch(query, _kinds(types), year, depth)
    from .backends import database_index

    index = database_index()
    the_plan = plan(query)
    if the_plan.empty:
        return [], {}, []
    kinds = _kinds(types)
    recent = index.recent(the_plan.base, MATCH_CAP + 1)
    candidates = list(the_plan.candidates)
    if the_plan.partial is not None and len(recent) < PARTIAL_BELOW and not every_word:
        recent = index.recent([*the_plan.base, the_plan.partial], MATCH_CAP + 1)
        candidates.append(the_plan.partial)
    if not recent and the_plan.fallback is not None and not every_word:
        recent = index.recent([the_plan.fallback], MATCH_CAP + 1)
        candidates = [the_plan.fallback]
    if not recent:
        return [], {}, []
    if len(recent) > MATCH_CAP:
        recent = recent[:MATCH_CAP]
        scores, base_order = _ranked_wide(index, candidates, recent, kinds, year, depth)
    else:
        scores, base_order = _ranked_all(index, candidates, kinds, year, depth)
    rows = Counter((kind, row_year) for _id, _page, kind, row_year in recent)
    ids = sorted(scores, key=lambda page_id: (-scores[page_id], base_order.get(page_id, 10**9), -page_id))
    return ids, dict(scores), [(kind, row_year, count) for (kind, row_year), count in rows.items()]


def _ranked_all(index, candidates, kinds, year, depth) -> tuple[Counter, dict[int, int]]:
    """Every candidate ranks all the pages it matches with the engine's relevance."""
    scores: Counter[int] = Counter()
    base_order: dict[int, int] = {}
    for candidate in candidates:
        limit = max(depth, POOL) if candidate.name in BASE_NAMES else POOL
        found = index.rank(candidate, kinds, year, limit)
        _add(scores, candidate, found)
        if candidate.name in BASE_NAMES:
            base_order = {page_id: position for position, (page_id, _s) in enumerate(found)}
    return scores, base_order


def _ranked_wide(index, candidates, recent, kinds, year, depth) -> tuple[Counter, dict[int, int]]:
    """Ranking for queries of very common words, in a time that does not grow with the site.

    Candidates on titles and keys still rank every page they match (the head index is small).
    Candidates that read bodies are only checked, without the engine's relevance, on the newest
    ``MATCH_CAP`` matching pages: scoring every page that contains "thi đua" would read most
    of the index. An older page found by its title still gets what its title implies (the words
    as a phrase in the title are the words as a phrase in the page). The candidate weights still
    decide; between equals, the newer page comes first.
    """
    from .backends import is_head

    by_entry = {entry_id: (page_id, kind, row_year) for entry_id, page_id, kind, row_year in recent}
    since = recent[-1][0]
    scores: Counter[int] = Counter()
    by_title: dict[int, list[Candidate]] = {}
    wide = []
    for candidate in candidates:
        if is_head(candidate) or not candidate.wide:
            found = index.rank(candidate, kinds, year, POOL)
            _add(scores, candidate, found)
            for page_id, _score in found:
                by_title.setdefault(page_id, []).append(candidate)
        else:
            wide.append(candidate)
    in_window = {
        page_id
        for page_id, kind, row_year in by_entry.values()
        if (kinds is None or kind in kinds) and (year is None or row_year == year)
    }
    for candidate in wide:
        members = index.members(candidate, since)
        found = [(page_id, 1.0) for entry_id, (page_id, _k, _y) in by_entry.items() if entry_id in members]
        found = [(page_id, score) for page_id, score in found if page_id in in_window][: max(depth, POOL)]
        found += [
            (page_id, 1.0)
            for page_id, matched in by_title.items()
            if page_id not in in_window and any(_implies(head, candidate) for head in matched)
        ]
        _add(scores, candidate, found)
    base_order = {page_id: position for position, (page_id, _kind, _year) in enumerate(by_entry.values())}
    for page_id in in_window:
        # Every page counted in the total is listed, if only after the scored ones.
        scores.setdefault(page_id, 0.0)
    return scores, base_order


def _implies(narrow: Candidate, wide: Candidate) -> bool:
    """Whether every page ``narrow`` matches is matched by ``wide`` too (same words, more columns)."""
    looser = {"phrase": {"phrase", "all", "most", "any"}, "all": {"all", "most", "any"}}
    return (
        narrow.terms == wide.terms
        and set(narrow.columns) <= set(wide.columns)
        and wide.mode in looser.get(narrow.mode, set())
    )


def _add(scores: Counter, candidate: Candidate, found: list[tuple[int, float]]) -> None:
    if not found:
        return
    best = max(score for _id, score in found) or 1.0
    for page_id, score in found:
        relative = max(0.0, score / best) if best > 0 else 1.0
        # Within one kind of match the engine's own relevance (bm25, cover density) decides
        # the order, but never lifts a page past a better kind of match.
        scores[page_id] += candidate.weight * (0.6 + 0.4 * relative)


def _ranked_elasticsearch(query, kinds, year, depth):
    from django.apps import apps

    models = [apps.get_model(label) for label in INDEXED_MODELS if kinds is None or kind_of(label) in kinds]
    queryset = Page.objects.live().public().type(*models)
    results = list(queryset.search(query)[: max(depth, POOL)])
    entries = dict(
        _entries().filter(page_id__in=[page.pk for page in results]).values_list("page_id", "year")
    )
    ids = [page.pk for page in results if year is None or entries.get(page.pk) == year]
    kind_by_id = dict(_entries().filter(page_id__in=ids).values_list("page_id", "kind"))
    rows = Counter((kind_by_id.get(pk, OTHER_KIND), entries.get(pk)) for pk in ids)
    scores = {pk: float(len(ids) - position) for position, pk in enumerate(ids)}
    return ids, scores, [(kind, row_year, count) for (kind, row_year), count in rows.items()]


def _entries():
    from .models import SearchEntry

    return SearchEntry.objects.all()


def _facets(rows, kinds: list[str] | None, year: int | None) -> tuple[dict, int]:
    by_type: Counter[str] = Counter()
    by_year: Counter[int] = Counter()
    total = 0
    for kind, row_year, count in rows:
        if year is None or row_year == year:
            by_type[kind] += count
        if (kinds is None or kind in kinds) and row_year is not None:
            by_year[row_year] += count
        if (kinds is None or kind in kinds) and (year is None or row_year == year):
            total += count
    order = [*TYPE_LABELS, OTHER_KIND]
    type_facet = [
        (kind, label_of(kind), by_type[kind]) for kind in sorted(by_type, key=order.index) if by_type[kind]
    ]
    year_facet = [(str(y), str(y), by_year[y]) for y in sorted(by_year, reverse=True) if by_year[y]]
    return {"type": type_facet, "year": year_facet}, total


def search(
    query: str,
    *,
    types: list[str] | None = None,
    year: int | None = None,
    offset: int = 0,
    limit: int = 10,
) -> Results:
    """Ranked live public pages for ``query``, with facets; never raises on hostile input."""
    normalised = normalise_query(query)
    results = Results(query=normalised)
    if not normalised:
        return results
    offset = max(0, int(offset or 0))
    limit = min(MAX_LIMIT, max(0, int(limit or 0)))
    try:
        year = int(year) if year not in (None, "") else None
    except (TypeError, ValueError):
        year = None
    try:
        ids, scores, rows = ranked(normalised, types=types, year=year, depth=offset + limit)
    except DatabaseError:
        # A query the full-text engine refuses is a query without results, never an error page.
        logger.exception("search failed for %r", normalised)
        return results
    kinds = _kinds(types)
    results.facets, results.total = _facets(rows, kinds, year)
    window = ids[offset : offset + limit]
    pages = {page.pk: page for page in Page.objects.live().public().filter(pk__in=window).specific()}
    dates = dict(_entries().filter(page_id__in=window).values_list("page_id", "date"))
    for page_id in window:
        page = pages.get(page_id)
        if page is None:
            continue
        label = model_label(page)
        results.hits.append(
            Hit(
                page=page,
                score=round(scores.get(page_id, 0.0), 4),
                type=label,
                type_label=label_of(kind_of(label)),
                date=dates.get(page_id),
            )
        )
    return results


def suggest(prefix: str, limit: int = 8) -> list[dict]:
    """Titles that start like ``prefix`` (word by word, tone marks optional), for autocomplete."""
    normalised = normalise_query(prefix)
    terms = prefix_terms(normalised)
    if not terms or len(normalised) < 2:
        return []
    limit = min(20, max(1, int(limit or 8)))
    try:
        if backend_name() == "elasticsearch":
            ids = _ranked_elasticsearch(normalised, None, None, limit)[0]
        else:
            from .backends import database_index

            candidate = Candidate("prefix", 1, ("title_folded",), terms, "prefix")
            ids = database_index().prefix(candidate, limit)
    except DatabaseError:
        logger.exception("suggest failed for %r", normalised)
        return []
    pages = {page.pk: page for page in Page.objects.live().public().filter(pk__in=ids).specific()}
    out = []
    for page_id in ids:
        page = pages.get(page_id)
        if page is not None:
            out.append(
                {"title": page.title, "url": page.get_url(), "type_label": label_of(kind_of(model_label(page)))}
            )
    return out
