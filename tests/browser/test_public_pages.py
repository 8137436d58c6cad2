"""Citizens' pages in a real browser: no serious accessibility violation, usable on a phone."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, describe
from tests.factories import NewsCategoryFactory, NewsPageFactory, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def content(news_index):
    from wagtail.models import Site

    from core.models import OfficeSettings, RelatedLink

    site = Site.objects.get(is_default_site=True)
    office = OfficeSettings.for_site(site)
    office.address = "Số 1 đường Thi Đua, TP Hải Dương"
    office.phone = "0220 3 000 000"
    office.save()
    RelatedLink.objects.create(setting=office, label="Cổng thông tin điện tử tỉnh", link_url="https://example.gov.vn/")
    main = NewsCategoryFactory(name="Thi đua - Khen thưởng")
    notices = NewsCategoryFactory(name="Thông báo")
    image = make_image("Hội nghị tổng kết phong trào thi đua", credit="Ảnh: Ban Thi đua - Khen thưởng")
    pages = [
        NewsPageFactory(
            parent=news_index,
            title=f"Hội nghị sơ kết phong trào thi đua đợt {n}",
            category=main if n % 3 else notices,
            date=dt.date(2021 + n % 4, 1 + n % 12, 1 + n),
            hero_image=image,
            hero_caption="Quang cảnh hội nghị",
            body=[
                {"type": "paragraph", "value": "<p>Ủy ban nhân dân tỉnh biểu dương các tập thể tiêu biểu.</p>"},
                {"type": "quote", "value": {"text": "Càng khó khăn càng phải thi đua", "attribution": "Hồ Chí Minh"}},
            ],
        )
        for n in range(1, 15)
    ]
    for page in pages:
        page.tags.add("tổng kết")
        page.save_revision().publish()
    return pages


@pytest.mark.parametrize("path", ["home", "index", "article", "search", "not_found"])
def test_pages_have_no_serious_accessibility_violation(browser_page, live_server, content, news_index, path):
    urls = {
        "home": "/",
        "index": news_index.url,
        "article": content[5].url,
        "search": "/tim-kiem/?q=thi+đua",
        "not_found": "/khong-co-trang-nay/",
    }
    browser_page.goto(live_server.url + urls[path])
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)


def test_skip_link_is_first_and_moves_focus_to_main(browser_page, live_server, content):
    browser_page.goto(live_server.url + "/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert "Bỏ qua" in focused
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("location.hash") == "#noi-dung"


def test_article_shows_neighbours_with_dates_on_a_phone(chromium, live_server, content):
    context = chromium.new_context(locale="vi-VN", viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    article = content[4]
    page.goto(live_server.url + article.url)
    expect(page.locator("h1")).to_have_text(article.title)
    expect(page.get_by_text("Các tin cũ hơn")).to_be_visible()
    body_width = page.evaluate("document.documentElement.scrollWidth")
    assert body_width <= 360, "the page scrolls sideways on a phone"
    page.screenshot(path="test-artifacts/article-phone.png", full_page=True)
    context.close()
