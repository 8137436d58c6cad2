"""What every RSS 2.0 and Atom feed of the portal shares: Vietnamese channel texts, aware dates,
the image (or file) enclosure and the author line. Each app's ``feeds.py`` only says which pages
go in, in which order, and how an item is titled.

URLs (see ``config/feed_urls.py`` and the README, "Nguồn tin RSS"): ``/rss/<section>/`` and
``/atom/<section>/`` for the sections named in :data:`SECTIONS`.
"""

from __future__ import annotations

import copy
import datetime as dt
import mimetypes
from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape

from core.models import OfficeSettings
from core.sharing import absolute_url, as_datetime, share_rendition

# How many items a feed carries: enough for a newsroom that polls every hour.
FEED_LIMIT = 50
# Feed readers poll often; ten minutes of caching costs nothing in freshness.
FEED_MAX_AGE = 600


@dataclass(frozen=True)
class Section:
    """A feed family: its URL segment, its name in titles, and what it carries."""

    key: str
    segment: str
    name: str
    description: str


SECTIONS = {
    "news": Section("news", "tin-tuc", "Tin tức", "Tin tức, thông báo mới nhất về công tác thi đua, khen thưởng."),
    "campaigns": Section(
        "campaigns", "phong-trao", "Phong trào thi đua", "Các phong trào thi đua mới phát động, đang triển khai và đã tổng kết."
    ),
    "documents": Section(
        "documents", "van-ban", "Văn bản", "Văn bản chỉ đạo, hướng dẫn về thi đua, khen thưởng mới đăng tải."
    ),
    "exemplars": Section(
        "exemplars", "guong-dien-hinh", "Gương điển hình", "Gương điển hình tiên tiến, người tốt việc tốt mới giới thiệu."
    ),
}


def image_enclosure(image, request=None) -> Enclosure | None:
    """The 1200×630 JPEG rendition of ``image`` as an enclosure, or None without an image."""
    rendition = share_rendition(image)
    if rendition is None:
        return None
    try:
        length = rendition.file.size
    except OSError:
        # RSS requires a length; 0 is what the specification's authors advise when unknown.
        length = 0
    return Enclosure(absolute_url(rendition.url, request), str(length), "image/jpeg")


def file_enclosure(document, request=None) -> Enclosure | None:
    """A Wagtail document (the PDF of a văn bản) as an enclosure."""
    if document is None:
        return None
    mime_type = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
    return Enclosure(absolute_url(document.url, request), str(document.file_size or 0), mime_type)


class PortalFeed(Feed):
    """An RSS 2.0 feed of one section; :meth:`atom` gives the Atom twin.

    Django keeps one feed instance for every request: :meth:`__call__` works on a copy, so the
    request can be remembered for absolute URLs without one visitor's request leaking into another's.
    """

    feed_type = Rss201rev2Feed
    language = "vi"
    section: Section
    request = None

    def __call__(self, request, *args, **kwargs):
        feed = copy.copy(self)
        feed.request = request
        response = Feed.__call__(feed, request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    @classmethod
    def atom(cls) -> type[PortalFeed]:
        return type(f"{cls.__name__}Atom", (cls,), {"feed_type": Atom1Feed, "__module__": cls.__module__})

    # --- Channel -----------------------------------------------------------------------------

    @property
    def office(self) -> OfficeSettings:
        return OfficeSettings.for_request(self.request)

    def title(self, obj=None) -> str:
        return f"{self.section.name} – {self.office.office_name}"

    def description(self, obj=None) -> str:
        return self.section.description

    def subtitle(self, obj=None) -> str:
        # Atom's name for the RSS description.
        return self.description(obj)

    def link(self, obj=None) -> str:
        index = self.index_page()
        if index is not None:
            return index.get_full_url(self.request)
        return "/"

    def author_name(self, obj=None) -> str:
        return self.office.office_name

    def feed_copyright(self, obj=None) -> str:
        return self.office.licence_note or None

    def index_page(self):
        """The section's listing page the channel links to; None to link to the home page."""
        return None

    # --- Items -------------------------------------------------------------------------------

    def get_queryset(self, obj=None):
        raise NotImplementedError

    def items(self, obj=None) -> list:
        return list(self.get_queryset(obj)[:FEED_LIMIT])

    def item_title(self, item) -> str:
        return item.title

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid_is_permalink(self, item) -> bool:
        return True

    def item_description(self, item) -> str:
        return escape(self.item_summary(item))

    def item_summary(self, item) -> str:
        """The item's plain-text summary. Readers treat both RSS descriptions and Atom summaries
        as HTML, so :meth:`item_description` escapes it: a "<" in a summary stays a character."""
        return getattr(item, "summary", "") or item.search_description or ""

    def item_date(self, item) -> dt.date | None:
        return getattr(item, "date", None)

    def item_pubdate(self, item) -> dt.datetime | None:
        return as_datetime(self.item_date(item), item.first_published_at)

    def item_updateddate(self, item) -> dt.datetime | None:
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item) -> str:
        source = getattr(item, "source", "")
        return source or self.office.office_name

    def item_image(self, item):
        return None

    def item_enclosures(self, item) -> list[Enclosure]:
        enclosure = image_enclosure(self.item_image(item), self.request)
        return [enclosure] if enclosure else []

    def item_categories(self, item) -> list[str]:
        return []


@dataclass(frozen=True)
class FeedLink:
    title: str
    mime_type: str
    url: str


FORMATS = (("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom"))


def _links(title: str, url_name: str, kwargs: dict[str, Any] | None = None) -> list[FeedLink]:
    links = []
    for prefix, mime_type, label in FORMATS:
        try:
            url = reverse(f"feeds:{prefix}-{url_name}", kwargs=kwargs)
        except NoReverseMatch:
            continue
        links.append(FeedLink(f"{title} ({label})", mime_type, url))
    return links


def feed_links(section_key: str) -> list[FeedLink]:
    """The RSS and Atom links of a section, for ``<link rel="alternate">``."""
    section = SECTIONS[section_key]
    return _links(section.name, section.key)


def category_feed_links(category) -> list[FeedLink]:
    """The RSS and Atom links of one news category."""
    return _links(f"{SECTIONS['news'].name}: {category.name}", "news-category", {"slug": category.slug})
