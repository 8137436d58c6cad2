"""Elasticsearch 9 / OpenSearch 3 settings: Vietnamese analyzers and the mappings of our pages.

Unit tests need only the client library (requirements-search.txt); the integration tests at
the end run against a server when SEARCH_TEST_URL is set and are skipped otherwise.
"""

import os
import uuid

import pytest

from core.text import modern_tone_placement
from search.elasticsearch import index_settings, tone_placement_pairs, wagtailsearch_backends

pytest.importorskip("elasticsearch")


def _backend(**environ):
    from wagtail.search.backends import import_backend

    params = wagtailsearch_backends(environ)["default"].copy()
    return import_backend(params.pop("BACKEND"))(params)


def test_environment_selects_elasticsearch_9_by_default():
    config = wagtailsearch_backends({"SEARCH_URL": "http://es1:9200, http://es2:9200", "SEARCH_INDEX": "cong_"})
    default = config["default"]
    assert default["BACKEND"] == "search.elasticsearch.Elasticsearch9VietnameseBackend"
    assert default["URLS"] == ["http://es1:9200", "http://es2:9200"]
    assert default["INDEX_PREFIX"] == "cong_"


def test_environment_selects_opensearch_3_and_rejects_unknown_versions():
    config = wagtailsearch_backends({"SEARCH_ENGINE_VERSION": "OpenSearch3"})
    assert config["default"]["BACKEND"] == "search.elasticsearch.OpenSearch3VietnameseBackend"
    with pytest.raises(ValueError, match="SEARCH_ENGINE_VERSION"):
        wagtailsearch_backends({"SEARCH_ENGINE_VERSION": "7"})


def test_text_is_lowercased_and_folded_keeping_the_original_token():
    analysis = index_settings()["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["filter"][0] == "lowercase"
    assert default["filter"][-1] == "vi_folding_keep"
    assert analysis["filter"]["vi_folding_keep"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["analyzer"]["vi_text"] == default


def test_old_tone_placement_rules_agree_with_the_site():
    pairs = tone_placement_pairs()
    assert len(pairs) == 15
    for old, new in pairs.items():
        assert modern_tone_placement(f"h{old}") == f"h{new}"
    filters = index_settings()["settings"]["analysis"]["filter"]
    assert {"type": "pattern_replace", "pattern": "oà$", "replacement": "òa"} in filters.values()


def test_autocomplete_uses_edge_ngrams_of_folded_tokens_and_searches_without_ngrams():
    analysis = index_settings()["settings"]["analysis"]
    assert analysis["analyzer"]["vi_autocomplete"]["filter"] == ["lowercase", "vi_folding", "vi_edge_ngram"]
    assert analysis["analyzer"]["vi_autocomplete_search"]["filter"] == ["lowercase", "vi_folding"]
    assert analysis["filter"]["vi_edge_ngram"]["type"] == "edge_ngram"


def test_icu_normaliser_only_when_asked_for():
    assert index_settings(icu=True)["settings"]["analysis"]["char_filter"]["vi_nfc"]["type"] == "icu_normalizer"
    assert index_settings()["settings"]["analysis"]["char_filter"]["vi_nfc"]["type"] == "pattern_replace"


def test_backend_merges_our_analyzers_into_wagtails_settings():
    backend = _backend(SEARCH_URL="http://localhost:9200")
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"][-1] == "vi_folding_keep"
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"] == ["lowercase", "vi_folding", "vi_edge_ngram"]
    # Wagtail's own filters are still there for the analyzers that use them.
    assert "ngram" in analysis["filter"]


@pytest.mark.django_db
def test_news_page_mapping_uses_the_vietnamese_autocomplete_analyzers():
    from news.models import NewsPage

    backend = _backend()
    mapping = backend.mapping_class(NewsPage).get_mapping()
    properties = mapping["properties"]
    assert properties["_edgengrams"]["analyzer"] == "vi_autocomplete"
    assert properties["_edgengrams"]["search_analyzer"] == "vi_autocomplete_search"
    assert properties["title"]["type"] == "text"
    # No analyzer named on plain text fields: the index's Vietnamese "default" applies.
    assert "analyzer" not in properties["title"]
    assert "news_newspage__summary" in properties


@pytest.mark.django_db
def test_exemplar_mapping_has_no_private_fields():
    from exemplars.models import ExemplarPage

    properties = _backend().mapping_class(ExemplarPage).get_mapping()["properties"]
    assert not [name for name in properties if "consent" in name or "nomination" in name or "comment" in name]


# --- against a server -----------------------------------------------------------------------

SERVER = os.environ.get("SEARCH_TEST_URL")
needs_server = pytest.mark.skipif(not SERVER, reason="SEARCH_TEST_URL is not set")


@pytest.fixture
def live_backend():
    version = os.environ.get("SEARCH_TEST_ENGINE_VERSION", "9")
    backend = _backend(SEARCH_URL=SERVER, SEARCH_INDEX=f"test_{uuid.uuid4().hex[:8]}_", SEARCH_ENGINE_VERSION=version)
    yield backend
    backend.es.indices.delete(index=f"{backend.index_prefix}*", ignore_unavailable=True)


def _tokens(backend, analyzer: str, text: str) -> list[str]:
    from news.models import NewsPage

    index = backend.get_index_for_model(NewsPage)
    if not index.exists():
        index.put()
    result = backend.es.indices.analyze(index=index.name, analyzer=analyzer, text=text)
    return [token["token"] for token in result["tokens"]]


@needs_server
@pytest.mark.django_db
def test_server_folds_keeping_originals_and_modern_tone_placement(live_backend):
    tokens = _tokens(live_backend, "default", "Thi ĐUA hoà bình")
    assert {"thi", "đua", "dua", "hòa", "hoa", "bình", "binh"} <= set(tokens)


@needs_server
@pytest.mark.django_db
def test_server_autocomplete_prefixes_are_folded(live_backend):
    assert "thi" in _tokens(live_backend, "vi_autocomplete", "Thi đua")
    assert "du" in _tokens(live_backend, "vi_autocomplete", "Thi đua")
    assert _tokens(live_backend, "vi_autocomplete_search", "Đu") == ["du"]


@needs_server
@pytest.mark.django_db
def test_server_finds_an_accented_title_from_an_unaccented_query(live_backend, news_index):
    from news.models import NewsPage
    from tests.factories import NewsPageFactory

    page = NewsPageFactory(parent=news_index, title="Đẩy mạnh phong trào thi đua yêu nước")
    NewsPageFactory(parent=news_index, title="Hội nghị giao ban quý III")
    index = live_backend.get_index_for_model(NewsPage)
    index.put()
    index.add_model(NewsPage)
    for item in NewsPage.objects.all():
        index.add_item(item)
    index.refresh()
    found = list(live_backend.search("day manh thi dua", NewsPage.objects.all()))
    assert found and found[0].pk == page.pk
