"""The API as partners use it: open to other sites for reading only, cached but never stale after a
publish, paging limits that answer 400, images at reusable sizes with credit and licence."""

from __future__ import annotations

import pytest

from tests.campaigns.factories import CampaignPageFactory
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory, home_page, make_image, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tuyên dương điển hình năm 2024", hero_image=make_image("Lễ tuyên dương", credit="Lê Hà", size=(1600, 1000)))


def test_api_get_is_open_to_other_sites_without_credentials(client, news):
    response = client.get("/api/v2/pages/", {"type": "news.NewsPage"}, HTTP_ORIGIN="https://baohaiduong.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_api_preflight_allows_reading_methods_only(client, news):
    response = client.options(
        "/api/v2/pages/", HTTP_ORIGIN="https://baohaiduong.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/oembed/"])
def test_no_cors_on_post(client, news, path):
    response = client.post(path, {"x": "1"}, HTTP_ORIGIN="https://evil.example")
    assert response.status_code in (403, 405)
    assert "Access-Control-Allow-Origin" not in response


def test_oembed_is_open_to_other_sites(client, news):
    response = client.get("/oembed/", {"url": "http://localhost/khong-co/"}, HTTP_ORIGIN="https://baohaiduong.example")
    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"


def test_api_responses_may_be_cached_five_minutes(client, news):
    response = client.get("/api/v2/pages/", {"type": "news.NewsPage"})
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    # Errors are not cached by browsers or proxies.
    assert "public" not in client.get("/api/v2/pages/", {"limit": "abc"}).get("Cache-Control", "")


def test_cached_listing_shows_a_new_publication_at_once(client, news):
    first = client.get("/api/v2/pages/", {"type": "news.NewsPage"}).json()
    assert first["meta"]["total_count"] == 1
    # A second call is served from the cache: the same answer without touching the pages.
    assert client.get("/api/v2/pages/", {"type": "news.NewsPage"}).json() == first
    publish(NewsPageFactory(parent=news.get_parent(), title="Tin mới đăng"))
    again = client.get("/api/v2/pages/", {"type": "news.NewsPage"}).json()
    assert again["meta"]["total_count"] == 2


@pytest.mark.parametrize("limit", ["51", "1000"])
def test_limit_above_fifty_is_refused_with_a_message(client, news, limit):
    response = client.get("/api/v2/pages/", {"limit": limit})
    assert response.status_code == 400
    assert response.json()["message"] == "limit cannot be higher than 50"
    assert client.get("/api/v2/pages/", {"limit": "50"}).status_code == 200


def test_news_image_at_three_sizes_with_credit_and_licence(client, news):
    data = client.get(f"/api/v2/pages/{news.pk}/").json()
    renditions = data["hero_image_renditions"]
    assert set(renditions) == {"thumbnail", "medium", "social"}
    assert (renditions["thumbnail"]["width"], renditions["thumbnail"]["height"]) == (400, 250)
    assert renditions["medium"]["width"] == 800
    assert (renditions["social"]["width"], renditions["social"]["height"]) == (1200, 630)
    for rendition in renditions.values():
        assert rendition["url"].startswith("http://testserver/media/images/")
        assert rendition["credit"] == "Lê Hà" and rendition["licence"] == "CC BY 4.0"
        assert rendition["alt"] == "Lễ tuyên dương"


def test_campaign_and_profile_images_too_and_no_consent_in_the_api(client):
    home_page()
    campaign = CampaignPageFactory(title="Thi đua chuyển đổi số", hero_image=make_image("Phát động", credit="Ban Thi đua"))
    profile = ExemplarPageFactory(title="Vũ Thị Hạnh", photo=make_image("Chị Hạnh", credit="Minh Đức"), consent_note="Hồ sơ đồng ý số 5/2024")
    campaign_data = client.get(f"/api/v2/pages/{campaign.pk}/").json()
    assert campaign_data["hero_image_renditions"]["social"]["credit"] == "Ban Thi đua"
    response = client.get(f"/api/v2/pages/{profile.pk}/")
    assert response.json()["photo_renditions"]["thumbnail"]["credit"] == "Minh Đức"
    text = response.content.decode()
    assert "5/2024" not in text and "consent" not in text and "is_living_person" not in text
