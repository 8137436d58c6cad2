"""The results page and the suggestions endpoint, over a stand-in engine (see fake_engine.py)."""

import datetime as dt
import json
import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.querylog import ZeroResultQuery
from tests.factories import NewsPageFactory
from tests.search.fake_engine import FakeHit, install

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(monkeypatch):
    return install(monkeypatch)


@pytest.fixture
def articles(news_index):
    return [
        NewsPageFactory(
            parent=news_index,
            title=f"Phong trào thi đua yêu nước đợt {n}",
            summary="Ủy ban nhân dân tỉnh phát động phong trào thi đua trong toàn tỉnh.",
            date=dt.date(2021, 8, 25) + dt.timedelta(days=n),
        )
        for n in range(1, 26)
    ]


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def _results(html: str) -> str:
    return html[html.index('<ol class="search-results"') :]


def test_result_shows_type_date_link_and_highlighted_snippet(client, engine, articles):
    page = articles[0]
    engine.hits = [FakeHit(page, type_label="Tin tức", date=page.date)]
    html = _html(client.get("/tim-kiem/", {"q": "thi dua"}))
    result = _results(html)
    assert f'<a href="{page.url}">Phong trào <mark>thi đua</mark> yêu nước đợt 1</a>' in result
    assert '<span class="search-result__type">Tin tức</span>' in result
    assert '<time datetime="2021-08-26">26/08/2021</time>' in result
    assert "phát động phong trào <mark>thi đua</mark> trong toàn tỉnh." in result
    assert "Tìm thấy 1 kết quả cho “thi dua”." in html


def test_snippet_comes_from_the_body_when_the_summary_does_not_match(client, engine, news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Hội nghị tổng kết",
        summary="Tổng kết năm 2021.",
        body=[{"type": "paragraph", "value": "<p>Biểu dương <b>Bùi Thị Hương</b>, giáo viên.</p>"}],
    )
    engine.hits = [FakeHit(page)]
    result = _results(_html(client.get("/tim-kiem/", {"q": "bui thi huong"})))
    assert "Biểu dương <mark>Bùi Thị Hương</mark>, giáo viên." in result


def test_page_is_not_indexed_by_search_engines(client, engine):
    assert '<meta name="robots" content="noindex">' in _html(client.get("/tim-kiem/", {"q": "thi đua"}))
    assert '<meta name="robots" content="noindex">' in _html(client.get("/tim-kiem/"))


def test_facets_show_counts_and_keep_the_choice(client, engine, articles):
    engine.hits = [FakeHit(page) for page in articles[:3]]
    engine.facets = {
        "type": [("news.NewsPage", "Tin tức", 3), ("directives.DocumentPage", "Văn bản", 2)],
        "year": [("2021", "2021", 3), ("2022", "2022", 2)],
    }
    html = _html(client.get("/tim-kiem/", {"q": "thi đua", "type": "document", "year": "2022"}))
    assert engine.calls[-1]["types"] == ["directives.DocumentPage"]
    assert engine.calls[-1]["year"] == 2022
    facets = html[html.index('<aside class="search-layout__aside') :]
    assert re.search(r'name="type" value="news">\s*<label for="facet-type-news">Tin tức <span[^>]*>\(3\)', facets)
    assert re.search(r'value="document" checked>\s*<label for="facet-type-document">Văn bản <span[^>]*>\(2\)', facets)
    assert facets.index("2022") < facets.index("2021")  # newest year first
    assert 'id="facet-year-2022" name="year" value="2022" checked' in facets
    assert '<a href="?q=thi+%C4%91ua">Bỏ lọc</a>' in facets


def test_unknown_filters_are_ignored(client, engine, articles):
    engine.hits = [FakeHit(articles[0])]
    _html(client.get("/tim-kiem/", {"q": "thi đua", "type": ["bogus", "NEWS", "news"], "year": "20x1"}))
    assert engine.calls[-1]["types"] == ["news.NewsPage"]
    assert engine.calls[-1]["year"] is None


def test_a_chosen_filter_without_results_can_still_be_removed(client, engine):
    html = _html(client.get("/tim-kiem/", {"q": "thi đua", "type": "campaign", "year": "2019"}))
    assert "Không tìm thấy kết quả nào cho “thi đua” với bộ lọc đã chọn." in html
    assert 'value="campaign" checked' in html
    assert 'value="2019" checked' in html
    assert "tìm “thi đua” ở mọi mục" in html


@pytest.mark.parametrize("raw_page, shown", [("2", 2), ("999", 3), ("abc", 1), ("-4", 1)])
def test_pagination_asks_the_engine_for_the_page_and_forgives_bad_numbers(client, engine, articles, raw_page, shown):
    engine.hits = [FakeHit(page) for page in articles]
    html = _html(client.get("/tim-kiem/", {"q": "thi đua", "type": "news", "page": raw_page}))
    assert engine.calls[-1]["offset"] == (shown - 1) * 10
    assert engine.calls[-1]["limit"] == 10
    assert f"Trang {shown} / 3" in html
    assert f'<ol class="search-results" start="{(shown - 1) * 10 + 1}">' in html
    # Page links keep the query and the filters.
    assert "?q=thi+%C4%91ua&amp;type=news&amp;page=" in html


