"""Document numbers (số ký hiệu) as people type them.

"13/CT-UBND", "13 ct-ubnd", "13-CT-UBND" and "13/ct ubnd" are the same number; so are
"06/2022/QH15" and "6/2022/qh15", and "98/2023/NĐ-CP" and "98/2023/ND-CP". The key folds case,
tone marks and đ, treats every separator alike and drops leading zeros of numeric parts.
"""

from __future__ import annotations

import re

from core.text import fold

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def number_key(value: str | None) -> str:
    """Canonical comparison key of a document number: "13/CT-UBND" → "13-ct-ubnd"."""
    parts = [part for part in _SEPARATORS.split(fold(value or "")) if part]
    parts = [part.lstrip("0") or "0" if part.isdigit() else part for part in parts]
    return "-".join(parts)[:100]
