import pytest

from core.text import clean_text, fold, modern_tone_placement, nfc, slugify_vi, vi_sort_key


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Tổng kết phong trào ‘Dân vận khéo’", "tong-ket-phong-trao-dan-van-kheo"),
        ("Đặng Thùy Trâm", "dang-thuy-tram"),
        ("ĐỒNG CHÍ ĐỖ THỊ ĐÀO", "dong-chi-do-thi-dao"),
        ("Chỉ thị số 13/CT-UBND ngày 25/8/2021", "chi-thi-so-13-ct-ubnd-ngay-25-8-2021"),
        ("Ứng dụng “Người tốt, việc tốt” – năm 2024", "ung-dung-nguoi-tot-viec-tot-nam-2024"),
    ],
)
def test_slug_is_ascii_and_keeps_every_letter(title, slug):
    assert slugify_vi(title) == slug


def test_decomposed_text_slugs_like_composed_text():
    decomposed = "Đặng Thùy Trâm".encode().decode()
    import unicodedata

    assert slugify_vi(unicodedata.normalize("NFD", decomposed)) == "dang-thuy-tram"


def test_nfc_and_white_space_are_normalised():
    import unicodedata

    raw = unicodedata.normalize("NFD", "Thi\u00a0đua  yêu\u200b nước ")
    assert clean_text(raw) == "Thi đua yêu nước"
    assert nfc(raw) == unicodedata.normalize("NFC", nfc(raw))


def test_fold_removes_tones_and_dd():
    assert fold("Bùi Thị HƯƠNG, ế ồ ự Đ") == "bui thi huong, e o u d"


def test_old_tone_placement_becomes_modern():
    assert modern_tone_placement("Hoà bình, thuỷ lợi, khoẻ, hoàng, khuya") == "Hòa bình, thủy lợi, khỏe, hoàng, khuya"


def test_vietnamese_alphabetical_order():
    names = ["Đào", "Dũng", "Anh", "Ăn", "Ánh", "Bình", "Châu", "Ơn", "Ông", "Ô"]
    assert sorted(names, key=vi_sort_key) == ["Anh", "Ánh", "Ăn", "Bình", "Châu", "Dũng", "Đào", "Ô", "Ông", "Ơn"]
