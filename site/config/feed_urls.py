"""Feed addresses: /rss/<section>/ for RSS 2.0, /atom/<section>/ for Atom, one pair per section
and one per news category (/rss/tin-tuc/<category-slug>/). Documented in the README."""

from __future__ import annotations

from django.urls import path

from campaigns.feeds import CampaignFeed
from core.feeds import SECTIONS
from directives.feeds import DocumentFeed
from exemplars.feeds import ExemplarFeed
from news.feeds import CategoryNewsFeed, NewsFeed

app_name = "feeds"

_FEEDS = {
    "news": NewsFeed,
    "campaigns": CampaignFeed,
    "documents": DocumentFeed,
    "exemplars": ExemplarFeed,
}

urlpatterns = []
for key, feed in _FEEDS.items():
    segment = SECTIONS[key].segment
    urlpatterns += [
        path(f"rss/{segment}/", feed(), name=f"rss-{key}"),
        path(f"atom/{segment}/", feed.atom()(), name=f"atom-{key}"),
    ]
urlpatterns += [
    path("rss/tin-tuc/<slug:slug>/", CategoryNewsFeed(), name="rss-news-category"),
    path("atom/tin-tuc/<slug:slug>/", CategoryNewsFeed.atom()(), name="atom-news-category"),
]
