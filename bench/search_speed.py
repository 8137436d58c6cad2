#!/usr/bin/env python
"""Benchmark: site search at realistic volume.

Generates N pages (default 100 000: half news, a quarter documents, the rest campaigns and
profiles) with Vietnamese text in a separate database, times building the search index, then
times 200 varied queries (accented, unaccented, numbers, names, phrases) through the engine that
serves /tim-kiem/ and the API. Prints p50/p95; nothing here asserts a time.

    python bench/search_speed.py                       # SQLite file bench-search.sqlite3
    python bench/search_speed.py --count 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tdkt_search_bench python bench/search_speed.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from _bulk import bulk_children, setup_django, words

VOCABULARY = (
    "thi đua khen thưởng phong trào tổng kết sơ kết hội nghị phát động cụm khối giao ước điển hình tiên tiến "
    "chiến sĩ bằng khen giấy khen huân chương lao động sáng tạo nông thôn mới doanh nghiệp hội nhập văn hóa "
    "người nghèo an sinh xã hội giáo dục y tế công an quân sự huyện thị xã thành phố tỉnh Hải Dương ủy ban "
    "nhân dân sở ngành đoàn thể kế hoạch chỉ thị quyết định nghị quyết năm giai đoạn đổi mới đoàn kết "
    "hòa bình thủy lợi khỏe mạnh đường giao thông chợ phiên nông sản vải thiều đua nhau cứu người đuối nước"
).split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Bùi Đỗ Đặng Vũ Phan".split()
MIDDLE = "Văn Thị Đức Minh Thu Ngọc Quang".split()
GIVEN = "Hương Thắng Hùng Lan Mai Tuấn Dũng Hà Trâm Nam Bình Hòa".split()
TYPES = [("Chỉ thị", "CT"), ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Thông tư", "TT"), ("Hướng dẫn", "HD")]


def _name(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _index(model, title: str, slug: str):
    from core.models import HomePage

    page = model.objects.filter(slug=slug).first()
    return page or HomePage.objects.get().add_child(instance=model(title=title, slug=slug))


def generate(count: int) -> None:
    from campaigns.models import CampaignIndexPage, CampaignPage
    from directives.models import DocumentLibraryPage, DocumentPage, DocumentType
    from directives.numbers import number_key
    from exemplars.models import ExemplarIndexPage, ExemplarPage
    from news.models import NewsIndexPage, NewsPage

    if NewsPage.objects.count() >= count // 2:
        print("Dữ liệu đã có, không sinh thêm")
        return
    rng = random.Random(5)
    day = lambda: dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 4000))  # noqa: E731
    paragraph = lambda n: [{"type": "paragraph", "value": f"<p>{words(rng, VOCABULARY, n)}</p>"}]  # noqa: E731

    def news():
        for i in range(count // 2):
            mention = f" theo Chỉ thị số {rng.randint(1, 900)}/CT-UBND, anh {_name(rng)} cho biết" if i % 5 == 0 else ""
            yield f"{words(rng, VOCABULARY, rng.randint(6, 14))} ({i})", {
                "date": day(), "summary": words(rng, VOCABULARY, 30) + mention,
                "body": paragraph(120), "source": "Theo Báo Hải Dương",
            }

    doc_types = [(DocumentType.get_or_create_named(name), abbr) for name, abbr in TYPES]

    def documents():
        for i in range(count // 4):
            doc_type, abbr = rng.choice(doc_types)
            number = f"{i % 900 + 1}/{2015 + i % 10}/{abbr}-UBND" if abbr == "TT" else f"{i % 900 + 1}/{abbr}-UBND"
            issued = day()
            yield f"{doc_type.name} {words(rng, VOCABULARY, rng.randint(5, 12))}", {
                "number": number, "number_key": number_key(number), "doc_type": doc_type,
                "issuer": "Ủy ban nhân dân tỉnh Hải Dương", "signer": _name(rng), "issued": issued,
                "date": issued, "summary": words(rng, VOCABULARY, 25), "body": f"<p>{words(rng, VOCABULARY, 150)}</p>",
            }

    def campaigns():
        for i in range(count // 10):
            yield f"Phong trào {words(rng, VOCABULARY, rng.randint(3, 8))} ({i})", {
                "date": day(), "slogan": words(rng, VOCABULARY, 8), "summary": words(rng, VOCABULARY, 30),
                "goals": f"<p>{words(rng, VOCABULARY, 60)}</p>", "body": paragraph(80),
                "launched_by": "Ủy ban nhân dân tỉnh",
            }

    def exemplars():
        for _i in range(count - count // 2 - count // 4 - count // 10):
            yield _name(rng), {
                "date": day(), "role": words(rng, VOCABULARY, 5), "summary": words(rng, VOCABULARY, 30),
                "story": paragraph(100), "consent_recorded": True,
            }

    bulk_children(_index(NewsIndexPage, "Tin tức", "tin-tuc"), NewsPage, news(), count // 2, "tin")
    bulk_children(_index(DocumentLibraryPage, "Văn bản", "van-ban"), DocumentPage, documents(), count // 4, "văn bản")
    bulk_children(
        _index(CampaignIndexPage, "Phong trào thi đua", "phong-trao"), CampaignPage, campaigns(), count // 10, "phong trào"
    )
    rest = count - count // 2 - count // 4 - count // 10
    bulk_children(_index(ExemplarIndexPage, "Gương điển hình", "guong"), ExemplarPage, exemplars(), rest, "gương")


def queries(rng) -> list[str]:
    from core.text import fold

    pool = []
    for _ in range(40):
        phrase = " ".join(rng.sample(VOCABULARY, rng.randint(2, 4)))
        pool += [phrase, fold(phrase)]
    for _ in range(30):
        name = _name(rng)
        pool += [name, fold(name)]
    for _ in range(30):
        n = rng.randint(1, 900)
        pool += [rng.choice([f"{n}/CT-UBND", f"chỉ thị {n}", f"chi thi so {n}", f"{n}/KH-UBND", f"quyết định {n}"])]
    for _ in range(30):
        pool.append(rng.choice(["thi đua", "thi dua", "khen thưởng", "đua nhau", "hoà bình", "HẢI DƯƠNG", "thuỷ lợi",
                                "chợ phiên nông sản", "cứu người đuối nước", "thông tư 01/2020"]))
    return pool[:200]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--skip-index", action="store_true", help="giữ chỉ mục đã có")
    args = parser.parse_args()
    setup_django("bench-search.sqlite3")
    from django.db import connection

    from search import engine, indexing

    generate(args.count)
    if not args.skip_index:
        started = time.perf_counter()
        last = [0.0]

        def progress(done, total, seconds):
            if seconds - last[0] > 10 or done == total:
                last[0] = seconds
                print(f"\r  chỉ mục: {done}/{total}, {done / seconds:.0f} trang/giây", end="", flush=True)

        total = indexing.rebuild(batch=1000, progress=progress)
        print(f"\nLập chỉ mục {total} trang ({connection.vendor}): {time.perf_counter() - started:.1f} giây")
    rng = random.Random(7)
    timings = []
    for query in queries(rng):
        t0 = time.perf_counter()
        results = engine.search(query)
        timings.append((time.perf_counter() - t0) * 1000)
        assert results is not None
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    print(f"{len(timings)} truy vấn ({connection.vendor}): p50={statistics.median(timings):.1f} ms  p95={p95:.1f} ms  "
          f"max={timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
