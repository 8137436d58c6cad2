"""The search engine on the site's own index: folding, ranking rules, numbers, hostile input, facets.

Runs on whichever database the tests use (SQLite FTS5 by default, PostgreSQL with DATABASE_URL).
"""

from __future__ import annotations

import datetime as dt

import pytest

from search import engine
from search.text import exact_form, folded_tokens, mentioned_names, mentioned_numbers
from tests.campaigns.factories import CampaignPageFactory
from tests.directives.factories import DocumentPageFactory, DocumentTypeFactory
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def titles(query: str, **kwargs) -> list[str]:
    return [hit.page.title for hit in engine.search(query, **kwargs).hits]


# --- text forms -----------------------------------------------------------------------------


def test_folding_maps_d_and_strips_double_marks():
    assert folded_tokens("Đường ế ồ ự Nguyễn") == ["duong", "e", "o", "u", "nguyen"]


def test_old_and_new_tone_placement_are_one_word():
    assert exact_form("Hoà bình, thuỷ lợi") == exact_form("hòa bình, thủy lợi")


def test_decomposed_input_and_odd_spaces_are_normalised():
    decomposed = "an\u00a0ninh  To\u0302\u0309 quo\u0302\u0301c"
    assert engine.normalise_query(decomposed) == "an ninh Tổ quốc"


def test_normalise_query_limits_length_and_drops_nul():
    assert len(engine.normalise_query("thi đua " * 1250)) <= 200
    assert engine.normalise_query("thi\x00đua") == ""


def test_document_numbers_and_names_are_found_in_text():
    text = "Thực hiện Chỉ thị số 13/CT-UBND ngày 25/8/2021, anh Nguyễn Văn Thắng đã cứu người."
    assert list(mentioned_numbers(text)) == ["chi thi 13 ct ubnd 13ctubnd"]
    assert list(mentioned_names(text)) == ["nguyễn văn thắng"]


# --- matching and ranking -------------------------------------------------------------------


@pytest.fixture
def corpus(news_index):
    market = NewsPageFactory(
        parent=news_index,
        title="Chợ phiên nông sản: người dân đua nhau mua vải thiều",
        summary="Người dân đua nhau chọn mua vải thiều sớm.",
        date=dt.date(2023, 6, 2),
    )
    for n in range(3):
        NewsPageFactory(
            parent=news_index,
            title=f"Đẩy mạnh phong trào thi đua yêu nước đợt {n}",
            summary="Các đơn vị thi đua với nhau, hỗ trợ nhau hoàn thành nhiệm vụ.",
            date=dt.date(2021, 8, 25),
        )
    bui = ExemplarPageFactory(title="Bùi Thị Hương", role="Bác sĩ Trạm Y tế xã", summary="Tận tụy với người bệnh.")
    ExemplarPageFactory(
        title="Nguyễn Thị Thu Hương", role="Giáo viên", summary="Bùi ngùi nhớ lại những năm đầu đi dạy."
    )
    return {"market": market, "bui": bui}


def test_accented_query_ranks_exact_diacritics_before_folded_matches(corpus):
    found = titles("đua nhau")
    assert found[0] == corpus["market"].title


def test_unaccented_name_finds_that_person_first(corpus):
    found = titles("bui thi huong")
    assert found[0] == "Bùi Thị Hương"
    assert "Nguyễn Thị Thu Hương" in found


def test_unaccented_query_finds_accented_title_in_capitals(corpus):
    assert titles("CHO PHIEN NONG SAN")[0] == corpus["market"].title


def test_phrase_beats_scattered_words(news_index):
    scattered = NewsPageFactory(
        parent=news_index, title="Hội nghị về vải, nông sản và chợ đầu mối", summary="Phiên họp thường kỳ."
    )
    phrase = NewsPageFactory(
        parent=news_index, title="Khai mạc hội chợ", summary="Tại chợ phiên nông sản có nhiều đặc sản."
    )
    found = titles("chợ phiên nông sản")
    assert found.index(phrase.title) < found.index(scattered.title)