def test_one_engine_call_for_a_page_in_range(client, engine, articles):
    engine.hits = [FakeHit(page) for page in articles]
    client.get("/tim-kiem/", {"q": "thi đua", "page": "2"})
    assert len(engine.calls) == 1


def test_editors_promotions_come_first(client, engine, articles):
    promoted = articles[7]
    query = Query.get("chỉ thị 13")
    SearchPromotion.objects.create(query=query, page=promoted, description="Văn bản gốc của phong trào.", sort_order=0)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.gov.vn/ct13", external_link_text="Bản PDF", sort_order=1
    )
    engine.hits = [FakeHit(articles[0])]
    for typed in ("Chỉ thị 13", "chi thi 13"):
        html = _html(client.get("/tim-kiem/", {"q": typed}))
        box = html.index("Kết quả được đề xuất")
        assert box < html.index('<ol class="search-results"')
        assert html.index(promoted.title) > box
        assert "Văn bản gốc của phong trào." in html
        assert '<a href="https://example.gov.vn/ct13">Bản PDF</a>' in html
    assert "Kết quả được đề xuất" not in _html(client.get("/tim-kiem/", {"q": "thi đua"}))


def test_unpublished_promotion_is_not_shown(client, engine, articles):
    page = articles[3]
    page.unpublish()
    SearchPromotion.objects.create(query=Query.get("thi đua"), page=page, sort_order=0)
    assert "Kết quả được đề xuất" not in _html(client.get("/tim-kiem/", {"q": "thi đua"}))


def test_each_search_is_counted_once_for_the_popular_searches_report(client, engine, articles):
    engine.hits = [FakeHit(page) for page in articles]
    client.get("/tim-kiem/", {"q": "Thi  đua"})
    client.get("/tim-kiem/", {"q": "thi đua"})
    client.get("/tim-kiem/", {"q": "thi đua", "page": "2"})
    client.get("/tim-kiem/", {"q": "thi đua", "type": "news"})
    assert Query.objects.get(query_string="thi đua").hits == 2
    assert not ZeroResultQuery.objects.exists()


def test_searches_without_results_are_recorded_without_personal_data(client, engine, articles):
    client.get("/tim-kiem/", {"q": "Khen thưởng đột xuất"}, REMOTE_ADDR="203.0.113.9")
    client.get("/tim-kiem/", {"q": "khen thưởng đột xuất"})
    row = ZeroResultQuery.objects.get()
    assert row.query_string == "khen thưởng đột xuất"
    assert row.hits == 2
    assert {f.name for f in ZeroResultQuery._meta.get_fields()} == {
        "id",
        "query_string",
        "hits",
        "first_seen",
        "last_seen",
    }
    # Once content answers the search, it leaves the report.
    engine.hits = [FakeHit(articles[0])]
    client.get("/tim-kiem/", {"q": "khen thưởng đột xuất"})
    assert not ZeroResultQuery.objects.exists()


def test_control_characters_never_reach_the_engine_or_the_log(client, engine):
    html = _html(client.get("/tim-kiem/", {"q": "thi\x00 đua\x1b"}))
    assert engine.calls[-1]["query"] == "thi đua"
    assert "\x00" not in html
    assert ZeroResultQuery.objects.get().query_string == "thi đua"


def test_empty_state_helps_with_spelling_tone_marks_sections_and_popular_searches(client, engine, news_index):
    for _ in range(5):
        Query.get("chỉ thị 13").add_hit()
    Query.get("chỉ một lần").add_hit()
    html = _html(client.get("/tim-kiem/", {"q": "không có gì khớp"}))
    assert "Không tìm thấy kết quả nào cho “không có gì khớp”." in html
    assert "Kiểm tra lại chính tả" in html
    assert "Thử gõ không dấu" in html
    assert "Dùng ít từ hơn" in html
    assert f'<a href="{news_index.url}">Tin tức</a>' in html
    assert '<a href="/tim-kiem/?q=ch%E1%BB%89%20th%E1%BB%8B%2013">chỉ thị 13</a>' in html
    assert "chỉ một lần" not in html


def test_empty_query_asks_for_words_without_calling_the_engine(client, engine):
    html = _html(client.get("/tim-kiem/", {"q": "   "}))
    assert "Nhập từ khóa để tìm" in html
    assert not engine.calls
    assert not Query.objects.exists()


def test_suggestions_are_json_from_the_engine(client, engine, articles):
    engine.suggestions = [
        {"title": articles[0].title, "url": articles[0].url, "type_label": "Tin tức", "score": 3},
    ]
    response = client.get("/tim-kiem/goi-y/", {"q": "thi d"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex"
    data = json.loads(response.content)
    assert data == {
        "query": "thi d",
        "suggestions": [{"title": articles[0].title, "url": articles[0].url, "type_label": "Tin tức"}],
    }
    assert engine.suggest_calls == ["thi d"]


def test_one_letter_gets_no_suggestions(client, engine):
    data = json.loads(client.get("/tim-kiem/goi-y/", {"q": "đ"}).content)
    assert data["suggestions"] == []
    assert not engine.suggest_calls
