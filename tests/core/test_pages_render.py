"""The shared layout, the home page, the search page and the error pages as a visitor sees them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from wagtail.models import Site

from core.models import MenuItem, OfficeSettings, RelatedLink
from core.templatetags.site_tags import file_extension, vi_filesize
from tests.factories import NewsCategoryFactory, NewsPageFactory, make_image, publish

pytestmark = pytest.mark.django_db


def _html(response, status: int = 200) -> str:
    assert response.status_code == status
    return response.content.decode()


@pytest.fixture
def office(home):
    office = OfficeSettings.for_site(Site.objects.get(is_default_site=True))
    office.address = "Số 1 đường Thi Đua, thành phố Hải Dương"
    office.phone = "0220 3 000 000"
    office.email = "bantdkt@example.vn"
    office.responsible_person = "Trưởng ban Thi đua - Khen thưởng"
    office.licence_note = "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
    office.save()
    return office


@pytest.fixture
def news(news_index):
    image = make_image("Hội nghị phát động thi đua")
    main = NewsCategoryFactory(name="Thi đua - Khen thưởng")
    notices = NewsCategoryFactory(name="Thông báo")
    pages = [
        NewsPageFactory(parent=news_index, title=f"Tin thi đua {n}", date=dt.date(2021, 8, n), category=main, hero_image=image)
        for n in range(1, 8)
    ]
    pages.append(NewsPageFactory(parent=news_index, title="Thông báo họp Hội đồng", date=dt.date(2021, 9, 1), category=notices))
    return pages


# Layout


def test_layout_is_vietnamese_with_skip_link_and_landmarks(client, home, office):
    html = _html(client.get(home.url))
    assert '<html lang="vi">' in html
    assert '<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>' in html
    assert '<main id="noi-dung"' in html
    assert '<nav class="site-nav" aria-label="Điều hướng chính">' in html
    assert "<header" in html and "<footer" in html


def test_header_and_footer_show_office_details(client, home, office):
    RelatedLink.objects.create(setting=office, label="Cổng thông tin tỉnh", link_url="https://example.gov.vn/")
    html = _html(client.get(home.url))
    assert "Ban Thi đua - Khen thưởng tỉnh Hải Dương" in html
    assert "Sở Nội vụ tỉnh Hải Dương" in html
    for text in (office.address, office.phone, office.email, office.responsible_person, office.licence_note):
        assert text in html
    assert "Liên kết website" in html
    assert '<a href="https://example.gov.vn/">Cổng thông tin tỉnh</a>' in html


def test_header_search_field_is_labelled(client, home, office):
    html = _html(client.get(home.url))
    assert 'action="/tim-kiem/"' in html
    assert '<label class="visually-hidden" for="q-header">' in html
    assert '<input id="q-header" type="search" name="q"' in html


def test_menu_falls_back_to_pages_shown_in_menus(client, home, news_index):
    news_index.show_in_menus = True
    publish(news_index)
    html = _html(client.get(news_index.url))
    assert f'<a href="{news_index.url}" aria-current="page">{news_index.title}</a>' in html
    assert '<a href="/">Trang chủ</a>' in html


def test_menu_uses_editors_items_and_marks_the_section(client, home, office, news):
    news_index = news[0].get_parent()
    MenuItem.objects.create(setting=office, label="Tin tức - Sự kiện", link_page=news_index, sort_order=1)
    MenuItem.objects.create(setting=office, label="Cổng tỉnh", link_url="https://example.gov.vn/", sort_order=2)
    html = _html(client.get(news[0].url))
    assert f'<a href="{news_index.url}" aria-current="true">Tin tức - Sự kiện</a>' in html
    assert '<a href="https://example.gov.vn/">Cổng tỉnh</a>' in html
    # The editors' menu replaces the automatic one.
    assert '<a href="/">Trang chủ</a></li>' not in html.split("</nav>")[0]


# Home page


def test_home_shows_lead_news_more_news_and_notices(client, home, office, news):
    html = _html(client.get(home.url))
    lead = html[html.index('<article class="lead-news">') :]
    assert "Tin thi đua 7" in lead[: lead.index("</article>")]
    assert "Tin thi đua 6" in html
    notices = html[html.index('id="home-notices-title"') :]
    assert "Thông báo họp Hội đồng" in notices
    assert "01/09/2021" in notices


def test_home_hides_empty_highlight_and_profiles(client, home, office, news):
    html = _html(client.get(home.url))
    assert "Phong trào thi đua nổi bật" not in html
    assert "Gương điển hình tiên tiến" not in html


def test_home_shows_highlight_chosen_by_editors(client, home, office, news):
    home.highlight = news[2]
    home.highlight_text = "Phong trào trọng tâm của năm."
    publish(home)
    html = _html(client.get(home.url))
    highlight = html[html.index('id="home-highlight-title"') :]
    assert news[2].title in highlight
    assert "Phong trào trọng tâm của năm." in highlight


def test_home_query_count_is_bounded(client, home, office, news, django_assert_max_num_queries):
    client.get(home.url)  # first visit makes the image renditions
    # Measured 19: routing, the home blocks (with the newest campaign and profiles as fallbacks),
    # settings, menu, one query for all renditions. The number does not grow with the content.
    with django_assert_max_num_queries(20):
        _html(client.get(home.url))


# Search and error pages


def test_search_page_is_not_indexed_and_shows_results(client, home, office, news):
    html = _html(client.get("/tim-kiem/", {"q": "Hội đồng"}))
    assert '<meta name="robots" content="noindex">' in html
    # The matched words are highlighted inside the title.
    assert "Thông báo họp <mark>Hội đồng</mark>" in html
    assert "Tin tức" in html


def test_search_without_results_gives_suggestions(client, home, office):
    html = _html(client.get("/tim-kiem/", {"q": "không có gì khớp zzzz"}))
    assert "Không tìm thấy kết quả nào" in html
    assert "Gợi ý" in html


def test_unknown_address_gives_vietnamese_404_with_search(client, home, office):
    html = _html(client.get("/khong-co-trang-nay/"), status=404)
    assert "Không tìm thấy trang" in html
    assert '<a href="/">trang chủ</a>' in html
    assert '<input id="q-404" type="search" name="q"' in html


def test_500_page_renders_without_context_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert '<html lang="vi">' in html
    assert "Hệ thống đang gặp sự cố" in html


# Template helpers


@pytest.mark.parametrize(
    ("size", "expected"),
    [(512, "512 byte"), (850 * 1024, "850 KB"), (int(1.2 * 1024 * 1024), "1,2 MB"), (5 * 1024 * 1024, "5 MB"), (1500, "1,5 KB"), (None, "")],
)
def test_file_size_is_written_the_vietnamese_way(size, expected):
    assert vi_filesize(size) == expected


def test_file_extension_is_upper_case():
    assert file_extension("documents/bao-cao-tong-ket.pdf") == "PDF"
    assert file_extension("khong-co-duoi") == ""
