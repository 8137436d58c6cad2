"""Exemplary people and units (điển hình tiên tiến): places, the award vocabulary, profiles with
their awards, citizens' nominations, and public comment on proposed commendations.

Nominators' and commenters' names and contacts live only in ``Nomination`` and ``PublicComment``:
neither is a page, neither is indexed for search, neither is exposed by the API.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.api_fields import ImageRenditionsField
from core.blocks import BodyBlock
from core.models import BasePage
from core.normalise import NormalisedTextMixin
from core.taxonomies import VocabularyTerm
from core.text import fold

from .collation import sort_name_for
from .page_forms import ExemplarPageForm
from .serializers import AwardsField, CampaignsField, NameField, PhotoField


class ExemplarKind(models.TextChoices):
    INDIVIDUAL = "individual", "Cá nhân"
    COLLECTIVE = "collective", "Tập thể"
    HOUSEHOLD = "household", "Hộ gia đình"


class CycleStage(models.TextChoices):
    """The cycle the directive names: discover, nurture, sum up, replicate."""

    DISCOVERED = "phat-hien", "Phát hiện"
    NURTURED = "boi-duong", "Bồi dưỡng"
    SUMMED_UP = "tong-ket", "Tổng kết"
    REPLICATED = "nhan-rong", "Nhân rộng"


class LocalityLevel(models.TextChoices):
    PROVINCE = "tinh", "Tỉnh, thành phố trực thuộc trung ương"
    DISTRICT = "huyen", "Huyện, thị xã, thành phố thuộc tỉnh"
    COMMUNE = "xa", "Xã, phường, thị trấn"


@register_snippet
class Locality(NormalisedTextMixin, models.Model):
    """A place as it was named at a time. Mergers add a successor instead of renaming, so a 2021
    profile keeps "huyện Cẩm Giàng, tỉnh Hải Dương" after the 2025 reorganisation."""

    name = models.CharField("Tên địa danh", max_length=255, unique=True, help_text="Ví dụ: huyện Cẩm Giàng, tỉnh Hải Dương.")
    level = models.CharField("Cấp", max_length=10, choices=LocalityLevel.choices, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name="Thuộc", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    valid_until = models.DateField("Tồn tại đến ngày", null=True, blank=True, help_text="Ngày sáp nhập, giải thể (nếu có).")
    successor = models.ForeignKey(
        "self",
        verbose_name="Sáp nhập vào",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("level"),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("valid_until"), FieldPanel("successor")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "địa bàn"
        verbose_name_plural = "địa bàn"

    def __str__(self) -> str:
        return self.name


class AwardCategory(models.TextChoices):
    EMULATION_TITLE = "danh-hieu", "Danh hiệu thi đua"
    COMMENDATION = "khen-thuong", "Hình thức khen thưởng"


@register_snippet
class AwardTitle(VocabularyTerm):
    """The award vocabulary of the Law on Emulation and Commendation 2022: emulation titles
    (Chiến sĩ thi đua …, Cờ thi đua …) and forms of commendation (Huân chương, Bằng khen …).
    ``rank`` orders them so a card can show a person's highest award."""

    category = models.CharField("Nhóm", max_length=20, choices=AwardCategory.choices)
    rank = models.PositiveIntegerField(
        "Thứ bậc", default=0, help_text="Số lớn hơn là danh hiệu, hình thức khen thưởng cao hơn."
    )

    panels = [*VocabularyTerm.panels, FieldPanel("category"), FieldPanel("rank")]

    class Meta(VocabularyTerm.Meta):
        ordering = ["-rank", "name"]
        verbose_name = "danh hiệu, hình thức khen thưởng"
        verbose_name_plural = "danh hiệu, hình thức khen thưởng"


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("image", ImageChooserBlock(label="Ảnh")),
                ("caption", blocks.CharBlock(label="Chú thích", required=False, max_length=500)),
            ]
        ),
        label="Ảnh",
    )

    class Meta:
        icon = "image"
        label = "Bộ sưu tập ảnh"
        template = "components/blocks/gallery.html"


