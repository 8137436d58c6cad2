"""Admin report "Từ khóa không có kết quả": what citizens searched for and did not find.

Wagtail's own "Search terms" report (popular searches) is for administrators only; this one
is open to every editor, since they are the ones who can write the missing content or pin a
promoted result for the query.
"""

from __future__ import annotations

import datetime as dt

from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .querylog import ZeroResultQuery

RECENT_DAYS = 90


class ZeroResultQueriesReportView(ReportView):
    page_title = "Từ khóa không có kết quả"
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-last_seen"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    columns = [
        Column("query_string", label="Từ khóa", sort_key="query_string"),
        NumberColumn("hits", label="Số lần tìm", sort_key="hits"),
        DateColumn("last_seen", label="Lần gần nhất", sort_key="last_seen"),
    ]
    list_export = ["query_string", "hits", "first_seen", "last_seen"]
    export_headings = {
        "query_string": "Từ khóa",
        "hits": "Số lần tìm",
        "first_seen": "Lần đầu",
        "last_seen": "Lần gần nhất",
    }

    def get_filename(self):
        return f"tu-khoa-khong-co-ket-qua-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        since = timezone.now() - dt.timedelta(days=RECENT_DAYS)
        return ZeroResultQuery.objects.filter(last_seen__gte=since)


@hooks.register("register_admin_urls")
def register_zero_results_report_urls():
    view = ZeroResultQueriesReportView
    return [
        path("reports/tu-khoa-khong-co-ket-qua/", view.as_view(), name="search_zero_results"),
        path(
            "reports/tu-khoa-khong-co-ket-qua/results/",
            view.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_zero_results_report_menu_item():
    # Every admin user (editors included) sees it: the admin itself already requires a login.
    return MenuItem(
        "Từ khóa không có kết quả",
        reverse("search_zero_results"),
        name="search-zero-results",
        icon_name="search",
        order=1310,
    )
