"""What each kind of page puts in the search index, and keeping the index in step with the site.

Only live pages without view restrictions are indexed, and only their public fields: consent
records of a profile, nominations and public comments never reach the index.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db import OperationalError, transaction
from wagtail.models import Page

from .models import SearchEntry
from .text import index_text, mentioned_names, mentioned_numbers, name_keys, number_keys, strip_html

# Facet values and what people read for them. Other indexed pages (the section index pages)
# are shown as "Trang".
TYPE_LABELS = {
    "news.NewsPage": "Tin tức",
    "directives.DocumentPage": "Văn bản",
    "campaigns.CampaignPage": "Phong trào thi đua",
    "exemplars.ExemplarPage": "Gương điển hình",
}
OTHER_KIND = "wagtailcore.Page"
OTHER_LABEL = "Trang"
INDEXED_MODELS = (
    *TYPE_LABELS,
    "news.NewsIndexPage",
    "directives.DocumentLibraryPage",
    "campaigns.CampaignIndexPage",
    "exemplars.ExemplarIndexPage",
)
MAX_BODY = 40_000
# SQLite FTS5 tables over the entries (migrations 0002 and 0004).
FTS_TABLES = ("site_search_fts", "site_search_head")


def kind_of(label: str) -> str:
    return label if label in TYPE_LABELS else OTHER_KIND


def label_of(kind: str) -> str:
    return TYPE_LABELS.get(kind, OTHER_LABEL)


def model_label(page_or_class: Any) -> str:
    return page_or_class._meta.label


def indexed_models() -> list[type[Page]]:
    from django.apps import apps

    return [apps.get_model(label) for label in INDEXED_MODELS]


def _stream_text(value: Any) -> Iterator[str]:
    """Every piece of text in a StreamField's raw data (headings, paragraphs, captions, quotes)."""
    if isinstance(value, str):
        if not value.startswith(("http://", "https://", "/")):
            yield strip_html(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"id", "type", "alignment", "format"}:
                yield from _stream_text(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _stream_text(item)


def stream_text(field: Any) -> str:
    if not field:
        return ""
    raw = getattr(field, "raw_data", field)
    return " ".join(_stream_text(list(raw)))


def _first_date(*values: dt.date | None) -> dt.date | None:
    return next((value for value in values if value), None)


def page_document(page: Page) -> dict[str, Any]:
    """The searchable text and facets of a specific page: title, keys, body, date, kind."""
    label = model_label(page)
    keys: list[str] = []
    body: list[str] = []
    date = None
    if label == "news.NewsPage":
        date = page.date
        body += [page.summary, stream_text(page.body), page.hero_caption]
        body += [tag.name for tag in page.tags.all()]
    elif label == "directives.DocumentPage":
        date = _first_date(page.issued, page.date)
        doc_type = page.doc_type.name if page.doc_type_id else ""
        keys += [number_keys(page.number, doc_type), doc_type]
        body += [page.summary, strip_html(page.body), page.issuer, page.signer]
        if page.signer:
            keys.append(name_keys(page.signer))
    elif label == "campaigns.CampaignPage":
        date = _first_date(page.date, page.launch_date, page.start)
        body += [page.slogan, page.summary, strip_html(page.goals), strip_html(page.criteria)]
        body += [stream_text(page.body), page.launched_by, page.scope_detail]
    elif label == "exemplars.ExemplarPage":
        date = page.date
        if page.kind == "individual":
            keys.append(name_keys(page.title))
        body += [page.role, page.locality.name if page.locality_id else "", page.summary]
        for award in page.awards.select_related("title"):
            body += [award.title.name if award.title_id else award.title_text, award.issuer]
        body.append(stream_text(page.story))
    else:
        body.append(getattr(page, "intro", "") or "")
    body.append(page.search_description or "")
    text = " ".join(filter(None, body))[:MAX_BODY]
    # Numbers and names the text mentions can be found as wholes too; the page's own number or
    # name lives in ``keys``, which ranks higher.
    mentions = [*mentioned_numbers(text), *(name_keys(name) for name in mentioned_names(text))]
    title, title_folded = index_text(page.title)
    keys_exact, keys_folded = index_text(" ".join(filter(None, keys)))
    body_exact, body_folded = index_text(" ".join([text, *mentions]))
    return {
        "kind": kind_of(label),
        "date": date,
        "year": date.year if date else None,
        "title": title,
        "keys": keys_exact,
        "body": body_exact,
        "title_folded": title_folded,
        "keys_folded": keys_folded,
        "body_folded": body_folded,
    }


def _indexable(pages: Iterable[Page]) -> set[int]:
    ids = [page.pk for page in pages]
    return set(Page.objects.live().public().filter(pk__in=ids).values_list("pk", flat=True))


def index_pages(page_ids: Iterable[int]) -> int:
    """Bring the entries of ``page_ids`` up to date from the database; returns how many are indexed.

    Pages read from the database, never the instance an editor holds: a draft saved in the
    admin updates the page row's draft fields only, and must not reach the index.
    """
    ids = list(dict.fromkeys(page_ids))
    if not ids:
        return 0
    labels = set(INDEXED_MODELS)
    pages = [
        page
        for page in Page.objects.filter(pk__in=ids).specific(defer=False)
        if model_label(page) in labels
    ]
    keep = _indexable(pages)
    indexed = 0
    with transaction.atomic():
        SearchEntry.objects.filter(page_id__in=[pk for pk in ids if pk not in keep]).delete()
        for page in pages:
            if page.pk not in keep:
                continue
            SearchEntry.objects.update_or_create(page_id=page.pk, defaults=page_document(page))
            indexed += 1
    return indexed


def index_subtree(page: Page) -> None:
    """Re-index a page and everything under it (a move or a view restriction changes them all)."""
    ids = list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        index_pages(ids[start : start + 500])


def remove_pages(page_ids: Iterable[int]) -> None:
    SearchEntry.objects.filter(page_id__in=list(page_ids)).delete()


def rebuild(batch: int = 500, progress: Callable[[int, int, float], None] | None = None) -> int:
    """Empty the index and index every live public page again; returns the number indexed."""
    models = indexed_models()
    ids = list(
        Page.objects.live().public().type(*models).order_by("pk").values_list("pk", flat=True)
    )
    total = len(ids)
    started = time.perf_counter()
    with transaction.atomic():
        _clear_index()
        done = 0
        for start in range(0, total, batch):
            chunk = ids[start : start + batch]
            _bulk_insert(chunk)
            done += len(chunk)
            if progress:
                progress(done, total, time.perf_counter() - started)
    _optimise_fulltext()
    return total


def _bulk_insert(page_ids: list[int]) -> None:
    entries = []
    for page in Page.objects.filter(pk__in=page_ids).specific(defer=False):
        entries.append(SearchEntry(page_id=page.pk, **page_document(page)))
    SearchEntry.objects.bulk_create(entries)


def _clear_index() -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        # A DELETE would leave every old row behind as a dead tuple for the first searches to
        # step over until autovacuum passes; TRUNCATE is transactional here too. It is refused
        # after entries were written in the same transaction (pending constraint checks).
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("TRUNCATE site_search_searchentry")
            return
        except OperationalError:
            pass
    SearchEntry.objects.all().delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for table in FTS_TABLES:
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")  # noqa: S608


def _optimise_fulltext() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for table in FTS_TABLES:
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608
        # After a bulk load the planner needs fresh statistics: with those of an empty table it
        # scans the whole index to find a few entries by page (SQLite) or skips the GIN indexes.
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # VACUUM also marks the new rows visible to all, so searches do not do it row by row.
            cursor.execute("VACUUM (ANALYZE) site_search_searchentry")
        else:
            cursor.execute("ANALYZE site_search_searchentry")
