"""Marking the searched words in titles and snippets, also when they matched only after folding.

A citizen who types "thi dua" must see "<mark>thi đua</mark>" in the results: words are
compared by their folded form (core.text.fold: no tone marks, đ → d), while the page shows
the text as written. Everything returned here is escaped HTML with only <mark> added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from core.text import clean_text, fold

# A word is a run of letters or digits (NFC text keeps each Vietnamese letter one character).
_WORD_RE = re.compile(r"[^\W_]+")
# What may sit between two marked words and still read as one phrase ("thi đua", "13/CT-UBND").
_JOINER_RE = re.compile(r"[\s/.\-–]{1,3}")

SNIPPET_LENGTH = 240
# How much text to show before the first match, so the reader sees it in context.
SNIPPET_LEAD = 60


def query_terms(query: str | None) -> frozenset[str]:
    """The folded words of a query: "Thi ĐUA 13/CT" → {"thi", "dua", "13", "ct"}."""
    text = clean_text(query)
    return frozenset(fold(word) for word in _WORD_RE.findall(text))


def _matches(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) spans of the words of ``text`` whose folded form is a query term, merged into phrases."""
    terms = frozenset(terms)
    spans: list[tuple[int, int]] = []
    if not terms:
        return spans
    for match in _WORD_RE.finditer(text):
        if fold(match.group(0)) not in terms:
            continue
        start, end = match.span()
        if spans and _JOINER_RE.fullmatch(text[spans[-1][1] : start]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _render(text: str, spans: list[tuple[int, int]]) -> SafeString:
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def highlight(text: str | None, query: str | None) -> SafeString:
    """``text`` as escaped HTML with the query's words in <mark>, matched through folding."""
    text = clean_text(text)
    return _render(text, _matches(text, query_terms(query)))


def has_match(text: str | None, query: str | None) -> bool:
    return bool(_matches(clean_text(text), query_terms(query)))


def snippet(text: str | None, query: str | None, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of about ``length`` characters around the first match, highlighted.

    Without a match the opening of the text is shown. The cut falls between words and an
    ellipsis marks each end that was cut.
    """
    text = clean_text(strip_tags(text or ""))
    if not text:
        return mark_safe("")
    spans = _matches(text, query_terms(query))
    start = 0
    if spans and len(text) > length:
        start = max(0, spans[0][0] - SNIPPET_LEAD)
        # Show the end of the text rather than a short window when the match is near it.
        start = min(start, max(0, len(text) - length))
        if start:
            space = text.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 else 0
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    else:
        end = len(text)
    window = text[start:end]
    shifted = [(max(s, start) - start, min(e, end) - start) for s, e in spans if e > start and s < end]
    html = _render(window, shifted)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 - built from escaped pieces
