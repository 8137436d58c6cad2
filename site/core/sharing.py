"""Small helpers for everything that leaves the site (feeds, sitemap, JSON-LD, social cards):
absolute addresses on the public host, the 1200×630 share image, and aware publication dates."""

from __future__ import annotations

import datetime as dt

from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Site

# One rendition serves feeds, Open Graph, Twitter cards and JSON-LD.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
SHARE_IMAGE_FIELDS = ("hero_image", "photo")


def site_root(request=None) -> str:
    """"https://thiduakhenthuong.example.vn": the public site's address, never the admin's."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else ""


def absolute_url(url: str, request=None) -> str:
    """``url`` made absolute with the public site's address; absolute URLs pass unchanged."""
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    return f"{site_root(request)}{url}"


def share_image(page):
    """The image that stands for ``page`` when shared: its hero image or portrait, else None."""
    for field in SHARE_IMAGE_FIELDS:
        if getattr(page, f"{field}_id", None):
            return getattr(page, field)
    return None


def share_rendition(image):
    """The 1200×630 JPEG rendition of ``image`` (smaller when the original is), or None."""
    if image is None:
        return None
    if "renditions" not in getattr(image, "_prefetched_objects_cache", {}):
        # One query for all of the image's renditions, which the page's <picture> then reuses.
        prefetch_related_objects([image], "renditions")
    # get_renditions() creates a missing one with a single INSERT, get_rendition() with four queries.
    return image.get_renditions(SHARE_IMAGE_SPEC)[SHARE_IMAGE_SPEC]


def as_datetime(day: dt.date | None, published: dt.datetime | None = None) -> dt.datetime | None:
    """An aware datetime for a page's date: the real publication moment when it fell on that day,
    else the start of that day in the site's time zone (Asia/Ho_Chi_Minh)."""
    if day is None:
        return published
    if published is not None and timezone.localdate(published) == day:
        return published
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
