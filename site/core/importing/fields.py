"""How each field of a record is checked and cleaned; reasons are shown to the person importing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from core.params import shorten  # noqa: F401 — importers quote values with it

from ..sanitize import sanitize_html
from ..text import clean_multiline, clean_text, slugify_vi


class Invalid(Exception):
    """A value that breaks the format; the message is the reason shown to the person importing."""


class FieldType:
    """Checks and cleans one field's value; raises :class:`Invalid` with a Vietnamese reason."""

    def clean(self, value: Any) -> Any:
        raise NotImplementedError


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return "giá trị đúng/sai"
    if isinstance(value, (int, float)):
        return "số"
    if isinstance(value, list):
        return "danh sách"
    if isinstance(value, dict):
        return "đối tượng"
    if isinstance(value, str):
        return "chuỗi"
    return type(value).__name__


class Text(FieldType):
    """A single line: NFC, white space (non-breaking spaces too) folded to single spaces."""

    def __init__(self, max_length: int | None = None, required: bool = False):
        self.max_length = max_length
        self.required = required

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        value = clean_text(value)
        if self.required and not value:
            raise Invalid("không được để trống")
        if self.max_length and len(value) > self.max_length:
            raise Invalid(f"dài {len(value)} ký tự, tối đa {self.max_length}")
        return value


class MultilineText(Text):
    """Text that may span paragraphs (a summary): NFC, tidy spaces, paragraph breaks kept."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        value = clean_multiline(value)
        if self.required and not value:
            raise Invalid("không được để trống")
        return value


class Html(FieldType):
    """Rich text: sanitised to what the editor allows (see :mod:`core.sanitize`)."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi HTML, không phải {describe(value)}")
        return sanitize_html(value)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Date(FieldType):
    """``YYYY-MM-DD`` and a real calendar date."""

    def clean(self, value: Any) -> dt.date:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi ngày YYYY-MM-DD, không phải {describe(value)}")
        text = value.strip()
        try:
            if not _DATE_RE.match(text):
                raise ValueError
            return dt.date.fromisoformat(text)
        except ValueError:
            raise Invalid(f"ngày không hợp lệ '{shorten(value)}' (cần YYYY-MM-DD)") from None


class Slug(FieldType):
    """A URL slug, made ASCII like every slug of the site ("Đặng" → "dang")."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        slug = slugify_vi(value, max_length=200)
        if value.strip() and not slug:
            raise Invalid(f"không tạo được đường dẫn từ '{shorten(value)}'")
        return slug


class Choice(FieldType):
    """One of a fixed set of strings."""

    def __init__(self, choices: Iterable[str]):
        self.choices = tuple(choices)

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        text = clean_text(value)
        if text not in self.choices:
            raise Invalid(f"giá trị không hợp lệ '{shorten(text)}' (cần một trong: {', '.join(self.choices)})")
        return text


class StringList(FieldType):
    """A list of single-line strings; blanks and repeats dropped, order kept."""

    def __init__(self, max_length: int | None = None):
        self.max_length = max_length

    def clean(self, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách chuỗi, không phải {describe(value)}")
        items: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                raise Invalid(f"phần tử thứ {position} phải là chuỗi, không phải {describe(item)}")
            text = clean_text(item)
            if self.max_length and len(text) > self.max_length:
                raise Invalid(f"phần tử thứ {position} dài {len(text)} ký tự, tối đa {self.max_length}")
            if text and text not in items:
                items.append(text)
        return items


class Object(FieldType):
    """A JSON object with its own fields (``photo``: path, caption, credit)."""

    def __init__(self, fields: dict[str, FieldType], required: Iterable[str] = ()):
        self.fields = fields
        self.required = tuple(required)

    def clean(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"phải là đối tượng JSON, không phải {describe(value)}")
        cleaned: dict[str, Any] = {}
        for name in self.required:
            if value.get(name) in (None, ""):
                raise Invalid(f"thiếu '{name}'")
        for name, kind in self.fields.items():
            if value.get(name) is None:
                continue
            try:
                cleaned[name] = kind.clean(value[name])
            except Invalid as exc:
                raise Invalid(f"'{name}' {exc}") from None
        return cleaned


class ObjectList(FieldType):
    """A list of objects (``files``, ``awards``)."""

    def __init__(self, item: Object):
        self.item = item

    def clean(self, value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách, không phải {describe(value)}")
        cleaned = []
        for position, item in enumerate(value, start=1):
            try:
                cleaned.append(self.item.clean(item))
            except Invalid as exc:
                raise Invalid(f"phần tử thứ {position}: {exc}") from None
        return cleaned


REQUIRED_FIELDS = ("type", "id", "title", "date")
COMMON_FIELDS: dict[str, FieldType] = {
    "title": Text(max_length=255, required=True),
    "date": Date(),
    "summary": MultilineText(),
    "body": Html(),
    "tags": StringList(max_length=100),
    "source": Text(max_length=255),
    "slug": Slug(),
}
