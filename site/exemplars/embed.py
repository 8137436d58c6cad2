"""The embeddable profile card: a compact page other sites may show in an iframe.

Only this view may be framed (``X-Frame-Options`` is lifted and ``frame-ancestors *`` set); every
other page of the site keeps the clickjacking protection of ``XFrameOptionsMiddleware``. Only
live profiles without view restrictions are served: a draft or a private profile is a 404.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from .models import Award, ExemplarPage

# The card's natural size; oEmbed consumers may ask for less (maxwidth / maxheight).
CARD_WIDTH = 400
CARD_HEIGHT = 460
TOP_AWARDS = 3


def public_profile(page_id: int) -> ExemplarPage:
    """The live, unrestricted profile ``page_id``, or 404."""
    page = (
        ExemplarPage.objects.live()
        .public()
        .filter(pk=page_id)
        .select_related("photo", "locality__parent", "field")
        .prefetch_related("awards__title")
        .first()
    )
    if page is None or page.url is None:
        raise Http404("Không tìm thấy hồ sơ")
    return page


def top_awards(page: ExemplarPage, limit: int = TOP_AWARDS) -> list[Award]:
    """The most senior awards of the vocabulary (latest first when two rank alike), then awards
    written as free text, latest first."""

    def seniority(award: Award) -> tuple:
        rank = award.title.rank if award.title_id else -1
        return (rank, award.year or 0)

    return sorted(page.award_list, key=seniority, reverse=True)[:limit]


def embed_url(page: ExemplarPage) -> str:
    """The card's absolute address, on the profile's own site."""
    return page.get_site().root_url + reverse("exemplar_embed", args=[page.pk])


def iframe_html(page: ExemplarPage, width: int = CARD_WIDTH, height: int = CARD_HEIGHT) -> str:
    """The one line a journalist pastes into an article."""
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
        'style="border:0;max-width:100%"></iframe>',
        embed_url(page),
        width,
        height,
        f"Gương điển hình: {page.title}",
    )


@require_safe
@xframe_options_exempt
@cache_control(public=True, max_age=300)
def embed_card(request, page_id: int):
    page = public_profile(page_id)
    response = render(
        request,
        "exemplars/embed_card.html",
        {"page": page, "awards": top_awards(page), "card_width": CARD_WIDTH},
    )
    # Modern browsers read CSP before X-Frame-Options; say explicitly that any site may frame it.
    response["Content-Security-Policy"] = "frame-ancestors *"
    return response
