"""The nomination and public comment forms in a real browser: no serious accessibility violation,
with or without errors on screen, and a nomination sent from the browser ends on the thank-you page."""

import datetime as dt
import io

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def forms(home):
    from tests.exemplars.form_helpers import comment_page, nomination_page, profile

    teacher = profile("Cô giáo Đỗ Thị Hạnh", role="Giáo viên Trường Tiểu học Cẩm Hưng", locality="huyện Cẩm Giàng")
    doctor = profile("Bác sĩ Vũ Minh Đức", role="Trung tâm Y tế huyện Kim Thành", locality="huyện Kim Thành")
    now = timezone.now()
    comments = comment_page(
        now - dt.timedelta(days=1),
        now + dt.timedelta(days=7),
        [(teacher, "Huân chương Lao động hạng Ba"), (doctor, "Bằng khen của Thủ tướng Chính phủ")],
    )
    return {"nomination": nomination_page(), "comment": comments}


@pytest.mark.parametrize("which", ["nomination", "comment"])
def test_forms_have_no_serious_accessibility_violation(browser_page, live_server, forms, which):
    browser_page.goto(live_server.url + forms[which].url)
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)


@pytest.mark.parametrize("which", ["nomination", "comment"])
def test_forms_with_errors_have_no_serious_accessibility_violation(browser_page, live_server, forms, which):
    browser_page.goto(live_server.url + forms[which].url)
    label = "Gửi đề xuất" if which == "nomination" else "Gửi ý kiến"
    browser_page.get_by_role("button", name=label).click()
    summary = browser_page.locator(".error-summary")
    expect(summary).to_be_visible()
    # The summary takes the focus so that a screen reader starts there.
    assert browser_page.evaluate("document.activeElement.classList.contains('error-summary')")
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)
    # Each link in the summary leads to its field.
    first_link = summary.locator("a").first
    target = first_link.get_attribute("href")
    first_link.click()
    assert browser_page.evaluate("location.hash") == target


def test_nomination_sent_from_the_browser_ends_on_the_thank_you_page(browser_page, live_server, forms):
    from PIL import Image

    from exemplars.models import Nomination

    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 40, 40)).save(buffer, "JPEG")
    page = browser_page
    page.goto(live_server.url + forms["nomination"].url)
    page.get_by_label("Người hoặc tập thể được đề xuất").fill("Anh Trần Văn Dũng")
    page.get_by_label("Việc tốt, thành tích").fill("Anh lao xuống sông cứu hai em nhỏ bị đuối nước.")
    page.get_by_label("Ở đâu").fill("xã Cẩm Hưng, huyện Cẩm Giàng")
    page.get_by_label("Khi nào (không bắt buộc)").fill("chiều 12/6/2023")
    page.get_by_label("Ảnh (không bắt buộc)").set_input_files(
        {"name": "anh.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}
    )
    page.get_by_label("Họ và tên của bạn").fill("Nguyễn Thị Lan")
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_label("Tôi đồng ý để Ban Thi đua - Khen thưởng liên hệ").check()
    page.get_by_role("button", name="Gửi đề xuất").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Cảm ơn bạn đã gửi đề xuất")
    assert page.url.endswith("?da-gui=1")
    assert "Nguyễn Thị Lan" not in page.content()
    nomination = Nomination.objects.get()
    assert nomination.nominee_name == "Anh Trần Văn Dũng"
    assert nomination.photo
    violations = axe_violations(page)
    assert not violations, describe(violations)
