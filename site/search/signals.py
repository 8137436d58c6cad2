"""Keep the search index in step with publishing: publish, unpublish, move, delete, restrictions."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing

logger = logging.getLogger(__name__)


def _safely(action, *args) -> None:
    # Publishing must never fail because the index could not be written; `rebuild_search_index`
    # repairs whatever was missed.
    try:
        action(*args)
    except Exception:
        logger.exception("search index update failed")


def _page_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and not kwargs.get("raw"):
        _safely(indexing.index_pages, [instance.pk])


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _safely(indexing.remove_pages, [instance.pk])


def _page_moved(sender, instance, **kwargs) -> None:
    _safely(indexing.index_subtree, instance)


def _restriction_changed(sender, instance, **kwargs) -> None:
    page_id = instance.page_id

    def reindex() -> None:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            _safely(indexing.index_subtree, page)

    # After the commit: a restriction deleted along with its page must not re-index that page.
    transaction.on_commit(reindex)


def _award_changed(sender, instance, **kwargs) -> None:
    _safely(indexing.index_pages, [instance.exemplar_id])


def connect() -> None:
    page_published.connect(_page_changed, dispatch_uid="site-search-published")
    page_unpublished.connect(_page_changed, dispatch_uid="site-search-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="site-search-moved")
    post_save.connect(_page_changed, dispatch_uid="site-search-saved")
    post_delete.connect(_page_deleted, dispatch_uid="site-search-deleted")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="site-search-restricted")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="site-search-unrestricted")
    from exemplars.models import Award

    post_save.connect(_award_changed, sender=Award, dispatch_uid="site-search-award-saved")
