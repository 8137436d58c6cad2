"""Factories for exemplar tests: the index, profiles with awards, places and the award vocabulary.

The award vocabulary and the places of Hải Dương are seeded by the app's migrations, so
``award_title("Chiến sĩ thi đua cơ sở")`` and ``place("huyện Cẩm Giàng")`` find them.
"""

from __future__ import annotations

import datetime as dt

import factory
import wagtail_factories

from exemplars.models import (
    Award,
    AwardTitle,
    ExemplarIndexPage,
    ExemplarKind,
    ExemplarPage,
    Locality,
)
from tests.factories import home_page


class ExemplarIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ExemplarIndexPage

    title = "Gương điển hình"
    slug = "guong-dien-hinh"
    parent = factory.LazyFunction(home_page)


class ExemplarPageFactory(wagtail_factories.PageFactory):
    """A published-ready profile of a living individual whose consent is recorded."""

    class Meta:
        model = ExemplarPage

    title = factory.Sequence(lambda n: f"Nguyễn Văn Điển {n}")
    kind = ExemplarKind.INDIVIDUAL
    role = "Giáo viên Trường Tiểu học Cẩm Văn"
    summary = "Nhiều năm liền tận tụy với học sinh vùng nông thôn."
    date = dt.date(2023, 9, 5)
    consent_recorded = True
    consent_note = "Văn bản đồng ý lưu tại hồ sơ số 12/2023"
    parent = factory.LazyFunction(lambda: ExemplarIndexPage.objects.first() or ExemplarIndexPageFactory())


def award_title(name: str) -> AwardTitle:
    return AwardTitle.objects.get(name=name)


def place(name: str) -> Locality:
    return Locality.objects.get(name=name)


def add_award(page: ExemplarPage, title: str | None = None, *, text: str = "", year: int | None = None, **values) -> Award:
    """Record an award on ``page``: ``title`` from the vocabulary, or free ``text``."""
    return Award.objects.create(
        exemplar=page,
        title=award_title(title) if title else None,
        title_text=text,
        year=year,
        sort_order=page.awards.count(),
        **values,
    )
