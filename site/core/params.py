"""Reading values that visitors type into URLs (filters of listings) and quoting them back."""

from __future__ import annotations


def shorten(value: str, limit: int = 40) -> str:
    """``value`` cut to ``limit`` characters with an ellipsis, for messages that quote it."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def parse_year(raw: str | None, first: int = 1900, last: int = 2200) -> int | None:
    """A four-digit year between ``first`` and ``last``, or None for anything else."""
    value = (raw or "").strip()
    if len(value) == 4 and value.isdigit() and first <= int(value) <= last:
        return int(value)
    return None
