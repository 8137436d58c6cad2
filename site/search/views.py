"""The site-wide search page (/tim-kiem/)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from core.pagination import page_or_nearest
from core.text import clean_text

MAX_QUERY_LENGTH = 200


def search(request):
    query = clean_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    paginator = Paginator(results, 10)
    page = page_or_nearest(paginator, request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "page_obj": page, "paginator": paginator},
    )
