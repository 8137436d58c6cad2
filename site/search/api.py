"""``/api/v2/pages/?search=`` through the site's search engine, in the order the site shows.

Replaces Wagtail's search filter on the pages endpoint: the engine ranks, the queryset keeps
only the ranked pages and takes their order (unless ``order`` asks for another). ``type`` and the
other filters still apply; ``search_operator`` is accepted and ignored, since the engine decides
how words combine.
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, Value, When
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError, page_models_from_string

from . import engine

# The API pages through at most this many results of a search (the site does the same).
API_DEPTH = 500


class EngineSearchFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        types = None
        if request.GET.get("type"):
            try:
                types = [model._meta.label for model in page_models_from_string(request.GET["type"])]
            except (LookupError, ValueError) as exc:
                raise BadRequestError("type doesn't exist") from exc
        ids, _scores, _rows = engine.ranked(request.GET["search"], types=types, depth=API_DEPTH)
        ids = ids[:API_DEPTH]
        queryset = queryset.filter(pk__in=ids)
        if "order" in request.GET or not ids:
            return queryset
        position = Case(
            *[When(pk=page_id, then=Value(rank)) for rank, page_id in enumerate(ids)],
            output_field=IntegerField(),
        )
        return queryset.order_by(position)