def test_title_beats_body(news_index):
    body = NewsPageFactory(parent=news_index, title="Tin địa phương", summary="Lễ hội Côn Sơn Kiếp Bạc khai mạc.")
    title = NewsPageFactory(parent=news_index, title="Lễ hội Côn Sơn Kiếp Bạc", summary="Tin địa phương.")
    assert titles("con son kiep bac")[:2] == [title.title, body.title]


def test_old_tone_placement_in_query_matches_new_in_text(news_index):
    page = NewsPageFactory(parent=news_index, title="Hòa giải ở cơ sở", summary="Tổ hòa giải.")
    assert titles("hoà giải")[0] == page.title


# --- document numbers ----------------------------------------------------------------------


@pytest.fixture
def documents(db):
    directive = DocumentPageFactory(
        title="Về phát động thi đua thực hiện thắng lợi nhiệm vụ năm 2021",
        number="13/CT-UBND",
        doc_type=DocumentTypeFactory(name="Chỉ thị", abbreviation="CT"),
    )
    plan = DocumentPageFactory(
        title="Tổ chức Đại hội Thi đua yêu nước tỉnh", number="45/KH-UBND",
        doc_type=DocumentTypeFactory(name="Kế hoạch", abbreviation="KH"),
    )
    circular = DocumentPageFactory(
        title="Hướng dẫn thi hành Nghị định 98/2023/NĐ-CP", number="01/2024/TT-BNV",
        doc_type=DocumentTypeFactory(name="Thông tư", abbreviation="TT"),
    )
    other = DocumentPageFactory(title="Quyết định khen thưởng năm 2013 số 13", number="113/QĐ-UBND")
    return {"directive": directive, "plan": plan, "circular": circular, "other": other}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("13/CT-UBND", "directive"),
        ("13 ct ubnd", "directive"),
        ("chỉ thị 13", "directive"),
        ("chi thi so 13", "directive"),
        ("45/KH-UBND", "plan"),
        ("45/kh-ubnd", "plan"),
        ("thông tư 01/2024", "circular"),
        ("01/2024/TT-BNV", "circular"),
    ],
)
def test_document_numbers_match_as_wholes(documents, query, key):
    assert titles(query)[0] == documents[key].title


def test_news_that_mentions_a_number_is_found_by_type_and_number(news_index):
    page = NewsPageFactory(parent=news_index, title="Phát động thi đua", summary="UBND tỉnh ban hành Chỉ thị số 13/CT-UBND.")
    NewsPageFactory(parent=news_index, title="Kỷ niệm 13 năm thành lập", summary="Chỉ đạo thi đua.")
    assert titles("chi thi 13")[0] == page.title


# --- hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "thi đua " * 1250,
        "!!! ??? ...",
        '"',
        '"thi đua',
        "*",
        "thi*",
        "NEAR(thi đua)",
        "thi OR đua",
        "OR",
        "AND NOT",
        "thi\x00đua",
        "'; DROP TABLE wagtailcore_page; --",
        "title:thi",
        "'a':* & !b",
        "(((",
        "%_%",
        "",
        "   ",
    ],
)
def test_hostile_queries_never_fail(corpus, query):
    results = engine.search(query)
    assert isinstance(results.total, int)
    assert engine.suggest(query) is not None


def test_nul_byte_gives_empty_results(corpus):
    assert engine.search("thi\x00đua").total == 0


def test_only_punctuation_gives_empty_results(corpus):
    results = engine.search("!!! ??? ...")
    assert (results.total, results.hits) == (0, [])


def test_query_syntax_is_read_as_words(news_index):
    page = NewsPageFactory(parent=news_index, title="Hoặc thế này OR thế kia", summary="Near the river.")
    assert titles('"OR" NEAR(')[0] == page.title


# --- facets, filters and pagination ---------------------------------------------------------


@pytest.fixture
def mixed(news_index):
    for n in range(3):
        NewsPageFactory(parent=news_index, title=f"Phong trào thi đua số {n}", date=dt.date(2022 + n % 2, 5, 1))
    CampaignPageFactory(title="Phong trào thi đua Dân vận khéo", date=dt.date(2023, 1, 5))
    DocumentPageFactory(title="Kế hoạch phong trào thi đua", issued=dt.date(2024, 3, 5))


