#!/usr/bin/env python
"""Benchmark: the document library at 100 000 documents.

Times what citizens and journalists do with the library — the first page, a deep page, each
filter, free text, a loosely typed number that jumps to the document, and a document page — and
counts SQL queries. Prints figures only.

    python bench/document_library.py                      # SQLite file bench.sqlite3
    python bench/document_library.py --count 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tdkt_bench python bench/document_library.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import random

from _bulk import bulk_children, measure, setup_django, words

VOCABULARY = (
    "thi đua khen thưởng phong trào tổng kết sơ kết phát động cụm khối giao ước điển hình tiên tiến chiến sĩ "
    "bằng khen giấy khen huân chương lao động sáng tạo nông thôn mới doanh nghiệp văn hóa an sinh xã hội giáo "
    "dục y tế kế hoạch triển khai thực hiện quy định hướng dẫn tổ chức đánh giá xét tặng danh hiệu năm giai đoạn"
).split()
TYPES = [("Chỉ thị", "CT"), ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"), ("Thông báo", "TB"), ("Công văn", "CV")]
ISSUERS = [
    "Ủy ban nhân dân tỉnh Hải Dương",
    "Ban Thi đua - Khen thưởng tỉnh Hải Dương",
    "Sở Nội vụ tỉnh Hải Dương",
    "Ủy ban nhân dân huyện Cẩm Giàng",
    "Ủy ban nhân dân thành phố Chí Linh",
]


def generate(count: int) -> None:
    from core.models import HomePage
    from core.taxonomies import Field
    from directives.models import DocumentLibraryPage, DocumentPage, DocumentStatus, DocumentType
    from directives.numbers import number_key

    home = HomePage.objects.get()
    library = DocumentLibraryPage.objects.filter(slug="van-ban").first()
    if library is None:
        library = home.add_child(instance=DocumentLibraryPage(title="Văn bản", slug="van-ban"))
    existing = DocumentPage.objects.count()
    if existing >= count:
        print(f"{existing} văn bản đã có, không sinh thêm")
        return library
    types = [(DocumentType.get_or_create_named(name), abbr) for name, abbr in TYPES]
    field = Field.get_or_create_named("Thi đua - Khen thưởng")
    statuses = [DocumentStatus.IN_FORCE] * 6 + [DocumentStatus.EXPIRED, DocumentStatus.PARTLY_EXPIRED]
    rng = random.Random(42)

    def items():
        for i in range(existing, count):
            doc_type, abbr = rng.choice(types)
            issued = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(0, 7600))
            number = f"{i % 900 + 1}/{abbr}-UBND" if abbr in ("CT", "QĐ") else f"{i % 900 + 1}/{abbr}-TĐKT"
            title = f"{doc_type.name} về {words(rng, VOCABULARY, rng.randint(6, 12)).lower()}"
            yield title, {
                "number": number,
                "number_key": number_key(number),
                "doc_type": doc_type,
                "issuer": rng.choice(ISSUERS),
                "signer": "KT. Chủ tịch - Phó Chủ tịch",
                "issued": issued,
                "effective": issued + dt.timedelta(days=rng.choice([0, 10, 45])),
                "status": rng.choice(statuses),
                "field": field,
                "date": issued,
                "summary": words(rng, VOCABULARY, 30),
                "body": f"<p>{words(rng, VOCABULARY, 150)}</p>",
            }

    bulk_children(library, DocumentPage, items(), count - existing, "văn bản")
    return library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    generate(args.count)

    from directives.models import DocumentLibraryPage, DocumentPage

    library = DocumentLibraryPage.objects.get(slug="van-ban")
    total = DocumentPage.objects.count()
    sample = DocumentPage.objects.live().order_by("pk")[total // 3]
    print(f"{total} văn bản; đo {args.runs} lần mỗi trang")
    url = library.url
    measure("Thư viện, trang 1", url, args.runs)
    measure("Thư viện, trang 2000", f"{url}?page=2000", args.runs)
    measure("Lọc loại văn bản (Chỉ thị)", f"{url}?doc_type=Chỉ thị", args.runs)
    measure("Lọc loại + năm + hiệu lực", f"{url}?doc_type=chi-thi&year=2019&status=con-hieu-luc", args.runs)
    measure("Lọc cơ quan (không dấu)", f"{url}?issuer=uy ban nhan dan tinh hai duong", args.runs)
    measure("Khoảng ngày + sắp xếp cũ trước", f"{url}?from=01/01/2015&to=31/12/2016&sort=issued", args.runs)
    measure("Tìm chữ (q=khen thưởng)", f"{url}?q=khen thưởng", args.runs)
    measure("Số ký hiệu gõ tự do", f"{url}?number={sample.number.lower().replace('/', ' ')}", args.runs)
    measure("Trang văn bản", sample.url, args.runs)


if __name__ == "__main__":
    main()
