"""Pagination that forgives bad page numbers: ?page=abc, 0, -3 or 999999 show the nearest page."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.utils.functional import cached_property

from . import listing_cache


def page_or_nearest(paginator: Paginator, raw: str | None) -> Page:
    try:
        number = int(str(raw or "1").strip()[:12])
    except ValueError:
        number = 1
    number = max(1, min(number, paginator.num_pages))
    return paginator.page(number)


class CachedCountPaginator(Paginator):
    """A paginator whose total is cached under ``cache_name`` until content is next published."""

    def __init__(self, object_list, per_page, *, cache_name: str, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cache_name = cache_name

    @cached_property
    def count(self) -> int:
        return listing_cache.cached(f"count:{self.cache_name}", lambda: Paginator.count.func(self))
