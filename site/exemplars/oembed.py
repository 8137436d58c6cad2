"""oEmbed provider (https://oembed.com) for profiles: ``/oembed/?url=<profile URL>&format=json``.

Editors of news sites paste a profile's address into their CMS, which asks this endpoint for the
iframe of the embeddable card (see :mod:`exemplars.embed`). Answers follow the specification:
404 for an address that is not a public profile, 501 for ``format=xml`` (JSON only), 400 for
a missing or malformed parameter.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from core.cors import public_read
from core.models import OfficeSettings

from .embed import CARD_HEIGHT, CARD_WIDTH, iframe_html, public_profile
from .models import ExemplarPage

THUMBNAIL_SIDE = 480
MAX_URL_LENGTH = 2000


class BadParameter(Exception):
    """A parameter the client must fix; the message says which and why."""


def oembed_url(page: ExemplarPage) -> str:
    """The discovery link advertised on the profile page."""
    query = urlencode({"url": page.full_url, "format": "json"})
    return f"{page.get_site().root_url}{reverse('oembed')}?{query}"


def _dimension(request: HttpRequest, name: str, default: int) -> int:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or len(raw) > 5 or int(raw) <= 0:
        raise BadParameter(f"{name} phải là số nguyên dương")
    return min(int(raw), default)


def _site_for(host: str, port: int | None) -> Site | None:
    """The site serving ``host``; None for an address of some other site."""
    sites = Site.objects.select_related("root_page").filter(hostname__iexact=host)
    if port is not None:
        exact = sites.filter(port=port).first()
        if exact is not None:
            return exact
    return sites.order_by("-is_default_site").first()


def resolve_profile(url: str, request: HttpRequest) -> ExemplarPage:
    """The public profile at ``url`` on one of this installation's sites, or 404."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise Http404 from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Http404
    site = _site_for(parts.hostname, port)
    if site is None:
        # The address as the client sees this server (a proxy may use a hostname Sites lack).
        if parts.netloc.lower() != request.get_host().lower():
            raise Http404
        site = Site.find_for_request(request)
        if site is None:
            raise Http404
    components = [component for component in parts.path.split("/") if component]
    result = site.root_page.specific.route(request, components)
    page = result[0]
    if not isinstance(page, ExemplarPage):
        raise Http404
    return public_profile(page.pk)


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


@public_read
@require_http_methods(["GET", "HEAD", "OPTIONS"])
@cache_control(public=True, max_age=300)
def oembed(request: HttpRequest):
    if request.method == "OPTIONS":
        return HttpResponse()
    output = request.GET.get("format", "json").strip().lower()
    if output == "xml":
        return _error(501, "Chỉ hỗ trợ định dạng JSON (format=json).")
    url = request.GET.get("url", "").strip()
    try:
        if output != "json":
            raise BadParameter("format phải là json")
        if not url:
            raise BadParameter("thiếu tham số url")
        if len(url) > MAX_URL_LENGTH or "\x00" in url:
            raise BadParameter("url không hợp lệ")
        width = _dimension(request, "maxwidth", CARD_WIDTH)
        height = _dimension(request, "maxheight", CARD_HEIGHT)
    except BadParameter as exc:
        return _error(400, str(exc))
    try:
        page = resolve_profile(url, request)
    except Http404:
        return _error(404, "Không tìm thấy hồ sơ gương điển hình công khai tại địa chỉ này.")

    site = page.get_site()
    office = OfficeSettings.for_site(site)
    data = {
        "version": "1.0",
        "type": "rich",
        "title": page.title,
        "provider_name": office.office_name,
        "provider_url": site.root_url + "/",
        # The office publishes the profile; the person portrayed is the subject, not the author.
        "author_name": office.office_name,
        "author_url": page.get_parent().full_url,
        "html": iframe_html(page, width, height),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }
    if page.photo:
        # The specification forbids a thumbnail larger than maxwidth / maxheight.
        side = min(THUMBNAIL_SIDE, width, height)
        rendition = page.photo.get_rendition(f"fill-{side}x{side}")
        data.update(
            thumbnail_url=request.build_absolute_uri(rendition.url),
            thumbnail_width=rendition.width,
            thumbnail_height=rendition.height,
        )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
