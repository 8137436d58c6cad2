"""Search in a real browser: results and empty state pass axe; suggestions work from the keyboard."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, describe
from tests.factories import NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def content(news_index):
    pages = [
        NewsPageFactory(
            parent=news_index,
            title=f"Phong trào thi đua yêu nước đợt {n}",
            summary="Ủy ban nhân dân tỉnh phát động phong trào thi đua theo Chỉ thị 13/CT-UBND.",
            date=dt.date(2021, 8, 25) + dt.timedelta(days=30 * n),
        )
        for n in range(1, 14)
    ]
    for page in pages:
        page.save_revision().publish()
    from django.core.management import call_command

    # The engine's index follows publishing; rebuilding makes the test independent of that.
    call_command("update_index", verbosity=0)
    return pages


@pytest.mark.parametrize("query", ["thi dua", "không có gì khớp zzzz"])
def test_results_and_empty_state_have_no_serious_accessibility_violation(browser_page, live_server, content, query):
    browser_page.goto(f"{live_server.url}/tim-kiem/?q={query}")
    expect(browser_page.locator("h1")).to_have_text("Tìm kiếm")
    if "zzzz" in query:
        expect(browser_page.get_by_text("Không tìm thấy kết quả nào")).to_be_visible()
    else:
        expect(browser_page.locator(".search-result mark").first).to_be_visible()
        expect(browser_page.get_by_role("group", name="Loại nội dung")).to_be_visible()
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)


def test_suggestions_from_the_keyboard(browser_page, live_server, content):
    browser_page.goto(live_server.url + "/")
    field = browser_page.get_by_role("combobox", name="Tìm kiếm trên trang")
    expect(field).to_have_attribute("aria-expanded", "false")
    field.click()
    field.press_sequentially("phong trao thi d", delay=20)
    listbox = browser_page.get_by_role("listbox", name="Gợi ý tìm kiếm")
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    count = options.count()
    assert count >= 1
    expect(browser_page.locator('#q-header ~ [role="status"]')).to_have_text(f"Có {count} gợi ý")
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)

    field.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    title = first.locator(".search-suggest__title").inner_text()
    field.press("Escape")
    expect(listbox).to_be_hidden()
    field.press("ArrowDown")
    field.press("Enter")
    browser_page.wait_for_url(lambda url: "/tim-kiem/" not in url and url.rstrip("/") != live_server.url)
    expect(browser_page.locator("h1")).to_have_text(title)


def test_search_works_without_javascript(chromium, live_server, content):
    context = chromium.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    field = page.locator("#q-header")
    expect(field).not_to_have_attribute("role", "combobox")
    field.fill("chi thi 13")
    field.press("Enter")
    expect(page.locator(".listing__count")).to_contain_text("kết quả cho “chi thi 13”")
    page.get_by_label("Tin tức").check()
    page.get_by_role("button", name="Lọc kết quả").click()
    assert "type=news" in page.url
    context.close()
