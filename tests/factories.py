"""Factories for tests: a site tree with a home page, a news index, categories and articles."""

from __future__ import annotations

import datetime as dt
import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Locale, Page

from core.models import CustomImage, HomePage
from news.models import NewsCategory, NewsIndexPage, NewsPage


def home_page() -> HomePage:
    """The home page created by the migrations, rebuilt when a transactional test flushed it."""
    from core.importing import ensure_home_page

    # A flush also empties the locales, which the tree needs before any page can be added.
    Locale.objects.get_or_create(language_code="vi")
    return ensure_home_page()


def make_image(title: str = "Ảnh thử", credit: str = "Ảnh: Phòng Thi đua", size=(800, 500)) -> CustomImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (180, 30, 40)).save(buffer, "JPEG")
    image = CustomImage(title=title, credit=credit, licence="CC BY 4.0", description=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="thu.jpg")
    image.save()
    return image


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory
        django_get_or_create = ("name",)

    name = "Thi đua - Khen thưởng"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Tin tức"
    slug = "tin-tuc"
    parent = factory.LazyFunction(home_page)


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Tin thi đua số {n}")
    summary = "Sapo của bài viết về phong trào thi đua."
    date = factory.Sequence(lambda n: dt.date(2021, 8, 1) + dt.timedelta(days=n))
    category = factory.SubFactory(NewsCategoryFactory)
    source = "Theo Báo Hải Dương"
    parent = factory.LazyFunction(lambda: NewsIndexPage.objects.first() or NewsIndexPageFactory())


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page
