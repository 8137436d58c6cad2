"""The results page and suggestions over the real engine: folding, facets and hostile input."""

import datetime as dt
import json

import pytest
from django.core.management import call_command

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "thi đua " * 1250,  # 10 000 characters
    "!!! ??? ... ---",
    '"',
    '"thi đua',
    "*",
    "thi*",
    "NEAR(thi đua)",
    "thi OR đua",
    "OR",
    "AND NOT",
    "thi\x00đua",
    "\x00",
    "'; DROP TABLE wagtailcore_page; --",
    "title:thi",
    "(((",
    "%_%",
]


@pytest.fixture
def articles(news_index):
    pages = [
        NewsPageFactory(
            parent=news_index,
            title=f"Đẩy mạnh phong trào thi đua đợt {n}",
            summary="Triển khai Chỉ thị 13/CT-UBND về phong trào thi đua.",
            date=dt.date(2020 + n % 2, 8, 25),
        )
        for n in range(1, 13)
    ]
    call_command("update_index", verbosity=0)
    return pages


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_a_page_never_an_error(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_prefixes_give_json_never_an_error(client, articles, query):
    response = client.get("/tim-kiem/goi-y/", {"q": query})
    assert response.status_code == 200
    assert isinstance(json.loads(response.content)["suggestions"], list)


def test_hostile_filters_and_pages_are_ignored(client, articles):
    response = client.get("/tim-kiem/", {"q": "thi đua", "type": "<script>", "year": "99999", "page": "1e9"})
    assert response.status_code == 200
    assert "script&gt;" not in response.content.decode()


def test_unaccented_query_shows_accented_words_highlighted(client, articles):
    html = client.get("/tim-kiem/", {"q": "day manh thi dua"}).content.decode()
    assert "Tìm thấy 12 kết quả" in html
    assert "<mark>Đẩy mạnh</mark> phong trào <mark>thi đua</mark>" in html


def test_decomposed_query_finds_and_highlights(client, articles):
    import unicodedata

    html = client.get("/tim-kiem/", {"q": unicodedata.normalize("NFD", "thi đua")}).content.decode()
    assert "Tìm thấy 12 kết quả" in html
    assert "<mark>thi đua</mark>" in html


def test_year_facet_counts_and_filter(client, articles):
    html = client.get("/tim-kiem/", {"q": "thi đua"}).content.decode()
    assert 'for="facet-year-2021">2021 <span class="search-facets__count">(6)</span>' in html
    assert 'for="facet-type-news">Tin tức <span class="search-facets__count">(12)</span>' in html
    html = client.get("/tim-kiem/", {"q": "thi đua", "year": "2021"}).content.decode()
    assert "Tìm thấy 6 kết quả" in html


def test_pagination_over_the_engine(client, articles):
    html = client.get("/tim-kiem/", {"q": "thi đua", "page": "7"}).content.decode()
    assert "Trang 2 / 2" in html
    assert '<ol class="search-results" start="11">' in html


def test_suggestions_match_a_folded_prefix(client, articles):
    data = json.loads(client.get("/tim-kiem/goi-y/", {"q": "day manh thi d"}).content)
    assert data["suggestions"]
    assert all(item["title"].startswith("Đẩy mạnh") for item in data["suggestions"])
    assert {"title", "url", "type_label"} <= set(data["suggestions"][0])


def test_a_capped_total_reads_as_a_lower_bound(client, monkeypatch, articles):
    from search import engine

    html = client.get("/tim-kiem/", {"q": "phong trào thi đua"}).content.decode()
    assert "kết quả cho" in html and "trở lên" not in html
    monkeypatch.setattr(engine, "MATCH_CAP", 2)
    html = client.get("/tim-kiem/", {"q": "phong trào thi đua"}).content.decode()
    assert "kết quả trở lên cho" in html
