"""News (tin tức, thông báo): categories, the news index and the news article."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import listing_cache
from core.api_fields import ImageRenditionsField
from core.blocks import BodyBlock
from core.models import BasePage
from core.normalise import NormalisedTextMixin
from core.pagination import CachedCountPaginator, page_or_nearest
from core.params import parse_year
from core.text import slugify_vi


@register_snippet
class NewsCategory(NormalisedTextMixin, models.Model):
    """A news category ("Thi đua - Khen thưởng", "Thông báo" …) editors manage as a snippet."""

    name = models.CharField("Tên chuyên mục", max_length=100, unique=True)
    slug = models.SlugField(
        "Đường dẫn", max_length=100, unique=True, blank=True, help_text="Để trống để tự tạo từ tên."
    )
    description = models.TextField("Mô tả", blank=True)
    sort_order = models.IntegerField("Thứ tự", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "chuyên mục tin"
        verbose_name_plural = "chuyên mục tin"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalise_text_fields()
        self.slug = slugify_vi(self.slug or self.name, max_length=100) or "chuyen-muc"
        super().save(*args, **kwargs)

    @classmethod
    def lookup(cls, value: str) -> NewsCategory | None:
        """Find a category by slug or by name, whatever the case or tone marks."""
        value = (value or "").strip()
        if not value:
            return None
        slug = slugify_vi(value)
        return cls.objects.filter(Q(slug=slug) | Q(name__iexact=value)).first()


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsIndexPage(BasePage):
    """The list of news: newest first, filtered by category and year, paginated."""

    intro = models.TextField("Giới thiệu", blank=True)
    per_page = models.PositiveSmallIntegerField("Số tin mỗi trang", default=12)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    subpage_types = ["news.NewsPage"]
    parent_page_types = ["core.HomePage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = "danh sách tin tức"
        verbose_name_plural = "danh sách tin tức"

    def news(self):
        return (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("category", "hero_image")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news()
        category = NewsCategory.lookup(request.GET.get("category", "")[:100])
        if category:
            items = items.filter(category=category)
        year = parse_year(request.GET.get("year"))
        if year:
            items = items.filter(date__year=year)
        campaign = _campaign(request.GET.get("campaign"))
        if campaign:
            items = items.filter(campaign=campaign)
        paginator = CachedCountPaginator(
            items.defer_streamfields(),
            self.per_page or 12,
            cache_name=f"news-index:{self.pk}:{category.pk if category else ''}:{year or ''}:{campaign.pk if campaign else ''}",
        )
        page = page_or_nearest(paginator, request.GET.get("page"))
        years = listing_cache.cached(f"news-years:{self.pk}", self.years_with_news)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            page_obj=page,
            paginator=paginator,
            categories=NewsCategory.objects.all(),
            active_category=category,
            years=years,
            active_year=year,
            active_campaign=campaign,
            filter_query=query.urlencode(),
        )
        return context


    def years_with_news(self) -> list[int]:
        return [d.year for d in NewsPage.objects.live().descendant_of(self).dates("date", "year", order="DESC")]


def _campaign(value: str | None):
    """The live campaign named by id or slug in ?campaign=, else None."""
    from django.apps import apps

    value = (value or "").strip()[:100]
    if not value:
        return None
    model = apps.get_model("campaigns", "CampaignPage")
    pages = model.objects.live().only("pk", "title", "url_path", "path", "depth")
    if value.isdigit() and len(value) < 10:
        return pages.filter(pk=int(value)).first()
    return pages.filter(slug=slugify_vi(value)).first()




class NewsPage(BasePage):
    """A news article or notice: sapo, hero photo with caption and credit, body, category, tags."""

    date = models.DateField("Ngày đăng", default=timezone.localdate, db_index=True)
    summary = models.TextField("Sapo (tóm tắt)", blank=True, help_text="Đoạn mở đầu in đậm dưới tiêu đề.")
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name="Ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField("Chú thích ảnh", max_length=500, blank=True)
    hero_credit = models.CharField(
        "Tác giả ảnh", max_length=255, blank=True, help_text="Để trống để dùng tác giả ghi trong thư viện ảnh."
    )
    body = StreamField(BodyBlock(), verbose_name="Nội dung", blank=True)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name="Chuyên mục",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    tags = ClusterTaggableManager("Từ khóa", through=NewsPageTag, blank=True)
    source = models.CharField("Nguồn", max_length=255, blank=True, help_text="Ví dụ: Theo Báo Hải Dương.")
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name="Phong trào thi đua",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text="Phong trào mà bài viết đưa tin (phát động, sơ kết, tổng kết …).",
    )
    import_id = models.CharField(
        "Mã nhập khẩu", max_length=255, blank=True, db_index=True, editable=False,
        help_text="Mã của bản ghi trong hệ thống cũ (import_portal).",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading="Ảnh đại diện",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("category"),
                FieldPanel("tags"),
                FieldPanel("source"),
                PageChooserPanel("campaign", "campaigns.CampaignPage"),
            ],
            heading="Thông tin bài",
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("source"),
        index.FilterField("date"),
        index.FilterField("category"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("category", serializer=serializers.CharField(source="category.name", allow_null=True, default=None)),
        APIField("source"),
        APIField("tags"),
        APIField("hero_image"),
        APIField("hero_caption"),
        APIField("hero_credit", serializer=serializers.CharField(source="photo_credit")),
        APIField("hero_thumbnail", serializer=ImageRenditionField("fill-400x250|format-webp", source="hero_image")),
        APIField("hero_image_renditions", serializer=ImageRenditionsField(source="hero_image")),
        APIField("body"),
        APIField("campaign"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "news/news_page.html"

    class Meta:
        verbose_name = "tin bài"
        verbose_name_plural = "tin bài"
        indexes = [models.Index(fields=["category", "date"])]

    @property
    def photo_credit(self) -> str:
        if self.hero_credit:
            return self.hero_credit
        return self.hero_image.credit if self.hero_image_id else ""

    def _siblings(self):
        qs = NewsPage.objects.live().exclude(pk=self.pk).defer_streamfields()
        if self.category_id:
            qs = qs.filter(category_id=self.category_id)
        return qs.only("title", "url_path", "date", "path", "depth")

    @cached_property
    def newer_news(self) -> list[NewsPage]:
        """ "Các tin mới hơn": the next articles of the same category, oldest first."""
        qs = self._siblings().filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk))
        return list(qs.order_by("date", "pk")[:5])[::-1]

    @cached_property
    def older_news(self) -> list[NewsPage]:
        """ "Các tin cũ hơn": the previous articles of the same category, newest first."""
        qs = self._siblings().filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk))
        return list(qs.order_by("-date", "-pk")[:5])

    @cached_property
    def related_news(self) -> list[NewsPage]:
        """Articles sharing the most tags with this one, newest first among equals."""
        tag_ids = list(self.tagged_items.values_list("tag_id", flat=True))
        if not tag_ids:
            return []
        return list(
            NewsPage.objects.live()
            .exclude(pk=self.pk)
            .filter(tagged_items__tag_id__in=tag_ids)
            .annotate(shared=Count("tagged_items", distinct=True))
            .order_by("-shared", "-date")
            .defer_streamfields()
            .select_related("hero_image")[:4]
        )


def latest_news(limit: int = 6, exclude_category=None, category=None) -> list[NewsPage]:
    """Newest published news for blocks elsewhere on the site (home page)."""
    qs = NewsPage.objects.live().select_related("category", "hero_image").defer_streamfields()
    if category is not None:
        qs = qs.filter(category=category)
    if exclude_category is not None:
        qs = qs.exclude(category=exclude_category)
    return list(qs.order_by("-date", "-pk")[:limit])
