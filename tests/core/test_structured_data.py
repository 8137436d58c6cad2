"""What search engines and social networks read in the head of each page type: JSON-LD parsed
as JSON and checked per schema.org type, Open Graph and Twitter card tags, the canonical address."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from core.jsonld import dumps
from tests.core import reuse_content
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(db):
    return reuse_content.build()


def head_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser").head


def ld_objects(head) -> dict[str, dict]:
    objects = [json.loads(script.string) for script in head.find_all("script", type="application/ld+json")]
    assert all(data["@context"] == "https://schema.org" for data in objects)
    return {data["@type"]: data for data in objects}


def meta(head, key: str) -> str:
    tag = head.find("meta", attrs={"property": key}) or head.find("meta", attrs={"name": key})
    assert tag is not None, key
    return tag["content"]


def test_home_has_website_with_search_action_and_the_office(client, content):
    objects = ld_objects(head_of(client, "/"))
    assert set(objects) == {"WebSite", "GovernmentOrganization"}
    action = objects["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/tim-kiem/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    office = objects["GovernmentOrganization"]
    assert office["name"] == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert office["logo"]["url"] == "http://localhost/static/img/logo.png"
    assert office["parentOrganization"]["name"] == "Sở Nội vụ tỉnh Hải Dương"
    assert client.get("/static/img/logo.png").status_code == 200


def test_news_article(client, content):
    objects = ld_objects(head_of(client, content.article.url))
    article = objects["NewsArticle"]
    assert article["headline"] == "Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND"
    assert article["datePublished"] == "2021-08-26T00:00:00+07:00"
    assert article["dateModified"].endswith("+07:00")
    assert article["articleSection"] == "Thi đua - Khen thưởng"
    assert article["description"].startswith("Ủy ban nhân dân tỉnh kêu gọi")
    [image] = article["image"]
    assert ".fill-1200x630." in image["url"] and image["url"].startswith("http://localhost/media/")
    assert (image["width"], image["height"]) == (1200, 630)
    assert image["creditText"] == "Ảnh: Báo Hải Dương"
    assert article["author"] == {"@type": "Organization", "name": "Báo Hải Dương"}
    assert article["publisher"]["name"] == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert article["publisher"]["logo"]["url"].endswith("/static/img/logo.png")
    assert [item["name"] for item in objects["BreadcrumbList"]["itemListElement"]] == [
        "Trang chủ",
        "Tin tức",
        "Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND",
    ]


def test_article_without_source_is_authored_by_the_office(client, content):
    page = NewsPageFactory(parent=content.news_index, source="")
    article = ld_objects(head_of(client, page.url))["NewsArticle"]
    assert article["author"]["name"] == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert "image" not in article


def test_profile_of_a_person_lists_awards(client, content):
    person = ld_objects(head_of(client, content.profile.url))["Person"]
    assert person["name"] == "Đỗ Thị Hạnh"
    assert person["jobTitle"] == "Giáo viên Trường Tiểu học Cẩm Hưng"
    assert person["award"] == ["Giấy khen của Phòng Giáo dục (2020)", "Chiến sĩ thi đua cơ sở (2022)"]
    assert person["address"]["addressLocality"] == "huyện Cẩm Giàng, tỉnh Hải Dương"
    assert ".fill-1200x630." in person["image"]["url"]


def test_profile_of_a_collective_is_an_organization(client, content):
    objects = ld_objects(head_of(client, content.collective.url))
    assert "Person" not in objects
    assert objects["Organization"]["name"] == "Hợp tác xã nông nghiệp Đông Xuyên"


def test_document_is_legislation(client, content):
    law = ld_objects(head_of(client, content.document.url))["Legislation"]
    assert law["legislationIdentifier"] == "13/CT-UBND"
    assert law["legislationType"] == "Chỉ thị"
    assert law["legislationDate"] == "2021-08-25"
    assert law["datePublished"] == "2021-08-25"
    assert law["legislationLegalForce"] == "https://schema.org/InForce"
    assert law["legislationPassedBy"] == {"@type": "Organization", "name": "Ủy ban nhân dân tỉnh Hải Dương"}
    [pdf] = law["encoding"]
    assert pdf["encodingFormat"] == "application/pdf"
    assert pdf["contentUrl"].startswith("http://localhost/documents/") and pdf["contentUrl"].endswith(".pdf")


def test_expired_document_is_not_in_force(client, content):
    content.document.status = "het-hieu-luc-mot-phan"
    content.document.save_revision().publish()
    law = ld_objects(head_of(client, content.document.url))["Legislation"]
    assert law["legislationLegalForce"] == "https://schema.org/PartiallyInForce"


def test_campaign_is_an_event(client, content):
    event = ld_objects(head_of(client, content.campaign.url))["Event"]
    assert event["name"] == "Thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền vững"
    assert (event["startDate"], event["endDate"]) == ("2021-08-25", "2025-12-31")
    assert event["organizer"] == {"@type": "Organization", "name": "Ủy ban nhân dân tỉnh Hải Dương"}
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["location"]["@type"] == "AdministrativeArea"
    assert event["location"]["name"] == "tỉnh Hải Dương"


@pytest.mark.parametrize("page_name", ["news_index", "campaign_index", "library", "exemplar_index", "comment_page"])
def test_pages_below_home_have_a_breadcrumb_list(client, content, page_name):
    page = getattr(content, page_name)
    trail = ld_objects(head_of(client, page.url))["BreadcrumbList"]["itemListElement"]
    assert trail[0] == {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "http://localhost/"}
    assert trail[-1]["item"] == page.full_url
    assert [item["position"] for item in trail] == list(range(1, len(trail) + 1))


def test_json_ld_cannot_close_its_script_element():
    text = dumps({"name": "</script><script>alert(1)</script> & “Hải Dương”"})
    assert "</" not in text and "<" not in text
    assert "“Hải Dương”" in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & “Hải Dương”"


def test_article_title_with_markup_stays_valid_json(client, content):
    page = NewsPageFactory(parent=content.news_index, title="Tin </script> có ký tự lạ & “ngoặc”")
    response = client.get(page.url)
    html = response.content.decode()
    assert "Tin </script>" not in html
    article = ld_objects(BeautifulSoup(html, "html.parser").head)["NewsArticle"]
    assert article["headline"] == "Tin </script> có ký tự lạ & “ngoặc”"


# --- Open Graph, Twitter card, canonical -------------------------------------------------------


@pytest.mark.parametrize(
    ("page_name", "og_type"),
    [("home", "website"), ("article", "article"), ("campaign", "article"), ("document", "article"), ("profile", "profile"), ("library", "website")],
)
def test_every_page_type_has_social_tags_and_canonical(client, content, page_name, og_type):
    page = getattr(content, page_name)
    head = head_of(client, page.url)
    assert meta(head, "og:type") == og_type
    assert meta(head, "og:url") == page.full_url
    assert meta(head, "og:locale") == "vi_VN"
    assert meta(head, "og:title")
    assert meta(head, "og:image").startswith("http://localhost/")
    assert meta(head, "og:image:alt")
    assert meta(head, "twitter:card") == "summary_large_image"
    assert meta(head, "twitter:image") == meta(head, "og:image")
    [canonical] = head.find_all("link", rel="canonical")
    assert canonical["href"] == page.full_url
    # Exactly one of each: the page templates no longer add their own.
    assert len(head.find_all("meta", attrs={"property": "og:title"})) == 1


def test_share_image_is_the_1200x630_rendition(client, content):
    head = head_of(client, content.article.url)
    assert ".fill-1200x630." in meta(head, "og:image")
    assert (meta(head, "og:image:width"), meta(head, "og:image:height")) == ("1200", "630")
    assert meta(head, "og:image:alt") == "Hội nghị phát động thi đua năm 2021"
    assert meta(head, "og:description").startswith("Ủy ban nhân dân tỉnh kêu gọi")
    assert meta(head, "article:published_time") == "2021-08-26T00:00:00+07:00"


def test_page_without_image_shares_the_default_image(client, content):
    head = head_of(client, content.document.url)
    assert meta(head, "og:image") == "http://localhost/static/img/og-default.png"
    assert (meta(head, "og:image:width"), meta(head, "og:image:height")) == ("1200", "630")
    response = client.get("/static/img/og-default.png")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert len(body) <= 60 * 1024


def test_canonical_drops_filters_and_keeps_pagination(client, content):
    for n in range(14):
        NewsPageFactory(parent=content.news_index, title=f"Tin phân trang {n}")
    url = content.news_index.full_url
    canonical = head_of(client, content.news_index.url, page="2").find("link", rel="canonical")["href"]
    assert canonical == f"{url}?page=2"
    canonical = head_of(client, content.news_index.url, category=content.category.slug).find("link", rel="canonical")["href"]
    assert canonical == url
    canonical = head_of(client, content.news_index.url, utm_source="zalo").find("link", rel="canonical")["href"]
    assert canonical == url


def test_search_page_has_social_tags_but_no_json_ld(client, content):
    head = head_of(client, "/tim-kiem/", q="thi đua")
    assert meta(head, "og:title") == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert not head.find_all("script", type="application/ld+json")
    assert re.search(r"og-default\.png", meta(head, "og:image"))
