"""RSS 2.0 and Atom feeds as a feed reader sees them: parsed by feedparser with no error,
Vietnamese intact, dates in Vietnam's time, image and PDF enclosures, authors, and advertised on
the section pages."""

from __future__ import annotations

import datetime as dt
import re

import feedparser
import pytest

from news.models import NewsPage
from tests.core import reuse_content
from tests.factories import NewsCategoryFactory, NewsPageFactory, make_image

pytestmark = pytest.mark.django_db

FEEDS = ["tin-tuc", "phong-trao", "van-ban", "guong-dien-hinh"]
VN = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture
def content(db):
    return reuse_content.build()


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
    return response, parsed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("segment", FEEDS)
def test_every_feed_parses_without_error_in_vietnamese(client, content, kind, segment):
    response, parsed = parse(client, f"/{kind}/{segment}/")
    expected_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected_type)
    assert parsed.version == ("rss20" if kind == "rss" else "atom10")
    assert parsed.feed.title.endswith("– Ban Thi đua - Khen thưởng tỉnh Hải Dương")
    assert parsed.feed.language == "vi"
    assert parsed.entries
    assert "max-age=600" in response["Cache-Control"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_item_carries_title_link_date_summary_author_and_image(client, content, kind):
    _, parsed = parse(client, f"/{kind}/tin-tuc/")
    entry = parsed.entries[0]
    assert entry.title == "Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND"
    assert entry.link == content.article.full_url
    assert entry.id == content.article.full_url
    # "&", "<" and ">" of the summary reach the reader as characters, never as markup.
    assert entry.summary == (
        "Ủy ban nhân dân tỉnh kêu gọi các sở, ngành &amp; địa phương thi đua "
        "“mỗi người làm việc bằng hai” &lt;2021–2025&gt;."
    )
    assert entry.author == "Theo Báo Hải Dương"
    assert [tag.term for tag in entry.tags] == ["Thi đua - Khen thưởng"]
    published = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC).astimezone(VN)
    assert published.date() == dt.date(2021, 8, 26)
    [enclosure] = entry.enclosures
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://localhost/media/images/")
    assert ".fill-1200x630." in enclosure.href
    assert int(enclosure.length) > 0


def test_rss_dates_are_in_vietnam_time(client, content):
    body = client.get("/rss/tin-tuc/").content.decode()
    assert "<pubDate>Thu, 26 Aug 2021 00:00:00 +0700</pubDate>" in body


def test_atom_item_has_updated_date(client, content):
    _, parsed = parse(client, "/atom/tin-tuc/")
    assert parsed.entries[0].updated_parsed is not None
    assert parsed.entries[0].published != parsed.entries[0].updated


def test_document_item_leads_with_type_and_number_and_encloses_the_pdf(client, content):
    _, parsed = parse(client, "/rss/van-ban/")
    entry = parsed.entries[0]
    assert entry.title.startswith("Chỉ thị 13/CT-UBND: Về việc phát động thi đua")
    assert entry.author == "Ủy ban nhân dân tỉnh Hải Dương"
    [enclosure] = entry.enclosures
    assert enclosure.type == "application/pdf"
    assert enclosure.href.endswith(".pdf")
    assert "Còn hiệu lực" in [tag.term for tag in entry.tags]


def test_campaign_and_profile_items(client, content):
    _, campaigns = parse(client, "/rss/phong-trao/")
    entry = campaigns.entries[0]
    assert entry.title == "Thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền vững"
    assert entry.author == "Ủy ban nhân dân tỉnh Hải Dương"
    assert entry.enclosures[0].type == "image/jpeg"

    _, profiles = parse(client, "/atom/guong-dien-hinh/")
    titles = [entry.title for entry in profiles.entries]
    assert "Đỗ Thị Hạnh – Giáo viên Trường Tiểu học Cẩm Hưng" in titles
    teacher = profiles.entries[titles.index("Đỗ Thị Hạnh – Giáo viên Trường Tiểu học Cẩm Hưng")]
    assert teacher.summary == "Hai mươi năm gắn bó với học sinh vùng nông thôn Cẩm Giàng."
    assert teacher.enclosures[0].href.endswith(".jpg")


