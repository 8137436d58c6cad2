"""Cache for listing aggregates (counts, year lists) that are costly on large sites.

Counting 100 000 live news in a section, or finding which years have news, takes hundreds of
milliseconds; the answers only change when something is published, unpublished, moved or deleted.
Every such event bumps one version number, which is part of every cache key, so stale entries are
simply never read again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")

_VERSION_KEY = "listing-cache-version"
TIMEOUT = 6 * 3600


def version() -> str:
    value = cache.get(_VERSION_KEY)
    if value is None:
        value = str(time.time_ns())
        cache.add(_VERSION_KEY, value, None)
        value = cache.get(_VERSION_KEY, value)
    return value


def invalidate(*args, **kwargs) -> None:
    """Signal receiver: content changed, forget every cached listing figure."""
    cache.set(_VERSION_KEY, str(time.time_ns()), None)


def cached(name: str, compute: Callable[[], T], timeout: int = TIMEOUT) -> T:
    digest = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()
    key = f"listing:{version()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="listing-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="listing-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="listing-cache-moved")
    page_slug_changed.connect(invalidate, dispatch_uid="listing-cache-slug")
    post_delete.connect(_on_page_change, dispatch_uid="listing-cache-deleted")
    # Pages created live in code (importers, fixtures) are saved without a publish signal.
    post_save.connect(_on_page_change, dispatch_uid="listing-cache-saved")


def _on_page_change(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate()
