"""Document numbers (số ký hiệu) as people type them.

"13/CT-UBND", "13 ct-ubnd", "13-CT-UBND" and "13/ct ubnd" are the same number; so are
"06/2022/QH15" and "6/2022/qh15", and "98/2023/NĐ-CP" and "98/2023/ND-CP". The key folds case,
tone marks and đ, treats every separator alike and drops leading zeros of numeric parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from core.text import fold

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def number_key(value: str | None) -> str:
    """Canonical comparison key of a document number: "13/CT-UBND" → "13-ct-ubnd"."""
    parts = [part for part in _SEPARATORS.split(fold(value or "")) if part]
    parts = [part.lstrip("0") or "0" if part.isdigit() else part for part in parts]
    return "-".join(parts)[:100]


# Words people put between a document type and its number: "Chỉ thị số 13", "Chỉ thị 13 năm 2021".
_NUMBER_WORD = "so"
_YEAR_WORD = "nam"
_MAX_QUERY_LENGTH = 100
_MAX_TOKENS = 10


@dataclass(frozen=True)
class TypeName:
    """What the parser needs to know of a document type: its id, name and abbreviation."""

    pk: int
    name: str
    abbreviation: str = ""

    @cached_property
    def name_tokens(self) -> tuple[str, ...]:
        return tuple(_tokens(self.name))

    @cached_property
    def abbreviation_key(self) -> str:
        return number_key(self.abbreviation)


@dataclass(frozen=True)
class NumberQuery:
    """A number as someone typed it, understood: "chỉ thị số 13" → key "13" of a Chỉ thị.

    ``key`` is the :func:`number_key` of the number part; ``doc_type`` is the type the text named
    (by name or abbreviation), ``year`` the year it named ("… năm 2021").
    """

    key: str
    doc_type: TypeName | None = None
    year: int | None = None

    @property
    def leading(self) -> str:
        return self.key.split("-", 1)[0]

    @property
    def has_symbol(self) -> bool:
        """Whether the number carries its symbol ("13/CT-UBND"), not just a figure ("13")."""
        return any(not part.isdigit() for part in self.key.split("-"))

    @property
    def is_exact(self) -> bool:
        """A whole number and symbol: one that may name exactly one document."""
        return self.has_symbol


def _tokens(value: str | None) -> list[str]:
    return [part for part in _SEPARATORS.split(fold(value or "")) if part]


def _strip_type(tokens: list[str], types: Iterable[TypeName]) -> tuple[list[str], TypeName | None]:
    """Remove a type named at the start or end of ``tokens`` ("chi thi 13", "13 chi thi", "ct 13")."""
    candidates = sorted(types, key=lambda t: len(t.name_tokens), reverse=True)
    for doc_type in candidates:
        words = list(doc_type.name_tokens)
        size = len(words)
        if not size or size >= len(tokens):
            continue
        if tokens[:size] == words:
            return tokens[size:], doc_type
        if tokens[-size:] == words:
            return tokens[:-size], doc_type
    # An abbreviation only counts in front ("CT 13"); after the figure it is part of the symbol.
    if len(tokens) > 1 and tokens[1].isdigit():
        for doc_type in candidates:
            if doc_type.abbreviation_key and tokens[0] == doc_type.abbreviation_key:
                return tokens[1:], doc_type
    return tokens, None


def parse_number_query(
    value: str | None, types: Iterable[TypeName] = (), *, allow_bare: bool = False
) -> NumberQuery | None:
    """Understand a number typed loosely, or return None when ``value`` does not look like one.

    "13/CT-UBND", "13 ct-ubnd", "13-CT-UBND" → key "13-ct-ubnd"; "chỉ thị 13", "chi thi so 13",
    "CT 13" → key "13" of type Chỉ thị; "Chỉ thị 13 năm 2021" adds the year. A bare figure ("13")
    counts only with ``allow_bare`` (the number field), since in free text it may be a year.
    """
    if not value or len(value) > _MAX_QUERY_LENGTH:
        return None
    tokens = _tokens(value)
    if not tokens or len(tokens) > _MAX_TOKENS:
        return None
    tokens, doc_type = _strip_type(tokens, types)
    if tokens and tokens[0] == _NUMBER_WORD:
        tokens = tokens[1:]
    year = None
    if len(tokens) >= 3 and tokens[-2] == _YEAR_WORD and tokens[-1].isdigit() and len(tokens[-1]) == 4:
        year = int(tokens[-1])
        tokens = tokens[:-2]
    if not tokens or not tokens[0].isdigit():
        return None
    query = NumberQuery(key=number_key("-".join(tokens)), doc_type=doc_type, year=year)
    if doc_type is None and not query.has_symbol and not allow_bare:
        return None
    return query
