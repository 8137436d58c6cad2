"""Highlighting: the searched words are marked as written on the page, matched through folding."""

import unicodedata

from search.highlight import highlight, query_terms, snippet


def test_unaccented_query_marks_accented_words_as_one_phrase():
    assert highlight("Phát động phong trào thi đua năm 2021", "thi dua") == (
        "Phát động phong trào <mark>thi đua</mark> năm 2021"
    )


def test_d_with_stroke_is_matched_both_ways():
    assert highlight("Đồng chí Đặng Văn Đức", "dang duc") == "Đồng chí <mark>Đặng</mark> Văn <mark>Đức</mark>"
    assert highlight("Dang Van Duc", "Đặng") == "<mark>Dang</mark> Van Duc"


def test_decomposed_text_and_query_are_matched_and_shown_composed():
    nfd_text = unicodedata.normalize("NFD", "Khen thưởng đột xuất")
    nfd_query = unicodedata.normalize("NFD", "thưởng")
    html = highlight(nfd_text, nfd_query)
    assert html == "Khen <mark>thưởng</mark> đột xuất"
    assert unicodedata.is_normalized("NFC", html)


def test_capitals_and_wrong_tone_still_match():
    assert highlight("Ban Thi đua - Khen thưởng", "KHÉN THUONG") == "Ban Thi đua - <mark>Khen thưởng</mark>"


def test_document_number_is_marked_whole():
    assert highlight("Chỉ thị số 13/CT-UBND ngày 25/8/2021", "13/ct-ubnd") == (
        "Chỉ thị số <mark>13/CT-UBND</mark> ngày 25/8/2021"
    )


def test_only_whole_words_are_marked():
    assert highlight("Thi đua yêu nước", "thi d") == "<mark>Thi</mark> đua yêu nước"


def test_html_in_text_and_query_is_escaped():
    html = highlight('<script>alert("thi đua")</script>', "<b>thi</b>")
    assert "<script>" not in html
    assert html == "&lt;script&gt;alert(&quot;<mark>thi</mark> đua&quot;)&lt;/script&gt;"


def test_empty_or_punctuation_query_marks_nothing():
    assert highlight("Thi đua", "") == "Thi đua"
    assert highlight("Thi đua", '"*() OR') == "Thi đua"
    assert query_terms('"*() NEAR(') == frozenset({"near"})


def test_snippet_is_a_window_around_the_first_match():
    text = " ".join(["Mở đầu"] * 60) + " Chỉ thị 13 về đẩy mạnh phong trào thi đua " + " ".join(["kết thúc"] * 60)
    html = snippet(text, "chi thi 13", length=120)
    assert html.startswith("… ")
    assert html.endswith(" …")
    assert "<mark>Chỉ thị 13</mark>" in html
    assert len(html) < 200


def test_snippet_without_match_shows_the_opening_and_drops_tags():
    html = snippet("<p>Ủy ban nhân dân tỉnh <b>biểu dương</b> các tập thể.</p>", "khong co")
    assert html == "Ủy ban nhân dân tỉnh biểu dương các tập thể."


def test_snippet_near_the_end_shows_a_full_window():
    text = " ".join(["đoạn"] * 100) + " gương điển hình"
    html = snippet(text, "dien hinh", length=100)
    assert html.startswith("… ")
    assert html.endswith("<mark>điển hình</mark>")
    assert len(html) > 90