def test_type_and_year_facets_count_the_matches(mixed):
    results = engine.search("phong trao thi dua")
    types = {value: (label, count) for value, label, count in results.facets["type"]}
    assert types["news.NewsPage"] == ("Tin tức", 3)
    assert types["campaigns.CampaignPage"] == ("Phong trào thi đua", 1)
    assert types["directives.DocumentPage"] == ("Văn bản", 1)
    years = dict((value, count) for value, _label, count in results.facets["year"])
    assert years == {"2024": 1, "2023": 2, "2022": 2}
    assert results.total == sum(count for _v, _l, count in results.facets["type"])


def test_type_filter_keeps_the_type_facet_and_narrows_the_years(mixed):
    results = engine.search("phong trao thi dua", types=["news.NewsPage"])
    assert {hit.type for hit in results.hits} == {"news.NewsPage"}
    assert results.total == 3
    assert len(results.facets["type"]) >= 3
    assert dict((v, c) for v, _l, c in results.facets["year"]) == {"2023": 1, "2022": 2}


def test_year_filter(mixed):
    results = engine.search("phong trao thi dua", year=2023)
    assert {hit.date.year for hit in results.hits} == {2023}
    assert results.total == 2


def test_pagination_has_no_repeats(mixed):
    first = engine.search("thi dua", limit=2)
    second = engine.search("thi dua", offset=2, limit=2)
    ids = [hit.page.pk for hit in first.hits + second.hits]
    assert len(ids) == len(set(ids)) == 4


def test_hit_carries_type_label_and_date(corpus):
    hit = engine.search("bui thi huong").hits[0]
    assert (hit.type, hit.type_label, hit.page.specific_class.__name__) == (
        "exemplars.ExemplarPage", "Gương điển hình", "ExemplarPage"
    )


# --- autocomplete ---------------------------------------------------------------------------


def test_suggest_matches_folded_prefixes_of_titles(corpus):
    found = engine.suggest("cho phien nong s")
    assert found[0]["title"] == corpus["market"].title
    assert found[0]["type_label"] == "Tin tức"
    assert found[0]["url"]


def test_suggest_needs_two_characters(corpus):
    assert engine.suggest("c") == []


# --- queries of very common words ------------------------------------------------------------


@pytest.fixture
def common_words(news_index, monkeypatch):
    """More pages match than the engine scores one by one (MATCH_CAP lowered from 1000 to 4)."""
    monkeypatch.setattr(engine, "MATCH_CAP", 4)
    pages = {"old_title": NewsPageFactory(parent=news_index, title="Thi đua yêu nước", summary="Tin cũ.")}
    for n in range(5):
        pages[n] = NewsPageFactory(parent=news_index, title=f"Tin số {n}", summary="Các đơn vị đua nhau thi hành.")
    pages["phrase"] = NewsPageFactory(parent=news_index, title="Tin mới", summary="Phát động thi đua.")
    return pages


def test_common_words_count_the_newest_matches(common_words):
    results = engine.search("thi đua")
    assert results.total == 4
    assert sum(count for _v, _l, count in results.facets["type"]) == 4


def test_common_words_still_rank_an_older_title_match_first(common_words):
    found = titles("thi đua")
    assert found[0] == "Thi đua yêu nước"
    assert found[1] == "Tin mới"  # the words as a phrase, in the body
    assert found[2:] == ["Tin số 4", "Tin số 3", "Tin số 2"]  # scattered words: the newest first


def test_every_word_leaves_out_near_misses_that_the_search_page_offers(corpus):
    from search.engine import ranked

    # "vải thiều yêu nước": no page holds all four words; the search page still offers pages
    # with most of them, a listing filter must not.
    near, _scores, _rows = ranked("vải thiều yêu nước")
    strict, _scores, _rows = ranked("vải thiều yêu nước", every_word=True)
    assert near and strict == []
    both, _scores, _rows = ranked("vai thieu", every_word=True)
    assert both == [corpus["market"].pk]
