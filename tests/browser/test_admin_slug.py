"""The admin's live slug field turns a Vietnamese title into an ASCII slug as the editor types."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "mat-khau-thu-123")


def login(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "quantri")
    page.fill("input[name=password]", "mat-khau-thu-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đặng Thùy Trâm", "dang-thuy-tram"),
        ("Tổng kết phong trào “Dân vận khéo”", "tong-ket-phong-trao-dan-van-kheo"),
        ("ĐẠI HỘI THI ĐUA YÊU NƯỚC LẦN THỨ V", "dai-hoi-thi-dua-yeu-nuoc-lan-thu-v"),
    ],
)
def test_typing_a_vietnamese_title_fills_an_ascii_slug(browser_page, live_server, admin_user, news_index, title, slug):
    login(browser_page, live_server)
    browser_page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{news_index.pk}/")
    browser_page.fill("#id_title", title)
    browser_page.locator("#id_title").blur()
    expect(browser_page.locator("#id_slug")).to_have_value(slug)
