"""The document library's filters: GET parameters read the way the import format writes values.

``?doc_type=Chỉ thị``, ``?doc_type=chi-thi`` and ``?doc_type=CHI THI`` are the same filter; so are
``?status=Còn hiệu lực`` and ``?status=con-hieu-luc``. A value the library cannot use is left out
and named in a polite notice instead of failing the page: these URLs are typed, shared and
crawled, and a citizen who mistyped one still deserves a list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from django.db.models import Q, QuerySet

from core.params import parse_year, shorten
from core.text import clean_text, fold, slugify_vi

from .models import DocumentStatus
from .numbers import NumberQuery, TypeName, number_key, parse_number_query

MAX_VALUE_LENGTH = 200
# Free text goes to the search backend; more hits than this are not worth listing by date.
MAX_SEARCH_HITS = 5000
MIN_YEAR, MAX_YEAR = 1900, 2200

SORT_NEWEST = "-issued"
SORT_OLDEST = "issued"


# How each parameter is named in the notices.
LABELS = {
    "q": "Từ khóa",
    "number": "Số ký hiệu",
    "doc_type": "Loại văn bản",
    "issuer": "Cơ quan ban hành",
    "field": "Lĩnh vực",
    "status": "Tình trạng hiệu lực",
    "year": "Năm ban hành",
    "from": "Từ ngày",
    "to": "Đến ngày",
    "sort": "Sắp xếp",
    "page": "Trang",
}

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DMY_RE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(value: str) -> dt.date | None:
    """``dd/mm/yyyy`` (as Vietnamese readers write it, also with - or .) or ``yyyy-mm-dd``."""
    value = value.strip()
    if match := _DMY_RE.match(value):
        day, month, year = (int(part) for part in match.groups())
    elif match := _YMD_RE.match(value):
        year, month, day = (int(part) for part in match.groups())
    else:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _term_matches(term, value: str) -> bool:
    folded = fold(value)
    return term.slug == slugify_vi(value) or fold(term.name) == folded


def number_filter(query: NumberQuery) -> Q:
    """Documents whose number is ``query`` or begins with it ("13 ct" finds 13/CT-UBND)."""
    condition = Q(number_key=query.key) | Q(number_key__startswith=f"{query.key}-")
    doc_type = query.doc_type
    if doc_type is not None:
        typed = Q(doc_type_id=doc_type.pk)
        abbreviation = doc_type.abbreviation_key
        if abbreviation:
            # A document filed without its type still shows it in the symbol: 13/CT-UBND.
            typed |= Q(number_key__contains=f"-{abbreviation}-") | Q(number_key__endswith=f"-{abbreviation}")
        condition &= typed
    if query.year:
        condition &= Q(issued__year=query.year) | Q(number_key__contains=f"-{query.year}-")
    return condition


class DocumentFilters:
    """What a citizen asked of the library, read from GET parameters.

    ``doc_types`` and ``fields`` are the managed lists (loaded once by the caller, so a page of
    filters costs no query per parameter); ``issuers`` the issuing bodies present in the library.
    Every value that had to be left out is explained in :attr:`notices`.
    """

    def __init__(
        self,
        params: Mapping[str, Any],
        *,
        doc_types: Sequence = (),
        fields: Sequence = (),
        issuers: Iterable[str] = (),
    ):
        self.params = params
        self.doc_types = list(doc_types)
        self.fields = list(fields)
        self.issuers = list(issuers)
        self.type_names = [TypeName(t.pk, t.name, t.abbreviation) for t in self.doc_types]
        self.notices: list[str] = []

        self.q = self._text("q")
        self.number = self._text("number")
        self.doc_type = self._term("doc_type", self.doc_types, "loại văn bản")
        self.field = self._term("field", self.fields, "lĩnh vực")
        self.status = self._status()
        self.issuer = self._text("issuer")
        self.issuer_matches = self._issuer_matches(self.issuer) if self.issuer else []
        self.year = self._year()
        self.date_from = self._date("from")
        self.date_to = self._date("to")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            self.date_from, self.date_to = self.date_to, self.date_from
            self.notices.append("“Từ ngày” sau “Đến ngày” nên hai ngày đã được đổi chỗ cho nhau.")
        self.sort = self._sort()

        self.number_query = parse_number_query(self.number, self.type_names, allow_bare=True) if self.number else None
        self.q_number = parse_number_query(self.q, self.type_names) if self.q else None
        # Set by apply(): whether the free text was understood as a document number.
        self.q_matched_number = False

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
        if not raw:
            return ""
        if _CONTROL_RE.search(raw):
            self._ignore(name, "giá trị có ký tự không hợp lệ")
            return ""
        value = clean_text(raw)
        if len(value) > MAX_VALUE_LENGTH:
            self._ignore(name, f"giá trị dài quá {MAX_VALUE_LENGTH} ký tự")
            return ""
        return value

    def _term(self, name: str, terms: Sequence, kind: str):
        value = self._text(name)
        if not value:
            return None
        found = next((term for term in terms if _term_matches(term, value)), None)
        if found is None:
            folded = fold(value)
            found = next((t for t in terms if fold(getattr(t, "abbreviation", "") or "") == folded), None)
        if found is None:
            self._ignore(name, f"không có {kind} “{shorten(value)}”")
        return found

    def _status(self) -> DocumentStatus | None:
        value = self._text("status")
        if not value:
            return None
        status = DocumentStatus.from_text(value)
        if status is None:
            allowed = ", ".join(str(label) for label in DocumentStatus.labels)
            self._ignore("status", f"không có tình trạng “{shorten(value)}” (chỉ có: {allowed})")
        return status

    def _year(self) -> int | None:
        value = self._text("year")
        if not value:
            return None
        year = parse_year(value, MIN_YEAR, MAX_YEAR)
        if year is None:
            self._ignore("year", f"“{shorten(value)}” không phải là một năm (ví dụ: 2021)")
        return year

    def _date(self, name: str) -> dt.date | None:
        value = self._text(name)
        if not value:
            return None
        date = parse_date(value)
        if date is None:
            self._ignore(name, f"“{shorten(value)}” không phải là ngày hợp lệ (ví dụ: 25/08/2021)")
        return date

    def _sort(self) -> str:
        value = self._text("sort")
        if not value or value == SORT_NEWEST:
            return SORT_NEWEST
        if value == SORT_OLDEST:
            return SORT_OLDEST
        self._ignore("sort", f"không có cách sắp xếp “{shorten(value)}”")
        return SORT_NEWEST

    def _issuer_matches(self, value: str) -> list[str]:
        """The issuers present whose folded name is, or contains, the folded value."""
        folded = fold(value)
        exact = [issuer for issuer in self.issuers if fold(issuer) == folded]
        return exact or [issuer for issuer in self.issuers if folded in fold(issuer)]

    # Applying them ------------------------------------------------------------------------

    @property
    def is_active(self) -> bool:
        return any(
            (
                self.q,
                self.number,
                self.doc_type,
                self.field,
                self.status,
                self.issuer,
                self.year,
                self.date_from,
                self.date_to,
            )
        )

    def _filter_fields(self, queryset: QuerySet) -> QuerySet:
        if self.doc_type is not None:
            queryset = queryset.filter(doc_type=self.doc_type)
        if self.field is not None:
            queryset = queryset.filter(field=self.field)
        if self.status is not None:
            queryset = queryset.filter(status=self.status)
        if self.issuer:
            queryset = queryset.filter(issuer__in=self.issuer_matches)
        if self.year:
            queryset = queryset.filter(issued__year=self.year)
        if self.date_from:
            queryset = queryset.filter(issued__gte=self.date_from)
        if self.date_to:
            queryset = queryset.filter(issued__lte=self.date_to)
        if self.number_query is not None:
            queryset = queryset.filter(number_filter(self.number_query))
        elif self.number:
            # Not shaped like a number ("CT-UBND"): any number that contains it.
            key = number_key(self.number)
            queryset = queryset.filter(number_key__contains=key) if key else queryset.none()
        return queryset

    def apply(self, queryset: QuerySet, search_scope: QuerySet | None = None) -> QuerySet:
        """``queryset`` narrowed by every filter, ordered by issue date.

        Free text that reads as a document number lists the documents with that number; other
        text goes to the search backend (``search_scope``, the live documents of the library)
        whose hits are then combined with the other filters in the database.
        """
        queryset = self._filter_fields(queryset)
        if self.q:
            by_number = queryset.filter(number_filter(self.q_number)) if self.q_number else None
            if by_number is not None and by_number.exists():
                self.q_matched_number = True
                queryset = by_number
            else:
                # The site's search engine folds tone marks, knows document numbers and ranks
                # fast at any size; its hits are combined with the other filters in the database.
                from search.engine import ranked

                pks, _scores, _rows = ranked(
                    self.q, types=["directives.DocumentPage"], depth=MAX_SEARCH_HITS, every_word=True
                )
                queryset = queryset.filter(pk__in=pks[:MAX_SEARCH_HITS])
        if self.sort == SORT_OLDEST:
            return queryset.order_by("issued", "number_key", "pk")
        return queryset.order_by("-issued", "-pk")

    def exact_number(self) -> NumberQuery | None:
        """The number and symbol asked for, when the request names one whole number."""
        for query in (self.number_query, self.q_number):
            if query is not None and query.is_exact:
                return query
        return None

    def exact_match(self, filtered: QuerySet):
        """The one document whose number is exactly the one asked for, among ``filtered``."""
        query = self.exact_number()
        if query is None:
            return None
        if query is self.q_number and not self.q_matched_number:
            return None
        matches = list(filtered.filter(number_key=query.key)[:2])
        return matches[0] if len(matches) == 1 else None

    # Showing them -------------------------------------------------------------------------

    def canonical(self) -> dict[str, str]:
        """The filters in force, as the shortest parameters that mean the same."""
        params = {
            "q": self.q,
            "number": self.number,
            "doc_type": self.doc_type.slug if self.doc_type else "",
            "issuer": self.issuer,
            "field": self.field.slug if self.field else "",
            "status": self.status.value if self.status else "",
            "year": str(self.year or ""),
            "from": self.date_from.strftime("%d/%m/%Y") if self.date_from else "",
            "to": self.date_to.strftime("%d/%m/%Y") if self.date_to else "",
            "sort": self.sort if self.sort != SORT_NEWEST else "",
        }
        return {key: value for key, value in params.items() if value}

    def query_string(self) -> str:
        """The filters for links that keep them (pagination), without the page number."""
        return urlencode(self.canonical())

    def issuer_selected(self, issuer: str) -> bool:
        return bool(self.issuer) and fold(issuer) == fold(self.issuer)
