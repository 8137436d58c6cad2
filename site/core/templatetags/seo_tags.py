"""Template tags for what machines read in the head of every page: the canonical address, Open
Graph and Twitter card tags, JSON-LD and the feed links. Used by ``components/seo.html`` and
``components/feed_links.html``."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from core import jsonld
from core.feeds import category_feed_links
from core.feeds import feed_links as section_feed_links
from core.sharing import absolute_url, share_image, share_rendition

from .site_tags import _office_settings, ancestor_trail

register = template.Library()

DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
DESCRIPTION_WORDS = 40
# Page types shared as articles; profiles are "profile"; everything else is the "website".
OG_TYPES = {
    "news.NewsPage": "article",
    "campaigns.CampaignPage": "article",
    "directives.DocumentPage": "article",
    "exemplars.ExemplarPage": "profile",
}


@dataclass(frozen=True)
class SocialMeta:
    title: str
    description: str
    url: str
    canonical: str
    type: str
    site_name: str
    image_url: str
    image_width: int
    image_height: int
    image_alt: str
    published: str = ""
    modified: str = ""


def _description(page) -> str:
    for field in ("search_description", "summary", "intro", "slogan"):
        text = getattr(page, field, "") or ""
        if text.strip():
            return Truncator(" ".join(text.split())).words(DESCRIPTION_WORDS)
    return ""


def canonical_url(page, request, page_obj=None) -> str:
    """The page's own address; listings keep ``?page=N`` only when nothing else is filtered, since
    a filtered listing is a view of the same page, not a page of its own."""
    url = page.get_full_url(request)
    if not url:
        return ""
    number = getattr(page_obj, "number", 1) or 1
    if request is not None and number > 1 and set(request.GET) == {"page"}:
        return f"{url}?page={number}"
    return url


@register.simple_tag(takes_context=True)
def social_meta(context) -> SocialMeta:
    request = context.get("request")
    page = context.get("page")
    office = _office_settings(context)
    site_name = office.office_name if office is not None else ""
    image_url = absolute_url(static(DEFAULT_IMAGE), request)
    width, height = DEFAULT_IMAGE_SIZE
    image_alt = site_name
    if page is None or not hasattr(page, "get_full_url"):
        url = absolute_url(request.path, request) if request is not None else ""
        return SocialMeta(site_name, "", url, "", "website", site_name, image_url, width, height, image_alt)
    image = share_image(page)
    rendition = share_rendition(image)
    if rendition is not None:
        image_url = absolute_url(rendition.url, request)
        width, height = rendition.width, rendition.height
        image_alt = image.description or image.title
    canonical = canonical_url(page, request, context.get("page_obj"))
    published = modified = ""
    og_type = OG_TYPES.get(page._meta.label, "website")
    if og_type == "article":
        published = jsonld._published(page) or ""
        modified = jsonld._modified(page) or ""
    return SocialMeta(
        title=page.seo_title or page.title,
        description=_description(page),
        url=canonical or page.get_full_url(request),
        canonical=canonical,
        type=og_type,
        site_name=site_name,
        image_url=image_url,
        image_width=width,
        image_height=height,
        image_alt=image_alt,
        published=published,
        modified=modified,
    )


@register.simple_tag(takes_context=True)
def jsonld_scripts(context) -> str:
    """One ``<script type="application/ld+json">`` per object of :func:`core.jsonld.for_page`."""
    page = context.get("page")
    request = context.get("request")
    office = _office_settings(context)
    if page is None or office is None or not hasattr(page, "get_full_url"):
        return ""
    trail = [(link.label, link.url) for link in ancestor_trail(page, request)]
    trail.append((page.title, page.get_url(request)))
    objects = jsonld.for_page(page, request, office, trail)
    return format_html_join(
        "\n", '<script type="application/ld+json">{}</script>', # dumps() escapes <, > and &, so the JSON can go in unescaped (HTML entities would corrupt it).
        ((mark_safe(jsonld.dumps(data)),) for data in objects),  # noqa: S308
    )


@register.simple_tag
def feed_links(*sections: str, category=None) -> str:
    """``<link rel="alternate">`` for the RSS and Atom feeds of ``sections`` ("news", "campaigns",
    "documents", "exemplars"), and of a news ``category`` first when one is given."""
    links = []
    if category is not None:
        links += category_feed_links(category)
    for section in sections:
        links += section_feed_links(section)
    return format_html_join(
        "\n",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        ((link.mime_type, link.title, link.url) for link in links),
    )
