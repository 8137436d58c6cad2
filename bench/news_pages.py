#!/usr/bin/env python
"""Benchmark: news pages at realistic volume.

Generates N news articles (default 100 000) across categories and years in a separate database,
then times the pages citizens open most — home, news index (first, deep and filtered pages), an
article with its "Các tin mới hơn / cũ hơn" and related lists — and counts their SQL queries.
Prints figures only; nothing here asserts a time.

    python bench/news_pages.py                 # SQLite file bench.sqlite3, 100 000 articles
    python bench/news_pages.py --count 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tdkt_bench python bench/news_pages.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

settings.ALLOWED_HOSTS = ["*"]

WORDS = (
    "thi đua khen thưởng phong trào tổng kết sơ kết hội nghị phát động cụm khối giao ước điển hình tiên tiến "
    "chiến sĩ bằng khen giấy khen huân chương lao động sáng tạo nông thôn mới doanh nghiệp hội nhập văn hóa "
    "người nghèo an sinh xã hội giáo dục y tế công an quân sự huyện thị xã thành phố tỉnh Hải Dương ủy ban "
    "nhân dân sở ngành đoàn thể kế hoạch chỉ thị quyết định nghị quyết năm giai đoạn đổi mới đoàn kết"
).split()
CATEGORIES = ["Thi đua - Khen thưởng", "Thông báo", "Gương người tốt, việc tốt", "Hoạt động của Ban"]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def generate(count: int) -> None:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from core.models import HomePage
    from core.text import slugify_vi
    from news.models import NewsCategory, NewsIndexPage, NewsPage

    home = HomePage.objects.get()
    index = NewsIndexPage.objects.filter(slug="tin-tuc").first()
    if index is None:
        index = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    existing = NewsPage.objects.count()
    if existing >= count:
        print(f"{existing} tin đã có, không sinh thêm")
        return
    categories = [NewsCategory.objects.get_or_create(name=name)[0] for name in CATEGORIES]
    content_type = ContentType.objects.get_for_model(NewsPage)
    rng = random.Random(13)
    start = time.perf_counter()
    batch = 2000
    fields = NewsPage._meta.local_concrete_fields
    now = timezone.now()
    for offset in range(existing, count, batch):
        pages = []
        dates = []
        with transaction.atomic():
            for i in range(offset, min(offset + batch, count)):
                dates.append(dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 4300)))
                title = f"{sentence(rng, rng.randint(6, 14))} ({i})"
                slug = f"{slugify_vi(title)[:200]}-{i}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=index.path + _step(i + 1),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        locale_id=index.locale_id,
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            Page.objects.bulk_create(pages)
            saved = Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
            by_path = dict(saved)
            children = []
            for page, date in zip(pages, dates, strict=True):
                child = NewsPage(
                    page_ptr_id=by_path[page.path],
                    date=date,
                    summary=sentence(rng, 30),
                    body=[{"type": "paragraph", "value": f"<p>{sentence(rng, 120)}</p>"}],
                    category=rng.choice(categories),
                    source="Theo Báo Hải Dương",
                )
                children.append(child)
            NewsPage._base_manager._insert(children, fields=fields, raw=True)
        done = min(offset + batch, count)
        rate = (done - existing) / (time.perf_counter() - start)
        print(f"\r  {done}/{count} tin, {rate:.0f} tin/giây", end="", flush=True)
    Page.objects.filter(pk=index.pk).update(numchild=NewsPage.objects.child_of(index).count())
    # A real site's statistics are kept by autovacuum (PostgreSQL) or `ANALYZE` runs; after a bulk
    # load the planner would otherwise guess from an empty table.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"\nĐã sinh {count - existing} tin trong {time.perf_counter() - start:.1f} giây")


def _step(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n:
        n, rem = divmod(n, 36)
        out = digits[rem] + out
    return out.rjust(4, "0")


def measure(client: Client, label: str, url: str, runs: int) -> None:
    timings = []
    queries = 0
    status = 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
        queries = len(ctx.captured_queries)
        status = response.status_code
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    print(
        f"{label:<34} {status}  p50={statistics.median(timings):7.1f} ms  p95={p95:7.1f} ms  queries={queries}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    print(f"Cơ sở dữ liệu: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    call_command("migrate", verbosity=0)
    generate(args.count)

    from news.models import NewsPage

    client = Client()
    total = NewsPage.objects.count()
    article = NewsPage.objects.order_by("date").live()[total // 2]
    category = article.category
    last_page = total // 12
    print(f"{total} tin; đo {args.runs} lần mỗi trang")
    measure(client, "Trang chủ", "/", args.runs)
    measure(client, "Danh sách tin, trang 1", "/tin-tuc/", args.runs)
    measure(client, f"Danh sách tin, trang {last_page // 2}", f"/tin-tuc/?page={last_page // 2}", args.runs)
    measure(client, "Lọc chuyên mục + năm", f"/tin-tuc/?category={category.slug}&year=2020", args.runs)
    measure(client, "Trang số sai (?page=abc)", "/tin-tuc/?page=abc", args.runs)
    measure(client, "Bài viết (tin mới hơn/cũ hơn)", article.url, args.runs)


if __name__ == "__main__":
    main()
