"""Elasticsearch 9 / OpenSearch 3 for search: the index settings that make them read Vietnamese.

Selected by environment variables (read in config/settings/base.py):

    SEARCH_BACKEND=elasticsearch
    SEARCH_URL=http://localhost:9200        (several: comma-separated)
    SEARCH_INDEX=tdkt_                      (index name prefix)
    SEARCH_ENGINE_VERSION=9 | opensearch3   (default 9)
    SEARCH_ICU=1                            (only if the analysis-icu plugin is installed)

What the analyzers do, in the order the site needs it:
- every text field uses ``vi_text``: lower case, old tone placement moved to the modern one
  (hoà → hòa), then ASCII folding *keeping the original token*, so "Đua" is indexed as both
  "đua" and "dua". A query with the user's exact diacritics matches both tokens and ranks
  above a document that only matches after folding; a query without marks still finds it.
- autocomplete fields use ``vi_autocomplete`` (edge n-grams of folded tokens) at index time
  and ``vi_autocomplete_search`` (the same folding, no n-grams) at query time, so "thi d"
  suggests "Thi đua …" without matching every word that starts with "d" inside a word.

This module is imported by the settings, so it must not import Django models or the
Elasticsearch client at module level; the backend classes are built on first use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

# Old-style tone placement (tone on the second vowel of a final "oa", "oe", "uy") → modern.
_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))
_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def tone_placement_pairs() -> dict[str, str]:
    """{"oà": "òa", "uỷ": "ủy", …}: the syllable endings core.text.modern_tone_placement rewrites."""
    pairs = {}
    for first, second in _PAIRS:
        for mark in _TONE_MARKS:
            old = first + unicodedata.normalize("NFC", second + mark)
            new = unicodedata.normalize("NFC", first + mark) + second
            pairs[old] = new
    return pairs


def _tone_filters() -> dict[str, dict]:
    # One pattern_replace per ending, anchored at the end of the token so "hoàng" is untouched.
    return {
        f"vi_tone_{index}": {"type": "pattern_replace", "pattern": f"{old}$", "replacement": new}
        for index, (old, new) in enumerate(sorted(tone_placement_pairs().items()))
    }


def index_settings(icu: bool = False) -> dict[str, Any]:
    """The INDEX_SETTINGS merged into Wagtail's defaults (which the analyzers below override)."""
    tone_filters = _tone_filters()
    if icu:
        char_filters = {"vi_nfc": {"type": "icu_normalizer", "name": "nfc", "mode": "compose"}}
    else:
        # Without the ICU plugin there is no NFC: drop combining marks, so decomposed text
        # pasted from another app still matches by its folded form.
        char_filters = {"vi_nfc": {"type": "pattern_replace", "pattern": "[\\u0300-\\u036f]", "replacement": ""}}
    folding = ["lowercase", *tone_filters, "vi_folding_keep"]
    return {
        "settings": {
            "index": {"max_ngram_diff": 19},
            "analysis": {
                "char_filter": char_filters,
                "filter": {
                    **tone_filters,
                    "vi_folding_keep": {"type": "asciifolding", "preserve_original": True},
                    "vi_folding": {"type": "asciifolding", "preserve_original": False},
                    "vi_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
                },
                "analyzer": {
                    # "default" applies to every text field without its own analyzer, _all_text included.
                    "default": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": folding,
                    },
                    "vi_text": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": folding,
                    },
                    "vi_autocomplete": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": ["lowercase", "vi_folding", "vi_edge_ngram"],
                    },
                    "vi_autocomplete_search": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": ["lowercase", "vi_folding"],
                    },
                    # Wagtail's own names, pointed at the Vietnamese chains for any mapping that uses them.
                    "edgengram_analyzer": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": ["lowercase", "vi_folding", "vi_edge_ngram"],
                    },
                    "ngram_analyzer": {
                        "type": "custom",
                        "char_filter": ["vi_nfc"],
                        "tokenizer": "standard",
                        "filter": ["lowercase", "vi_folding", "ngram"],
                    },
                },
            },
        }
    }


AUTOCOMPLETE_CONFIG = {"analyzer": "vi_autocomplete", "search_analyzer": "vi_autocomplete_search"}

BACKEND_MODULES = {
    "9": "search.elasticsearch.Elasticsearch9VietnameseBackend",
    "opensearch3": "search.elasticsearch.OpenSearch3VietnameseBackend",
}


def wagtailsearch_backends(environ: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """WAGTAILSEARCH_BACKENDS for SEARCH_BACKEND=elasticsearch, from the environment."""
    version = (environ.get("SEARCH_ENGINE_VERSION") or "9").strip().lower()
    if version not in BACKEND_MODULES:
        raise ValueError(f"SEARCH_ENGINE_VERSION must be one of {', '.join(BACKEND_MODULES)}, not {version!r}")
    urls = [url.strip() for url in (environ.get("SEARCH_URL") or "http://localhost:9200").split(",") if url.strip()]
    icu = (environ.get("SEARCH_ICU") or "").strip().lower() in {"1", "true", "yes", "on"}
    return {
        "default": {
            "BACKEND": BACKEND_MODULES[version],
            "URLS": urls,
            "INDEX_PREFIX": environ.get("SEARCH_INDEX") or "tdkt_",
            "TIMEOUT": int(environ.get("SEARCH_TIMEOUT") or 5),
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": index_settings(icu=icu),
        }
    }


def _vietnamese_backend(base_module: str, base_name: str, mapping_name: str):
    """A subclass of Wagtail's backend whose mapping uses the Vietnamese autocomplete analyzers."""
    from importlib import import_module

    module = import_module(base_module)
    base_backend = getattr(module, base_name)
    mapping = type(
        f"Vietnamese{mapping_name}",
        (getattr(module, mapping_name),),
        {"edgengram_analyzer_config": dict(AUTOCOMPLETE_CONFIG)},
    )
    compiler = type(
        f"Vietnamese{base_backend.query_compiler_class.__name__}",
        (base_backend.query_compiler_class,),
        {"mapping_class": mapping},
    )
    autocomplete = type(
        f"Vietnamese{base_backend.autocomplete_query_compiler_class.__name__}",
        (base_backend.autocomplete_query_compiler_class,),
        {"mapping_class": mapping},
    )
    return type(
        f"Vietnamese{base_name}",
        (base_backend,),
        {
            "mapping_class": mapping,
            "query_compiler_class": compiler,
            "autocomplete_query_compiler_class": autocomplete,
        },
    )


_BUILDERS = {
    "Elasticsearch9VietnameseBackend": (
        "wagtail.search.backends.elasticsearch9",
        "Elasticsearch9SearchBackend",
        "Elasticsearch9Mapping",
    ),
    "OpenSearch3VietnameseBackend": (
        "wagtail.search.backends.opensearch3",
        "OpenSearch3SearchBackend",
        "OpenSearch3Mapping",
    ),
}
_built: dict[str, type] = {}


def __getattr__(name: str):
    # Built on first use so that the settings can import this module without the client installed.
    if name in _BUILDERS:
        if name not in _built:
            _built[name] = _vietnamese_backend(*_BUILDERS[name])
        return _built[name]
    raise AttributeError(name)