class StoryBlock(BodyBlock):
    """A profile's story: the article body blocks plus a photo gallery."""

    gallery = GalleryBlock()


class ExemplarIndexPage(BasePage):
    """All profiles, filterable by kind, field, place, award, campaign and year, A–Z in Vietnamese order."""

    intro = models.TextField("Giới thiệu", blank=True)
    per_page = models.PositiveSmallIntegerField("Số gương mỗi trang", default=24)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["exemplars.ExemplarPage", "exemplars.PublicCommentPage", "exemplars.NominationFormPage"]
    template = "exemplars/exemplar_index_page.html"

    class Meta:
        verbose_name = "danh sách gương điển hình"
        verbose_name_plural = "danh sách gương điển hình"

    def exemplars(self):
        """The live profiles of this index, in no particular order."""
        return ExemplarPage.objects.live().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        from .listing import exemplar_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(exemplar_listing(self, request))
        context.update(participation(self))
        return context


class ExemplarPage(BasePage):
    """A profile of an exemplary individual, collective or household, with the story and the awards."""

    kind = models.CharField("Loại", max_length=20, choices=ExemplarKind.choices, default=ExemplarKind.INDIVIDUAL, db_index=True)
    photo = models.ForeignKey(
        "core.CustomImage", verbose_name="Ảnh chân dung / ảnh đơn vị", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_caption = models.CharField("Chú thích ảnh", max_length=500, blank=True)
    role = models.CharField("Chức vụ, đơn vị", max_length=255, blank=True)
    locality = models.ForeignKey(
        Locality, verbose_name="Địa bàn (tên tại thời điểm ghi nhận)", null=True, blank=True, on_delete=models.PROTECT, related_name="exemplars"
    )
    field = models.ForeignKey(
        "core.Field", verbose_name="Lĩnh vực", null=True, blank=True, on_delete=models.SET_NULL, related_name="exemplars"
    )
    summary = models.TextField("Tóm tắt", blank=True)
    story = StreamField(StoryBlock(), verbose_name="Câu chuyện", blank=True)
    campaigns = ParentalManyToManyField("campaigns.CampaignPage", verbose_name="Phong trào thi đua", blank=True, related_name="exemplars")
    stage = models.CharField(
        "Giai đoạn", max_length=20, choices=CycleStage.choices, default=CycleStage.DISCOVERED,
        help_text="Phát hiện → bồi dưỡng → tổng kết → nhân rộng điển hình tiên tiến.",
    )
    date = models.DateField("Ngày đăng", null=True, blank=True)
    source = models.CharField("Nguồn", max_length=255, blank=True)
    sort_name = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    # Consent of a living person to be published: kept for the office, never shown or exported.
    is_living_person = models.BooleanField("Là người đang sống", default=True)
    consent_recorded = models.BooleanField("Đã có sự đồng ý công bố", default=False)
    consent_date = models.DateField("Ngày đồng ý", null=True, blank=True)
    consent_note = models.CharField(
        "Ghi chú về sự đồng ý", max_length=500, blank=True, help_text="Ví dụ: văn bản đồng ý lưu tại hồ sơ số …; không công khai."
    )
    import_id = models.CharField("Mã nhập khẩu", max_length=255, blank=True, db_index=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("stage")]),
                FieldPanel("role"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("field")]),
                FieldPanel("campaigns"),
            ],
            heading="Thông tin",
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_caption")], heading="Ảnh"),
        FieldPanel("summary"),
        FieldPanel("story"),
        InlinePanel("awards", label="Khen thưởng"),
        MultiFieldPanel(
            [
                FieldPanel("is_living_person"),
                FieldPanel("consent_recorded"),
                FieldPanel("consent_date"),
                FieldPanel("consent_note"),
            ],
            heading="Sự đồng ý công bố (không công khai)",
        ),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("source")], heading="Đăng tải"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("role", boost=2),
        index.SearchField("summary", boost=2),
        index.SearchField("story"),
        index.FilterField("kind"),
        index.FilterField("field"),
        index.FilterField("locality"),
        index.RelatedFields("locality", [index.SearchField("name")]),
        index.RelatedFields("awards", [index.SearchField("title_text")]),
    ]

    # What partners may reuse, with the import format's values; consent fields are never listed.
    api_fields = [
        APIField("kind"),
        APIField("kind_display", serializer=serializers.CharField(source="get_kind_display", read_only=True)),
        APIField("role"),
        APIField("locality", serializer=NameField()),
        APIField("field", serializer=NameField()),
        APIField("awards", serializer=AwardsField()),
        APIField("campaigns", serializer=CampaignsField()),
        APIField("photo", serializer=PhotoField()),
        APIField("photo_renditions", serializer=ImageRenditionsField(source="photo")),
        APIField("summary"),
        APIField("story"),
        APIField("stage"),
        APIField("stage_display", serializer=serializers.CharField(source="get_stage_display", read_only=True)),
        APIField("date"),
        APIField("source"),
    ]

    parent_page_types = ["exemplars.ExemplarIndexPage"]
    subpage_types: list[str] = []
    template = "exemplars/exemplar_page.html"
    base_form_class = ExemplarPageForm

    class Meta:
        verbose_name = "gương điển hình"
        verbose_name_plural = "gương điển hình"

    def clean(self) -> None:
        super().clean()
        # Set by the admin form (publish or submit pressed); elsewhere a live page is a published one.
        publishing = getattr(self, "publishing", None)
        if publishing is None:
            publishing = self.live
        if self.kind == ExemplarKind.INDIVIDUAL and self.is_living_person and publishing and not self.consent_recorded:
            raise ValidationError({"consent_recorded": "Cần ghi nhận sự đồng ý của người được giới thiệu trước khi xuất bản."})

    def save(self, *args, **kwargs):
        # Stored so that the database sorts and paginates in Vietnamese order (see collation).
        self.sort_name = sort_name_for(self.title, individual=self.kind == ExemplarKind.INDIVIDUAL)
        return super().save(*args, **kwargs)

    @cached_property
    def award_list(self) -> list[Award]:
        """The awards in the editors' order (uses a ``prefetch_related("awards")`` when there is one)."""
        return list(self.awards.all())

    @cached_property
    def awards_timeline(self) -> list[Award]:
        """Awards oldest first, those without a year last."""
        return sorted(self.award_list, key=lambda award: (award.year is None, award.year or 0))

    @cached_property
    def highest_award(self) -> Award | None:
        """The most senior award of the vocabulary (the latest when two rank alike); without one,
        the latest award written as free text."""
        titled = [award for award in self.award_list if award.title_id]
        if titled:
            return max(titled, key=lambda award: (award.title.rank, award.year or 0))
        free = [award for award in self.award_list if award.title_text]
        if free:
            return max(free, key=lambda award: award.year or 0)
        return None

    @cached_property
    def locality_label(self) -> str:
        """The place as named at the time, with its province: "huyện Cẩm Giàng, tỉnh Hải Dương"."""
        place = self.locality
        if place is None:
            return ""
        parent = place.parent
        if parent is not None and fold(parent.name) not in fold(place.name):
            return f"{place.name}, {parent.name}"
        return place.name

    @cached_property
    def locality_now(self) -> str:
        """What the place belongs to today when it was merged ("thành phố Hải Phòng"), else ""."""
        place, seen = self.locality, set()
        while place is not None and place.pk not in seen:
            seen.add(place.pk)
            if place.successor_id:
                return place.successor.name
            place = place.parent
        return ""

    @property
    def stage_steps(self) -> list[tuple[str, str, str]]:
        """(value, label, "done" / "current" / "todo") for every stage of the cycle, in order."""
        values = list(CycleStage.values)
        current = values.index(self.stage) if self.stage in values else 0
        states = []
        for position, (value, label) in enumerate(CycleStage.choices):
            state = "done" if position < current else "current" if position == current else "todo"
            states.append((value, label, state))
        return states

    @cached_property
    def live_campaigns(self) -> list:
        """The published campaigns this profile stands for (also in a preview, before saving)."""
        return sorted((campaign for campaign in self.campaigns.all() if campaign.live), key=lambda campaign: campaign.pk)


