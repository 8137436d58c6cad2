"""Emulation movements (phong trào thi đua): the campaign index and each campaign launch.

A campaign's public stage comes from its dates, plus the editors' word where dates cannot know
whether the interim or final review has been held.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models
from django.db.models import Case, Q, Value, When
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.api_fields import ImageRenditionsField
from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from core.text import slugify_vi


class CampaignForm(models.TextChoices):
    REGULAR = "thuong-xuyen", "Thường xuyên"
    THEMATIC = "theo-chuyen-de", "Theo chuyên đề"
    SPECIAL = "dot-xuat", "Đột xuất"
    PEAK = "cao-diem", "Cao điểm"


def lookup_form(value: str | None) -> CampaignForm | None:
    """The form named ``value`` as the import format or a visitor writes it: "Theo chuyên đề",
    "theo chuyen de", "THEO-CHUYEN-DE" or the stored slug; None when nothing matches."""
    slug = slugify_vi((value or "")[:100])
    return CampaignForm(slug) if slug in CampaignForm.values else None


class CampaignScope(models.TextChoices):
    PROVINCE = "toan-tinh", "Toàn tỉnh"
    SECTOR = "nganh", "Ngành"
    CLUSTER = "cum-khoi", "Cụm, khối thi đua"


class ReviewStage(models.TextChoices):
    NONE = "", "Chưa sơ kết, tổng kết"
    INTERIM = "so-ket", "Đã sơ kết"
    FINAL = "tong-ket", "Đã tổng kết"


class Stage(models.TextChoices):
    UPCOMING = "sap-phat-dong", "Sắp phát động"
    ONGOING = "dang-trien-khai", "Đang triển khai"
    INTERIM = "so-ket", "Sơ kết"
    FINAL = "tong-ket", "Tổng kết"
    ENDED = "da-ket-thuc", "Đã kết thúc"


CURRENT_STAGES = (Stage.UPCOMING, Stage.ONGOING, Stage.INTERIM)


class CampaignIndexPage(BasePage):
    """All emulation movements: current ones first, then past ones by year."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    template = "campaigns/campaign_index_page.html"

    class Meta:
        verbose_name = "danh sách phong trào thi đua"
        verbose_name_plural = "danh sách phong trào thi đua"

    def campaigns(self) -> CampaignQuerySet:
        return CampaignPage.objects.live().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        from .listing import campaign_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(campaign_listing(self, request))
        return context


class CampaignQuerySet(PageQuerySet):
    """Campaign queries that know the public stage, computed by the database as :meth:`CampaignPage.stage_on` does."""

    def with_stage_order(self, today: dt.date) -> CampaignQuerySet:
        """Annotate ``listed_current`` (upcoming, ongoing or in interim review on ``today``) and, for the
        others, ``listing_year`` (the year a past campaign is filed under: its end, else its start).
        Order: current ones first, newest launch first; then past ones by year, newest first."""
        current = Q(begins__gt=today) | (
            (Q(end__isnull=True) | Q(end__gte=today)) & ~Q(review_stage=ReviewStage.FINAL)
        )
        return (
            self.annotate(begins=Coalesce("start", "launch_date"))
            .annotate(
                listed_current=Case(When(current, then=Value(True)), default=Value(False)),
                listing_year=Case(
                    When(current, then=Value(None)),
                    default=ExtractYear(Coalesce("end", "start", "launch_date")),
                    output_field=models.IntegerField(),
                ),
            )
            .order_by(
                "-listed_current",
                models.F("listing_year").desc(nulls_last=True),
                models.F("begins").desc(nulls_last=True),
                "-pk",
            )
        )

    def active_in(self, year: int) -> CampaignQuerySet:
        """Campaigns whose period overlaps ``year`` (open-ended ones from their start on)."""
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return self.annotate(period_begins=Coalesce("start", "launch_date")).filter(
            Q(period_begins__lte=last), Q(end__isnull=True) | Q(end__gte=first)
        )


