"""Pagination that forgives bad page numbers: ?page=abc, 0, -3 or 999999 show the nearest page."""

from __future__ import annotations

from django.core.paginator import Page, Paginator


def page_or_nearest(paginator: Paginator, raw: str | None) -> Page:
    try:
        number = int(str(raw or "1").strip()[:12])
    except ValueError:
        number = 1
    number = max(1, min(number, paginator.num_pages))
    return paginator.page(number)
