"""Shared set-up for the benchmarks: a separate database and fast bulk creation of live pages.

Wagtail creates a page with several queries and a revision; a benchmark of 100 000 pages cannot
wait for that. Here the tree rows are written with bulk_create and the content rows with one
INSERT per batch, which gives the same tables a site would have after years of publishing.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(default_db: str = "bench.sqlite3") -> None:
    sys.path.insert(0, str(ROOT / "site"))
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / default_db}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DEBUG"] = "0"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.ALLOWED_HOSTS = ["*"]
    print(f"Cơ sở dữ liệu: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    call_command("migrate", verbosity=0)


def _step(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n:
        n, rem = divmod(n, 36)
        out = digits[rem] + out
    return out.rjust(4, "0")


def bulk_children(parent, model, items: Iterable[tuple[str, dict]], total: int, label: str, batch: int = 2000) -> None:
    """Create live ``model`` pages under ``parent`` from ``(title, content fields)`` pairs."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from core.text import slugify_vi

    content_type = ContentType.objects.get_for_model(model)
    fields = model._meta.local_concrete_fields
    existing = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
    now = timezone.now()
    start = time.perf_counter()
    iterator = iter(items)
    done = 0
    while done < total:
        chunk = []
        for _ in range(min(batch, total - done)):
            chunk.append(next(iterator))
        with transaction.atomic():
            pages = []
            for offset, (title, _content) in enumerate(chunk):
                n = existing + done + offset + 1
                slug = f"{slugify_vi(title)[:200]}-{n}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=parent.path + _step(n),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        locale_id=parent.locale_id,
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            Page.objects.bulk_create(pages)
            ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
            rows = [model(page_ptr_id=ids[page.path], **content) for page, (_t, content) in zip(pages, chunk, strict=True)]
            model._base_manager._insert(rows, fields=fields, raw=True)
        done += len(chunk)
        rate = done / (time.perf_counter() - start)
        print(f"\r  {done}/{total} {label}, {rate:.0f}/giây", end="", flush=True)
    Page.objects.filter(pk=parent.pk).update(numchild=existing + total)
    # A real site's statistics are kept by autovacuum (PostgreSQL) or ANALYZE; after a bulk load the
    # planner would otherwise guess from an empty table.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"\nĐã sinh {total} {label} trong {time.perf_counter() - start:.1f} giây")


def measure(label: str, url: str, runs: int, client=None, follow: bool = False) -> None:
    """Time ``url`` ``runs`` times and print p50/p95 and the query count of the last run."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = client or Client()
    timings = []
    queries = status = 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            response = client.get(url, follow=follow)
            timings.append((time.perf_counter() - t0) * 1000)
        queries = len(ctx.captured_queries)
        status = response.status_code
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    print(f"{label:<40} {status}  p50={statistics.median(timings):7.1f} ms  p95={p95:7.1f} ms  queries={queries}")


def words(rng, vocabulary: list[str], n: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(n)).capitalize()


Maker = Callable[[int], tuple[str, dict]]
