import unicodedata

import pytest

from news.models import NewsCategory, NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_migrations_create_the_home_page_as_site_root(home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home
    assert home.title == "Trang chủ"


def test_slug_made_from_vietnamese_title_keeps_dd(news_index):
    page = NewsPage(title="Đặng Thùy Trâm – tấm gương sáng", summary="")
    news_index.add_child(instance=page)
    assert page.slug == "dang-thuy-tram-tam-guong-sang"


def test_typed_slug_with_tone_marks_is_folded_to_ascii(news_index):
    page = NewsPage(title="Tin", slug="tổng-kết-đợt-thi-đua")
    news_index.add_child(instance=page)
    assert page.slug == "tong-ket-dot-thi-dua"


def test_duplicate_titles_get_distinct_slugs(news_index):
    first = NewsPage(title="Hội nghị sơ kết")
    news_index.add_child(instance=first)
    second = NewsPage(title="Hội nghị sơ kết")
    news_index.add_child(instance=second)
    assert {first.slug, second.slug} == {"hoi-nghi-so-ket", "hoi-nghi-so-ket-2"}


def test_text_is_stored_nfc_with_clean_spaces(news_index):
    decomposed = unicodedata.normalize("NFD", "Phong trào\u00a0thi đua  yêu nước")
    page = NewsPage(title=decomposed, summary=decomposed, source=unicodedata.normalize("NFD", "Theo Báo Hải Dương"))
    news_index.add_child(instance=page)
    page.refresh_from_db()
    assert page.title == "Phong trào thi đua yêu nước"
    assert unicodedata.is_normalized("NFC", page.summary)
    assert page.source == "Theo Báo Hải Dương"


def test_streamfield_text_is_stored_nfc(news_index):
    body = [{"type": "quote", "value": {"text": unicodedata.normalize("NFD", "Càng khó khăn càng phải thi đua"), "attribution": ""}}]
    page = NewsPageFactory(parent=news_index, body=body)
    page.save_revision()
    page.refresh_from_db()
    assert page.body[0].value["text"] == "Càng khó khăn càng phải thi đua"
    assert unicodedata.is_normalized("NFC", page.body[0].value["text"])


def test_category_slug_is_ascii_and_lookup_forgives_case_and_marks(db):
    category = NewsCategory.objects.create(name="Thông báo")
    assert category.slug == "thong-bao"
    assert NewsCategory.lookup("thong-bao") == category
    assert NewsCategory.lookup("THÔNG BÁO") == category
    assert NewsCategory.lookup("") is None


def test_newer_and_older_news_are_same_category_neighbours(news_index):
    import datetime as dt

    from tests.factories import NewsCategoryFactory

    main = NewsCategoryFactory(name="Thi đua - Khen thưởng")
    other = NewsCategoryFactory(name="Thông báo")
    pages = [NewsPageFactory(parent=news_index, category=main, date=dt.date(2022, 1, d)) for d in range(1, 8)]
    NewsPageFactory(parent=news_index, category=other, date=dt.date(2022, 1, 5))
    middle = pages[3]
    assert [p.date.day for p in middle.newer_news] == [7, 6, 5]
    assert [p.date.day for p in middle.older_news] == [3, 2, 1]