def test_category_feed_holds_only_that_category(client, content):
    notices = NewsCategoryFactory(name="Thông báo")
    NewsPageFactory(parent=content.news_index, title="Thông báo nhận hồ sơ khen thưởng", category=notices)
    _, all_news = parse(client, "/rss/tin-tuc/")
    _, only_notices = parse(client, f"/rss/tin-tuc/{notices.slug}/")
    assert len(all_news.entries) == 2
    assert [entry.title for entry in only_notices.entries] == ["Thông báo nhận hồ sơ khen thưởng"]
    assert only_notices.feed.title.startswith("Tin tức: Thông báo")
    assert only_notices.feed.link.endswith("/tin-tuc/?category=thong-bao")
    _, atom = parse(client, f"/atom/tin-tuc/{notices.slug}/")
    assert len(atom.entries) == 1


def test_unknown_category_feed_is_not_found(client, content):
    assert client.get("/rss/tin-tuc/khong-co/").status_code == 404


def test_drafts_and_private_pages_stay_out(client, content):
    from wagtail.models import PageViewRestriction

    draft = NewsPageFactory(parent=content.news_index, title="Bản nháp chưa duyệt", live=False)
    restricted = NewsPageFactory(parent=content.news_index, title="Tin nội bộ có mật khẩu")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    body = client.get("/rss/tin-tuc/").content.decode()
    assert draft.title not in body
    assert restricted.title not in body
    assert content.article.title in body


def test_feed_keeps_fifty_newest_items(client, content):
    for n in range(55):
        NewsPageFactory(parent=content.news_index, title=f"Tin số {n}", date=dt.date(2022, 1, 1) + dt.timedelta(days=n))
    _, parsed = parse(client, "/rss/tin-tuc/")
    assert len(parsed.entries) == 50
    assert parsed.entries[0].title == "Tin số 54"


def test_feed_of_fifty_items_with_images_costs_a_bounded_number_of_queries(
    client, content, django_assert_max_num_queries
):
    images = [make_image(f"Ảnh {n}") for n in range(5)]
    for n in range(50):
        NewsPageFactory(parent=content.news_index, title=f"Tin có ảnh {n}", hero_image=images[n % 5])
    client.get("/rss/tin-tuc/")  # renditions are made once, on the first request
    with django_assert_max_num_queries(10):
        response = client.get("/rss/tin-tuc/")
    assert response.content.decode().count("<enclosure") == 50


@pytest.mark.parametrize("segment", ["phong-trao", "van-ban", "guong-dien-hinh"])
def test_other_feeds_cost_a_bounded_number_of_queries(client, content, segment, django_assert_max_num_queries):
    client.get(f"/rss/{segment}/")
    with django_assert_max_num_queries(10):
        client.get(f"/rss/{segment}/")


def _alternates(html: str) -> dict[str, str]:
    return dict(
        (href, kind)
        for kind, href in re.findall(r'<link rel="alternate" type="(application/(?:rss|atom)\+xml)" title="[^"]+" href="([^"]+)">', html)
    )


@pytest.mark.parametrize(
    ("page_name", "feeds"),
    [
        ("home", ["/rss/tin-tuc/", "/atom/tin-tuc/", "/rss/phong-trao/", "/rss/van-ban/", "/rss/guong-dien-hinh/"]),
        ("news_index", ["/rss/tin-tuc/", "/atom/tin-tuc/"]),
        ("article", ["/rss/tin-tuc/", "/rss/tin-tuc/thi-dua-khen-thuong/", "/atom/tin-tuc/thi-dua-khen-thuong/"]),
        ("campaign_index", ["/rss/phong-trao/", "/atom/phong-trao/"]),
        ("library", ["/rss/van-ban/", "/atom/van-ban/"]),
        ("exemplar_index", ["/rss/guong-dien-hinh/", "/atom/guong-dien-hinh/"]),
    ],
)
def test_section_pages_advertise_their_feeds(client, content, page_name, feeds):
    html = client.get(getattr(content, page_name).url).content.decode()
    head = html[: html.index("</head>")]
    alternates = _alternates(head)
    for feed in feeds:
        assert feed in alternates, feed
        assert client.get(feed).status_code == 200


def test_filtered_news_index_also_advertises_the_category_feed(client, content):
    html = client.get(content.news_index.url, {"category": content.category.slug}).content.decode()
    assert 'title="Tin tức: Thi đua - Khen thưởng (RSS)" href="/rss/tin-tuc/thi-dua-khen-thuong/"' in html


def test_feed_item_without_image_has_no_enclosure(client, content):
    NewsPage.objects.filter(pk=content.article.pk).update(hero_image=None)
    _, parsed = parse(client, "/rss/tin-tuc/")
    assert parsed.entries[0].enclosures == []
