"""Hand-written phrases the demo articles are assembled from, and the builders that assemble them.

An article in ``articles`` states its own facts; the builder for its kind (a launch, a
conference, a ceremony, a notice …) wraps them in an opening and a closing picked with a seeded
random generator, so that two conference reports never read the same and a rerun gives the
same text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from html import escape
from typing import Any

TDKT = "Thi đua - Khen thưởng"
NOTICE = "Thông báo"
EXEMPLAR = "Gương người tốt, việc tốt"
BOARD = "Hoạt động của Ban"

BAO_HD = "Theo Báo Hải Dương"
PORTAL = "Theo Cổng thông tin điện tử tỉnh Hải Dương"
BAN = "Ban Thi đua - Khen thưởng tỉnh"

HCM = "Chủ tịch Hồ Chí Minh"

HO_CHI_MINH_QUOTES = [
    "Thi đua là yêu nước, yêu nước thì phải thi đua. Và những người thi đua là những người yêu nước nhất.",
    "Càng khó khăn thì càng phải thi đua.",
    "Trong thi đua phải có khen thưởng và phê bình. Nhưng khen thưởng phải đúng mức và kịp thời.",
]

THEME_PROVINCE = "Đoàn kết, đổi mới, sáng tạo, thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền vững"
THEME_NATION = "Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc"
DIRECTIVE_13 = "Chỉ thị số 13/CT-UBND ngày 25/8/2021 của UBND tỉnh"
DIRECTIVE_34 = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị"

OFFICE_PHONE = "0220 3852 316"

# Openings by kind: "{date}" is "ngày 26/8/2021"; other fields come from the article.
OPENINGS: dict[str, list[str]] = {
    "launch": [
        "{Date}, {host} {event}.",
        "Nhằm tạo khí thế thi đua sôi nổi trong toàn tỉnh, {date}, {host} {event}.",
        "Với mục tiêu khơi dậy tinh thần đoàn kết, sáng tạo của cán bộ và nhân dân, {date}, {host} {event}.",
    ],
    "conference": [
        "{Date}, {host} {event}.",
        "{Date}, {host} {event}. Dự hội nghị có đại diện lãnh đạo các sở, ban, ngành, đoàn thể tỉnh và "
        "các huyện, thị xã, thành phố.",
        "{Date}, tại hội trường UBND tỉnh, {host} {event}.",
    ],
    "ceremony": [
        "{Date}, {host} {event}.",
        "Trong không khí trang trọng, {date}, {host} {event}.",
        "{Date}, tại Trung tâm Hội nghị tỉnh, {host} {event}.",
    ],
    "agreement": [
        "{Date}, {host} {event}.",
        "Mở đầu năm công tác mới, {date}, {host} {event}.",
    ],
    "notice": [
        "Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành, Ban Thi đua - Khen thưởng tỉnh {event}.",
        "Thực hiện kế hoạch công tác năm, Ban Thi đua - Khen thưởng tỉnh {event}.",
        "Để công tác khen thưởng bảo đảm chính xác, kịp thời, Ban Thi đua - Khen thưởng tỉnh {event}.",
    ],
    "exemplar": [
        "{event}",
    ],
    "activity": [
        "{Date}, {host} {event}.",
        "Thực hiện chương trình công tác năm, {date}, {host} {event}.",
    ],
}

CLOSINGS: dict[str, list[str]] = {
    "launch": [
        "UBND tỉnh giao Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) theo dõi, đôn đốc, tổng hợp kết quả "
        "và tham mưu sơ kết, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu.",
        "Các cơ quan báo chí, truyền thông của tỉnh được đề nghị mở chuyên mục giới thiệu cách làm hay, "
        "gương điển hình trong quá trình thực hiện phong trào.",
        "Kết quả thực hiện phong trào là một trong những căn cứ để bình xét danh hiệu thi đua và hình thức "
        "khen thưởng cuối năm của các cơ quan, đơn vị, địa phương.",
    ],
    "conference": [
        "Kết thúc hội nghị, các đại biểu thống nhất nhiều giải pháp để phong trào thi đua đi vào chiều sâu, "
        "gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
        "Hội nghị đề nghị các cơ quan, đơn vị tiếp tục phát hiện, bồi dưỡng và nhân rộng những nhân tố mới, "
        "cách làm hay trong thời gian tới.",
        "Lãnh đạo Hội đồng Thi đua - Khen thưởng tỉnh đề nghị khắc phục tình trạng phát động rầm rộ nhưng "
        "thiếu đôn đốc, kiểm tra và sơ kết, tổng kết.",
    ],
    "ceremony": [
        "Thay mặt các tập thể, cá nhân được khen thưởng, đại diện người lao động bày tỏ niềm vinh dự và hứa "
        "tiếp tục phấn đấu, xứng đáng với sự ghi nhận của tỉnh.",
        "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh chúc mừng các tập thể, cá nhân được khen thưởng và mong "
        "mỗi điển hình sẽ lan tỏa tinh thần thi đua tới đồng nghiệp, cộng đồng.",
    ],
    "agreement": [
        "Sau khi ký kết, các đơn vị trong cụm, khối sẽ kiểm tra chéo giữa năm và chấm điểm, suy tôn đơn vị "
        "dẫn đầu vào cuối năm.",
        "Giao ước thi đua là căn cứ để các đơn vị chấm điểm, bình xét và suy tôn đơn vị dẫn đầu đề nghị "
        "UBND tỉnh tặng Cờ thi đua.",
    ],
    "notice": [
        "Mọi chi tiết xin liên hệ Phòng Nghiệp vụ thi đua, khen thưởng, Ban Thi đua - Khen thưởng tỉnh, "
        f"điện thoại {OFFICE_PHONE}, trong giờ hành chính.",
        "Hồ sơ gửi sau thời hạn trên sẽ được xem xét cùng đợt tiếp theo. Đề nghị các cơ quan, đơn vị, địa "
        "phương quan tâm thực hiện.",
    ],
    "exemplar": [
        "Những việc làm lặng lẽ mà bền bỉ ấy đã góp phần làm phong phú thêm phong trào thi đua “Người tốt, "
        "việc tốt” trên quê hương xứ Đông.",
        "Câu chuyện nhỏ ấy là minh chứng sinh động rằng thi đua không ở đâu xa, mà bắt đầu từ những việc "
        "làm cụ thể mỗi ngày.",
        "Với những đóng góp đó, tấm gương này đã được biểu dương và đề nghị các cấp khen thưởng, để lan tỏa "
        "trong cộng đồng.",
    ],
    "activity": [
        "Ban Thi đua - Khen thưởng tỉnh sẽ tổng hợp các kiến nghị, đề xuất để tham mưu UBND tỉnh chỉ đạo "
        "trong thời gian tới.",
        "Qua hoạt động này, đội ngũ làm công tác thi đua, khen thưởng có thêm kinh nghiệm để tham mưu đúng, "
        "trúng và kịp thời.",
    ],
}


@dataclass
class Article:
    """One demo news item as written in ``articles``; ``build`` turns it into page field values."""

    number: int
    date: dt.date
    category: str
    kind: str
    title: str
    summary: str
    image: str
    tags: list[str]
    event: str = ""
    host: str = "UBND tỉnh"
    source: str = "Ban Thi đua - Khen thưởng tỉnh"
    facts: list[str] = field(default_factory=list)
    heading: str = ""
    bullets: list[str] = field(default_factory=list)
    quote: tuple[str, str] | None = None
    table: dict[str, Any] | None = None
    figure: tuple[str, str] | None = None
    caption: str = ""

    @property
    def import_id(self) -> str:
        return f"demo-n{self.number:02d}"


def vi_date(value: dt.date) -> str:
    return f"ngày {value.day}/{value.month}/{value.year}"


def _p(text: str) -> dict[str, Any]:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def _safe(text: str) -> str:
    """Escape text for rich text, keeping the few inline tags the article data uses."""
    escaped = escape(text, quote=False)
    for tag in ("b", "i"):
        escaped = escaped.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return escaped


def _fill(template: str, article: Article) -> str:
    date = vi_date(article.date)
    return template.format(
        date=date,
        Date=date[0].upper() + date[1:],
        host=article.host,
        event=article.event,
    )


def build_body(article: Article) -> list[dict[str, Any]]:
    """StreamField raw data for the article; image blocks carry the image key until loading."""
    rng = random.Random(article.number * 7919)
    blocks: list[dict[str, Any]] = [_p(_safe(_fill(rng.choice(OPENINGS[article.kind]), article)))]
    facts = list(article.facts)
    # The figure and the quote sit between facts, where a newspaper would place them.
    figure_at = min(1, len(facts))
    quote_at = min(2, len(facts)) if len(facts) > 2 else len(facts)
    for index, fact in enumerate(facts):
        if article.figure and index == figure_at:
            blocks.append(_figure(article.figure))
        if article.quote and index == quote_at:
            blocks.append(_quote(article.quote))
        blocks.append(_p(_safe(fact)))
    if article.figure and figure_at >= len(facts):
        blocks.append(_figure(article.figure))
    if article.quote and quote_at >= len(facts):
        blocks.append(_quote(article.quote))
    if article.bullets:
        items = "".join(f"<li>{_safe(item)}</li>" for item in article.bullets)
        heading = f"<h3>{_safe(article.heading)}</h3>" if article.heading else ""
        blocks.append({"type": "paragraph", "value": f"{heading}<ul>{items}</ul>"})
    if article.table:
        blocks.append({"type": "table", "value": _table(article.table)})
    blocks.append(_p(_safe(rng.choice(CLOSINGS[article.kind]))))
    return blocks


def _figure(figure: tuple[str, str]) -> dict[str, Any]:
    key, caption = figure
    return {"type": "image", "value": {"image": key, "caption": caption, "credit": ""}}


def _quote(quote: tuple[str, str]) -> dict[str, Any]:
    text, attribution = quote
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def _table(table: dict[str, Any]) -> dict[str, Any]:
    return {
        "data": [table["header"], *table["rows"]],
        "table_header_choice": "row",
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": table.get("caption", ""),
    }
