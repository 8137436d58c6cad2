"""How text becomes search terms, the same way for what we index and what people type.

Two forms of every word are kept: the *exact* form (NFC, lower case, modern tone placement:
"hoà" and "hòa" are one word) and the *folded* form (no tone or vowel marks, đ → d, numbers
without leading zeros). Matching on the folded form finds "bui thi huong"; the exact form lets
a query typed with its marks rank the pages written with those marks first.

Document numbers ("13/CT-UBND") and people's names ("Bùi Thị Hương") are also written as one
compact token ("13ctubnd", "buithihuong"), so that they can be matched as wholes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.text import clean_text, fold, modern_tone_placement

# Letters and digits only: whatever else someone types (quotes, stars, brackets, operators) is
# a separator, so no query text ever reaches a full-text engine as syntax.
_TOKEN_RE = re.compile(r"[^\W_]+")
_TAG_RE = re.compile(r"<[^>]*>")
MAX_TOKENS = 12


def exact_form(value: str | None) -> str:
    """NFC, single spaces, modern tone placement, lower case."""
    return modern_tone_placement(clean_text(value)).lower()


def tokens(value: str | None) -> list[str]:
    """The exact-form words of ``value``."""
    return _TOKEN_RE.findall(exact_form(value))


def fold_token(token: str) -> str:
    folded = fold(token)
    if folded.isdigit():
        return folded.lstrip("0") or "0"
    return folded


def folded_tokens(value: str | None) -> list[str]:
    return [fold_token(token) for token in tokens(value)]


def index_text(value: str | None) -> tuple[str, str]:
    """(exact, folded) word sequences of ``value``, each a space-separated string of words."""
    words = tokens(value)
    return " ".join(words), " ".join(fold_token(word) for word in words)


def strip_html(value: str | None) -> str:
    if not value:
        return ""
    return html.unescape(_TAG_RE.sub(" ", str(value)))


def compact(words: Iterable[str]) -> str:
    """One token from several words: the form in which a number or a name is matched whole."""
    return "".join(words)


@dataclass(frozen=True)
class DocType:
    name: str
    abbreviation: str

    @property
    def folded(self) -> str:
        return " ".join(folded_tokens(self.name))


# The kinds of legal documents people name in text and in queries ("chỉ thị 13", "thông tư 01/2024").
# The document types editors add in the admin are used as well (see :func:`doc_types`).
DOC_TYPES = [
    DocType("Luật", ""),
    DocType("Bộ luật", ""),
    DocType("Pháp lệnh", "PL"),
    DocType("Nghị định", "NĐ"),
    DocType("Nghị quyết", "NQ"),
    DocType("Nghị quyết liên tịch", "NQLT"),
    DocType("Thông tư", "TT"),
    DocType("Thông tư liên tịch", "TTLT"),
    DocType("Chỉ thị", "CT"),
    DocType("Quyết định", "QĐ"),
    DocType("Kế hoạch", "KH"),
    DocType("Công văn", "CV"),
    DocType("Công điện", "CĐ"),
    DocType("Thông báo", "TB"),
    DocType("Hướng dẫn", "HD"),
    DocType("Báo cáo", "BC"),
    DocType("Tờ trình", "TTr"),
    DocType("Kết luận", "KL"),
    DocType("Quy chế", "QC"),
    DocType("Chương trình", "CTr"),
]


def doc_types() -> list[DocType]:
    """The built-in document types and the ones in the site's vocabulary."""
    found = list(DOC_TYPES)
    try:
        from directives.models import DocumentType

        names = {fold(item.name) for item in found}
        for name, abbreviation in DocumentType.objects.values_list("name", "abbreviation"):
            if fold(name) not in names:
                found.append(DocType(name, abbreviation or ""))
    except Exception:  # noqa: S110 - before migrations the vocabulary table may not exist
        pass
    return found


def _abbreviation_types() -> dict[str, DocType]:
    out: dict[str, DocType] = {}
    for doc_type in DOC_TYPES:
        key = fold(doc_type.abbreviation)
        if key and key not in out:
            out[key] = doc_type
    return out


_BY_ABBREVIATION = _abbreviation_types()
# A document number as written in Vietnamese texts: "13/CT-UBND", "98/2023/NĐ-CP", "34-CT/TƯ",
# "01/2024/TT-BNV". A letter after the first separator keeps dates ("25/8/2021") out.
_UPPER = "A-ZĐƯƠÂĂÊÔ"
NUMBER_RE = re.compile(
    rf"(?<![\w/])(\d{{1,5}}(?:/\d{{4}})?[/-][{_UPPER}][{_UPPER}a-z0-9]*(?:[-/][{_UPPER}0-9][{_UPPER}a-z0-9]*)*)"
)
_TYPE_BEFORE_RE = re.compile(
    r"(" + "|".join(sorted({t.folded for t in DOC_TYPES}, key=len, reverse=True)) + r")\s+(?:so\s+)?$"
)


def number_parts(number: str) -> list[str]:
    return folded_tokens(number)


def number_keys(number: str, doc_type_name: str = "") -> str:
    """Searchable forms of a document number: "chi thi 13 ct ubnd 13ctubnd"."""
    parts = number_parts(number)
    if not parts:
        return ""
    type_words = " ".join(folded_tokens(doc_type_name))
    if not type_words:
        symbol = next((part for part in parts if not part.isdigit()), "")
        inferred = _BY_ABBREVIATION.get(symbol)
        type_words = inferred.folded if inferred else ""
    return " ".join(filter(None, [type_words, " ".join(parts), compact(parts)]))


def mentioned_numbers(text: str) -> Iterator[str]:
    """Keys of the document numbers ``text`` mentions, with the type it names before them."""
    for match in NUMBER_RE.finditer(text):
        before = fold(text[max(0, match.start() - 30) : match.start()])
        named = _TYPE_BEFORE_RE.search(before)
        yield number_keys(match.group(1), named.group(1) if named else "")


# Family names that open almost every Vietnamese personal name.
SURNAMES = set(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh "
    "Trương Lâm Phùng Mai Tô Tạ Hà Lưu Đinh Cao Lương Chu Kiều Quách Thái Triệu Đồng Văn Khổng "
    "Nghiêm Lại Hứa Mạc Tăng Thân Tống Quan Giang Doãn Cù Lò Âu Kim".split()
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def mentioned_names(text: str) -> Iterator[str]:
    """People's names in ``text`` ("… anh Nguyễn Văn Thắng (SN 1998) …" → "nguyễn văn thắng")."""
    words = list(_TOKEN_RE.finditer(modern_tone_placement(clean_text(text))))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        if word in SURNAMES:
            run = [words[i]]
            j = i + 1
            while j < len(words) and len(run) < 5:
                gap = text_between(words[j - 1], words[j])
                if gap.strip() or not _capitalised(words[j].group(0)):
                    break
                run.append(words[j])
                j += 1
            if len(run) >= 2:
                yield " ".join(match.group(0).lower() for match in run)
                i = j
                continue
        i += 1


def text_between(first: re.Match, second: re.Match) -> str:
    return first.string[first.end() : second.start()]


def name_keys(name: str) -> str:
    """A person's name in all its searchable forms: words, and the whole name as one token."""
    exact = tokens(name)
    if not exact:
        return ""
    return " ".join([*exact, compact(exact)])
