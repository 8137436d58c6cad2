"""The site-wide search page (/tim-kiem/) and its suggestions endpoint (/tim-kiem/goi-y/).

Matching and ranking live in ``search.engine``; this module reads the request, asks the
engine, adds editors' promoted results, records the search for the admin reports and
prepares what the template shows (highlighted titles and snippets, facets, pagination).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.pagination import page_or_nearest
from core.text import clean_text, fold

from .highlight import has_match, highlight, snippet
from .querylog import ZeroResultQuery

logger = logging.getLogger(__name__)

PER_PAGE = 10
# What a person may paste; the engine keeps at most 200 characters of it.
MAX_INPUT_LENGTH = 1000
SUGGEST_LIMIT = 8
# Short names in the address (?type=news) for the model labels the engine uses.
TYPE_PARAMS = {
    "news": "news.NewsPage",
    "document": "directives.DocumentPage",
    "campaign": "campaigns.CampaignPage",
    "exemplar": "exemplars.ExemplarPage",
}
TYPE_LABELS = {
    "news.NewsPage": "Tin tức",
    "directives.DocumentPage": "Văn bản",
    "campaigns.CampaignPage": "Phong trào thi đua",
    "exemplars.ExemplarPage": "Gương điển hình",
}
_PARAM_FOR_LABEL = {label: param for param, label in TYPE_PARAMS.items()}
# Index pages the empty state links to, in the order shown.
BROWSE_PAGES = [
    ("directives", "DocumentLibraryPage", "Thư viện văn bản"),
    ("news", "NewsIndexPage", "Tin tức"),
    ("exemplars", "ExemplarIndexPage", "Gương điển hình"),
    ("campaigns", "CampaignIndexPage", "Phong trào thi đua"),
]
POPULAR_DAYS = 30
# A query must be made this often before other visitors see it as a popular search, so a
# single person (or a bot) cannot put words on the page.
POPULAR_MIN_HITS = 5
POPULAR_COUNT = 6

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _engine():
    # Imported on use so that the page module loads even where the engine has optional parts.
    from search import engine

    return engine


def read_query(raw: str | None) -> str:
    """The query as the engine gets it: control characters (NUL …) removed, NFC, white space tidied."""
    text = _CONTROL_RE.sub(" ", (raw or "")[:MAX_INPUT_LENGTH])
    return _engine().normalise_query(clean_text(text))


def _read_types(values: list[str]) -> list[str]:
    labels = []
    for value in values[:10]:
        label = TYPE_PARAMS.get(value.strip().lower())
        if label and label not in labels:
            labels.append(label)
    return labels


def _read_year(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value.isdigit() or len(value) != 4:
        return None
    year = int(value)
    return year if 1900 <= year <= 2100 else None


def _requested_page(raw: str | None) -> int:
    try:
        return max(1, int(str(raw or "1").strip()[:12]))
    except ValueError:
        return 1


class EngineHits:
    """The engine's hits as a sequence a Django paginator can slice, asking the engine per page.

    The first page asked for is fetched up front (it also gives the total), so a normal
    request makes one engine call; a page number out of range makes a second one.
    """

    def __init__(self, run, first_offset: int, limit: int):
        self._run = run
        self._limit = limit
        self.results = run(first_offset, limit)
        self._pages = {first_offset: self.results}

    def __len__(self) -> int:
        return self.results.total

    def __getitem__(self, item):
        if not isinstance(item, slice):
            raise TypeError("EngineHits only supports slices")
        offset = item.start or 0
        stop = item.stop if item.stop is not None else len(self)
        if offset not in self._pages:
            self._pages[offset] = self._run(offset, self._limit)
        return self._pages[offset].hits[: max(0, stop - offset)]


@dataclass
class ResultRow:
    url: str
    title: SafeString
    type_label: str
    date: dt.date | None
    snippet: SafeString


def _stream_text(value: Any, into: list[str], budget: int = 20_000) -> None:
    """Collect the plain text of a StreamField's raw data without rendering it (no image work)."""
    if sum(len(part) for part in into) > budget:
        return
    if isinstance(value, str):
        into.append(strip_tags(value))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"type", "id"}:
                _stream_text(item, into, budget)
    elif isinstance(value, list | tuple):
        for item in value:
            _stream_text(item, into, budget)


