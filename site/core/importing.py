"""Import of portal exports (JSON Lines, see shared import-format.md) — the shared machinery.

Reading files, checking every line, reporting problems as ``FILE:LINE: field: reason``, progress,
transactions and the search index live here. What a record *becomes* lives with its app: each app
has an ``importers.py`` that registers one :class:`Importer` per record type (``news.importers``
handles ``type: news``). ``manage.py import_portal`` only wires the two together.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TextIO
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import autodiscover_modules

from .sanitize import sanitize_html
from .text import clean_multiline, clean_text, slugify_vi

# Every type the export format defines, with the name people read in reports.
RECORD_TYPES: dict[str, str] = {
    "news": "Tin bài",
    "document": "Văn bản",
    "campaign": "Phong trào thi đua",
    "exemplar": "Điển hình tiên tiến",
}
UNKNOWN_TYPE_LABEL = "Không rõ loại"
# Imported items count as first published at this time of their publication date.
PUBLISH_HOUR = 8


class Invalid(Exception):
    """A value that breaks the format; the message is the reason shown to the person importing."""


@dataclass(frozen=True)
class Problem:
    """One rejected line: ``FILE:LINE: field: reason``."""

    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


@dataclass
class Record:
    """A line that passed every check, with its values cleaned."""

    file: str
    line: int
    type: str
    id: str
    data: dict[str, Any]
    unknown_fields: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


# --- Field types -------------------------------------------------------------------------------


class FieldType:
    """Checks and cleans one field's value; raises :class:`Invalid` with a Vietnamese reason."""

    def clean(self, value: Any) -> Any:
        raise NotImplementedError


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "giá trị đúng/sai"
    if isinstance(value, (int, float)):
        return "số"
    if isinstance(value, list):
        return "danh sách"
    if isinstance(value, dict):
        return "đối tượng"
    return type(value).__name__


def _shorten(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class Text(FieldType):
    """A single line: NFC, white space (non-breaking spaces too) folded to single spaces."""

    def __init__(self, max_length: int | None = None, required: bool = False):
        self.max_length = max_length
        self.required = required

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {_describe(value)}")
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
            raise Invalid(f"phải là chuỗi, không phải {_describe(value)}")
        value = clean_multiline(value)
        if self.required and not value:
            raise Invalid("không được để trống")
        return value


class Html(FieldType):
    """Rich text: sanitised to what the editor allows (see :mod:`core.sanitize`)."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi HTML, không phải {_describe(value)}")
        return sanitize_html(value)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Date(FieldType):
    """``YYYY-MM-DD`` and a real calendar date."""

    def clean(self, value: Any) -> dt.date:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi ngày YYYY-MM-DD, không phải {_describe(value)}")
        text = value.strip()
        try:
            if not _DATE_RE.match(text):
                raise ValueError
            return dt.date.fromisoformat(text)
        except ValueError:
            raise Invalid(f"ngày không hợp lệ '{_shorten(value)}' (cần YYYY-MM-DD)") from None


class Slug(FieldType):
    """A URL slug, made ASCII like every slug of the site ("Đặng" → "dang")."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {_describe(value)}")
        slug = slugify_vi(value, max_length=200)
        if value.strip() and not slug:
            raise Invalid(f"không tạo được đường dẫn từ '{_shorten(value)}'")
        return slug


class Choice(FieldType):
    """One of a fixed set of strings."""

    def __init__(self, choices: Iterable[str]):
        self.choices = tuple(choices)

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {_describe(value)}")
        text = clean_text(value)
        if text not in self.choices:
            raise Invalid(f"giá trị không hợp lệ '{_shorten(text)}' (cần một trong: {', '.join(self.choices)})")
        return text


