"""What the exemplar index shows: filtered profiles A–Z, a page of cards, the filter choices and
the A–Z bar. A page of cards costs a fixed number of queries whatever its length: photos,
places, fields and award titles come with the profiles."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.db.models.functions import Substr

from core.pagination import page_or_nearest
from core.taxonomies import Field
from core.text import vi_sort_key

from .collation import LETTERS, letter_of
from .filters import ExemplarFilters
from .models import Award, AwardCategory, AwardTitle, ExemplarKind, ExemplarPage, Locality


def campaign_model():
    # Through the relation, so this app does not reach into the campaigns app's modules.
    return ExemplarPage._meta.get_field("campaigns").related_model


def exemplar_listing(index, request) -> dict[str, Any]:
    profiles = index.exemplars()
    campaigns = campaign_model().objects.live()
    places = list(Locality.objects.only("pk", "name", "parent_id", "successor_id", "level"))
    award_titles = list(AwardTitle.objects.all())
    filters = ExemplarFilters(
        request.GET,
        fields=list(Field.objects.all()),
        places=places,
        award_titles=award_titles,
        campaigns=campaigns,
    )
    results = filters.apply(profiles, search_scope=profiles)
    results = (
        results.defer_streamfields()
        .select_related("photo", "locality", "locality__parent", "field")
        .prefetch_related(Prefetch("awards", queryset=Award.objects.select_related("title")))
    )
    paginator = Paginator(results, index.per_page or 24)
    raw_page = (request.GET.get("page") or "").strip()
    page_obj = page_or_nearest(paginator, raw_page)
    notices = list(filters.notices)
    if raw_page and raw_page != str(page_obj.number):
        notices.append(f"Trang: không có trang “{raw_page[:20]}”, đang hiển thị trang {page_obj.number}.")

    used_places = _used(profiles, "locality_id")
    used_fields = _used(profiles, "field_id")
    years = sorted(
        {year for year in Award.objects.filter(exemplar__in=profiles, year__isnull=False).values_list("year", flat=True)},
        reverse=True,
    )
    return {
        "filters": filters,
        "notices": notices,
        "page_obj": page_obj,
        "paginator": paginator,
        "filter_query": filters.query_string(),
        "query_without_letter": filters.query_string(without=("letter",)),
        "kinds": ExemplarKind.choices,
        "fields": [field for field in filters.fields if field.pk in used_fields],
        "places": _place_choices(places, used_places),
        "award_groups": [
            (label, [term for term in award_titles if term.category == value]) for value, label in AwardCategory.choices
        ],
        "campaigns": list(campaigns.filter(exemplars__in=profiles).distinct().only("pk", "title", "slug", "import_id")),
        "years": years,
        "letters": _letter_bar(profiles, filters),
    }


def _used(profiles, column: str) -> set[int]:
    return set(profiles.exclude(**{column: None}).order_by().values_list(column, flat=True).distinct())


def _place_choices(places: list, used: set[int]) -> list:
    """Places with profiles, and the places above them (to choose a whole province), A–Z."""
    by_pk = {place.pk: place for place in places}
    shown: set[int] = set()
    for pk in used:
        seen = 0
        while pk is not None and pk in by_pk and pk not in shown and seen < 10:
            shown.add(pk)
            pk = by_pk[pk].parent_id
            seen += 1
    return sorted((by_pk[pk] for pk in shown), key=lambda place: vi_sort_key(place.name))


def _letter_bar(profiles, filters: ExemplarFilters) -> list[dict[str, Any]]:
    """Every letter of the bar, linked when the list under the other filters has names under it."""
    without_letter = filters.query_string(without=("letter",))
    scope = filters.apply(profiles, search_scope=profiles, use_letter=False)
    # The first code of each stored key tells the letter: one query for the whole bar.
    initials = scope.order_by().annotate(initial=Substr("sort_name", 1, 2)).values_list("initial", flat=True).distinct()
    present = {letter_of(initial) for initial in initials}
    bar = []
    for letter in LETTERS:
        encoded = urlencode({"letter": letter})
        query = f"{without_letter}&{encoded}" if without_letter else encoded
        bar.append({"letter": letter, "query": query, "present": letter in present, "current": letter == filters.letter})
    return bar
