"""The API v2 that media outlets and partner sites read: news with their metadata, images with credits."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import NewsCategoryFactory, NewsPageFactory, make_image, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND",
        date=dt.date(2021, 8, 25),
        summary="Phong trào thi đua thực hiện nhiệm vụ năm 2021 và giai đoạn 2021 - 2025.",
        source="Theo Báo Hải Dương",
        category=NewsCategoryFactory(name="Thi đua - Khen thưởng"),
    )
    page.tags.add("Chỉ thị 13/CT-UBND", "phát động thi đua")
    return publish(page)


def test_news_listing_shows_requested_fields(client, article):
    response = client.get("/api/v2/pages/?type=news.NewsPage&fields=summary,category,source,tags,date")

    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["id"] == article.pk
    assert item["title"] == "Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND"
    assert item["summary"] == article.summary
    assert item["category"] == "Thi đua - Khen thưởng"
    assert item["source"] == "Theo Báo Hải Dương"
    assert sorted(item["tags"]) == ["Chỉ thị 13/CT-UBND", "phát động thi đua"]
    assert item["date"] == "2021-08-25"


def test_news_detail_exposes_metadata_as_plain_values(client, article):
    response = client.get(f"/api/v2/pages/{article.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "news.NewsPage"
    assert data["summary"] == article.summary
    assert data["category"] == "Thi đua - Khen thưởng"
    assert data["source"] == "Theo Báo Hải Dương"
    assert sorted(data["tags"]) == ["Chỉ thị 13/CT-UBND", "phát động thi đua"]
    assert data["date"] == "2021-08-25"


def test_news_without_category_gives_null_category(client, news_index):
    page = publish(NewsPageFactory(parent=news_index, category=None))

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert data["category"] is None
    assert data["tags"] == []


def test_draft_news_is_not_exposed(client, news_index):
    draft = NewsPageFactory(parent=news_index, live=False)

    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    listed = client.get("/api/v2/pages/?type=news.NewsPage").json()["items"]
    assert draft.pk not in [item["id"] for item in listed]


def test_images_listing_gives_credit_and_licence(client):
    image = make_image(title="Lễ phát động thi đua", credit="Ảnh: Thành Chung")

    response = client.get("/api/v2/images/")

    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["id"] == image.pk
    assert item["credit"] == "Ảnh: Thành Chung"
    assert item["licence"] == "CC BY 4.0"


@pytest.mark.parametrize(
    "query",
    [
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?limit=100000",
        "/api/v2/pages/?limit=-1",
        "/api/v2/pages/?offset=-1",
        "/api/v2/pages/?offset=abc",
        "/api/v2/pages/?offset=99999999999999999999999",
        "/api/v2/pages/?type=news.NewsPage&order=id&offset=9223372036854775808",
        "/api/v2/pages/?order=nonexistent",
        "/api/v2/pages/?order=random&offset=1",
        "/api/v2/pages/?type=nope.Nope",
        "/api/v2/pages/?fields=doesnotexist",
        "/api/v2/pages/?type=news.NewsPage&fields=category(name)",
        "/api/v2/pages/?fields=((",
        "/api/v2/pages/?type=news.NewsPage&date=2021-13-45",
        "/api/v2/pages/?type=news.NewsPage&category=abc",
        "/api/v2/pages/?type=news.NewsPage&category=99999999999999999999",
        "/api/v2/pages/?child_of=abc",
        "/api/v2/pages/?search=thi%00dua",
        "/api/v2/pages/?title=%00",
        "/api/v2/pages/?nope=1",
        "/api/v2/images/?limit=abc",
        "/api/v2/images/?offset=99999999999999999999999",
        "/api/v2/images/?fields=doesnotexist",
        "/api/v2/documents/?order=nonexistent",
    ],
)
def test_invalid_parameters_answer_400_with_a_message(client, article, query):
    response = client.get(query)

    assert response.status_code == 400
    assert response.json()["message"]


def test_invalid_field_on_detail_answers_400(client, article):
    response = client.get(f"/api/v2/pages/{article.pk}/?fields=doesnotexist")

    assert response.status_code == 400
    assert "doesnotexist" in response.json()["message"]