class StringList(FieldType):
    """A list of single-line strings; blanks and repeats dropped, order kept."""

    def __init__(self, max_length: int | None = None):
        self.max_length = max_length

    def clean(self, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách chuỗi, không phải {_describe(value)}")
        items: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                raise Invalid(f"phần tử thứ {position} phải là chuỗi, không phải {_describe(item)}")
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
            raise Invalid(f"phải là đối tượng JSON, không phải {_describe(value)}")
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
            raise Invalid(f"phải là danh sách, không phải {_describe(value)}")
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


# --- Importers and their registry ----------------------------------------------------------------

Outcome = str  # "created", "updated" or "unchanged"


class Importer:
    """Turns valid records of one type into site content. Subclass per type, then :func:`register`."""

    type: ClassVar[str]
    label: ClassVar[str] = ""
    # Fields of this type beyond the common ones, with how to check them.
    fields: ClassVar[dict[str, FieldType]] = {}
    required: ClassVar[tuple[str, ...]] = ()

    def check(self, record: Record) -> list[tuple[str, str]]:
        """Checks across fields; return ``(field, reason)`` pairs. Runs before anything is written."""
        return []

    def prepare(self) -> None:
        """Make sure what every record needs exists (index pages …). Runs inside the transaction."""

    def exists(self, record: Record) -> bool:
        """Whether the record was imported before (for dry runs)."""
        return False

    def write(self, record: Record) -> tuple[Outcome, Any]:
        """Create or update the record's content; return the outcome and the object to index."""
        raise NotImplementedError

    def rolled_back(self) -> None:
        """A write was rolled back: forget anything cached that it may have created."""


_registry: dict[str, type[Importer]] = {}


def register(importer: type[Importer]) -> type[Importer]:
    """Class decorator: make ``importer`` handle records of its ``type``."""
    if importer.type in _registry and _registry[importer.type] is not importer:
        raise ValueError(f"Record type {importer.type!r} already has an importer")
    _registry[importer.type] = importer
    return importer


def importers() -> dict[str, type[Importer]]:
    """Every registered importer, after loading each installed app's ``importers`` module."""
    autodiscover_modules("importers")
    return dict(_registry)


def type_label(record_type: str | None) -> str:
    if record_type in _registry and _registry[record_type].label:
        return _registry[record_type].label
    if record_type in RECORD_TYPES:
        return RECORD_TYPES[record_type]
    return UNKNOWN_TYPE_LABEL


# --- Pages ----------------------------------------------------------------------------------------


def publication_datetime(date: dt.date) -> dt.datetime:
    """The moment an imported item counts as first published: 08:00 local time on its date."""
    zone = ZoneInfo(settings.TIME_ZONE or "Asia/Ho_Chi_Minh")
    return dt.datetime.combine(date, dt.time(PUBLISH_HOUR), tzinfo=zone)


def ensure_home_page():
    """The site's home page, created with its Site when someone has deleted it."""
    from wagtail.models import Page, Site

    from .models import HomePage

    home = HomePage.objects.order_by("path").first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
        home = HomePage(title="Trang chủ", slug=unique_slug(root, "trang-chu"), live=False)
        root.add_child(instance=home)
        home.save_revision().publish(log_action=False)
        home.refresh_from_db()
    # A site that points elsewhere was set up on purpose; only a site-less install gets one.
    if not Site.objects.exists():
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=getattr(settings, "WAGTAIL_SITE_NAME", ""),
        )
    return home


def ensure_index_page(model, title: str, slug: str):
    """The section index of ``model`` (the first one, preferably under the home page), created if missing."""
    home = ensure_home_page()
    index = model.objects.child_of(home).order_by("path").first() or model.objects.order_by("path").first()
    if index is None:
        index = model(title=title, slug=unique_slug(home, slug), live=False)
        home.add_child(instance=index)
        index.save_revision().publish(log_action=False)
        index.refresh_from_db()
    return index


def unique_slug(parent, slug: str, page=None) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … when a sibling under ``parent`` already has it."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=slug).values_list("slug", flat=True))
    candidate, suffix = slug, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{slug}-{suffix}"
    return candidate


# --- Reading and checking -------------------------------------------------------------------------