class CampaignPage(BasePage):
    """A movement launch (phát động thi đua): theme, slogan, form, scope, launching body, period,
    goals and criteria, the documents that launch and guide it, its review reports and its news."""

    slogan = models.CharField("Khẩu hiệu", max_length=500, blank=True)
    form = models.CharField("Hình thức", max_length=20, choices=CampaignForm.choices, default=CampaignForm.THEMATIC)
    scope = models.CharField("Phạm vi", max_length=20, choices=CampaignScope.choices, default=CampaignScope.PROVINCE)
    scope_detail = models.CharField(
        "Đơn vị tham gia", max_length=255, blank=True, help_text="Ví dụ: Cụm thi đua các huyện phía Bắc."
    )
    launched_by = models.CharField("Cơ quan phát động", max_length=255, blank=True)
    launch_date = models.DateField("Ngày phát động", null=True, blank=True)
    start = models.DateField("Bắt đầu", null=True, blank=True, db_index=True)
    end = models.DateField("Kết thúc", null=True, blank=True, db_index=True)
    review_stage = models.CharField(
        "Sơ kết, tổng kết",
        max_length=20,
        choices=ReviewStage.choices,
        default=ReviewStage.NONE,
        blank=True,
        help_text="Ngày tháng không cho biết đã sơ kết hay tổng kết chưa: chọn khi đã tổ chức.",
    )
    interim_report = models.ForeignKey(
        "directives.DocumentPage",
        verbose_name="Báo cáo sơ kết",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    final_report = models.ForeignKey(
        "directives.DocumentPage",
        verbose_name="Báo cáo tổng kết",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image = models.ForeignKey(
        "core.CustomImage", verbose_name="Ảnh đại diện", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField("Ngày đăng", null=True, blank=True)
    summary = models.TextField("Tóm tắt", blank=True)
    goals = RichTextField("Mục tiêu", blank=True, features=RICH_TEXT_FEATURES)
    criteria = RichTextField("Nội dung, tiêu chí thi đua", blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name="Nội dung khác", blank=True)
    field = models.ForeignKey(
        "core.Field", verbose_name="Lĩnh vực", null=True, blank=True, on_delete=models.SET_NULL, related_name="campaigns"
    )
    source = models.CharField("Nguồn", max_length=255, blank=True)
    import_id = models.CharField("Mã nhập khẩu", max_length=255, blank=True, db_index=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("slogan"),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("form"), FieldPanel("scope")]),
                FieldPanel("scope_detail"),
                FieldPanel("launched_by"),
                FieldRowPanel([FieldPanel("launch_date"), FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("field"),
            ],
            heading="Thông tin phong trào",
        ),
        FieldPanel("goals"),
        FieldPanel("criteria"),
        InlinePanel("documents", label="Văn bản phát động, hướng dẫn"),
        MultiFieldPanel(
            [FieldPanel("review_stage"), PageChooserPanel("interim_report"), PageChooserPanel("final_report")],
            heading="Sơ kết, tổng kết",
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("source")], heading="Đăng tải"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("slogan", boost=2),
        index.SearchField("summary", boost=2),
        index.SearchField("goals"),
        index.SearchField("criteria"),
        index.SearchField("body"),
        index.SearchField("launched_by"),
        index.FilterField("form"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    api_fields = [
        APIField("slogan"),
        APIField("form", serializer=serializers.CharField(source="get_form_display")),
        APIField("scope", serializer=serializers.CharField(source="get_scope_display")),
        APIField("launched_by"),
        APIField("launch_date"),
        APIField("start"),
        APIField("end"),
        APIField("stage", serializer=serializers.CharField(source="stage_label")),
        APIField("date"),
        APIField("summary"),
        APIField("goals"),
        APIField("criteria"),
        APIField("documents", serializer=serializers.ListField(source="document_numbers", child=serializers.CharField())),
        APIField("source"),
        APIField("hero_image_renditions", serializer=ImageRenditionsField(source="hero_image")),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []
    template = "campaigns/campaign_page.html"

    objects = PageManager.from_queryset(CampaignQuerySet)()

    # How many news items the campaign page lists before pointing to the news index.
    NEWS_LIMIT = 10

    class Meta:
        verbose_name = "phong trào thi đua"
        verbose_name_plural = "phong trào thi đua"

    def stage_on(self, today: dt.date) -> Stage:
        """The stage the public sees on ``today``: from the dates, then the editors' word."""
        begins = self.start or self.launch_date
        if begins and today < begins:
            return Stage.UPCOMING
        # A final review held closes the movement, even when it was held before the planned end.
        if self.review_stage == ReviewStage.FINAL:
            return Stage.ENDED
        if self.end is None or today <= self.end:
            return Stage.INTERIM if self.review_stage == ReviewStage.INTERIM else Stage.ONGOING
        return Stage.FINAL

    @cached_property
    def stage(self) -> Stage:
        return self.stage_on(timezone.localdate())

    @property
    def stage_label(self) -> str:
        return self.stage.label

    @property
    def is_current(self) -> bool:
        return self.stage in CURRENT_STAGES

    @property
    def stage_steps(self) -> list[tuple[Stage, str]]:
        """Every stage in order with "done", "current" or "todo", for the timeline on the page."""
        current = list(Stage).index(self.stage)
        states = []
        for position, stage in enumerate(Stage):
            states.append((stage, "done" if position < current else "current" if position == current else "todo"))
        return states

    @cached_property
    def news_items(self) -> list:
        """The newest published articles about this campaign, one more than shown to tell if there are others."""
        return list(
            self.news.live()
            .defer_streamfields()
            .only("title", "url_path", "path", "depth", "date", "campaign")
            .order_by("-date", "-pk")[: self.NEWS_LIMIT + 1]
        )

    @property
    def latest_news(self) -> list:
        return self.news_items[: self.NEWS_LIMIT]

    @property
    def has_more_news(self) -> bool:
        return len(self.news_items) > self.NEWS_LIMIT

    @cached_property
    def news_index(self) -> Page | None:
        """Where the campaign's news live, for the "all news" link."""
        if not self.news_items:
            return None
        return self.news_items[0].get_parent()

    @cached_property
    def document_links(self) -> list[CampaignDocument]:
        return list(self.documents.select_related("document", "document__doc_type").filter(document__live=True))

    @property
    def document_numbers(self) -> list[str]:
        return [link.document.number for link in self.document_links if link.document.number]

    @cached_property
    def published_reports(self) -> list:
        """Review reports shown to the public only once they are published."""
        return [report for _label, report in self.published_report_entries]

    @cached_property
    def published_report_entries(self) -> list[tuple[str, Any]]:
        """("Báo cáo sơ kết", report) and ("Báo cáo tổng kết", report), published ones only."""
        entries = []
        for label, report_id, name in (
            ("Báo cáo sơ kết", self.interim_report_id, "interim_report"),
            ("Báo cáo tổng kết", self.final_report_id, "final_report"),
        ):
            # Reading the ids first spares a query for each report that is not set.
            if report_id is None:
                continue
            report = getattr(self, name)
            if report is not None and report.live:
                entries.append((label, report))
        return entries


class CampaignDocumentRole(models.TextChoices):
    LAUNCHES = "phat-dong", "Văn bản phát động"
    GUIDES = "huong-dan", "Văn bản hướng dẫn"


class CampaignDocument(Orderable):
    """A document that launches or guides the campaign."""

    campaign = ParentalKey(CampaignPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "directives.DocumentPage", verbose_name="Văn bản", on_delete=models.CASCADE, related_name="campaign_links"
    )
    role = models.CharField("Vai trò", max_length=20, choices=CampaignDocumentRole.choices, default=CampaignDocumentRole.LAUNCHES)

    panels = [PageChooserPanel("document", "directives.DocumentPage"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản của phong trào"
