"""One import run: check everything, then write in a transaction and update the search index."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from django.db import transaction

from .reading import read_files
from .registry import Problem, Record, importers
from .report import Progress, Report


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
    # A stable sort: types in their importers' order, lines of one type in file order.
    records = sorted(records, key=lambda record: handlers[record.type].order)
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
    # The public search has its own index (app ``search``); bring the imported pages into it too.
    try:
        from search.indexing import index_pages

        index_pages(obj.pk for obj in objects if hasattr(obj, "get_url_parts"))
    except Exception:
        failed = failed or len(objects)
    if failed and on_warning:
        on_warning(
            f"cảnh báo: {failed} trang chưa cập nhật được chỉ mục tìm kiếm; "
            "hãy chạy: python manage.py update_index"
        )
