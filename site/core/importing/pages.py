"""Records that become pages: the home and section index pages they need, slugs, publishing."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from django.conf import settings

from ..text import slugify_vi
from .registry import Importer, Outcome, Record

# Imported items count as first published at this time of their publication date.
PUBLISH_HOUR = 8


def publication_datetime(date: dt.date) -> dt.datetime:
    """The moment an imported item counts as first published: 08:00 local time on its date."""
    zone = ZoneInfo(settings.TIME_ZONE or "Asia/Ho_Chi_Minh")
    return dt.datetime.combine(date, dt.time(PUBLISH_HOUR), tzinfo=zone)


def ensure_home_page():
    """The site's home page, created with its Site when someone has deleted it."""
    from wagtail.models import Page, Site

    from ..models import HomePage

    home = HomePage.objects.order_by("path").first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
        home = HomePage(title="Trang chủ", slug=unique_slug(root, "trang-chu"), live=False)
        root.add_child(instance=home)
        home.save_revision().publish(log_action=False)
        home.refresh_from_db()
    # A site that points elsewhere was set up on purpose; only a site-less install gets one.
    if not Site.objects.exists():
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=getattr(settings, "WAGTAIL_SITE_NAME", ""),
        )
    return home


def ensure_index_page(model, title: str, slug: str):
    """The section index of ``model`` (the first one, preferably under the home page), created if missing."""
    home = ensure_home_page()
    index = model.objects.child_of(home).order_by("path").first() or model.objects.order_by("path").first()
    if index is None:
        index = model(title=title, slug=unique_slug(home, slug), live=False)
        home.add_child(instance=index)
        index.save_revision().publish(log_action=False)
        index.refresh_from_db()
    return index


def unique_slug(parent, slug: str, page=None) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … when a sibling under ``parent`` already has it."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=slug).values_list("slug", flat=True))
    candidate, suffix = slug, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{slug}-{suffix}"
    return candidate


class PageImporter(Importer):
    """Records that become pages under one section index, matched again by their ``import_id``.

    Subclasses name the page and index models and fill the type's own fields in :meth:`assign`;
    title, slug, first publication and publishing are handled here, the same for every type.
    """

    model: ClassVar[type]
    index_model: ClassVar[type]
    index_title: ClassVar[str]
    index_slug: ClassVar[str]

    def prepare(self) -> None:
        self.parent = ensure_index_page(self.index_model, self.index_title, self.index_slug)

    def rolled_back(self) -> None:
        # The tree bookkeeping held in memory (numchild) may count a child that is gone.
        self.parent.refresh_from_db()

    def find(self, record: Record):
        return self.model.objects.filter(import_id=record.id).order_by("pk").first()

    def exists(self, record: Record) -> bool:
        return self.model.objects.filter(import_id=record.id).exists()

    def assign(self, page, record: Record) -> None:
        """Set the type's own fields from ``record.data`` (everything but title and slug)."""
        raise NotImplementedError

    def content(self, page) -> tuple:
        """The values :meth:`assign` sets, to tell an unchanged record from a changed one."""
        raise NotImplementedError

    def _state(self, page) -> tuple:
        return (page.title, page.slug, page.first_published_at, self.content(page))

    def write(self, record: Record) -> tuple[Outcome, Any]:
        from wagtail.log_actions import log

        data = record.data
        page = self.find(record)
        if page is None:
            page = self.model(import_id=record.id, title=data["title"], live=False)
            base = data.get("slug") or slugify_vi(data["title"], max_length=200) or "trang"
            page.slug = unique_slug(self.parent, base)
            page.first_published_at = publication_datetime(data["date"])
            self.assign(page, record)
            self.parent.add_child(instance=page)
            log(instance=page, action="wagtail.create", content_changed=True)
            page.save_revision(log_action=False).publish()
            return "created", page

        before = self._state(page)
        page.title = data["title"]
        # Without a slug in the record the page keeps its address even when the title changes.
        if data.get("slug"):
            page.slug = unique_slug(page.get_parent(), data["slug"], page=page)
        page.first_published_at = publication_datetime(data["date"])
        self.assign(page, record)
        if page.live and not page.has_unpublished_changes and self._state(page) == before:
            return "unchanged", page
        page.save_revision(log_action=False).publish()
        return "updated", page


def stream_blocks(value) -> list[tuple[str, Any]]:
    """A StreamField's blocks as (type, stored value) pairs, block ids left out."""
    return [(block["type"], block["value"]) for block in value.raw_data]
