"""Template helpers for the public site: menu, breadcrumbs, file sizes and image prefetching."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django import template
from django.db.models import prefetch_related_objects
from wagtail.models import Page, Site

from core import listing_cache
from core.models import OfficeSettings
from core.text import fold

register = template.Library()


@dataclass(frozen=True)
class MenuLink:
    label: str
    url: str
    # "page" for the page being shown, "true" for the section it belongs to, "" otherwise.
    current: str = ""


def _current_state(url: str, path: str) -> str:
    if not url or url == "#" or url.startswith(("http://", "https://", "//", "mailto:")):
        return ""
    if url == path:
        return "page"
    # The home page ("/") is an ancestor of everything: only mark it when it is the page itself.
    if url != "/" and path.startswith(url.rstrip("/") + "/"):
        return "true"
    return ""


def _links(relation, request, path: str) -> list[MenuLink]:
    links = []
    # One query for the items and their pages; page URLs come from the per-request site cache.
    for item in relation.select_related("link_page").all():
        if item.link_page_id:
            # An unpublished page would lead to a 404: leave it out until it goes live.
            if not item.link_page.live:
                continue
            url = item.link_page.get_url(request) or "#"
        else:
            url = item.link_url or "#"
        links.append(MenuLink(item.label, url, _current_state(url, path)))
    return links


def _office_settings(context) -> OfficeSettings | None:
    request = context.get("request")
    if request is None:
        return None
    try:
        return context["settings"]["core"]["OfficeSettings"]
    except (KeyError, TypeError):
        return OfficeSettings.for_request(request)


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[MenuLink]:
    """The editors' menu, or else the home page and its live children marked "show in menus"."""
    request = context.get("request")
    path = request.path if request is not None else ""
    office = _office_settings(context)
    if office is not None and office.pk:
        links = _links(office.menu_items, request, path)
        if links:
            return links
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    root = site.root_page
    root_url = root.get_url(request) or "/"
    links = [MenuLink("Trang chủ", root_url, _current_state(root_url, path))]
    # Finding the sections among 10^5 pages costs more than the rest of the page: cached until
    # the next publish or move.
    def sections() -> list[tuple[str, str]]:
        children = root.get_children().live().in_menu().only("title", "url_path", "path", "depth")
        return [(child.title, child.get_url(request) or "#") for child in children]

    for title, url in listing_cache.cached(f"menu-sections:{root.pk}:{root_url}", sections):
        links.append(MenuLink(title, url, _current_state(url, path)))
    return links


@register.simple_tag(takes_context=True)
def related_links(context) -> list[MenuLink]:
    """The "Liên kết website" list of the footer."""
    office = _office_settings(context)
    if office is None or not office.pk:
        return []
    request = context.get("request")
    return _links(office.related_links, request, "")


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page: Page) -> list[MenuLink]:
    """The trail from the home page down to ``page``'s parent (the page itself is not a link)."""
    return ancestor_trail(page, context.get("request"))


def ancestor_trail(page: Page, request) -> list[MenuLink]:
    """The links of :func:`breadcrumbs`, kept on the page so the JSON-LD breadcrumb list in the
    head and the visible trail cost one query together."""
    cached = getattr(page, "_ancestor_trail", None)
    if cached is not None:
        return cached
    trail = []
    for ancestor in page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth"):
        url = ancestor.get_url(request)
        if url:
            label = "Trang chủ" if ancestor.depth == 2 else ancestor.title
            trail.append(MenuLink(label, url))
    page._ancestor_trail = trail
    return trail


@register.filter
def vi_filesize(size: Any) -> str:
    """Bytes as Vietnamese readers write them: "850 KB", "1,2 MB" (decimal comma)."""
    try:
        size = int(size)
    except (TypeError, ValueError):
        return ""
    if size < 1024:
        return f"{size} byte"
    for unit in ("KB", "MB", "GB"):
        size_in_unit = size / 1024
        if size_in_unit < 1024 or unit == "GB":
            # One decimal only where it tells something: "1,5 KB", "2,3 MB", but "850 KB".
            text = f"{size_in_unit:.1f}" if size_in_unit < 10 else f"{size_in_unit:.0f}"
            text = text.replace(".", ",")
            if text.endswith(",0"):
                text = text[:-2]
            return f"{text} {unit}"
        size = size_in_unit
    return ""  # pragma: no cover - the loop always returns


@register.filter
def file_extension(filename: Any) -> str:
    """"baocao.PDF" → "PDF": the type readers look for before they download."""
    ext = os.path.splitext(str(filename or ""))[1].lstrip(".")
    return ext.upper()


@register.simple_tag
def prefetch_image_renditions(pages, field: str = "hero_image") -> str:
    """Load the renditions of every listed page's image in one query instead of one per image."""
    images = [getattr(page, field) for page in pages if getattr(page, f"{field}_id", None)]
    if images:
        prefetch_related_objects(images, "renditions")
    return ""


@register.filter
def page_type_label(page: Any) -> str:
    """The Vietnamese name of a page's type ("tin bài", "trang chủ" …) for search results."""
    meta = getattr(page, "_meta", None)
    return str(meta.verbose_name) if meta is not None else ""


@register.simple_tag
def page_range(page_obj) -> list:
    """Page numbers around the current one, with "…" for the gaps (1 2 … 7 8 9 … 40 41)."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.simple_tag
def query_params(**params: Any) -> str:
    """Encode the given GET parameters (empty ones left out), for links that keep a search."""
    return urlencode({key: value for key, value in params.items() if value not in (None, "")})


@register.filter
def credit_line(credit: Any) -> str:
    """ "Ảnh: …" before a photo credit, unless the credit already says so ("Ảnh minh họa: …")."""
    credit = str(credit or "").strip()
    if not credit:
        return ""
    if fold(credit).startswith(("anh", "nguon", "photo")):
        return credit
    return f"Ảnh: {credit}"
