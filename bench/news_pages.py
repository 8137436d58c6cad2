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
import random

from _bulk import bulk_children, measure, setup_django, words

VOCABULARY = (
    "thi đua khen thưởng phong trào tổng kết sơ kết hội nghị phát động cụm khối giao ước điển hình tiên tiến "
    "chiến sĩ bằng khen giấy khen huân chương lao động sáng tạo nông thôn mới doanh nghiệp hội nhập văn hóa "
    "người nghèo an sinh xã hội giáo dục y tế công an quân sự huyện thị xã thành phố tỉnh Hải Dương ủy ban "
    "nhân dân sở ngành đoàn thể kế hoạch chỉ thị quyết định nghị quyết năm giai đoạn đổi mới đoàn kết"
).split()
CATEGORIES = ["Thi đua - Khen thưởng", "Thông báo", "Gương người tốt, việc tốt", "Hoạt động của Ban"]


def generate(count: int) -> None:
    from core.models import HomePage
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
    rng = random.Random(13)

    def items():
        for i in range(existing, count):
            title = f"{words(rng, VOCABULARY, rng.randint(6, 14))} ({i})"
            yield title, {
                "date": dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 4300)),
                "summary": words(rng, VOCABULARY, 30),
                "body": [{"type": "paragraph", "value": f"<p>{words(rng, VOCABULARY, 120)}</p>"}],
                "category": rng.choice(categories),
                "source": "Theo Báo Hải Dương",
            }

    bulk_children(index, NewsPage, items(), count - existing, "tin")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    generate(args.count)

    from news.models import NewsPage

    total = NewsPage.objects.count()
    article = NewsPage.objects.order_by("date").live()[total // 2]
    last_page = total // 12
    print(f"{total} tin; đo {args.runs} lần mỗi trang")
    measure("Trang chủ", "/", args.runs)
    measure("Danh sách tin, trang 1", "/tin-tuc/", args.runs)
    measure(f"Danh sách tin, trang {last_page // 2}", f"/tin-tuc/?page={last_page // 2}", args.runs)
    measure("Lọc chuyên mục + năm", f"/tin-tuc/?category={article.category.slug}&year=2020", args.runs)
    measure("Trang số sai (?page=abc)", "/tin-tuc/?page=abc", args.runs)
    measure("Bài viết (tin mới hơn/cũ hơn)", article.url, args.runs)


if __name__ == "__main__":
    main()
