"""The campaign index as a visitor filters it: current movements first, past ones by year.

GET parameters are read the way the import format writes values (``?form=Theo chuyên đề``,
``?form=theo chuyen de`` or ``?form=theo-chuyen-de``); anything else is answered with a polite
message and the unfiltered list, never an error page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import DateField, Max, Min, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.pagination import page_or_nearest
from core.params import parse_year as core_parse_year
from core.text import clean_text

from .models import CampaignForm, lookup_form

PER_PAGE = 20
# Years offered in the filter: far enough back for any archive, never a runaway range.
MIN_YEAR = 1945
YEARS_AHEAD = 5


@dataclass
class Section:
    """A heading of the list ("Đang và sắp triển khai", "Năm 2023") and its campaigns on this page."""

    title: str
    slug: str
    campaigns: list = field(default_factory=list)


def _shown(value: str, limit: int = 40) -> str:
    """A visitor's value, cut short and without control characters, to quote back in a message."""
    value = clean_text("".join(ch for ch in value[: limit * 4] if ch.isprintable() or ch.isspace()))
    return value if len(value) <= limit else value[: limit - 1] + "…"


def parse_year(raw: str | None, today: dt.date) -> int | None:
    """A plausible four-digit year, or None."""
    return core_parse_year(raw, MIN_YEAR, today.year + YEARS_AHEAD)


def filter_years(campaigns, today: dt.date) -> list[int]:
    """Every year some campaign was running, newest first (one query)."""
    # An open-ended campaign runs until today.
    bounds = campaigns.aggregate(
        first=Min(Coalesce("start", "launch_date")),
        last=Max(Coalesce("end", Value(today, output_field=DateField()))),
    )
    if bounds["first"] is None:
        return []
    first = max(bounds["first"].year, MIN_YEAR)
    last = max(min(bounds["last"].year, today.year + YEARS_AHEAD), first)
    return list(range(last, first - 1, -1))


def campaign_listing(index_page, request) -> dict[str, Any]:
    """The template context of the campaign index for ``request``'s filters and page."""
    today = timezone.localdate()
    base = index_page.campaigns()
    campaigns = base
    messages: list[str] = []

    raw_form = request.GET.get("form", "")
    active_form = lookup_form(raw_form)
    if active_form is not None:
        campaigns = campaigns.filter(form=active_form)
    elif raw_form.strip():
        allowed = ", ".join(label.lower() for label in CampaignForm.labels)
        messages.append(
            f"Không có hình thức thi đua “{_shown(raw_form)}”. Hình thức có thể chọn: {allowed}. "
            "Danh sách dưới đây chưa lọc theo hình thức."
        )

    raw_year = request.GET.get("year", "")
    active_year = parse_year(raw_year, today)
    if active_year is not None:
        campaigns = campaigns.active_in(active_year)
    elif raw_year.strip():
        messages.append(f"Năm “{_shown(raw_year)}” không hợp lệ. Danh sách dưới đây chưa lọc theo năm.")

    ordered = campaigns.with_stage_order(today).defer_streamfields()
    paginator = Paginator(ordered, PER_PAGE)
    page = page_or_nearest(paginator, request.GET.get("page"))

    sections: list[Section] = []
    for campaign in page.object_list:
        if campaign.listed_current:
            title, slug = "Đang và sắp triển khai", "dang-va-sap-trien-khai"
        elif campaign.listing_year:
            title, slug = f"Năm {campaign.listing_year}", f"nam-{campaign.listing_year}"
        else:
            title, slug = "Chưa rõ thời gian", "chua-ro-thoi-gian"
        if not sections or sections[-1].slug != slug:
            sections.append(Section(title, slug))
        sections[-1].campaigns.append(campaign)

    # Only the filters that took effect are carried into the page links.
    filter_query = urlencode(
        {name: value for name, value in (("form", active_form), ("year", active_year)) if value is not None}
    )
    return {
        "page_obj": page,
        "paginator": paginator,
        "sections": sections,
        "forms": CampaignForm.choices,
        "active_form": active_form,
        "years": filter_years(base, today),
        "active_year": active_year,
        "filter_messages": messages,
        "filter_query": filter_query,
        "is_filtered": active_form is not None or active_year is not None,
    }
