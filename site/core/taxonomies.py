"""Managed vocabularies shared by several content types."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from .normalise import NormalisedTextMixin
from .text import fold, slugify_vi


class VocabularyTerm(NormalisedTextMixin, models.Model):
    """A term editors manage: a name, an ASCII slug made from it, and a display order."""

    name = models.CharField("Tên", max_length=150, unique=True)
    slug = models.SlugField("Đường dẫn", max_length=150, unique=True, blank=True, help_text="Để trống để tự tạo từ tên.")
    sort_order = models.IntegerField("Thứ tự", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalise_text_fields()
        self.slug = slugify_vi(self.slug or self.name, max_length=150) or "muc"
        super().save(*args, **kwargs)

    @classmethod
    def lookup(cls, value: str | None):
        """The term named ``value`` (or with that slug), whatever the case or tone marks."""
        value = (value or "").strip()[:150]
        if not value:
            return None
        slug = slugify_vi(value)
        found = cls.objects.filter(Q(slug=slug) | Q(name__iexact=value)).first()
        if found is None:
            folded = fold(value)
            found = next((term for term in cls.objects.all() if fold(term.name) == folded), None)
        return found

    @classmethod
    def get_or_create_named(cls, name: str):
        term = cls.lookup(name)
        if term is None:
            term = cls.objects.create(name=name)
        return term


@register_snippet
class Field(VocabularyTerm):
    """Lĩnh vực: the domain a document, a movement or an exemplary person belongs to
    (thi đua - khen thưởng, giáo dục, y tế, nông nghiệp, an ninh - quốc phòng …)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"
