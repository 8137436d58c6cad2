"""Formatters for Wagtail's live slug field so that typing a Vietnamese title gives an ASCII slug.

Wagtail's built-in transliteration (urlify) knows no Vietnamese: it drops "ặ" and maps "đ" as
Serbian "dj". These formatters run first in the browser (in the w-slug controller) and fold each
Vietnamese letter to its base letter, exactly as :func:`core.text.slugify_vi` does on the server.
"""

from __future__ import annotations

import unicodedata

from .text import fold

_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


def _variants(base: str) -> str:
    chars = set()
    for letter in (base, base.upper()):
        for mark in _TONE_MARKS:
            chars.add(unicodedata.normalize("NFC", letter + mark))
    return "".join(sorted(chars))


def _build() -> list[tuple[str, str]]:
    groups: dict[str, set[str]] = {}
    for vowel in _VOWELS:
        for ch in _variants(vowel):
            target = fold(ch)
            if ch.isupper():
                target = target.upper()
            if ch != target:
                groups.setdefault(target, set()).add(ch)
    groups.setdefault("d", set()).add("đ")
    groups.setdefault("D", set()).add("Đ")
    formatters: list[tuple[str, str]] = [
        # Decomposed text pasted from another app: drop the combining marks.
        ("[\u0300-\u036f]", ""),
    ]
    for target, chars in sorted(groups.items()):
        formatters.append(("[" + "".join(sorted(chars)) + "]", target))
    # Typographic quotes and dashes become separators, not glued words.
    formatters.append(("[\u2018\u2019\u201c\u201d\u2013\u2014]", " "))
    return formatters


VI_SLUG_FORMATTERS = _build()
