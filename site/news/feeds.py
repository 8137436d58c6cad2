"""RSS and Atom feeds of the news: all articles, and one feed per category."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from core.feeds import SECTIONS, PortalFeed

from .models import NewsCategory, NewsIndexPage, NewsPage


class NewsFeed(PortalFeed):
    """The newest articles of every category."""

    section = SECTIONS["news"]

    def index_page(self):
        return NewsIndexPage.objects.live().public().only("url_path", "path", "depth").first()

    def get_queryset(self, obj=None):
        return (
            NewsPage.objects.live()
            .public()
            .defer_streamfields()
            .select_related("category", "hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-date", "-pk")
        )

    def item_image(self, item):
        return item.hero_image

    def item_categories(self, item) -> list[str]:
        return [item.category.name] if item.category_id else []


class CategoryNewsFeed(NewsFeed):
    """The newest articles of one category, found by its slug."""

    def get_object(self, request, slug: str) -> NewsCategory:
        return get_object_or_404(NewsCategory, slug=slug)

    def title(self, obj=None) -> str:
        return f"{self.section.name}: {obj.name} – {self.office.office_name}"

    def description(self, obj=None) -> str:
        return obj.description or f"Tin mới nhất của chuyên mục “{obj.name}”."

    def link(self, obj=None) -> str:
        base = super().link(obj)
        return f"{base}?category={obj.slug}" if base != "/" else base

    def get_queryset(self, obj=None):
        return super().get_queryset(obj).filter(category=obj)
