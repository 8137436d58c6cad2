"""The exemplar index's filters: GET parameters read the way the import format writes values.

``?kind=collective``, ``?kind=Tập thể`` and ``?kind=tap the`` are the same filter; ``?field=Giáo dục``
and ``?field=giao-duc`` too. A place matches itself, the places under it and the places merged into
it (``?locality=Hải Dương`` finds profiles in huyện Cẩm Giàng). ``award`` is a title of the
vocabulary (name or slug, any tone marks) or free text contained in a title; ``campaign`` a campaign
page's id, slug or import id; ``year`` the year of an award; ``letter`` a letter of the A–Z bar.

A value the index cannot use is left out and named in a polite notice instead of failing the page:
these URLs are typed, shared and crawled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from django.db.models import Q, QuerySet

from core.params import parse_year, shorten
from core.text import clean_text, fold, slugify_vi

from .collation import find_letter, letter_prefix

MAX_VALUE_LENGTH = 200
MAX_SEARCH_HITS = 5000
# Profiles read for the tone-mark-free match: every profile of a provincial office, with room to spare.
MAX_FOLDED_SCAN = 20000
MIN_YEAR, MAX_YEAR = 1945, 2100

LABELS = {
    "q": "Từ khóa",
    "kind": "Loại",
    "field": "Lĩnh vực",
    "locality": "Địa bàn",
    "award": "Danh hiệu, hình thức khen thưởng",
    "campaign": "Phong trào thi đua",
    "year": "Năm khen thưởng",
    "letter": "Chữ cái",
}
# The order parameters keep in shared links.
PARAMS = ("q", "kind", "field", "locality", "award", "campaign", "year", "letter")

KIND_WORDS = {
    "individual": "individual",
    "ca-nhan": "individual",
    "collective": "collective",
    "tap-the": "collective",
    "household": "household",
    "ho-gia-dinh": "household",
    "gia-dinh": "household",
}

# Administrative words in front of a place name, as slugs; abbreviations as people type them.
_PLACE_PREFIXES = ("tinh-", "thanh-pho-", "thi-xa-", "huyen-", "quan-", "thi-tran-", "phuong-", "xa-")
_PLACE_ABBREVIATIONS = {"tp-": "thanh-pho-", "tx-": "thi-xa-", "tt-": "thi-tran-"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def find_kind(value: str | None) -> str | None:
    """``individual`` / ``collective`` / ``household`` from the value or its Vietnamese name."""
    return KIND_WORDS.get(slugify_vi((value or "")[:MAX_VALUE_LENGTH]))


def _place_slug(value: str) -> str:
    slug = slugify_vi(value)
    for short, full in _PLACE_ABBREVIATIONS.items():
        if slug.startswith(short):
            return full + slug[len(short) :]
    return slug


def _bare_place(slug: str) -> str:
    for prefix in _PLACE_PREFIXES:
        if slug.startswith(prefix):
            return slug[len(prefix) :]
    return slug


def match_places(value: str, places: Sequence) -> list:
    """The places ``value`` names: by id, by full name ("huyện Cẩm Giàng"), or by the bare name
    ("Cẩm Giàng", "Hải Dương" — which names both the province and its city)."""
    if value.isdigit() and len(value) <= 18:
        return [place for place in places if place.pk == int(value)]
    # "huyện Cẩm Giàng, tỉnh Hải Dương": the first part names the place.
    wanted = _place_slug(value.split(",")[0])
    if not wanted:
        return []
    exact = [place for place in places if _place_slug(place.name) == wanted]
    if exact:
        return exact
    bare = _bare_place(wanted)
    return [place for place in places if _bare_place(_place_slug(place.name)) == bare]


def with_subplaces(chosen: Sequence, places: Sequence) -> set[int]:
    """Ids of ``chosen``, the places under them and the places merged into them, at any depth."""
    below: dict[int, list[int]] = {}
    for place in places:
        if place.parent_id:
            below.setdefault(place.parent_id, []).append(place.pk)
        if place.successor_id:
            below.setdefault(place.successor_id, []).append(place.pk)
    found: set[int] = set()
    pending = [place.pk for place in chosen]
    while pending:
        pk = pending.pop()
        if pk in found:
            continue
        found.add(pk)
        pending.extend(below.get(pk, []))
    return found


def _term_matches(term, value: str) -> bool:
    return term.slug == slugify_vi(value) or fold(term.name) == fold(value)


class ExemplarFilters:
    """What a visitor asked of the index, read from GET parameters.

    The managed lists (fields, places, award titles) are loaded once by the caller, so reading the
    filters costs no query per parameter; campaigns are looked up only when asked for.
    Every value that had to be left out is explained in :attr:`notices`.
    """

    def __init__(
        self,
        params: Mapping[str, Any],
        *,
        fields: Sequence = (),
        places: Sequence = (),
        award_titles: Sequence = (),
        campaigns=None,
    ):
        self.params = params
        self.fields = list(fields)
        self.places = list(places)
        self.award_titles = list(award_titles)
        self.campaign_queryset = campaigns
        self.notices: list[str] = []
        self.values: dict[str, str] = {}
        self._search_ids: list[int] | None = None

        self.q = self._text("q")
        self.kind = self._kind()
        self.field = self._field()
        self.chosen_places = self._places()
        self.place_ids = with_subplaces(self.chosen_places, self.places) if self.chosen_places else set()
        self.award_text = self._text("award")
        self.award_terms = self._award_terms(self.award_text) if self.award_text else []
        self.campaign = self._campaign()
        self.year = self._year()
        self.letter = self._letter()

    # Reading parameters -------------------------------------------------------------------

    def _raw(self, name: str) -> str:
        value = self.params.get(name, "")
        if isinstance(value, (list, tuple)):
            value = value[-1] if value else ""
        return value if isinstance(value, str) else str(value)

    def _ignore(self, name: str, reason: str) -> None:
        self.notices.append(f"{LABELS[name]}: {reason}, nên đã được bỏ qua.")

    def _text(self, name: str) -> str:
        raw = self._raw(name)
        value = clean_text(_CONTROL_RE.sub(" ", raw))
        if len(value) > MAX_VALUE_LENGTH:
            self._ignore(name, f"giá trị dài quá {MAX_VALUE_LENGTH} ký tự")
            return ""
        if value:
            self.values[name] = value
        return value

    def _forget(self, name: str) -> None:
        self.values.pop(name, None)

    def _kind(self) -> str | None:
        value = self._text("kind")
        if not value:
            return None
        kind = find_kind(value)
        if kind is None:
            self._forget("kind")
            self._ignore("kind", f"không có loại “{shorten(value)}” (chọn cá nhân, tập thể hoặc hộ gia đình)")
            return None
        self.values["kind"] = kind
        return kind

    def _field(self):
        value = self._text("field")
        if not value:
            return None
        found = next((term for term in self.fields if _term_matches(term, value)), None)
        if found is None:
            self._forget("field")
            self._ignore("field", f"không có lĩnh vực “{shorten(value)}”")
            return None
        self.values["field"] = found.slug
        return found

    def _places(self) -> list:
        value = self._text("locality")
        if not value:
            return []
        found = match_places(value, self.places)
        if not found:
            self._forget("locality")
            self._ignore("locality", f"không có địa bàn “{shorten(value)}”")
        return found

    def _award_terms(self, value: str) -> list:
        exact = [term for term in self.award_titles if _term_matches(term, value)]
        if exact:
            return exact
        folded = fold(value)
        return [term for term in self.award_titles if folded in fold(term.name)] if len(folded) > 1 else []

    def _campaign(self):
        value = self._text("campaign")
        if not value or self.campaign_queryset is None:
            return None
        condition = Q(import_id=value) | Q(slug=slugify_vi(value))
        if value.isdigit() and len(value) <= 18:
            condition |= Q(pk=int(value))
        found = self.campaign_queryset.filter(condition).order_by("pk").first()
        if found is None:
            self._forget("campaign")
            self._ignore("campaign", f"không tìm thấy phong trào “{shorten(value)}”")
        return found

    def _year(self) -> int | None:
        value = self._text("year")
        if not value:
            return None
        year = parse_year(value, MIN_YEAR, MAX_YEAR)
        if year is None:
            self._forget("year")
            self._ignore("year", f"“{shorten(value)}” không phải một năm từ {MIN_YEAR} đến {MAX_YEAR}")
        return year

    def _letter(self) -> str | None:
        value = self._text("letter")
        if not value:
            return None
        letter = find_letter(value)
        if letter is None:
            self._forget("letter")
            self._ignore("letter", f"“{shorten(value, 10)}” không phải một chữ cái trong bảng chữ cái")
            return None
        self.values["letter"] = letter
        return letter

    # Using them ---------------------------------------------------------------------------

    @property
    def is_active(self) -> bool:
        return bool(self.values)

    def apply(self, queryset: QuerySet, *, search_scope: QuerySet | None = None, use_letter: bool = True) -> QuerySet:
        """``queryset`` narrowed to what was asked, in Vietnamese alphabetical order
        (``use_letter=False``: every filter but the letter, for the A–Z bar)."""
        if self.kind:
            queryset = queryset.filter(kind=self.kind)
        if self.field is not None:
            queryset = queryset.filter(field=self.field)
        if self.chosen_places:
            queryset = queryset.filter(locality_id__in=self.place_ids)
        if self.campaign is not None:
            queryset = queryset.filter(campaigns=self.campaign)
        award = Q()
        if self.award_text:
            award = Q(awards__title_text__icontains=self.award_text)
            if self.award_terms:
                award |= Q(awards__title__in=self.award_terms)
        if self.year:
            # With an award: that award in that year, not any award in any year.
            award &= Q(awards__year=self.year)
        if award:
            queryset = queryset.filter(award)
        if self.letter and use_letter:
            queryset = queryset.filter(sort_name__startswith=letter_prefix(self.letter))
        if self.q:
            queryset = queryset.filter(self._search(search_scope if search_scope is not None else queryset))
        if self.award_text or self.year or self.campaign is not None:
            queryset = queryset.distinct()
        return queryset.order_by("sort_name", "pk")

    def _search(self, scope: QuerySet) -> Q:
        """Profiles the search backend finds for the words, and those whose name, role or summary hold
        every word once tone marks are set aside ("mam non" finds "Mầm non", which a backend without
        accent folding misses)."""
        if self._search_ids is None:
            try:
                found = {hit.pk for hit in scope.search(self.q, operator="and")[:MAX_SEARCH_HITS]}
            except Exception:  # noqa: BLE001 - a failing search backend must not take the page down
                found = set()
            words = fold(self.q).split()
            rows = scope.order_by().values_list("pk", "title", "role", "summary")[:MAX_FOLDED_SCAN]
            for pk, *texts in rows:
                folded = fold(" ".join(texts))
                if all(word in folded for word in words):
                    found.add(pk)
            self._search_ids = sorted(found)[:MAX_SEARCH_HITS]
        return Q(pk__in=self._search_ids)

    def query_string(self, *, without: Sequence[str] = ()) -> str:
        """The active filters as a query string (for pagination and the A–Z bar)."""
        return urlencode([(name, self.values[name]) for name in PARAMS if name in self.values and name not in without])
