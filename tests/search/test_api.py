"""/api/v2/pages/?search= ranks exactly as the site search does."""

from __future__ import annotations

import datetime as dt

import pytest

from search import engine
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(news_index):
    NewsPageFactory(parent=news_index, title="Chợ phiên: người dân đua nhau mua vải thiều", date=dt.date(2023, 6, 2))
    for n in range(4):
        NewsPageFactory(parent=news_index, title=f"Phong trào thi đua yêu nước đợt {n}", summary="Thi đua với nhau.")
    ExemplarPageFactory(title="Bùi Thị Hương", role="Bác sĩ")
    ExemplarPageFactory(title="Nguyễn Thị Thu Hương", role="Giáo viên")


def api_titles(client, **params) -> list[str]:
    response = client.get("/api/v2/pages/", {"fields": "title", "limit": 20, **params})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.mark.parametrize("query", ["đua nhau", "bui thi huong", "thi dua", "HƯƠNG", "phong trao thi dua yeu nuoc"])
def test_api_search_has_the_site_order(client, pages, query):
    site = [hit.page.title for hit in engine.search(query, limit=20).hits]
    assert site
    assert api_titles(client, search=query) == site


def test_api_search_with_type_keeps_the_order_within_the_type(client, pages):
    site = [hit.page.title for hit in engine.search("huong", types=["exemplars.ExemplarPage"], limit=20).hits]
    assert api_titles(client, search="huong", type="exemplars.ExemplarPage") == site
    assert api_titles(client, search="thi dua", type="exemplars.ExemplarPage") == []


def test_api_search_operator_is_ignored(client, pages):
    assert api_titles(client, search="bui thi huong", search_operator="or") == api_titles(client, search="bui thi huong")


def test_api_search_total_count_matches_the_items(client, pages):
    response = client.get("/api/v2/pages/", {"search": "thi dua", "limit": 2})
    data = response.json()
    assert len(data["items"]) == 2
    assert data["meta"]["total_count"] == engine.search("thi dua").total


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "OR", "thi đua " * 1250, "!!!", "'; --"])
def test_api_hostile_searches_are_never_a_server_error(client, pages, query):
    response = client.get("/api/v2/pages/", {"search": query})
    assert response.status_code in {200, 400}


def test_api_search_with_nul_is_a_client_error(client, pages):
    assert client.get("/api/v2/pages/", {"search": "thi\x00dua"}).status_code == 400
