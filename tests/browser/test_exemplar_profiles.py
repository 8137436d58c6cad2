"""Profiles in a real browser: the index and a profile pass axe-core; filters and A–Z work."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, describe
from tests.exemplars.factories import ExemplarIndexPageFactory, ExemplarPageFactory, add_award, place
from tests.factories import make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def profiles(home):
    from core.taxonomies import Field

    index = ExemplarIndexPageFactory(parent=home)
    education = Field.get_or_create_named("Giáo dục")
    health = Field.get_or_create_named("Y tế")
    people = [
        ("Đào Thị Lan", "individual", education, "huyện Cẩm Giàng"),
        ("Nguyễn Văn Dũng", "individual", health, "huyện Thanh Hà"),
        ("Trường Mầm non Hoa Sen", "collective", education, "huyện Tứ Kỳ"),
    ]
    pages = []
    for name, kind, field, locality in people:
        page = ExemplarPageFactory(
            parent=index,
            title=name,
            kind=kind,
            field=field,
            locality=place(locality),
            photo=make_image(f"Chân dung {name}", credit="Ảnh: Ban Thi đua - Khen thưởng"),
            photo_caption=f"{name} tại nơi làm việc",
            story=[{"type": "paragraph", "value": "<p>Nhiều năm gắn bó với cơ sở, được nhân dân tin yêu.</p>"}],
        )
        add_award(page, "Chiến sĩ thi đua cơ sở", year=2022, decision="123/QĐ-UBND", issuer="UBND tỉnh Hải Dương")
        page.save_revision().publish()
        pages.append(page)
    return index, pages


@pytest.mark.parametrize("which", ["index", "filtered", "profile"])
def test_profile_pages_have_no_serious_accessibility_violation(browser_page, live_server, profiles, which):
    index, pages = profiles
    url = {"index": index.url, "filtered": f"{index.url}?kind=ca-nhan&field=giao-duc", "profile": pages[0].url}[which]
    browser_page.goto(live_server.url + url)
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)


def test_filtering_by_kind_and_letter_in_the_browser(browser_page, live_server, profiles):
    index, _pages = profiles
    browser_page.goto(live_server.url + index.url)
    names = browser_page.locator(".profile-card h2, .profile-card h3")
    # Vietnamese order: Dũng (given name D) before Đào Thị Lan (given name L); Hoa Sen under H.
    expect(names.first).to_contain_text("Nguyễn Văn Dũng")
    browser_page.select_option("#filter-kind", label="Tập thể")
    browser_page.get_by_role("button", name="Lọc").click()
    expect(names).to_have_count(1)
    expect(names.first).to_contain_text("Trường Mầm non Hoa Sen")
