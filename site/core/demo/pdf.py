"""One-page PDF renderings of the demo documents, drawn with Pillow: nothing is downloaded.

The page follows the layout of a Vietnamese administrative document (issuing body and number on
the left, the national motto on the right, place and date, the document type in capitals, the
title, the text and the signature block) and says at the foot that it is an illustration, not
the original. The page is a 1-bit A4 image at 150 dpi, so a PDF weighs a few tens of kilobytes,
and the metadata dates are the date of issue, so the same document always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

DPI = 150
A4 = (1240, 1754)  # 210 × 297 mm at 150 dpi
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP = 177, 118, 118  # 30 mm and 20 mm, as the rules on document layout ask
FOOTNOTE = "Bản trình bày minh họa cho trang thử nghiệm, không thay thế văn bản gốc."

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "regular": "DejaVuSerif.ttf",
    "bold": "DejaVuSerif-Bold.ttf",
    "italic": "DejaVuSerif-Italic.ttf",
}

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


@dataclass(frozen=True)
class PdfPage:
    """What the rendering needs; ``documents`` builds one from a demo document."""

    heading: tuple[str, ...]  # issuing body, top left, in capitals: ("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG")
    number_line: str  # "Số: 13/CT-UBND"
    kind: str  # "CHỈ THỊ"
    title: str
    paragraphs: tuple[str, ...]
    signature: tuple[str, ...]  # ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    issued: dt.date
    place: str = ""  # "Hải Dương"; empty for a law, which carries no place-and-date line
    party: bool = False  # Party documents carry the Party's name instead of the national motto


@cache
def _font(style: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT_DIR + FONTS[style], size)
    except OSError:
        # Without DejaVu the page is still produced, with Pillow's own font.
        return ImageFont.load_default(size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _centred(draw: ImageDraw.ImageDraw, text: str, font, centre_x: int, y: int, underline: bool = False) -> int:
    width = draw.textlength(text, font=font)
    left = centre_x - width / 2
    draw.text((left, y), text, font=font, fill=0)
    height = font.size + font.size // 3
    if underline:
        rule_y = y + font.size + 6
        draw.line((centre_x - width / 2.6, rule_y, centre_x + width / 2.6, rule_y), fill=0, width=2)
        height += 8
    return height


def draw_page(page: PdfPage) -> Image.Image:
    """The A4 page as a 1-bit image."""
    image = Image.new("1", A4, 1)
    draw = ImageDraw.Draw(image)
    text_width = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
    left_centre = MARGIN_LEFT + 175
    right_centre = A4[0] - MARGIN_RIGHT - 285
    small_bold = _font("bold", 24)
    small = _font("regular", 24)

    # Heading: issuing body and number on the left, national motto (or the Party) on the right.
    y = MARGIN_TOP
    for line in page.heading:
        y += _centred(draw, line, small_bold, left_centre, y)
    draw.line((left_centre - 60, y + 4, left_centre + 60, y + 4), fill=0, width=2)
    y += 22
    _centred(draw, page.number_line, small, left_centre, y)
    left_bottom = y + 40

    y = MARGIN_TOP
    if page.party:
        y += _centred(draw, PARTY, small_bold, right_centre, y, underline=True)
    else:
        y += _centred(draw, NATION, small_bold, right_centre, y)
        y += _centred(draw, MOTTO, _font("bold", 25), right_centre, y, underline=True)
    y += 14
    if page.place:
        issued = page.issued
        dated = f"{page.place}, ngày {issued.day:02d} tháng {issued.month} năm {issued.year}"
        y += _centred(draw, dated, _font("italic", 24), right_centre, y)

    # Document type and title, centred.
    y = max(y, left_bottom) + 60
    centre = MARGIN_LEFT + text_width // 2
    y += _centred(draw, page.kind, _font("bold", 34), centre, y) + 6
    title_font = _font("bold", 26)
    for line in _wrap(draw, page.title, title_font, text_width - 80):
        y += _centred(draw, line, title_font, centre, y)
    draw.line((centre - 90, y + 8, centre + 90, y + 8), fill=0, width=2)
    y += 44

    body = _font("regular", 25)
    line_height = 38
    # The text stops where the signature block needs the room: the page is an extract.
    last_line = A4[1] - 360
    for paragraph in page.paragraphs:
        for index, line in enumerate(_wrap(draw, paragraph, body, text_width - 50)):
            if y > last_line:
                break
            draw.text((MARGIN_LEFT + (50 if index == 0 else 0), y), line, font=body, fill=0)
            y += line_height
        y += 14

    # Signature block: the position only; the demo never prints a person's name or a seal.
    y += 30
    for line in page.signature:
        y += _centred(draw, line, small_bold, right_centre, y)
    y += 20
    _centred(draw, "(Đã ký)", _font("italic", 24), right_centre, y)

    footnote = _font("italic", 20)
    draw.line((MARGIN_LEFT, A4[1] - 120, A4[0] - MARGIN_RIGHT, A4[1] - 120), fill=0, width=1)
    draw.text((MARGIN_LEFT, A4[1] - 105), FOOTNOTE, font=footnote, fill=0)

    return image


def render(page: PdfPage) -> bytes:
    """The PDF bytes of ``page``: always the same for the same input."""
    when = dt.datetime.combine(page.issued, dt.time(8, 0)).timetuple()
    out = io.BytesIO()
    draw_page(page).save(
        out,
        "PDF",
        resolution=DPI,
        title=f"{page.kind.capitalize()} {page.number_line}",
        creator="Ban Thi đua - Khen thưởng",
        creationDate=when,
        modDate=when,
    )
    return out.getvalue()
