"""``manage.py load_demo`` builds a browsable Vietnamese demo site and can be run again safely."""

from __future__ import annotations

import io
import re

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Site

from core.models import CustomImage, HomePage, OfficeSettings
from news.models import NewsIndexPage, NewsPage

SMALL = "160x90"


def load_demo(**options) -> str:
    out = io.StringIO()
    call_command("load_demo", image_size=SMALL, stdout=out, **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo twice, once for the whole module, inside a transaction rolled back at the end.

    Each test still runs in its own nested transaction (the ``db`` fixture), as in a Django
    ``TestCase`` with class-level data.
    """
    media = str(tmp_path_factory.mktemp("demo-media"))
    with (
        pytest.MonkeyPatch.context() as patch,
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        patch.setenv("DEMO_ADMIN_PASSWORD", "demo-pass-123")
        patch.setattr(django_settings, "MEDIA_ROOT", media)
        first = load_demo()
        counts = {
            "pages": Page.objects.count(),
            "images": CustomImage.objects.count(),
            "users": get_user_model().objects.count(),
        }
        second = load_demo()
        yield {"first": first, "second": second, "counts_after_first": counts, "media": media}
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_data, db, settings):
    # The conftest gives every test an empty media folder; the demo's images live in the module's.
    settings.MEDIA_ROOT = demo_data["media"]
    return demo_data


def test_demo_has_at_least_thirty_live_articles_over_several_years(demo):
    news = NewsPage.objects.live().filter(import_id__startswith="demo-")
    assert news.count() >= 30
    assert len({page.date.year for page in news}) >= 3
    assert all(page.first_published_at.date() <= page.date for page in news)


def test_every_demo_article_has_a_credited_hero_image_and_a_summary(demo):
    for page in NewsPage.objects.filter(import_id__startswith="demo-").select_related("hero_image"):
        assert page.hero_image is not None, page.title
        assert page.hero_image.credit == "Ảnh minh họa: Ban Thi đua - Khen thưởng"
        assert page.hero_image.licence == "CC BY 4.0"
        assert page.hero_image.description
        assert page.summary and page.source and page.category_id
        assert page.tags.exists()


def test_articles_cover_every_demo_category_and_use_rich_blocks(demo):
    news = list(NewsPage.objects.filter(import_id__startswith="demo-"))
    names = {page.category.name for page in news}
    assert {"Thi đua - Khen thưởng", "Thông báo", "Gương người tốt, việc tốt", "Hoạt động của Ban"} <= names
    block_types = {block.block_type for page in news for block in page.body}
    assert {"paragraph", "quote", "table", "image"} <= block_types


def test_article_is_published_at_eight_in_the_morning_local_time_of_its_date(demo):
    from django.utils import timezone

    page = NewsPage.objects.get(import_id="demo-n01")
    local = timezone.localtime(page.first_published_at)
    assert (local.date(), local.hour) == (page.date, 8)
    assert page.date.isoformat() == "2021-08-26"


def test_second_run_creates_no_duplicates(demo):
    counts = demo["counts_after_first"]
    assert Page.objects.count() == counts["pages"]
    assert CustomImage.objects.count() == counts["images"]
    assert get_user_model().objects.count() == counts["users"]
    ids = list(NewsPage.objects.filter(import_id__startswith="demo-").values_list("import_id", flat=True))
    assert len(ids) == len(set(ids))
    assert "(0 mới" in demo["second"]


def test_slugs_are_ascii_and_unique(demo):
    slugs = list(NewsPage.objects.filter(import_id__startswith="demo-").values_list("slug", flat=True))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)
    assert len(slugs) == len(set(slugs))


def test_office_settings_and_menu_are_set(demo):
    office = OfficeSettings.for_site(Site.objects.get(is_default_site=True))
    assert office.office_name == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert office.email.endswith(".gov.vn")
    assert office.phone.startswith("0220")
    menu = list(office.menu_items.all())
    assert [item.label for item in menu][:2] == ["Trang chủ", "Tin tức"]
    assert all(item.link_page_id or item.link_url for item in menu)
    links = {link.label: link.link_url for link in office.related_links.all()}
    assert links["Cổng Dịch vụ công quốc gia"].startswith("https://")
    assert "Cổng thông tin điện tử tỉnh Hải Dương" in links


def test_home_page_lists_notices_and_featured_news(demo, client):
    home = HomePage.objects.get()
    assert home.notices_category.name == "Thông báo"
    assert home.featured_news.count() >= 2
    response = client.get(home.url)
    assert response.status_code == 200
    featured = home.featured_news.first().page
    assert featured.title in response.content.decode()


def test_news_index_renders_and_filters_notices(demo, client):
    index = NewsIndexPage.objects.get(slug="tin-tuc")
    response = client.get(index.url)
    assert response.status_code == 200
    response = client.get(index.url, {"category": "thong-bao"})
    assert response.status_code == 200
    assert "Thông báo thời hạn gửi hồ sơ khen thưởng tổng kết năm 2023" in response.content.decode()


def test_search_finds_a_demo_article_by_a_word_of_its_title(demo):
    results = [page.title for page in Page.objects.live().search("hiến đất")]
    assert "Cựu chiến binh hiến đất mở đường làng ở Gia Lộc" in results


def test_admin_and_demo_editors_can_log_in(demo, client):
    assert client.login(username="admin", password="demo-pass-123")
    assert client.get("/admin/").status_code == 200
    User = get_user_model()
    assert User.objects.filter(username__in=["bientap", "duyettin"]).count() == 2
    assert "http://127.0.0.1:8000/admin/" in demo["first"]
    assert "Xong:" in demo["first"]
