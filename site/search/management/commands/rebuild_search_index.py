"""``manage.py rebuild_search_index``: index every live public page again in the site's own index."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    """Rebuild the site search index (SQLite FTS5 or PostgreSQL) from the published pages.

    Safe to run at any time: the old index is replaced in one transaction, so searches keep
    answering from it until the new one is complete.
    """

    help = "Xây dựng lại chỉ mục tìm kiếm của trang (tin tức, văn bản, phong trào, gương điển hình)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch-size", type=int, default=500, help="Số trang mỗi lượt ghi (mặc định 500).")

    def handle(self, *args, batch_size: int = 500, **options) -> None:
        rebuild(self.stdout, batch_size=batch_size, verbosity=options.get("verbosity", 1))


def rebuild(out, *, batch_size: int = 500, verbosity: int = 1) -> int:
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int, seconds: float) -> None:
        if verbosity and (done == total or seconds - last[0] >= 2):
            last[0] = seconds
            rate = done / seconds if seconds else 0
            out.write(f"  Chỉ mục tìm kiếm: {done}/{total} trang, {rate:.0f} trang/giây")

    total = indexing.rebuild(batch=max(1, batch_size), progress=progress)
    seconds = time.perf_counter() - started
    out.write(f"Đã lập chỉ mục tìm kiếm cho {total} trang trong {seconds:.1f} giây.")
    return total
