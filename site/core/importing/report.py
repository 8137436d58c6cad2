"""What a person sees while and after importing: progress on the terminal and the summary."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, TextIO

from .registry import RECORD_TYPES, Problem, type_label


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
