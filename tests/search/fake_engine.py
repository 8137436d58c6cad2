"""A stand-in for search.engine that returns what a test tells it to and records how it was called.

View tests use it to check what the page does with the engine's answer (facets, pages,
highlighting) independently of ranking, which the engine's own tests cover.
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field

from core.text import clean_text, modern_tone_placement


@dataclass
class FakeHit:
    page: object
    score: float = 1.0
    type: str = "news.NewsPage"
    type_label: str = "Tin tức"
    date: object = None


@dataclass
class FakeResults:
    hits: list
    total: int
    facets: dict = field(default_factory=dict)
    query: str = ""


class FakeEngine:
    def __init__(self):
        self.hits: list[FakeHit] = []
        self.facets: dict = {}
        self.suggestions: list[dict] = []
        self.calls: list[dict] = []
        self.suggest_calls: list[str] = []

    @staticmethod
    def normalise_query(query: str) -> str:
        return modern_tone_placement(clean_text(query))[:200]

    def search(self, query, *, types=None, year=None, offset=0, limit=10):
        self.calls.append({"query": query, "types": types, "year": year, "offset": offset, "limit": limit})
        if not query:
            return FakeResults([], 0, {}, query)
        return FakeResults(self.hits[offset : offset + limit], len(self.hits), self.facets, query)

    def suggest(self, prefix, limit=8):
        self.suggest_calls.append(prefix)
        return self.suggestions[:limit]


def install(monkeypatch) -> FakeEngine:
    """Put a FakeEngine in place of search.engine (whether or not the real module exists yet)."""
    import search

    try:
        from search import engine
    except ImportError:
        engine = types.ModuleType("search.engine")
        monkeypatch.setitem(sys.modules, "search.engine", engine)
        monkeypatch.setattr(search, "engine", engine, raising=False)
    fake = FakeEngine()
    for name in ("search", "suggest", "normalise_query"):
        monkeypatch.setattr(engine, name, getattr(fake, name), raising=False)
    return fake
