"""Reading JSON Lines files and checking every line before anything is written."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fields import COMMON_FIELDS, REQUIRED_FIELDS, Invalid, describe, shorten
from .registry import RECORD_TYPES, Importer, Problem, Record, is_known_type


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
        known = is_known_type(record_type)
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
    _check_references(batch, handlers)
    return batch


def _check_references(batch: Batch, handlers: dict[str, Importer]) -> None:
    """Reject records that name something neither the database nor another line of the run has."""
    # In write order, so a record rejected here is no longer there for the types that name it.
    for record_type, handler in sorted(handlers.items(), key=lambda item: item[1].order):
        records = [record for record in batch.records if record.type == record_type]
        if not records:
            continue
        found: dict[int, list[tuple[Record, str, str]]] = {}
        for record, field_name, reason in handler.check_references(records, batch.records):
            found.setdefault(id(record), []).append((record, field_name, reason))
        if not found:
            continue
        batch.records = [record for record in batch.records if id(record) not in found]
        for problems in found.values():
            # As for a single line: the first problem in full, the other fields named.
            record, field_name, reason = problems[0]
            if len(problems) > 1:
                reason += f" (và lỗi ở: {', '.join(dict.fromkeys(f for _, f, _ in problems[1:]))})"
            batch.reject(Problem(record.file, record.line, field_name, reason), record_type)


def _read_line(batch, seen, handlers, name: str, number: int, raw: bytes) -> None:
    def reject(field_name: str, reason: str, record_type: str | None = None) -> None:
        batch.reject(Problem(name, number, field_name, reason), record_type)

    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        reject("json", "dòng không phải văn bản UTF-8")
        return
    text = text.rstrip("\r\n")
    if not text.strip():
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            reject("json", "không phải JSON hợp lệ (dòng kết thúc khi đối tượng chưa đóng)")
        else:
            reject("json", f"không phải JSON hợp lệ ({_json_reason(exc)}, cột {exc.colno})")
        return
    if not isinstance(data, dict):
        reject("json", f"mỗi dòng phải là một đối tượng JSON, không phải {describe(data)}")
        return

    record_type = data.get("type")
    if record_type in (None, ""):
        reject("type", "thiếu trường bắt buộc")
        return
    if not isinstance(record_type, str):
        reject("type", f"phải là chuỗi, không phải {describe(record_type)}")
        return
    handler = handlers.get(record_type)
    if handler is None:
        if record_type in RECORD_TYPES:
            reject("type", f"loại bản ghi chưa được hỗ trợ '{record_type}'", record_type)
        else:
            known = ", ".join(RECORD_TYPES)
            reject("type", f"loại bản ghi không xác định '{shorten(record_type)}' (cần một trong: {known})")
        return

    problems: list[tuple[str, str]] = []
    record_id = data.get("id")
    if record_id in (None, ""):
        problems.append(("id", "thiếu trường bắt buộc"))
    elif not isinstance(record_id, str):
        problems.append(("id", f"phải là chuỗi, không phải {describe(record_id)}"))
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
            problems.append(("id", f"mã '{shorten(record.id)}' trùng với dòng {seen[key]}"))
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
