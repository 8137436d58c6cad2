"""``type: news`` records of a portal export become news pages under "Tin tức" (see core.importing)."""

from __future__ import annotations

from typing import Any

from core.importing import PageImporter, Record, Text, register, stream_blocks

from .models import NewsCategory, NewsIndexPage, NewsPage


@register
class NewsImporter(PageImporter):
    """News articles: common fields plus ``category``, created when the site does not have it yet."""

    type = "news"
    label = "Tin bài"
    fields = {"category": Text(max_length=100)}

    model = NewsPage
    index_model = NewsIndexPage
    index_title = "Tin tức"
    index_slug = "tin-tuc"

    def prepare(self) -> None:
        super().prepare()
        self.categories: dict[str, NewsCategory] = {}

    def rolled_back(self) -> None:
        super().rolled_back()
        self.categories.clear()

    def category(self, name: str) -> NewsCategory | None:
        if not name:
            return None
        if name not in self.categories:
            found = NewsCategory.lookup(name) or NewsCategory.objects.create(name=name)
            self.categories[name] = found
        return self.categories[name]

    def assign(self, page: NewsPage, record: Record) -> None:
        data = record.data
        page.date = data["date"]
        page.summary = data.get("summary", "")
        page.source = data.get("source", "")
        body = data.get("body", "")
        page.body = [{"type": "paragraph", "value": body}] if body else []
        page.category = self.category(data.get("category", ""))
        page.tags.set(data.get("tags", []))

    def content(self, page: NewsPage) -> tuple[Any, ...]:
        return (
            page.date,
            page.summary,
            page.source,
            page.category_id,
            sorted(tag.name for tag in page.tags.all()),
            stream_blocks(page.body),
        )
