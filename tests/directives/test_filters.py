"""The library's GET parameters are read the way the import format writes values; nonsense is
left out with a polite notice."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.http import QueryDict

from directives.filters import DocumentFilters, parse_date
from directives.models import DocumentStatus

CHI_THI = SimpleNamespace(pk=1, name="Chỉ thị", slug="chi-thi", abbreviation="CT")
QUYET_DINH = SimpleNamespace(pk=2, name="Quyết định", slug="quyet-dinh", abbreviation="QĐ")
THI_DUA = SimpleNamespace(pk=7, name="Thi đua - Khen thưởng", slug="thi-dua-khen-thuong")
ISSUERS = ["Bộ Nội vụ", "Ủy ban nhân dân tỉnh Hải Dương", "Ủy ban nhân dân huyện Gia Lộc"]


def parse(query: str) -> DocumentFilters:
    return DocumentFilters(QueryDict(query), doc_types=[CHI_THI, QUYET_DINH], fields=[THI_DUA], issuers=ISSUERS)


@pytest.mark.parametrize(
    "value", ["Chỉ thị", "chỉ thị", "CHỈ THỊ", "chi thi", "Chi Thi", "chi-thi", "CT", "ct", " Chỉ  thị "]
)
def test_doc_type_is_accepted_as_name_slug_or_abbreviation_in_any_case(value):
    filters = parse(f"doc_type={value}")

    assert filters.doc_type is CHI_THI
    assert filters.notices == []


@pytest.mark.parametrize("value", ["Thi đua - Khen thưởng", "thi dua - khen thuong", "thi-dua-khen-thuong"])
def test_field_by_name_or_slug(value):
    assert parse(f"field={value}").field is THI_DUA


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("Còn hiệu lực", DocumentStatus.IN_FORCE),
        ("con hieu luc", DocumentStatus.IN_FORCE),
        ("con-hieu-luc", DocumentStatus.IN_FORCE),
        ("HẾT HIỆU LỰC", DocumentStatus.EXPIRED),
        ("Hết hiệu lực một phần", DocumentStatus.PARTLY_EXPIRED),
        ("chua-co-hieu-luc", DocumentStatus.NOT_YET),
    ],
)
def test_status_by_label_or_slug(value, status):
    assert parse(f"status={value}").status == status


@pytest.mark.parametrize(
    ("value", "matches"),
    [
        ("Ủy ban nhân dân tỉnh Hải Dương", ["Ủy ban nhân dân tỉnh Hải Dương"]),
        ("uy ban nhan dan tinh hai duong", ["Ủy ban nhân dân tỉnh Hải Dương"]),
        ("hải dương", ["Ủy ban nhân dân tỉnh Hải Dương"]),
        ("uy ban nhan dan", ["Ủy ban nhân dân tỉnh Hải Dương", "Ủy ban nhân dân huyện Gia Lộc"]),
        ("Sở Y tế", []),
    ],
)
def test_issuer_matches_folded_exactly_or_by_containing(value, matches):
    assert parse(f"issuer={value}").issuer_matches == matches


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("25/08/2021", dt.date(2021, 8, 25)),
        ("25/8/2021", dt.date(2021, 8, 25)),
        ("25-08-2021", dt.date(2021, 8, 25)),
        ("2021-08-25", dt.date(2021, 8, 25)),
        ("31/02/2021", None),
        ("2021-13-01", None),
        ("hôm qua", None),
        ("25/08/0021", None),
    ],
)
def test_dates_read_as_dd_mm_yyyy_or_iso(value, date):
    assert parse_date(value) == date


def test_reversed_date_range_is_swapped_with_a_notice():
    filters = parse("from=31/12/2021&to=01/01/2021")

    assert (filters.date_from, filters.date_to) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert "đổi chỗ" in filters.notices[0]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("year=abc", ["Năm ban hành", "“abc” không phải là một năm"]),
        ("year=99999", ["Năm ban hành"]),
        ("from=31/02/2021", ["Từ ngày", "“31/02/2021” không phải là ngày hợp lệ"]),
        ("to=mai", ["Đến ngày"]),
        ("doc_type=Sắc lệnh", ["Loại văn bản", "không có loại văn bản “Sắc lệnh”"]),
        ("field=Thể thao", ["Lĩnh vực"]),
        ("status=đang xem xét", ["Tình trạng hiệu lực", "Còn hiệu lực, Hết hiệu lực"]),
        ("sort=title", ["Sắp xếp"]),
        ("q=" + "x" * 5000, ["Từ khóa", "dài quá 200 ký tự"]),
        ("q=thi%00dua", ["Từ khóa", "ký tự không hợp lệ"]),
        ("number=13%00", ["Số ký hiệu"]),
    ],
)
def test_nonsense_is_ignored_with_a_polite_notice(query, words):
    filters = parse(query)

    assert len(filters.notices) == 1
    for word in words:
        assert word in filters.notices[0]
    assert "bỏ qua" in filters.notices[0]
    assert not filters.is_active


def test_canonical_parameters_keep_only_what_is_in_force():
    filters = parse("doc_type=CHỈ THỊ&status=Còn hiệu lực&year=2021&from=2021-01-01&year=abc&sort=-issued&foo=bar")

    assert filters.canonical() == {"doc_type": "chi-thi", "status": "con-hieu-luc", "from": "01/01/2021"}


def test_a_whole_number_in_free_text_is_exact_but_a_type_and_figure_is_not():
    assert parse("q=13 ct-ubnd").exact_number().key == "13-ct-ubnd"
    assert parse("number=13/CT-UBND").exact_number().key == "13-ct-ubnd"
    assert parse("q=chỉ thị 13").exact_number() is None
    assert parse("q=khen thưởng").exact_number() is None