@dataclass
class Batch:
    """Everything read from the files: good records, problems, and counts of lines per type."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejected: Counter = field(default_factory=Counter)
    # (file, type) → unknown field → (count, first line)
    unknown_fields: dict[tuple[str, str], dict[str, list[int]]] = field(default_factory=dict)

    def reject(self, problem: Problem, record_type: str | None) -> None:
        """Count the line under its type when that type is one we know, else under "unknown"."""
        self.problems.append(problem)
        known = record_type in RECORD_TYPES or record_type in _registry
        self.rejected[record_type if known else None] += 1


def read_files(paths: Iterable[str | Path], handlers: dict[str, Importer]) -> Batch:
    """Read and check every line of every file; nothing is written."""
    batch = Batch()
    seen: dict[tuple[str, str], str] = {}
    for path in paths:
        name = str(path)
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                _read_line(batch, seen, handlers, name, number, raw)
    return batch


def _read_line(batch, seen, handlers, name: str, number: int, raw: bytes) -> None:
    def reject(field_name: str, reason: str, record_type: str | None = None) -> None:
        batch.reject(Problem(name, number, field_name, reason), record_type)

    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        reject("json", "dòng không phải văn bản UTF-8")
        return
    if not text.strip():
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        reject("json", f"không phải JSON hợp lệ ({_json_reason(exc)}, cột {exc.colno})")
        return
    if not isinstance(data, dict):
        reject("json", f"mỗi dòng phải là một đối tượng JSON, không phải {_describe(data)}")
        return

    record_type = data.get("type")
    if record_type in (None, ""):
        reject("type", "thiếu trường bắt buộc")
        return
    if not isinstance(record_type, str):
        reject("type", f"phải là chuỗi, không phải {_describe(record_type)}")
        return
    handler = handlers.get(record_type)
    if handler is None:
        if record_type in RECORD_TYPES:
            reject("type", f"loại bản ghi chưa được hỗ trợ '{record_type}'", record_type)
        else:
            known = ", ".join(RECORD_TYPES)
            reject("type", f"loại bản ghi không xác định '{_shorten(record_type)}' (cần một trong: {known})")
        return

    problems: list[tuple[str, str]] = []
    record_id = data.get("id")
    if record_id in (None, ""):
        problems.append(("id", "thiếu trường bắt buộc"))
    elif not isinstance(record_id, str):
        problems.append(("id", f"phải là chuỗi, không phải {_describe(record_id)}"))
    elif not record_id.strip():
        problems.append(("id", "không được để trống"))

    kinds = {**COMMON_FIELDS, **handler.fields}
    required = (*REQUIRED_FIELDS, *handler.required)
    cleaned: dict[str, Any] = {}
    for field_name, kind in kinds.items():
        value = data.get(field_name)
        if value is None:
            if field_name in required:
                problems.append((field_name, "thiếu trường bắt buộc"))
            continue
        try:
            cleaned[field_name] = kind.clean(value)
        except Invalid as exc:
            problems.append((field_name, str(exc)))
    unknown = [key for key in data if key not in kinds and key not in ("type", "id")]

    record = None
    if not problems:
        record = Record(name, number, record_type, record_id.strip(), cleaned, unknown)
        problems.extend(handler.check(record))
    if not problems:
        key = (record_type, record.id)
        if key in seen:
            problems.append(("id", f"mã '{_shorten(record.id)}' trùng với dòng {seen[key]}"))
        else:
            seen[key] = record.where
    if problems:
        # One line, one rejection: the first problem is reported in full, the rest named.
        field_name, reason = problems[0]
        if len(problems) > 1:
            others = ", ".join(dict.fromkeys(f for f, _ in problems[1:]))
            reason += f" (và lỗi ở: {others})"
        reject(field_name, reason, record_type)
        return
    for key in unknown:
        batch.unknown_fields.setdefault((name, record_type), {}).setdefault(key, []).append(number)
    batch.records.append(record)


_JSON_REASONS = {
    "Expecting value": "thiếu giá trị",
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Expecting property name enclosed in double quotes": "tên trường phải đặt trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Extra data": "thừa dữ liệu sau đối tượng",
    "Invalid control character at": "ký tự điều khiển trong chuỗi",
}


def _json_reason(exc: json.JSONDecodeError) -> str:
    return _JSON_REASONS.get(exc.msg, exc.msg)


# --- Progress and summary ------------------------------------------------------------------------


class Progress:
    """Count, rate and time left: redrawn in place on a terminal, a plain line every ``every`` otherwise."""

    def __init__(self, out: TextIO, total: int, every: int = 100, tty: bool | None = None):
        self.out = out
        self.total = total
        self.every = every
        self.tty = _is_tty(out) if tty is None else tty
        self.done = 0
        self.started = time.monotonic()
        self.last_draw = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.tty:
            if now - self.last_draw >= 0.2 or self.done == self.total:
                self.last_draw = now
                self.out.write("\r" + self.line(now) + "\033[K")
                self.out.flush()
        elif self.done % self.every == 0 and self.done != self.total:
            self.out.write(self.line(now) + "\n")

    def finish(self) -> None:
        if self.tty and self.done:
            self.out.write("\n")
            self.out.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        text = f"Đang nhập {self.done}/{self.total}"
        if self.total:
            text += f" ({self.done * 100 // self.total}%)"
        text += f" — {format_number(rate)} bản ghi/giây"
        if rate > 0 and self.done < self.total:
            text += f" — còn khoảng {format_duration((self.total - self.done) / rate)}"
        return text


def _is_tty(out: Any) -> bool:
    stream = getattr(out, "_out", out)  # Django's OutputWrapper keeps the real stream in _out
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def format_number(value: float) -> str:
    """Vietnamese decimal comma: 12.5 → "12,5"."""
    return f"{value:.1f}".replace(".", ",")


def format_duration(seconds: float) -> str:
    if seconds < 60:
        return f"{format_number(seconds)} giây"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} giờ {minutes} phút" if hours else f"{minutes} phút {secs} giây"


@dataclass
class Report:
    """What the run did, per record type."""

    counts: dict[str | None, Counter] = field(default_factory=lambda: defaultdict(Counter))
    problems: list[Problem] = field(default_factory=list)
    indexed: list[Any] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rejected(self) -> int:
        return sum(counter["rejected"] for counter in self.counts.values())

    def summary_lines(self, dry_run: bool = False) -> list[str]:
        order = [*RECORD_TYPES, *sorted(t for t in self.counts if t and t not in RECORD_TYPES)]
        if None in self.counts:
            order.append(None)
        total: Counter = Counter()
        lines = []
        for record_type in order:
            counter = self.counts.get(record_type)
            if not counter:
                continue
            total.update(counter)
            name = type_label(record_type) + (f" ({record_type})" if record_type else "")
            lines.append(f"{name}: {_counts_text(counter, dry_run)}")
        lines.append(f"Tổng cộng: {_counts_text(total, dry_run)} — trong {format_duration(self.seconds)}")
        return lines


def _counts_text(counter: Counter, dry_run: bool) -> str:
    if dry_run:
        parts = [
            f"sẽ tạo mới {counter['created']}",
            f"sẽ cập nhật {counter['updated']}",
        ]
    else:
        parts = [f"tạo mới {counter['created']}", f"cập nhật {counter['updated']}"]
        if counter["unchanged"]:
            parts.append(f"không đổi {counter['unchanged']}")
        if counter["held"]:
            parts.append(f"hợp lệ nhưng chưa ghi {counter['held']}")
    parts.append(f"bị loại {counter['rejected']}")
    return ", ".join(parts)


# --- The run --------------------------------------------------------------------------------------


def run_import(
    paths: Iterable[str | Path],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    out: TextIO = sys.stdout,
    on_problem: Callable[[Problem], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    progress_every: int = 100,
) -> Report:
    """Check every line, then (unless a strict run found problems, or a dry run) write them.

    Strict runs write all records in one transaction; with ``skip_invalid`` each record has its
    own savepoint, so a record the database refuses is reported and the others still land.
    """
    started = time.monotonic()
    handlers = {name: cls() for name, cls in importers().items()}
    batch = read_files(paths, handlers)
    report = Report(problems=list(batch.problems))
    for record_type, count in batch.rejected.items():
        report.counts[record_type]["rejected"] += count
    for problem in batch.problems:
        if on_problem:
            on_problem(problem)
    if on_warning:
        for (name, _record_type), fields in batch.unknown_fields.items():
            described = ", ".join(
                f"{key} ({len(lines)} dòng, đầu tiên dòng {lines[0]})" for key, lines in fields.items()
            )
            on_warning(f"{name}: cảnh báo: bỏ qua các trường không dùng: {described}")

    if dry_run:
        for record in batch.records:
            outcome = "updated" if handlers[record.type].exists(record) else "created"
            report.counts[record.type][outcome] += 1
    elif batch.problems and not skip_invalid:
        for record in batch.records:
            report.counts[record.type]["held"] += 1
    elif batch.records:
        _write(batch.records, handlers, report, skip_invalid, out, progress_every, on_problem)
        _update_search_index(report.indexed, on_warning)
    report.seconds = time.monotonic() - started
    return report


@contextmanager
def index_after_import(models: Iterable[type]):
    """Skip the per-save indexing of ``models`` while importing: each page is saved several times
    (created, then published) and every save would index it again. The run indexes each imported
    page once at the end instead (:func:`_update_search_index`)."""
    from django.db.models.signals import post_save
    from wagtail.search.signal_handlers import post_save_signal_handler

    disconnected = [
        model for model in set(models) if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def _write(records, handlers, report, skip_invalid, out, progress_every, on_problem) -> None:
    progress = Progress(out, len(records), every=progress_every)
    models = [handler.model for handler in handlers.values() if getattr(handler, "model", None)]
    try:
        with index_after_import(models), transaction.atomic():
            for handler_type in dict.fromkeys(record.type for record in records):
                handlers[handler_type].prepare()
            for record in records:
                try:
                    with transaction.atomic():
                        outcome, obj = handlers[record.type].write(record)
                except Exception as exc:
                    if not skip_invalid:
                        raise WriteFailed(record, exc) from exc
                    handlers[record.type].rolled_back()
                    problem = Problem(record.file, record.line, "ghi", f"không ghi được: {exc}")
                    report.problems.append(problem)
                    report.counts[record.type]["rejected"] += 1
                    if on_problem:
                        on_problem(problem)
                else:
                    report.counts[record.type][outcome] += 1
                    if outcome != "unchanged" and obj is not None:
                        report.indexed.append(obj)
                progress.step()
    finally:
        progress.finish()


class WriteFailed(Exception):
    """The database refused a record in a strict run: everything was rolled back."""

    def __init__(self, record: Record, exc: Exception):
        super().__init__(f"{record.where}: ghi: không ghi được: {exc}")
        self.record = record


def _update_search_index(objects: list[Any], on_warning) -> None:
    # A page save only enqueues its indexing task, which a task worker may run much later; the
    # contract is that imported pages are searchable when the command ends, so index them here.
    from wagtail.search.index import insert_or_update_object

    failed = 0
    for obj in objects:
        try:
            insert_or_update_object(obj)
        except Exception:
            failed += 1
    if failed and on_warning:
        on_warning(
            f"cảnh báo: {failed} trang chưa cập nhật được chỉ mục tìm kiếm; "
            "hãy chạy: python manage.py update_index"
        )


# --- Pages from records ---------------------------------------------------------------------------


class PageImporter(Importer):
    """Records that become pages under one section index, matched again by their ``import_id``.

    Subclasses name the page and index models and fill the type's own fields in :meth:`assign`;
    title, slug, first publication and publishing are handled here, the same for every type.
    """

    model: ClassVar[type]
    index_model: ClassVar[type]
    index_title: ClassVar[str]
    index_slug: ClassVar[str]

    def prepare(self) -> None:
        self.parent = ensure_index_page(self.index_model, self.index_title, self.index_slug)

    def rolled_back(self) -> None:
        # The tree bookkeeping held in memory (numchild) may count a child that is gone.
        self.parent.refresh_from_db()

    def find(self, record: Record):
        return self.model.objects.filter(import_id=record.id).order_by("pk").first()

    def exists(self, record: Record) -> bool:
        return self.model.objects.filter(import_id=record.id).exists()

    def assign(self, page, record: Record) -> None:
        """Set the type's own fields from ``record.data`` (everything but title and slug)."""
        raise NotImplementedError

    def content(self, page) -> tuple:
        """The values :meth:`assign` sets, to tell an unchanged record from a changed one."""
        raise NotImplementedError

    def _state(self, page) -> tuple:
        return (page.title, page.slug, page.first_published_at, self.content(page))

    def write(self, record: Record) -> tuple[Outcome, Any]:
        from wagtail.log_actions import log

        data = record.data
        page = self.find(record)
        if page is None:
            page = self.model(import_id=record.id, title=data["title"], live=False)
            base = data.get("slug") or slugify_vi(data["title"], max_length=200) or "trang"
            page.slug = unique_slug(self.parent, base)
            page.first_published_at = publication_datetime(data["date"])
            self.assign(page, record)
            self.parent.add_child(instance=page)
            log(instance=page, action="wagtail.create", content_changed=True)
            page.save_revision(log_action=False).publish()
            return "created", page

        before = self._state(page)
        page.title = data["title"]
        # Without a slug in the record the page keeps its address even when the title changes.
        if data.get("slug"):
            page.slug = unique_slug(page.get_parent(), data["slug"], page=page)
        page.first_published_at = publication_datetime(data["date"])
        self.assign(page, record)
        if page.live and not page.has_unpublished_changes and self._state(page) == before:
            return "unchanged", page
        page.save_revision(log_action=False).publish()
        return "updated", page


def stream_blocks(value) -> list[tuple[str, Any]]:
    """A StreamField's blocks as (type, stored value) pairs, block ids left out."""
    return [(block["type"], block["value"]) for block in value.raw_data]
