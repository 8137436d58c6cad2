"""Vietnamese alphabetical order of profiles: the stored key sorts as a Vietnamese reader expects."""

from __future__ import annotations

import pytest

from exemplars.collation import LETTERS, find_letter, letter_of, name_order, sort_key_string, sort_name_for


def ordered(names: list[str]) -> list[str]:
    return sorted(names, key=sort_key_string)


def test_d_with_stroke_comes_after_every_d():
    assert ordered(["Đào", "Dương", "Duy", "Dũng"]) == ["Dũng", "Duy", "Dương", "Đào"]


def test_breve_and_circumflex_letters_follow_plain_a():
    assert ordered(["Ân", "Anh", "Ăn", "Bình", "An"]) == ["An", "Anh", "Ăn", "Ân", "Bình"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Oanh", "Ôn"),  # o < ô
        ("Ôn", "Ơn"),  # ô < ơ
        ("Uyên", "Ưng"),  # u < ư
        ("Em", "Êm"),  # e < ê
        ("Ê", "Giang"),  # ê < g
        ("Yến", "Zô"),  # a letter outside the alphabet keeps its Latin place, after y
    ],
)
def test_letters_follow_the_vietnamese_alphabet(first, second):
    assert sort_key_string(first) < sort_key_string(second)


def test_tone_marks_only_break_ties_between_equal_letters():
    # Letters decide first: l < n, so "Hạ Long" comes first despite its heavier tone.
    assert ordered(["Hà Nam", "Hạ Long"]) == ["Hạ Long", "Hà Nam"]
    # Same letters: no mark, grave, hook, tilde, acute, dot below.
    assert ordered(["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"]) == ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]


def test_a_name_sorts_before_longer_names_that_start_with_it():
    assert ordered(["Trường Tiểu học An Bình", "Trường Tiểu học An", "Trường"]) == [
        "Trường",
        "Trường Tiểu học An",
        "Trường Tiểu học An Bình",
    ]


def test_case_spacing_and_composition_do_not_change_the_key():
    decomposed = "Ða\u0300o"  # đ written with a combining grave on the a
    assert sort_key_string("  ĐÀO  ") == sort_key_string("đào")
    assert sort_key_string("Đ" + decomposed[1:]) == sort_key_string("Đào")


def test_key_uses_only_characters_every_database_collation_orders_alike():
    key = sort_key_string("Nguyễn Thị Ánh Tuyết – Hội Nông dân (xã Đức Chính)")
    assert key and set(key) <= set("0123456789abcdefghijklmnopqrstuvwxyz")


def test_individuals_file_under_their_given_name():
    assert name_order("Nguyễn Văn Dũng", individual=True) == "Dũng Nguyễn Văn"
    assert name_order("Trường THCS Lê Quý Đôn", individual=False) == "Trường THCS Lê Quý Đôn"
    names = ["Trần Thị Đào", "Nguyễn Văn Dũng", "Lê Văn An", "Phạm Thị Dung"]
    keyed = sorted(names, key=lambda name: sort_name_for(name, individual=True))
    assert keyed == ["Lê Văn An", "Phạm Thị Dung", "Nguyễn Văn Dũng", "Trần Thị Đào"]


def test_a_given_name_without_tone_comes_before_the_same_letters_with_one():
    names = ["Nguyễn Văn Dũng", "Phạm Thị Dung", "Bùi Văn Dũng"]
    keyed = sorted(names, key=lambda name: sort_name_for(name, individual=True))
    assert keyed == ["Phạm Thị Dung", "Bùi Văn Dũng", "Nguyễn Văn Dũng"]


def test_same_given_name_then_family_name_decides():
    names = ["Vũ Thị Hoa", "Bùi Thị Hoa", "Đặng Thị Hoa"]
    keyed = sorted(names, key=lambda name: sort_name_for(name, individual=True))
    assert keyed == ["Bùi Thị Hoa", "Đặng Thị Hoa", "Vũ Thị Hoa"]


def test_letter_of_a_key_is_the_bar_letter_of_the_filed_name():
    assert letter_of(sort_name_for("Trần Thị Đào", individual=True)) == "Đ"
    assert letter_of(sort_name_for("Hợp tác xã Ăn Quả", individual=False)) == "H"
    assert letter_of(sort_name_for("Ăn Quả", individual=False)) == "Ă"
    assert letter_of(sort_name_for("5 Anh Em", individual=False)) is None


def test_bar_has_the_29_letters_of_the_vietnamese_alphabet_in_order():
    assert len(LETTERS) == 29
    assert sorted(LETTERS, key=sort_key_string) == LETTERS
    assert "F" not in LETTERS and "Đ" in LETTERS


@pytest.mark.parametrize(("raw", "letter"), [("đ", "Đ"), (" Ă ", "Ă"), ("a", "A"), ("f", None), ("AB", None), ("", None)])
def test_letter_parameter_accepts_one_letter_of_the_bar(raw, letter):
    assert find_letter(raw) == letter
