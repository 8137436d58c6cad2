"""The library index: a citizen filters documents like a legal database and shares the URL."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from directives.models import DocumentFile, DocumentStatus
from tests.directives.factories import (
    DocumentPageFactory,
    DocumentTypeFactory,
    FieldFactory,
    make_document_file,
)

pytestmark = pytest.mark.django_db

PROVINCE = "Ủy ban nhân dân tỉnh Hải Dương"


@pytest.fixture
def documents(library, directive13):
    chi_thi = DocumentTypeFactory(name="Chỉ thị")
    nghi_dinh = DocumentTypeFactory(name="Nghị định", abbreviation="NĐ")
    thi_dua = FieldFactory(name="Thi đua - Khen thưởng")
    noi_vu = FieldFactory(name="Nội vụ")

    def make(**kwargs):
        return DocumentPageFactory(parent=library, **kwargs)

    return {
        "13/CT-UBND": directive13,
        "34-CT/TW": make(
            title="Chỉ thị về tiếp tục đổi mới công tác thi đua, khen thưởng",
            number="34-CT/TW",
            doc_type=chi_thi,
            issuer="Ban Chấp hành Trung ương",
            issued=dt.date(2014, 4, 7),
            field=thi_dua,
            summary="Đổi mới nội dung, hình thức tổ chức phong trào thi đua.",
        ),
        "06/2022/QH15": make(
            title="Luật Thi đua, khen thưởng",
            number="06/2022/QH15",
            doc_type=DocumentTypeFactory(name="Luật", abbreviation=""),
            issuer="Quốc hội",
            issued=dt.date(2022, 6, 15),
            effective=dt.date(2024, 1, 1),
            field=thi_dua,
            summary="Quy định về thi đua, khen thưởng và quản lý nhà nước về thi đua, khen thưởng.",
        ),
        "98/2023/NĐ-CP": make(
            title="Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
            number="98/2023/NĐ-CP",
            doc_type=nghi_dinh,
            issuer="Chính phủ",
            issued=dt.date(2023, 12, 31),
            field=thi_dua,
            summary="Hướng dẫn các danh hiệu thi đua và hình thức khen thưởng.",
        ),
        "91/2017/NĐ-CP": make(
            title="Nghị định hướng dẫn Luật Thi đua, khen thưởng năm 2017",
            number="91/2017/NĐ-CP",
            doc_type=nghi_dinh,
            issuer="Chính phủ",
            issued=dt.date(2017, 7, 31),
            status=DocumentStatus.EXPIRED,
            field=thi_dua,
            summary="Văn bản đã được thay thế.",
        ),
        "45/KH-UBND": make(
            title="Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VI",
            number="45/KH-UBND",
            doc_type=DocumentTypeFactory(name="Kế hoạch", abbreviation="KH"),
            issuer=PROVINCE,
            issued=dt.date(2024, 3, 5),
            status=DocumentStatus.NOT_YET,
            field=noi_vu,
            summary="Tổ chức Đại hội Thi đua yêu nước các cấp.",
            body="<p>Đại hội cấp tỉnh dự kiến tổ chức trong quý III năm 2025 tại Trung tâm Hội nghị.</p>",
        ),
        "13/CT-UBND 2019": make(
            title="Chỉ thị về tăng cường công tác phòng cháy năm 2019",
            number="13/CT-UBND",
            doc_type=chi_thi,
            issuer="Ủy ban nhân dân huyện Gia Lộc",
            issued=dt.date(2019, 3, 1),
            status=DocumentStatus.PARTLY_EXPIRED,
            field=noi_vu,
        ),
    }


ROW_RE = re.compile(r'<td class="library-table__number">(.*?)</td>\s*<td class="library-table__date">(.*?)</td>', re.S)


def listed(response) -> list[str]:
    """Number and date of each row of the table, as a reader sees them: "13/CT-UBND 25/08/2021"."""
    assert response.status_code == 200
    rows = []
    for number, date in ROW_RE.findall(response.content.decode()):
        date = re.sub(r"<[^>]+>", "", date).strip()
        rows.append(f"{number} {date}")
    return rows


def numbers(response) -> list[str]:
    return [row.split(" ")[0] for row in listed(response)]


def test_table_lists_number_date_and_abstract_newest_first(client, library, documents):
    response = client.get(library.url)

    assert listed(response) == [
        "45/KH-UBND 05/03/2024",
        "98/2023/NĐ-CP 31/12/2023",
        "06/2022/QH15 15/06/2022",
        "13/CT-UBND 25/08/2021",
        "13/CT-UBND 01/03/2019",
        "91/2017/NĐ-CP 31/07/2017",
        "34-CT/TW 07/04/2014",
    ]
    html = response.content.decode()
    for heading in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp"):
        assert f'<th scope="col">{heading}</th>' in html
    assert "Phát động phong trào thi đua yêu nước" in html
    assert "Có 7 văn bản." in html


def test_sort_oldest_first(client, library, documents):
    assert numbers(client.get(library.url, {"sort": "issued"}))[0] == "34-CT/TW"
    assert numbers(client.get(library.url, {"sort": "-issued"}))[0] == "45/KH-UBND"


def test_row_links_the_file_with_its_type_and_size(client, library, directive13):
    DocumentFile.objects.create(
        page=directive13, document=make_document_file(content=b"x" * 2048), title="Toàn văn Chỉ thị 13"
    )

    html = client.get(library.url).content.decode()

    assert re.search(r'<a href="/documents/\d+/chi-thi-13\.pdf" download>.*?PDF, 2 KB</a>', html, re.S)
    assert "Tải Toàn văn Chỉ thị 13" in html


@pytest.mark.parametrize("value", ["Chỉ thị", "chỉ thị", "CHI THI", "chi-thi", "CT"])
def test_filter_by_doc_type_as_written_in_imports_or_as_slug(client, library, documents, value):
    assert numbers(client.get(library.url, {"doc_type": value})) == ["13/CT-UBND", "13/CT-UBND", "34-CT/TW"]


@pytest.mark.parametrize("value", [PROVINCE, "uy ban nhan dan tinh hai duong", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG"])
def test_filter_by_issuer_exactly_whatever_the_case_or_tone_marks(client, library, documents, value):
    assert numbers(client.get(library.url, {"issuer": value})) == ["45/KH-UBND", "13/CT-UBND"]


def test_filter_by_part_of_the_issuer_name(client, library, documents):
    assert numbers(client.get(library.url, {"issuer": "gia loc"})) == ["13/CT-UBND"]
    assert numbers(client.get(library.url, {"issuer": "chinh phu"})) == ["98/2023/NĐ-CP", "91/2017/NĐ-CP"]


def test_issuer_that_no_document_has_lists_nothing(client, library, documents):
    response = client.get(library.url, {"issuer": "Sở Y tế"})

    assert numbers(response) == []
    assert "Không tìm thấy văn bản nào phù hợp." in response.content.decode()


@pytest.mark.parametrize("value", ["Nội vụ", "noi vu", "noi-vu"])
def test_filter_by_field_name_or_slug(client, library, documents, value):
    assert numbers(client.get(library.url, {"field": value})) == ["45/KH-UBND", "13/CT-UBND"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Hết hiệu lực", ["91/2017/NĐ-CP"]),
        ("het-hieu-luc", ["91/2017/NĐ-CP"]),
        ("Chưa có hiệu lực", ["45/KH-UBND"]),
        ("het hieu luc mot phan", ["13/CT-UBND"]),
    ],
)
def test_filter_by_status_label_or_slug(client, library, documents, value, expected):
    assert numbers(client.get(library.url, {"status": value})) == expected


def test_filter_by_year_of_issue(client, library, documents):
    assert numbers(client.get(library.url, {"year": "2021"})) == ["13/CT-UBND"]
    assert numbers(client.get(library.url, {"year": "2018"})) == []


@pytest.mark.parametrize(("start", "end"), [("01/01/2021", "31/12/2022"), ("2021-01-01", "2022-12-31")])
def test_filter_by_date_range_in_either_format(client, library, documents, start, end):
    assert numbers(client.get(library.url, {"from": start, "to": end})) == ["06/2022/QH15", "13/CT-UBND"]


def test_date_range_open_at_one_end(client, library, documents):
    assert numbers(client.get(library.url, {"from": "01/01/2023"})) == ["45/KH-UBND", "98/2023/NĐ-CP"]
    assert numbers(client.get(library.url, {"to": "31/12/2014"})) == ["34-CT/TW"]


@pytest.mark.parametrize("value", ["98/2023/NĐ-CP", "98/2023/nd-cp", "98 2023 ND CP", "98-2023"])
def test_filter_by_number_typed_loosely(client, library, documents, value):
    response = client.get(library.url, {"number": value})

    if response.status_code == 302:
        assert response["Location"] == documents["98/2023/NĐ-CP"].url
    else:
        assert numbers(response) == ["98/2023/NĐ-CP"]


def test_number_field_with_a_figure_lists_every_document_with_it(client, library, documents):
    assert numbers(client.get(library.url, {"number": "13"})) == ["13/CT-UBND", "13/CT-UBND"]


@pytest.mark.parametrize("typed", ["13/CT-UBND", "13 ct-ubnd", "13-CT-UBND", "chỉ thị 13", "chi thi 13", "CT 13"])
def test_loosely_typed_number_finds_the_directive(client, library, documents, typed):
    response = client.get(library.url, {"q": typed, "year": "2021"})

    # One document has this number in 2021: whole numbers jump to it, "chỉ thị 13" lists it.
    if response.status_code == 302:
        assert response["Location"] == documents["13/CT-UBND"].url
    else:
        assert numbers(response) == ["13/CT-UBND"]
        assert "Chỉ thị về phát động phong trào thi đua" in response.content.decode()


@pytest.mark.parametrize(("param", "typed"), [("q", "13 ct-ubnd"), ("q", "13-CT-UBND"), ("number", "13/CT-UBND")])
def test_exact_number_of_one_document_redirects_to_it(client, library, documents, param, typed):
    response = client.get(library.url, {param: typed, "year": "2021"})

    assert response.status_code == 302
    assert response["Location"] == documents["13/CT-UBND"].url


@pytest.mark.parametrize("typed", ["34-CT/TW", "34 ct tw", "06/2022/QH15", "6/2022/qh15"])
def test_unique_numbers_redirect_without_other_filters(client, library, documents, typed):
    response = client.get(library.url, {"q": typed})

    assert response.status_code == 302
    assert response["Location"] in (documents["34-CT/TW"].url, documents["06/2022/QH15"].url)


def test_number_shared_by_two_documents_lists_both(client, library, documents):
    response = client.get(library.url, {"q": "13/CT-UBND"})

    assert listed(response) == ["13/CT-UBND 25/08/2021", "13/CT-UBND 01/03/2019"]
    assert "Có 2 văn bản có số ký hiệu “13/CT-UBND”." in response.content.decode()


def test_type_and_figure_lists_the_documents_of_that_type(client, library, documents):
    assert numbers(client.get(library.url, {"q": "chỉ thị 13"})) == ["13/CT-UBND", "13/CT-UBND"]
    assert numbers(client.get(library.url, {"q": "nghị định 98"})) == ["98/2023/NĐ-CP"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Đại hội Thi đua yêu nước", ["45/KH-UBND"]),  # title
        ("danh hiệu", ["98/2023/NĐ-CP"]),  # abstract
        ("Trung tâm Hội nghị", ["45/KH-UBND"]),  # full text
        ("dai hoi thi dua yeu nuoc", ["45/KH-UBND"]),  # typed without tone marks
    ],
)
def test_free_text_searches_title_abstract_and_full_text(client, library, documents, query, expected):
    assert numbers(client.get(library.url, {"q": query})) == expected


def test_filters_combine(client, library, documents):
    get = client.get
    url = library.url
    assert numbers(get(url, {"doc_type": "nghi-dinh", "status": "Còn hiệu lực"})) == ["98/2023/NĐ-CP"]
    assert numbers(get(url, {"doc_type": "Chỉ thị", "year": "2014"})) == ["34-CT/TW"]
    assert numbers(get(url, {"field": "thi-dua-khen-thuong", "issuer": "Chính phủ", "sort": "issued"})) == [
        "91/2017/NĐ-CP",
        "98/2023/NĐ-CP",
    ]
    assert numbers(get(url, {"q": "Luật Thi đua", "doc_type": "Nghị định", "from": "01/01/2020"})) == ["98/2023/NĐ-CP"]
    assert numbers(get(url, {"number": "13", "issuer": "hai duong"})) == ["13/CT-UBND"]
    assert numbers(get(url, {"doc_type": "Kế hoạch", "status": "het-hieu-luc"})) == []


def test_filter_form_has_a_label_for_every_field_and_shows_the_choices(client, library, documents):
    html = client.get(library.url, {"doc_type": "chi thi", "year": "2021"}).content.decode()

    for name, label in [
        ("q", "Từ khóa hoặc số ký hiệu"),
        ("number", "Số ký hiệu"),
        ("doc-type", "Loại văn bản"),
        ("issuer", "Cơ quan ban hành"),
        ("field", "Lĩnh vực"),
        ("status", "Tình trạng hiệu lực"),
        ("year", "Năm ban hành"),
        ("from", "Ban hành từ ngày"),
        ("to", "Đến ngày"),
        ("sort", "Sắp xếp"),
    ]:
        assert f'<label for="filter-{name}">{label}</label>' in html
    assert '<option value="chi-thi" selected>Chỉ thị</option>' in html
    assert '<option value="2021" selected>2021</option>' in html
    assert '<option value="2014">2014</option>' in html
    assert '<option value="Quốc hội">Quốc hội</option>' in html
    assert '<option value="het-hieu-luc-mot-phan">Hết hiệu lực một phần</option>' in html
    assert '<option value="noi-vu">Nội vụ</option>' in html


def test_pagination_keeps_the_filters(client, library, documents):
    library.per_page = 2
    library.save_revision().publish()

    response = client.get(library.url, {"doc_type": "Chỉ thị", "page": "2"})

    assert numbers(response) == ["34-CT/TW"]
    assert 'href="?doc_type=chi-thi&amp;page=1"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "abc"}, "Năm ban hành: “abc” không phải là một năm (ví dụ: 2021), nên đã được bỏ qua."),
        ({"from": "31/02/2021"}, "Từ ngày: “31/02/2021” không phải là ngày hợp lệ (ví dụ: 25/08/2021), nên đã được bỏ qua."),
        ({"page": "999999"}, "Trang: không có trang “999999”, đang hiển thị trang 1."),
        ({"page": "abc"}, "Trang: không có trang “abc”"),
        ({"q": "thi đua " * 700}, "Từ khóa: giá trị dài quá 200 ký tự, nên đã được bỏ qua."),
        ({"q": "13/CT\x00-UBND"}, "Từ khóa: giá trị có ký tự không hợp lệ, nên đã được bỏ qua."),
        ({"issuer": "\x00"}, "Cơ quan ban hành: giá trị có ký tự không hợp lệ"),
        ({"doc_type": "x" * 5000}, "Loại văn bản: giá trị dài quá 200 ký tự"),
        ({"doc_type": "Sắc lệnh"}, "Loại văn bản: không có loại văn bản “Sắc lệnh”, nên đã được bỏ qua."),
        ({"status": "tạm dừng"}, "Tình trạng hiệu lực: không có tình trạng “tạm dừng”"),
        ({"sort": "'; DROP TABLE"}, "Sắp xếp: không có cách sắp xếp"),
        ({"to": "2021-02-30"}, "Đến ngày: “2021-02-30” không phải là ngày hợp lệ"),
    ],
)
def test_nonsense_parameters_give_the_list_with_a_polite_message(client, library, documents, params, message):
    response = client.get(library.url, params)

    assert response.status_code == 200
    html = response.content.decode().replace("&quot;", '"')
    assert "Một số điều kiện lọc chưa dùng được" in html
    assert message in html
    assert len(numbers(response)) == 7


@pytest.mark.parametrize(
    "params",
    [
        {"year": "99999999999999999999"},
        {"number": "/" * 150},
        {"number": "đ" * 100},
        {"q": "%" * 150},
        {"q": "* OR 1=1 --"},
        {"field": "\u202e\u200b"},
        {"from": "9999-99-99", "to": "0000-00-00"},
        {"page": "-1"},
        {"page": "1e9"},
        {"page": "2\x00"},
        {"doc_type": ["a", "b"]},
    ],
)
def test_hostile_parameters_never_fail_the_page(client, library, documents, params):
    assert client.get(library.url, params).status_code == 200


def test_empty_library_says_it_has_no_documents_yet(client, library):
    html = client.get(library.url).content.decode()

    assert "Thư viện chưa có văn bản nào." in html
    assert "Bỏ lọc" not in html


def test_index_queries_stay_bounded_with_1000_documents(client, library, django_assert_max_num_queries):
    from tests.directives.bulk import create_documents

    create_documents(library, 1000)
    client.get(library.url)  # warm the site and settings caches, as a running site has them

    # Free text adds the search engine's fixed set of candidate queries; none grows with the library.
    for params, bound in (
        ({}, 20),
        ({"doc_type": "Chỉ thị", "year": "2021", "page": "7"}, 20),
        ({"q": "khen thưởng", "sort": "issued"}, 28),
    ):
        with django_assert_max_num_queries(bound):
            response = client.get(library.url, params)
        assert len(numbers(response)) == 20