class Award(Orderable):
    """One award in a profile's record: title from the vocabulary (or free text), year,
    decision number (linked to the library's document when it has it) and issuing body."""

    exemplar = ParentalKey(ExemplarPage, related_name="awards", on_delete=models.CASCADE)
    title = models.ForeignKey(
        AwardTitle, verbose_name="Danh hiệu / hình thức khen thưởng", null=True, blank=True, on_delete=models.PROTECT, related_name="awards"
    )
    title_text = models.CharField(
        "Tên khác (nếu danh mục chưa có)", max_length=255, blank=True,
    )
    year = models.PositiveSmallIntegerField("Năm", null=True, blank=True)
    decision = models.CharField("Số quyết định", max_length=100, blank=True)
    decision_document = models.ForeignKey(
        "directives.DocumentPage", verbose_name="Văn bản quyết định", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issuer = models.CharField("Cơ quan, cấp khen", max_length=255, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("title_text"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("decision")]),
        PageChooserPanel("decision_document", "directives.DocumentPage"),
        FieldPanel("issuer"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "khen thưởng"

    @property
    def display_title(self) -> str:
        return self.title.name if self.title_id else self.title_text

    def save(self, *args, **kwargs):
        # Linked once here rather than on every page view: the library's document with this number.
        if self.decision and self.decision_document_id is None:
            self.decision_document = find_decision(self.decision, self.year)
        return super().save(*args, **kwargs)

    @property
    def decision_page(self):
        """The decision's document page when the public can open it."""
        document = self.decision_document if self.decision_document_id else None
        return document if document is not None and document.live else None


def find_decision(number: str, year: int | None = None):
    """The library's document numbered ``number`` (any spelling): a published one first, then one
    issued in the award's year, since numbers restart every year."""
    from directives.models import DocumentPage
    from directives.numbers import number_key

    key = number_key(number)
    if not key:
        return None
    candidates = list(DocumentPage.objects.filter(number_key=key).only("pk", "live", "issued"))
    if not candidates:
        return None

    def preference(document) -> tuple:
        same_year = year is not None and document.issued is not None and document.issued.year == year
        return (not document.live, not same_year, -document.pk)

    return min(candidates, key=preference)


class NominationStatus(models.TextChoices):
    NEW = "moi", "Mới"
    VERIFYING = "dang-xac-minh", "Đang xác minh"
    PUBLISHED = "da-dang", "Đã đăng"
    REJECTED = "khong-phu-hop", "Không phù hợp"


def private_storage() -> FileSystemStorage:
    """Uploads from the public are kept outside MEDIA_ROOT: nothing serves them over HTTP."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT)


class Nomination(NormalisedTextMixin, models.Model):
    """A citizen's proposal of a good person or good deed (phát hiện). Private to editors."""

    nominee_name = models.CharField("Người / tập thể được đề xuất", max_length=255)
    deed = models.TextField("Việc tốt, thành tích")
    place = models.CharField("Ở đâu", max_length=255)
    when = models.CharField("Khi nào", max_length=100, blank=True)
    photo = models.ImageField("Ảnh", storage=private_storage, upload_to="nominations/%Y/%m/", blank=True)
    nominator_name = models.CharField("Họ tên người đề xuất", max_length=255)
    nominator_phone = models.CharField("Điện thoại người đề xuất", max_length=30, blank=True)
    nominator_email = models.EmailField("Thư điện tử người đề xuất", blank=True)
    status = models.CharField("Trạng thái", max_length=20, choices=NominationStatus.choices, default=NominationStatus.NEW, db_index=True)
    editor_note = models.TextField("Ghi chú xác minh", blank=True)
    profile = models.ForeignKey(
        ExemplarPage, verbose_name="Hồ sơ gương điển hình", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("Ngày gửi", default=timezone.now, db_index=True)
    client_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "đề xuất gương người tốt, việc tốt"
        verbose_name_plural = "đề xuất gương người tốt, việc tốt"

    def __str__(self) -> str:
        return self.nominee_name


class PublicCommentPage(BasePage):
    """Lấy ý kiến nhân dân: candidates for a high award published for comment between two dates."""

    intro = models.TextField("Giới thiệu", blank=True)
    award = models.CharField("Danh hiệu, hình thức đề nghị", max_length=255, blank=True)
    opens = models.DateTimeField("Mở lấy ý kiến từ")
    closes = models.DateTimeField("Đến hết")
    contact_note = models.TextField("Cách gửi ý kiến khác (thư, điện thoại)", blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("award"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        InlinePanel("candidates", label="Ứng viên"),
        FieldPanel("contact_note"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["exemplars.ExemplarIndexPage"]
    subpage_types: list[str] = []
    template = "exemplars/public_comment_page.html"

    class Meta:
        verbose_name = "lấy ý kiến nhân dân"
        verbose_name_plural = "lấy ý kiến nhân dân"

    def clean(self) -> None:
        super().clean()
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "Thời hạn kết thúc phải sau thời điểm bắt đầu."})

    @cached_property
    def is_open(self) -> bool:
        now = timezone.now()
        return bool(self.opens and self.closes and self.opens <= now <= self.closes)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["candidates"] = self.candidates.select_related("exemplar", "exemplar__locality").order_by("sort_order")
        return context

    def serve(self, request, *args, **kwargs):
        from .comments import serve_page

        return serve_page(self, request)


class Candidate(Orderable):
    page = ParentalKey(PublicCommentPage, related_name="candidates", on_delete=models.CASCADE)
    exemplar = models.ForeignKey(ExemplarPage, verbose_name="Hồ sơ", on_delete=models.CASCADE, related_name="+")
    proposal = models.CharField("Đề nghị", max_length=255, blank=True, help_text="Ví dụ: Huân chương Lao động hạng Ba.")

    panels = [PageChooserPanel("exemplar", "exemplars.ExemplarPage"), FieldPanel("proposal")]

    class Meta(Orderable.Meta):
        verbose_name = "ứng viên"

    def __str__(self) -> str:
        return f"{self.exemplar.title} – {self.proposal}" if self.proposal else self.exemplar.title


class PublicComment(NormalisedTextMixin, models.Model):
    """A citizen's opinion on a candidate. Private to editors."""

    page = models.ForeignKey(PublicCommentPage, verbose_name="Đợt lấy ý kiến", on_delete=models.CASCADE, related_name="comments")
    candidate = models.ForeignKey(Candidate, verbose_name="Ứng viên", null=True, blank=True, on_delete=models.SET_NULL, related_name="comments")
    name = models.CharField("Họ tên", max_length=255)
    contact = models.CharField("Điện thoại hoặc thư điện tử", max_length=255)
    message = models.TextField("Ý kiến")
    created_at = models.DateTimeField("Ngày gửi", default=timezone.now, db_index=True)
    client_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "ý kiến nhân dân"
        verbose_name_plural = "ý kiến nhân dân"

    def __str__(self) -> str:
        return f"{self.name} – {self.page.title}"


class NominationFormPage(BasePage):
    """The public form "Đề xuất gương người tốt, việc tốt"."""

    intro = models.TextField("Hướng dẫn", blank=True)
    thank_you = models.TextField("Lời cảm ơn", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    parent_page_types = ["exemplars.ExemplarIndexPage", "core.HomePage"]
    subpage_types: list[str] = []
    template = "exemplars/nomination_form_page.html"
    max_count = 1

    class Meta:
        verbose_name = "trang đề xuất gương người tốt, việc tốt"
        verbose_name_plural = "trang đề xuất gương người tốt, việc tốt"

    def serve(self, request, *args, **kwargs):
        from .nominations import serve_form

        return serve_form(self, request)


def participation(index: Page) -> dict:
    """Where citizens take part, shown above the profiles: the nomination form and the public
    comment notices that are open now or about to open."""
    now = timezone.now()
    return {
        "nomination_page": NominationFormPage.objects.live().first(),
        "comment_pages": list(
            PublicCommentPage.objects.live().descendant_of(index).filter(closes__gte=now).order_by("closes")[:3]
        ),
    }
