"""News pages as ``type: news`` records of the portal format (see core.exporting)."""

from __future__ import annotations

from typing import Any

from core.exporting import Exporter, FileSink, register, stream_html

from .models import NewsPage


@register
class NewsExporter(Exporter):
    """Common fields, ``category`` by name and ``tags``; the body's photos are not part of the format."""

    type = "news"
    model = NewsPage

    def queryset(self):
        return super().queryset().select_related("category").prefetch_related("tags")

    def record(self, page: NewsPage, files: FileSink) -> dict[str, Any]:
        record = self.common(page, summary=page.summary, body=stream_html(page.body), source=page.source)
        tags = sorted(tag.name for tag in page.tags.all())
        if tags:
            record["tags"] = tags
        if page.category_id:
            record["category"] = page.category.name
        return record
