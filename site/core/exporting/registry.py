"""The registry of exporters: one per record type, found in each app's ``exporters`` module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, ClassVar

from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

from .files import FileSink


class Exporter:
    """Turns live pages of one type into records of the portal format. Subclass, then :func:`register`."""

    type: ClassVar[str]
    model: ClassVar[type]
    # Written in the importers' order, so a reader of the file meets a document before the
    # campaign that names it.
    order: ClassVar[int] = 100

    def queryset(self):
        return self.model.objects.live().public().order_by("path")

    def pages(self) -> Iterable[Any]:
        return self.queryset().iterator(chunk_size=200)

    def count(self) -> int:
        return self.queryset().count()

    def record(self, page, files: FileSink) -> dict[str, Any]:
        """The page's record: :meth:`common` fields plus the type's own."""
        raise NotImplementedError

    # Shared by every type ------------------------------------------------------------------

    @staticmethod
    def record_id(page) -> str:
        """The id the page was imported with, else one made from its primary key (stable too)."""
        return getattr(page, "import_id", "") or f"page-{page.pk}"

    @staticmethod
    def record_date(page) -> dt.date:
        date = getattr(page, "date", None)
        if date:
            return date
        moment = page.first_published_at or page.last_published_at or timezone.now()
        return timezone.localdate(moment)

    def common(self, page, *, summary: str = "", body: str = "", source: str = "") -> dict[str, Any]:
        record = {
            "type": self.type,
            "id": self.record_id(page),
            "title": page.title,
            "date": self.record_date(page).isoformat(),
            "slug": page.slug,
        }
        if summary:
            record["summary"] = summary
        if body:
            record["body"] = body
        if source:
            record["source"] = source
        return record


_registry: dict[str, type[Exporter]] = {}


def register(exporter: type[Exporter]) -> type[Exporter]:
    """Class decorator: make ``exporter`` write records of its ``type``."""
    if exporter.type in _registry and _registry[exporter.type] is not exporter:
        raise ValueError(f"Record type {exporter.type!r} already has an exporter")
    _registry[exporter.type] = exporter
    return exporter


def exporters() -> dict[str, type[Exporter]]:
    """Every registered exporter in write order, after loading each app's ``exporters`` module."""
    autodiscover_modules("exporters")
    return dict(sorted(_registry.items(), key=lambda item: item[1].order))
