"""HTML from old portals is cut down to what the rich-text editor can open and save unchanged."""

from __future__ import annotations

import re

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from core.blocks import RICH_TEXT_FEATURES
from core.sanitize import safe_href, sanitize_html


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("<p>Xin <b>chào</b></p><script>alert(1)</script>", "<p>Xin <b>chào</b></p>"),
        ('<p onclick="x()" style="color:red" class="a">Hai</p>', "<p>Hai</p>"),
        ("<style>p{}</style><p>Ba</p>", "<p>Ba</p>"),
        ('<span style="x">Giữ</span> <font>chữ</font>', "<p>Giữ chữ</p>"),
        ("<strong>đậm</strong> <em>nghiêng</em>", "<p><b>đậm</b> <i>nghiêng</i></p>"),
        ("<h1>Lớn</h1><h3>Vừa</h3><h6>Nhỏ</h6>", "<h2>Lớn</h2><h3>Vừa</h3><h4>Nhỏ</h4>"),
        ("chữ rời<div>trong div<p>đoạn</p></div>", "<p>chữ rời</p><p>trong div</p><p>đoạn</p>"),
        ("<ul><li>một<li>hai<ul><li>ba</ul></ul>", "<ul><li>một</li><li>hai<ul><li>ba</li></ul></li></ul>"),
        ("<blockquote><p>câu 1</p><p>câu 2</p></blockquote>", "<blockquote>câu 1<br/>câu 2</blockquote>"),
        ("<p>a&nbsp;&nbsp; b<br><br></p><p> </p>", "<p>a b</p>"),
        ("<p>chưa đóng <b>đậm<p>tiếp", "<p>chưa đóng <b>đậm</b></p><p>tiếp</p>"),
        ("<p>Một</p><hr><img src=x onerror=y><iframe>ẩn</iframe>", "<p>Một</p><hr/>"),
        ("<table><tr><td>Ô 1</td><td>Ô 2</td></tr></table>", "<p>Ô 1</p><p>Ô 2</p>"),
        ("<script>chỉ có mã</script>", ""),
        ("", ""),
    ],
)
def test_sanitised_html_keeps_text_and_allowed_markup_only(given, expected):
    assert sanitize_html(given) == expected


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://haiduong.gov.vn/a?b=1&c=2", True),
        ("http://example.vn", True),
        ("mailto:banthidua@haiduong.gov.vn", True),
        ("/tin-tuc/bai-viet/", True),
        ("../van-ban/13-ct-ubnd", True),
        ("javascript:alert(1)", False),
        (" JaVa\tScRiPt:alert(1)", False),
        ("jav&#x09;ascript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:msgbox", False),
    ],
)
def test_links_keep_only_web_mail_and_relative_addresses(href, kept):
    result = sanitize_html(f'<a href="{href}" target="_blank">xem</a>')

    assert ("<a href=" in result) is kept
    assert "xem" in result
    assert (safe_href(href) is not None) is kept


def test_sanitised_html_survives_the_editor_unchanged():
    html = sanitize_html(
        '<h2>Kết quả</h2><p>Có <strong>1.250</strong> tập thể <a href="https://haiduong.gov.vn">xem</a></p>'
        "<ul><li>Một<ul><li>Hai</li></ul></li></ul><blockquote><p>Trích</p></blockquote><hr><p>Hết</p>"
    )
    converter = ContentstateConverter(RICH_TEXT_FEATURES)

    saved_by_editor = converter.to_database_format(converter.from_database_format(html))

    assert re.sub(r' data-block-key="[^"]*"', "", saved_by_editor) == html
