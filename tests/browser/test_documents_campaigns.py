"""The document library, a document and a campaign in a real browser, filled with the demo's own content.

No serious accessibility violation, and what a citizen does there works: narrowing the library by
document type, typing a number loosely, reading a campaign's stage and opening its directive.
"""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, describe
from tests.factories import NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo(news_index):
    """The demo documents (with their PDFs) and campaigns as ``load_demo`` makes them, plus one
    news article about the main campaign."""
    from core.demo import loading

    home = news_index.get_parent().specific
    documents = loading.load_documents(home)
    campaigns = loading.load_campaigns(home, documents.pages, images={})
    main = campaigns.pages[1]
    article = NewsPageFactory(
        parent=news_index,
        title="UBND tỉnh phát động thi đua giai đoạn 2021 - 2025",
        date=dt.date(2021, 8, 26),
        campaign=main,
    )
    article.save_revision().publish()
    by_number = {page.number: page for page in documents.pages.values()}
    return {"library": documents.parent, "campaigns": campaigns.parent, "main": main, "documents": by_number}


@pytest.mark.parametrize("target", ["library_filtered", "document", "campaign", "campaign_index"])
def test_pages_have_no_serious_accessibility_violation(browser_page, live_server, demo, target):
    urls = {
        "library_filtered": demo["library"].url + "?doc_type=chi-thi&status=con-hieu-luc",
        "document": demo["documents"]["13/CT-UBND"].url,
        "campaign": demo["main"].url,
        "campaign_index": demo["campaigns"].url,
    }
    browser_page.goto(live_server.url + urls[target])
    expect(browser_page.locator("h1")).to_be_visible()
    violations = axe_violations(browser_page)
    assert not violations, describe(violations)


def test_choosing_a_document_type_narrows_the_table(browser_page, live_server, demo):
    browser_page.goto(live_server.url + demo["library"].url)
    rows = browser_page.locator(".library-table tbody tr")
    everything = rows.count()
    assert everything == len(demo["documents"])

    browser_page.get_by_label("Loại văn bản").select_option(label="Chỉ thị")
    browser_page.get_by_role("button", name="Tìm văn bản").click()

    expect(browser_page).to_have_url(re.compile(r"doc_type=chi-thi"))
    expect(rows).to_have_count(2)
    numbers = set(browser_page.locator(".library-table__number").all_inner_texts())
    assert numbers == {"13/CT-UBND", "34-CT/TW"}
    expect(browser_page.get_by_label("Loại văn bản")).to_have_value("chi-thi")


def test_a_loosely_typed_number_opens_the_directive(browser_page, live_server, demo):
    directive = demo["documents"]["13/CT-UBND"]
    browser_page.goto(live_server.url + demo["library"].url)
    browser_page.get_by_label("Số ký hiệu", exact=True).fill("13 ct-ubnd")
    browser_page.get_by_role("button", name="Tìm văn bản").click()

    expect(browser_page).to_have_url(live_server.url + directive.url)
    expect(browser_page.locator("h1")).to_have_text(directive.title)
    expect(browser_page.get_by_text("Ủy ban nhân dân tỉnh Hải Dương").first).to_be_visible()
    # The generated PDF is offered for download with its type and size.
    download = browser_page.locator(".document-files a")
    expect(download).to_have_text("Chỉ thị 13/CT-UBND")
    expect(browser_page.locator(".document-files__info")).to_contain_text(re.compile(r"PDF.*KB", re.IGNORECASE))


def test_campaign_page_shows_its_stage_and_leads_to_its_directive(browser_page, live_server, demo):
    campaign = demo["main"]
    browser_page.goto(live_server.url + campaign.url)

    current = browser_page.locator("[aria-current='step']")
    expect(current).to_have_count(1)
    expect(current).to_contain_text("Đã kết thúc")
    expect(browser_page.locator(".stage-badge").first).to_contain_text("Đã kết thúc")
    expect(browser_page.get_by_role("link", name=re.compile("UBND tỉnh phát động thi đua"))).to_be_visible()
    expect(browser_page.get_by_role("link", name="112/BC-UBND")).to_be_visible()

    directive = demo["documents"]["13/CT-UBND"]
    browser_page.get_by_role("link", name=directive.title).first.click()
    expect(browser_page).to_have_url(live_server.url + directive.url)
    expect(browser_page.locator(".document__kind")).to_have_text("Chỉ thị số 13/CT-UBND")
