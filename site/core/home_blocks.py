"""What the home page shows in each block: the editors' choice, or else the newest items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db.models import Model
from wagtail.models import Page

from . import listing_cache

if TYPE_CHECKING:
    from .models import HomePage

# Page types whose newest item fills a block the editors left empty. A type whose app is not
# installed yet is simply skipped.
HIGHLIGHT_MODELS = ["campaigns.CampaignPage"]
PROFILE_MODELS = ["exemplars.ExemplarPage"]
PROFILE_NEWS_CATEGORY = "Gương người tốt, việc tốt"


def _model(label: str) -> type[Model] | None:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _chosen(relation) -> list:
    """The editors' picks that are live, in their order, as specific pages (one query per page type)."""
    ids = list(relation.order_by("sort_order").values_list("page_id", flat=True))
    if not ids:
        return []
    pages = Page.objects.live().filter(pk__in=ids).specific().defer_streamfields().in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def _newest(labels: list[str], limit: int) -> list:
    """The newest live pages of the first of ``labels`` that has any.

    On a large site the database walks every page in date order to find a few of a rare type
    (or none yet), so which pages they are is cached until the next publish."""
    for label in labels:
        model = _model(label)
        if model is None:
            continue

        def newest_ids(model=model) -> list[int]:
            return list(model.objects.live().order_by("-first_published_at").values_list("pk", flat=True)[:limit])

        ids = listing_cache.cached(f"home-newest:{label}:{limit}", newest_ids)
        if ids:
            pages = model.objects.filter(pk__in=ids).defer_streamfields().in_bulk()
            return [pages[pk] for pk in ids if pk in pages]
    return []


def build(home: HomePage) -> dict[str, Any]:
    from news.models import NewsCategory, latest_news

    notices_category = home.notices_category or NewsCategory.lookup("Thông báo")
    count = home.news_count or 6
    # The editors' picks come first; the newest news fill the rest of the block.
    news = _chosen(home.featured_news)[:count]
    if len(news) < count:
        chosen_ids = {page.pk for page in news}
        newest = latest_news(count + len(chosen_ids), exclude_category=notices_category)
        news += [page for page in newest if page.pk not in chosen_ids][: count - len(news)]
    notices = _chosen(home.featured_notices)
    if not notices and notices_category is not None:
        notices = latest_news(5, category=notices_category)
    highlight = home.highlight.specific if home.highlight_id and home.highlight.live else None
    if highlight is None:
        newest = _newest(HIGHLIGHT_MODELS, 1)
        highlight = newest[0] if newest else None
    profiles = _chosen(home.featured_profiles) or _newest(PROFILE_MODELS, 4)
    if not profiles:
        # Until profile pages exist, stories of good people published as news stand in.
        stories = NewsCategory.lookup(PROFILE_NEWS_CATEGORY)
        if stories is not None:
            profiles = latest_news(4, category=stories)
    return {
        "latest_news": news,
        "lead_news": news[0] if news else None,
        "more_news": news[1:],
        "notices": notices,
        "notices_category": notices_category,
        "highlight": highlight,
        "profiles": profiles,
    }
