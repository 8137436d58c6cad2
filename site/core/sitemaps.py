"""The sitemap search engines read and the robots.txt that points to it.

``/sitemap.xml`` is a sitemap index: a library of 10^5 documents exceeds the 50 000 addresses one
sitemap file may hold, so pages are listed in numbered parts (``/sitemap-trang.xml?p=2``). Every
live, public page is listed once with its last publication as ``lastmod``; filtered listings
(query strings), search results, the admin and the nomination form (a form, marked ``noindex``,
with its thank-you state behind a query string) are not.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import views as django_sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps
from wagtail.models import Site

from core.sharing import as_datetime as _as_datetime

# Page types that carry ``<meta name="robots" content="noindex">``: listing them would contradict it.
NOINDEX_PAGE_TYPES = ("exemplars.NominationFormPage",)
# Addresses per sitemap part; well below the protocol's 50 000 so a part renders quickly.
SITEMAP_PART_SIZE = 5000
SITEMAP_MAX_AGE = 3600


class PublicPagesSitemap(Sitemap):
    """Every live page visitors may open without logging in, home page first, in tree order."""

    limit = SITEMAP_PART_SIZE

    def items(self):
        excluded = [
            ContentType.objects.get_by_natural_key(*label.lower().split(".")).pk for label in NOINDEX_PAGE_TYPES
        ]
        return super().items().exclude(content_type_id__in=excluded)

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in item.get_sitemap_urls(self.request):
                # Pages loaded by the importer may have no revision: their first publication or
                # their own date still tells a crawler when they last changed.
                if url_info.get("lastmod") is None:
                    url_info["lastmod"] = item.first_published_at or _as_datetime(getattr(item, "date", None))
                urls.append(url_info)
        lastmods = [url["lastmod"] for url in urls if url.get("lastmod")]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


SITEMAPS = {"trang": PublicPagesSitemap}


def _cached(response):
    patch_cache_control(response, public=True, max_age=SITEMAP_MAX_AGE)
    return response


@require_GET
def sitemap_index(request):
    response = django_sitemap_views.index(
        request, prepare_sitemaps(request, SITEMAPS), sitemap_url_name="sitemap_section"
    )
    return _cached(response)


@require_GET
def sitemap_section(request, section: str):
    response = django_sitemap_views.sitemap(request, prepare_sitemaps(request, SITEMAPS), section=section)
    return _cached(response)


@require_GET
def robots_txt(request):
    """Crawlers may read every page and file; search results, the admin and the API stay out.

    Search results are endless combinations of words that duplicate the pages (and are marked
    ``noindex``); the API returns JSON copies of the same pages for programs, which do not read
    robots.txt anyway, so closing it to crawlers costs partners nothing.
    """
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('search')}",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Allow: /",
        "",
        f"Sitemap: {root}{reverse('sitemap')}",
        "",
    ]
    return _cached(HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8"))
