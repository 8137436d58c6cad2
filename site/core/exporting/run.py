"""One export run: every registered type in write order, one JSON object per line."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from ..importing.registry import type_label
from ..importing.report import _is_tty, format_duration, format_number
from .files import FileSink
from .registry import exporters


@dataclass
class ExportReport:
    counts: Counter = field(default_factory=Counter)
    files: int = 0
    skipped_files: int = 0
    bytes: int = 0
    seconds: float = 0.0

    def summary_lines(self) -> list[str]:
        lines = [f"{type_label(name)} ({name}): {count}" for name, count in self.counts.items()]
        total = sum(self.counts.values())
        lines.append(
            f"Tổng cộng: {total} bản ghi, {self.files} tệp đính kèm — trong {format_duration(self.seconds)}"
        )
        return lines


class _Progress:
    def __init__(self, out: TextIO, total: int, every: int):
        self.out, self.total, self.every = out, total, every
        self.tty = _is_tty(out)
        self.done = 0
        self.started = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.tty:
            if self.done % 20 == 0 or self.done == self.total:
                self.out.write("\r" + self.line() + "\033[K")
                self.out.flush()
        elif self.done % self.every == 0 and self.done != self.total:
            self.out.write(self.line() + "\n")

    def line(self) -> str:
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        percent = f" ({self.done * 100 // self.total}%)" if self.total else ""
        return f"Đang xuất {self.done}/{self.total}{percent} — {format_number(rate)} bản ghi/giây"

    def finish(self) -> None:
        if self.tty and self.done:
            self.out.write("\n")


def run_export(
    output: TextIO,
    files: FileSink,
    *,
    types: list[str] | None = None,
    progress: TextIO = sys.stderr,
    progress_every: int = 100,
) -> ExportReport:
    """Write every live, public page of ``types`` (all by default) to ``output``."""
    started = time.monotonic()
    handlers = [cls() for name, cls in exporters().items() if types is None or name in types]
    report = ExportReport()
    ticker = _Progress(progress, sum(handler.count() for handler in handlers), progress_every)
    try:
        for handler in handlers:
            report.counts[handler.type] += 0
            for page in handler.pages():
                record = handler.record(page, files)
                output.write(json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n")
                report.counts[handler.type] += 1
                ticker.step()
    finally:
        ticker.finish()
    report.files, report.bytes = files.count, files.bytes
    report.skipped_files = sum(getattr(handler, "skipped_files", 0) for handler in handlers)
    report.seconds = time.monotonic() - started
    return report
