"""Document numbers as people type them: every spelling of one number finds the same document."""

import pytest

from directives.numbers import TypeName, number_key, parse_number_query

TYPES = [
    TypeName(1, "Chỉ thị", "CT"),
    TypeName(2, "Nghị định", "NĐ"),
    TypeName(3, "Luật", ""),
    TypeName(4, "Quyết định", "QĐ"),
    TypeName(5, "Thông tư liên tịch", "TTLT"),
    TypeName(6, "Thông tư", "TT"),
]


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("13/CT-UBND", "13-ct-ubnd"),
        ("13 ct-ubnd", "13-ct-ubnd"),
        ("13-CT-UBND", "13-ct-ubnd"),
        ("13/ct ubnd", "13-ct-ubnd"),
        (" 013 / CT - UBND ", "13-ct-ubnd"),
        ("34-CT/TW", "34-ct-tw"),
        ("06/2022/QH15", "6-2022-qh15"),
        ("6/2022/qh15", "6-2022-qh15"),
        ("98/2023/NĐ-CP", "98-2023-nd-cp"),
        ("98/2023/ND-CP", "98-2023-nd-cp"),
        ("812/QĐ-UBND", "812-qd-ubnd"),
        ("", ""),
        (None, ""),
    ],
)
def test_number_key_treats_case_tone_marks_separators_and_leading_zeros_alike(typed, key):
    assert number_key(typed) == key


@pytest.mark.parametrize(
    ("typed", "key", "type_name", "year"),
    [
        ("13/CT-UBND", "13-ct-ubnd", None, None),
        ("13 ct-ubnd", "13-ct-ubnd", None, None),
        ("13-CT-UBND", "13-ct-ubnd", None, None),
        ("chỉ thị 13", "13", "Chỉ thị", None),
        ("chi thi 13", "13", "Chỉ thị", None),
        ("CHỈ THỊ SỐ 13", "13", "Chỉ thị", None),
        ("13 chỉ thị", "13", "Chỉ thị", None),
        ("CT 13", "13", "Chỉ thị", None),
        ("Chỉ thị số 13/CT-UBND", "13-ct-ubnd", "Chỉ thị", None),
        ("chỉ thị 13 năm 2021", "13", "Chỉ thị", 2021),
        ("nghi dinh 98/2023/nd-cp", "98-2023-nd-cp", "Nghị định", None),
        ("Quyết định 812", "812", "Quyết định", None),
        ("thông tư liên tịch 5", "5", "Thông tư liên tịch", None),
        ("thông tư 01/2024/TT-BNV", "1-2024-tt-bnv", "Thông tư", None),
    ],
)
def test_loosely_typed_numbers_are_understood(typed, key, type_name, year):
    query = parse_number_query(typed, TYPES)

    assert query is not None
    assert query.key == key
    assert (query.doc_type.name if query.doc_type else None) == type_name
    assert query.year == year


@pytest.mark.parametrize("typed", ["thi đua khen thưởng", "2021", "13", "luật thi đua", "chỉ thị", "", "x" * 500])
def test_free_text_and_bare_figures_are_not_taken_for_numbers(typed):
    assert parse_number_query(typed, TYPES) is None


def test_a_bare_figure_counts_in_the_number_field():
    query = parse_number_query("13", TYPES, allow_bare=True)

    assert query.key == "13"
    assert not query.is_exact


def test_only_a_number_with_its_symbol_is_exact():
    assert parse_number_query("13 ct-ubnd", TYPES).is_exact
    assert not parse_number_query("chỉ thị 13", TYPES).is_exact
