"""The campaign index and the campaign page as a citizen sees them, and the news that link them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from campaigns.models import CampaignForm, ReviewStage
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    DocumentPageFactory,
    DocumentTypeFactory,
    link_documents,
)
from tests.factories import NewsPageFactory, make_image

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def years_ago(years: int, month: int = 1, day: int = 1) -> dt.date:
    return dt.date(TODAY.year - years, month, day)


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def _titles(html: str) -> list[str]:
    return re.findall(r'class="campaign-card__title"><a href="[^"]*">([^<]+)</a>', html)


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def campaigns(campaign_index):
    """Two current movements, two past ones of different years, one of each form."""
    return {
        "digital": CampaignPageFactory(
            parent=campaign_index,
            title="Chuyển đổi số giai đoạn 2021 - 2025",
            form=CampaignForm.THEMATIC,
            start=years_ago(1),
            end=dt.date(TODAY.year + 1, 12, 31),
            slogan="Chuyển đổi số vì người dân",
        ),
        "upcoming": CampaignPageFactory(
            parent=campaign_index,
            title="Doanh nghiệp hội nhập và phát triển",
            form=CampaignForm.REGULAR,
            start=dt.date(TODAY.year + 1, 1, 1),
            end=dt.date(TODAY.year + 2, 12, 31),
        ),
        "covid": CampaignPageFactory(
            parent=campaign_index,
            title="Thi đua đặc biệt phòng, chống dịch Covid-19",
            form=CampaignForm.SPECIAL,
            start=years_ago(5, 3, 1),
            end=years_ago(4, 6, 30),
            review_stage=ReviewStage.FINAL,
        ),
        "peak": CampaignPageFactory(
            parent=campaign_index,
            title="Cao điểm chung tay vì người nghèo",
            form=CampaignForm.PEAK,
            start=years_ago(3, 10, 1),
            end=years_ago(3, 11, 30),
        ),
    }


# Campaign index


def test_index_lists_current_campaigns_first_then_past_by_year(client, campaign_index, campaigns):
    html = _html(client.get(campaign_index.url))

    assert _titles(html) == [
        "Doanh nghiệp hội nhập và phát triển",
        "Chuyển đổi số giai đoạn 2021 - 2025",
        "Cao điểm chung tay vì người nghèo",
        "Thi đua đặc biệt phòng, chống dịch Covid-19",
    ]
    headings = re.findall(r'<h2 id="section-[^"]+" class="section-title">([^<]+)</h2>', html)
    assert headings == ["Đang và sắp triển khai", f"Năm {TODAY.year - 3}", f"Năm {TODAY.year - 4}"]


def test_index_shows_stage_period_and_slogan(client, campaign_index, campaigns):
    html = _html(client.get(campaign_index.url))

    assert "Sắp phát động" in html
    assert "Đang triển khai" in html
    assert "Đã kết thúc" in html
    assert "Tổng kết" in html  # the peak campaign ended without a final review yet
    digital = campaigns["digital"]
    assert f"Từ <time datetime=\"{digital.start:%Y-%m-%d}\">{digital.start:%d/%m/%Y}</time>" in html
    assert "“Chuyển đổi số vì người dân”" in html


@pytest.mark.parametrize("value", ["Đột xuất", "đột xuất", "DOT XUAT", "dot xuat", "dot-xuat", " Đột  xuất "])
def test_index_filters_by_form_as_the_import_format_writes_it(client, campaign_index, campaigns, value):
    html = _html(client.get(campaign_index.url, {"form": value}))

    assert _titles(html) == ["Thi đua đặc biệt phòng, chống dịch Covid-19"]
    assert '<option value="dot-xuat" selected>' in html


def test_index_filters_by_year_of_activity(client, campaign_index, campaigns):
    html = _html(client.get(campaign_index.url, {"year": str(TODAY.year - 4)}))

    # The Covid-19 movement ran through that year; the others had not begun or were elsewhere in time.
    assert _titles(html) == ["Thi đua đặc biệt phòng, chống dịch Covid-19"]

    html = _html(client.get(campaign_index.url, {"year": str(TODAY.year), "form": "theo chuyên đề"}))
    assert _titles(html) == ["Chuyển đổi số giai đoạn 2021 - 2025"]


def test_year_filter_offers_every_year_with_a_campaign(client, campaign_index, campaigns):
    html = _html(client.get(campaign_index.url))

    offered = [int(year) for year in re.findall(r'<option value="(\d{4})"', html)]
    assert offered == list(range(TODAY.year + 2, TODAY.year - 6, -1))


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"form": "hàng tuần"}, "Không có hình thức thi đua “hàng tuần”"),
        ({"year": "abc"}, "Năm “abc” không hợp lệ"),
        ({"year": "99999999999999999999999"}, "không hợp lệ"),
        ({"form": "x" * 5000}, "Không có hình thức thi đua “xxxxxxx"),
        ({"form": "<script>alert(1)</script>"}, "&lt;script&gt;"),
        ({"year": "2021\x00"}, "không hợp lệ"),
        ({"form": "abc\x00\x07"}, "Không có hình thức thi đua “abc”"),
    ],
)
def test_bad_filter_values_get_a_polite_message_and_the_full_list(client, campaign_index, campaigns, params, message):
    html = _html(client.get(campaign_index.url, params))

    assert message in html
    assert "<script>alert(1)</script>" not in html
    assert len(_titles(html)) == 4


@pytest.mark.parametrize("page", ["abc", "0", "-3", "999999", "1" * 40, ""])
def test_bad_page_numbers_show_the_nearest_page(client, campaign_index, campaigns, page):
    html = _html(client.get(campaign_index.url, {"page": page}))

    assert len(_titles(html)) == 4


def test_index_paginates_and_keeps_the_filter(client, campaign_index):
    for n in range(25):
        CampaignPageFactory(parent=campaign_index, title=f"Phong trào cao điểm {n:02d}", form=CampaignForm.PEAK)

    html = _html(client.get(campaign_index.url, {"form": "Cao điểm", "page": "2"}))

    assert len(_titles(html)) == 5
    assert 'href="?form=cao-diem&amp;page=1"' in html
    assert "Trang 2 / 2" in html


def test_empty_filter_result_says_so(client, campaign_index, campaigns):
    html = _html(client.get(campaign_index.url, {"year": "1990"}))

    assert "Chưa có phong trào nào phù hợp." in html
    assert _titles(html) == []


def test_index_query_count_is_bounded(client, campaign_index, django_assert_max_num_queries):
    for n in range(50):
        CampaignPageFactory(
            parent=campaign_index,
            title=f"Phong trào số {n}",
            start=years_ago(n % 8),
            end=years_ago(n % 8 - 1),
            field=None,
        )

    with django_assert_max_num_queries(20):
        html = _html(client.get(campaign_index.url))
    assert len(_titles(html)) == 20


# Campaign page


@pytest.fixture
def directive(home):
    return DocumentPageFactory(
        title="Chỉ thị về phát động thi đua thực hiện nhiệm vụ năm 2021 và giai đoạn 2021 - 2025",
        number="13/CT-UBND",
        issued=dt.date(2021, 8, 25),
        doc_type=DocumentTypeFactory(name="Chỉ thị"),
    )


@pytest.fixture
def campaign(campaigns, directive):
    page = campaigns["digital"]
    plan = DocumentPageFactory(
        title="Kế hoạch triển khai chuyển đổi số", number="120/KH-UBND", issued=dt.date(2021, 9, 10),
        doc_type=DocumentTypeFactory(name="Kế hoạch"),
    )
    link_documents(page, directive, plan)
    page.scope_detail = "Các sở, ban, ngành và UBND cấp huyện"
    page.launch_date = dt.date(2021, 8, 25)
    page.goals = "<p>Mỗi cơ quan có ít nhất một dịch vụ công trực tuyến toàn trình.</p>"
    page.criteria = "<ul><li>Tỷ lệ hồ sơ trực tuyến trên 80%.</li></ul>"
    page.hero_image = make_image("Lễ phát động chuyển đổi số")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_campaign_page_shows_its_facts(client, campaign):
    html = _html(client.get(campaign.url))

    assert "<h1 class=\"article__title\">Chuyển đổi số giai đoạn 2021 - 2025</h1>" in html
    assert '<blockquote class="campaign__slogan"><p>Chuyển đổi số vì người dân</p></blockquote>' in html
    assert "<dt>Hình thức</dt><dd>Theo chuyên đề</dd>" in html
    assert "<dt>Phạm vi</dt><dd>Toàn tỉnh: Các sở, ban, ngành và UBND cấp huyện</dd>" in html
    assert "<dt>Cơ quan phát động</dt><dd>Ủy ban nhân dân tỉnh Hải Dương</dd>" in html
    assert ">25/08/2021</time>" in html
    assert f">{campaign.end:%d/%m/%Y}</time>" in html
    assert "Mỗi cơ quan có ít nhất một dịch vụ công trực tuyến toàn trình." in html
    assert "Tỷ lệ hồ sơ trực tuyến trên 80%." in html
    assert "<picture>" in html
    assert '<nav class="breadcrumbs"' in html and ">Phong trào thi đua</a>" in html


def test_stage_timeline_marks_the_current_step_in_words(client, campaign):
    html = _html(client.get(campaign.url))

    steps = re.findall(r'<li class="stage-timeline__step[^"]*"[^>]*>\s*<span class="stage-timeline__label">([^<]+)</span>', html)
    assert steps == ["Sắp phát động", "Đang triển khai", "Sơ kết", "Tổng kết", "Đã kết thúc"]
    current = re.findall(r'aria-current="step">\s*<span class="stage-timeline__label">([^<]+)</span>\s*'
                         r'<span class="stage-timeline__state">\(giai đoạn hiện tại\)</span>', html)
    assert current == ["Đang triển khai"]


def test_campaign_page_lists_its_documents(client, campaign, directive):
    html = _html(client.get(campaign.url))

    documents = html[html.index('id="documents-title"'):]
    assert documents.index("13/CT-UBND") < documents.index("120/KH-UBND")
    assert f'href="{directive.url}"' in documents
    assert "25/08/2021" in documents and "10/09/2021" in documents
    assert "Văn bản phát động" in documents and "Văn bản hướng dẫn" in documents
    assert "(Chỉ thị)" in documents


def test_unpublished_document_is_not_listed(client, campaign, directive):
    directive.unpublish()

    html = _html(client.get(campaign.url))

    assert "13/CT-UBND" not in html
    assert "120/KH-UBND" in html


def test_review_reports_appear_only_once_published(client, campaign):
    interim = DocumentPageFactory(title="Báo cáo sơ kết 3 năm chuyển đổi số", number="85/BC-UBND", live=False)
    final = DocumentPageFactory(title="Báo cáo tổng kết chuyển đổi số", number="12/BC-UBND", live=True)
    campaign.interim_report = interim
    campaign.final_report = final
    campaign.review_stage = ReviewStage.INTERIM
    campaign.save_revision().publish()

    html = _html(client.get(campaign.url))
    assert "Báo cáo tổng kết:" in html
    assert "12/BC-UBND – Báo cáo tổng kết chuyển đổi số" in html
    assert "85/BC-UBND" not in html

    interim.save_revision().publish()
    html = _html(client.get(campaign.url))
    assert "Báo cáo sơ kết:" in html
    assert "85/BC-UBND – Báo cáo sơ kết 3 năm chuyển đổi số" in html


def test_campaign_without_reports_or_documents_has_no_empty_sections(client, campaigns):
    html = _html(client.get(campaigns["peak"].url))

    assert 'id="documents-title"' not in html
    assert 'id="reports-title"' not in html
    assert 'id="campaign-news-title"' not in html


def test_campaign_page_lists_its_live_news_newest_first(client, campaign, news_index):
    for n in range(12):
        NewsPageFactory(parent=news_index, title=f"Tin chuyển đổi số {n:02d}", date=dt.date(2022, 1, 1 + n), campaign=campaign)
    NewsPageFactory(parent=news_index, title="Tin nháp chuyển đổi số", date=dt.date(2023, 1, 1), campaign=campaign, live=False)
    NewsPageFactory(parent=news_index, title="Tin phong trào khác", date=dt.date(2023, 1, 2))

    html = _html(client.get(campaign.url))

    section = html[html.index('id="campaign-news-title"'):]
    titles = re.findall(r'<a href="[^"]*">(Tin [^<]+)</a>', section)
    assert titles == [f"Tin chuyển đổi số {n:02d}" for n in range(11, 1, -1)]
    assert ">12/01/2022</time>" in section
    assert f'<a href="{news_index.url}?campaign={campaign.pk}">Xem thêm tin tức ›</a>' in section


def test_news_article_links_its_live_campaign(client, campaign, news_index):
    article = NewsPageFactory(parent=news_index, title="Tỉnh phát động chuyển đổi số", campaign=campaign)

    html = _html(client.get(article.url))
    assert f'Bài viết thuộc phong trào: <a href="{campaign.url}">Chuyển đổi số giai đoạn 2021 - 2025</a>' in html

    campaign.unpublish()
    html = _html(client.get(article.url))
    assert "Bài viết thuộc phong trào" not in html


def test_news_article_without_campaign_has_no_campaign_line(client, news_index):
    article = NewsPageFactory(parent=news_index)

    assert "Bài viết thuộc phong trào" not in _html(client.get(article.url))


def test_campaign_page_query_count_is_bounded(client, campaign, news_index, django_assert_max_num_queries):
    more = [DocumentPageFactory(number=f"{n}/HD-TĐKT") for n in range(1, 9)]
    link_documents(campaign, *more)
    for n in range(15):
        NewsPageFactory(parent=news_index, campaign=campaign, date=dt.date(2022, 2, 1 + n))
    campaign.final_report = DocumentPageFactory(number="7/BC-UBND")
    campaign.save_revision().publish()

    # 30: the first view also makes the 1200×630 share image (Open Graph, JSON-LD) once.
    with django_assert_max_num_queries(30):
        html = _html(client.get(campaign.url))
    assert html.count("/HD-TĐKT") == 8
