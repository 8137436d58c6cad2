"""Official documents (văn bản): the document library and each document with its legal metadata.

A document keeps the issuing body's name as it was on the date of issue ("UBND tỉnh Hải Dương"
on a 2021 directive stays so after the 2025 mergers): ``issuer`` is text, never a live relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Prefetch, QuerySet
from django.shortcuts import redirect
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import listing_cache
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from core.pagination import CachedCountPaginator, page_or_nearest
from core.taxonomies import Field, VocabularyTerm
from core.text import clean_text, slugify_vi, vi_sort_key

from .numbers import number_key
from .serializers import DocumentFilesField

if TYPE_CHECKING:
    from .filters import DocumentFilters

# Sort orders offered on the library; kept here so the page needs no import of the filters.
SORTS = {"-issued": "Mới ban hành trước", "issued": "Ban hành sớm nhất trước"}


@register_snippet
class DocumentType(VocabularyTerm):
    """Loại văn bản: Luật, Nghị định, Thông tư, Nghị quyết, Chỉ thị, Quyết định, Kế hoạch …"""

    abbreviation = models.CharField(
        "Viết tắt trong số ký hiệu", max_length=20, blank=True, help_text="Ví dụ: CT cho Chỉ thị, QĐ cho Quyết định."
    )

    panels = [*VocabularyTerm.panels, FieldPanel("abbreviation")]

    class Meta(VocabularyTerm.Meta):
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"


class DocumentStatus(models.TextChoices):
    IN_FORCE = "con-hieu-luc", "Còn hiệu lực"
    EXPIRED = "het-hieu-luc", "Hết hiệu lực"
    PARTLY_EXPIRED = "het-hieu-luc-mot-phan", "Hết hiệu lực một phần"
    NOT_YET = "chua-co-hieu-luc", "Chưa có hiệu lực"

    @classmethod
    def from_text(cls, value: str | None) -> DocumentStatus | None:
        """The status written as its label ("Còn hiệu lực", any case, tone marks or not) or its slug."""
        slug = slugify_vi(value or "")
        return next((status for status in cls if status.value == slug), None)


class DocumentLibraryPage(BasePage):
    """The searchable document library: a table of documents with filters a citizen can share."""

    intro = models.TextField("Giới thiệu", blank=True)
    per_page = models.PositiveSmallIntegerField("Số văn bản mỗi trang", default=20)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["directives.DocumentPage"]
    template = "directives/document_library_page.html"

    class Meta:
        verbose_name = "thư viện văn bản"
        verbose_name_plural = "thư viện văn bản"

    def documents(self) -> QuerySet[DocumentPage]:
        """The live documents of this library, in no particular order."""
        return DocumentPage.objects.live().descendant_of(self)

    def filters_for(self, request) -> DocumentFilters:
        from .filters import DocumentFilters

        return DocumentFilters(
            request.GET,
            doc_types=list(DocumentType.objects.all()),
            fields=list(Field.objects.all()),
            issuers=listing_cache.cached(f"library-issuers:{self.pk}", self.issuers_present),
        )

    def issuers_present(self) -> list[str]:
        """Issuing bodies of the library's documents, in Vietnamese alphabetical order."""
        issuers = self.documents().exclude(issuer="").order_by().values_list("issuer", flat=True).distinct()
        return sorted(set(issuers), key=vi_sort_key)

    def serve(self, request, *args, **kwargs):
        filters = self.filters_for(request)
        results = filters.apply(self.documents(), search_scope=self.documents())
        # Someone who typed a whole number wants that document, not a list of one.
        target = filters.exact_match(results)
        if target is not None:
            return redirect(target.get_url(request))
        return super().serve(request, *args, filters=filters, results=results, **kwargs)

    def get_context(self, request, *args, filters: DocumentFilters | None = None, results=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if filters is None:
            filters = self.filters_for(request)
            results = filters.apply(self.documents(), search_scope=self.documents())
        results = results.select_related("doc_type").defer("body").prefetch_related(
            Prefetch("files", queryset=DocumentFile.objects.select_related("document"))
        )
        paginator = CachedCountPaginator(
            results, self.per_page or 20, cache_name=f"library:{self.pk}:{filters.query_string()}"
        )
        raw_page = (request.GET.get("page") or "").strip()
        page_obj = page_or_nearest(paginator, raw_page)
        notices = list(filters.notices)
        if raw_page and raw_page != str(page_obj.number):
            shown = clean_text(raw_page.replace("\x00", ""))[:20]
            notices.append(f"Trang: không có trang “{shown}”, đang hiển thị trang {page_obj.number}.")
        years = listing_cache.cached(
            f"library-years:{self.pk}",
            lambda: [day.year for day in self.documents().dates("issued", "year", order="DESC")],
        )
        context.update(
            filters=filters,
            notices=notices,
            page_obj=page_obj,
            paginator=paginator,
            filter_query=filters.query_string(),
            doc_types=filters.doc_types,
            fields=filters.fields,
            statuses=DocumentStatus.choices,
            issuers=filters.issuers,
            years=years,
            sorts=SORTS,
        )
        return context


class DocumentPage(BasePage):
    """One văn bản with its form, number and symbol, issuing body, dates, status, abstract,
    full text, attached files, and its relations to other documents."""

    number = models.CharField("Số ký hiệu", max_length=100, blank=True, help_text="Ví dụ: 13/CT-UBND, 06/2022/QH15.")
    number_key = models.CharField(max_length=100, blank=True, db_index=True, editable=False)
    doc_type = models.ForeignKey(
        DocumentType, verbose_name="Loại văn bản", null=True, blank=True, on_delete=models.PROTECT, related_name="documents"
    )
    issuer = models.CharField(
        "Cơ quan ban hành",
        max_length=255,
        blank=True,
        db_index=True,
        help_text="Ghi đúng tên cơ quan tại thời điểm ban hành (ví dụ: Ủy ban nhân dân tỉnh Hải Dương).",
    )
    signer = models.CharField("Người ký", max_length=255, blank=True)
    issued = models.DateField("Ngày ban hành", null=True, blank=True, db_index=True)
    effective = models.DateField("Ngày hiệu lực", null=True, blank=True)
    status = models.CharField(
        "Tình trạng hiệu lực", max_length=30, choices=DocumentStatus.choices, default=DocumentStatus.IN_FORCE, db_index=True
    )
    field = models.ForeignKey(
        "core.Field", verbose_name="Lĩnh vực", null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    date = models.DateField("Ngày đăng", null=True, blank=True, help_text="Ngày đăng lên cổng thông tin.")
    summary = models.TextField("Trích yếu", blank=True)
    body = RichTextField("Toàn văn", blank=True, features=RICH_TEXT_FEATURES)
    source = models.CharField("Nguồn", max_length=255, blank=True)
    import_id = models.CharField("Mã nhập khẩu", max_length=255, blank=True, db_index=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
                FieldPanel("issuer"),
                FieldPanel("signer"),
                FieldRowPanel([FieldPanel("issued"), FieldPanel("effective")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("field")]),
            ],
            heading="Thông tin pháp lý",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("files", label="Tệp đính kèm"),
        InlinePanel("relations", label="Quan hệ với văn bản khác"),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("source")], heading="Đăng tải"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("number", boost=5),
        index.AutocompleteField("number"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("issuer"),
        index.SearchField("signer"),
        index.FilterField("number_key"),
        index.FilterField("doc_type"),
        index.FilterField("status"),
        index.FilterField("issued"),
        index.FilterField("field"),
        index.RelatedFields("doc_type", [index.SearchField("name")]),
    ]

    api_fields = [
        APIField("number"),
        APIField("doc_type", serializer=serializers.CharField(source="doc_type.name", default=None)),
        APIField("issuer"),
        APIField("signer"),
        APIField("issued"),
        APIField("effective"),
        APIField("status", serializer=serializers.CharField(source="get_status_display")),
        APIField("field", serializer=serializers.CharField(source="field.name", default=None)),
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        APIField("source"),
        APIField("files", serializer=DocumentFilesField()),
    ]

    parent_page_types = ["directives.DocumentLibraryPage"]
    subpage_types: list[str] = []
    template = "directives/document_page.html"

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [models.Index(fields=["doc_type", "issued"])]

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.number)
        return super().save(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        self.number_key = number_key(self.number)
        super().full_clean(*args, **kwargs)

    @cached_property
    def file_items(self) -> list[DocumentFile]:
        return list(self.files.select_related("document"))

    @cached_property
    def campaign_links_live(self) -> list:
        """The live campaigns this document launches or guides."""
        return list(
            self.campaign_links.filter(campaign__live=True).select_related("campaign").order_by("campaign__title")
        )

    @cached_property
    def relations_out(self) -> list[DocumentRelation]:
        """What this document does to others: replaces, amends, guides."""
        return list(self.relations.select_related("target").filter(target__live=True))

    @cached_property
    def relations_in(self) -> list[DocumentRelation]:
        """What other documents do to this one, read the other way round."""
        return list(DocumentRelation.objects.filter(target=self, source__live=True).select_related("source"))


class DocumentFile(Orderable):
    """A file of the document (PDF, DOCX) kept in Wagtail's document library."""

    page = ParentalKey(DocumentPage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name="Tệp", on_delete=models.CASCADE, related_name="+")
    title = models.CharField("Tên hiển thị", max_length=255, blank=True, help_text="Để trống để dùng tên tệp.")

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "tệp đính kèm"

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


class RelationKind(models.TextChoices):
    REPLACES = "replaces", "Thay thế"
    AMENDS = "amends", "Sửa đổi, bổ sung"
    GUIDES = "guides", "Hướng dẫn"


# How a relation reads from the target's side ("13/CT-UBND is replaced by …").
RELATION_INVERSE_LABELS = {
    RelationKind.REPLACES: "Bị thay thế bởi",
    RelationKind.AMENDS: "Được sửa đổi, bổ sung bởi",
    RelationKind.GUIDES: "Được hướng dẫn bởi",
}


class DocumentRelation(Orderable):
    """This document replaces / amends / guides another; shown on both documents."""

    source = ParentalKey(DocumentPage, related_name="relations", on_delete=models.CASCADE)
    kind = models.CharField("Quan hệ", max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        DocumentPage, verbose_name="Văn bản liên quan", on_delete=models.CASCADE, related_name="relations_from"
    )

    panels = [FieldPanel("kind"), PageChooserPanel("target", "directives.DocumentPage")]

    class Meta(Orderable.Meta):
        verbose_name = "quan hệ văn bản"

    @property
    def inverse_label(self) -> str:
        return RELATION_INVERSE_LABELS[RelationKind(self.kind)]