def page_texts(page: Page) -> list[str]:
    """Texts a snippet may come from, the editor's short ones first."""
    texts = []
    for name in ("search_description", "summary", "intro", "slogan", "role", "number"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            texts.append(value)
    for name in ("body", "story", "criteria", "goals"):
        value = getattr(page, name, None)
        if value is None:
            continue
        raw = getattr(value, "raw_data", None)
        parts: list[str] = []
        if raw is not None:
            _stream_text(list(raw), parts)
        else:
            parts.append(strip_tags(str(value)))
        text = " ".join(part for part in parts if part.strip())
        if text.strip():
            texts.append(text)
    return texts


def result_snippet(page: Page, query: str) -> SafeString:
    texts = page_texts(page)
    for text in texts:
        if has_match(strip_tags(text), query):
            return snippet(text, query)
    return snippet(texts[0], query) if texts else snippet("", query)


def _row(hit, query: str, request) -> ResultRow:
    page = hit.page
    return ResultRow(
        url=page.get_url(request) or "",
        title=highlight(page.title, query),
        type_label=hit.type_label,
        date=hit.date,
        snippet=result_snippet(page, query),
    )


def _facets(results, selected_types: list[str], selected_year: int | None) -> dict[str, list[dict]]:
    facets = getattr(results, "facets", None) or {}
    types = []
    seen = set()
    for value, label, count in facets.get("type", []):
        param = _PARAM_FOR_LABEL.get(value)
        if not param:
            continue
        seen.add(value)
        types.append({"value": param, "label": label, "count": count, "selected": value in selected_types})
    # A chosen filter stays on the form (so it can be unticked) even when nothing matches it.
    for value in selected_types:
        if value not in seen:
            types.append(
                {"value": _PARAM_FOR_LABEL[value], "label": TYPE_LABELS[value], "count": 0, "selected": True}
            )
    years = [
        {"value": value, "label": label, "count": count, "selected": str(selected_year) == value}
        for value, label, count in facets.get("year", [])
    ]
    if selected_year and not any(year["selected"] for year in years):
        years.append({"value": str(selected_year), "label": str(selected_year), "count": 0, "selected": True})
    years.sort(key=lambda year: year["value"], reverse=True)
    return {"type": types, "year": years}


def promotions_for(query: str) -> list[SearchPromotion]:
    """Editors' picks for the query; a query typed without tone marks also gets the picks of its accented form."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query)).select_related("page")
    )
    if not picks:
        folded = fold(query)
        promoted = Query.objects.filter(editors_picks__isnull=False).distinct().only("id", "query_string")
        ids = [q.id for q in promoted[:500] if fold(q.query_string) == folded]
        if ids:
            picks = list(SearchPromotion.objects.filter(query_id__in=ids).select_related("page"))
    live = []
    for pick in picks:
        if pick.page_id:
            if pick.page.live and pick.page.url:
                live.append(pick)
        elif pick.external_link_url:
            live.append(pick)
    return live


def record_search(query: str, found: bool) -> None:
    """Count the search for the admin reports; a failure to count never breaks the page."""
    try:
        with transaction.atomic():
            Query.get(query).add_hit()
            if found:
                ZeroResultQuery.forget(normalise_query_string(query))
            else:
                ZeroResultQuery.record(normalise_query_string(query))
    except DatabaseError:
        logger.warning("Could not record the search %r", query, exc_info=True)


def popular_queries(exclude: str = "") -> list[str]:
    """Searches other people made often and that find something, for the empty state."""

    def load() -> list[str]:
        since = timezone.now().date() - dt.timedelta(days=POPULAR_DAYS)
        missing = ZeroResultQuery.objects.values("query_string")
        rows = (
            Query.get_most_popular(date_since=since)
            .exclude(query_string__in=missing)
            .values_list("query_string", "_hits")[: POPULAR_COUNT * 2]
        )
        return [text for text, hits in rows if hits >= POPULAR_MIN_HITS]

    queries = cache.get_or_set("search:popular-queries", load, 600)
    return [text for text in queries if text != exclude.lower()][:POPULAR_COUNT]


def browse_links() -> list[dict]:
    links = []
    for app_label, model_name, label in BROWSE_PAGES:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        page = model.objects.live().public().order_by("path").first()
        if page and page.url:
            links.append({"url": page.url, "label": label})
    return links


def search(request):
    engine = _engine()
    query = read_query(request.GET.get("q"))
    types = _read_types(request.GET.getlist("type"))
    year = _read_year(request.GET.get("year"))
    filtered = bool(types or year)
    context: dict[str, Any] = {"query": query, "selected_types": types, "selected_year": year}

    if query:

        def run(offset: int, limit: int):
            return engine.search(query, types=types or None, year=year, offset=offset, limit=limit)

        type_params = [_PARAM_FOR_LABEL[label] for label in types]
        requested = _requested_page(request.GET.get("page"))
        hits = EngineHits(run, (requested - 1) * PER_PAGE, PER_PAGE)
        paginator = Paginator(hits, PER_PAGE)
        page_obj = page_or_nearest(paginator, request.GET.get("page"))
        first_page = page_obj.number == 1
        promotions = promotions_for(query) if first_page else []
        if requested == 1 and not filtered:
            # Paging through results or narrowing them is the same search: count it once.
            record_search(query, found=bool(hits.results.total or promotions))
        context.update(
            paginator=paginator,
            # Above the engine's cap the total counts only the newest matches: say "or more".
            total_capped=paginator.count >= engine.MATCH_CAP,
            page_obj=page_obj,
            rows=[_row(hit, query, request) for hit in page_obj.object_list],
            facets=_facets(hits.results, types, year),
            promotions=promotions,
            type_params=type_params,
            filter_query=urlencode(
                [("q", query), *(("type", value) for value in type_params), *([("year", year)] if year else [])]
            ),
            unfiltered_query=urlencode({"q": query}),
        )
        if not paginator.count:
            context.update(browse_links=browse_links(), popular_queries=popular_queries(exclude=query))
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles that start like what the person is typing, folded: "thi d" → "Thi đua …"."""
    query = read_query(request.GET.get("q"))
    suggestions = []
    if len(fold(query)) >= 2:
        suggestions = [
            {"title": item["title"], "url": item["url"], "type_label": item.get("type_label", "")}
            for item in _engine().suggest(query, limit=SUGGEST_LIMIT)
        ]
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "public, max-age=60"
    return response
