"""Civic illustrations for the demo articles, drawn with Pillow: no photograph is downloaded.

Each illustration is a gradient background, a simple geometric motif (a flag, a podium, rice
fields …) and a caption band in Vietnamese. The drawing is seeded by the image key, so the same
key always gives the same JPEG bytes.
"""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DEFAULT_SIZE = (1200, 675)
CREDIT = "Ảnh minh họa: Ban Thi đua - Khen thưởng"
LICENCE = "CC BY 4.0"
BRAND = "BAN THI ĐUA - KHEN THƯỞNG TỈNH HẢI DƯƠNG"

# Fonts with Vietnamese glyphs, best first. Pillow's own scalable default font is the fallback.
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class DemoImage:
    key: str
    title: str
    description: str
    caption: str
    motif: str
    top: Colour
    bottom: Colour


IMAGES: list[DemoImage] = [
    DemoImage(
        "co-thi-dua", "Cờ thi đua tung bay",
        "Minh họa lá cờ đỏ sao vàng tung bay trên nền trời, biểu trưng cho phong trào thi đua yêu nước.",
        "Thi đua là yêu nước", "flag", (178, 24, 32), (246, 176, 66),
    ),
    DemoImage(
        "le-trao-thuong", "Lễ trao danh hiệu thi đua",
        "Minh họa bục vinh danh ba bậc với ngôi sao và huy chương, tượng trưng cho lễ trao danh hiệu thi đua.",
        "Tôn vinh tập thể, cá nhân tiêu biểu", "podium", (120, 16, 28), (214, 68, 48),
    ),
    DemoImage(
        "hoi-nghi", "Hội nghị tổng kết công tác thi đua",
        "Minh họa hội trường với sân khấu, màn hình và các hàng ghế đại biểu.",
        "Hội nghị tổng kết công tác thi đua, khen thưởng", "hall", (24, 54, 110), (70, 130, 190),
    ),
    DemoImage(
        "nong-thon-moi", "Cánh đồng nông thôn mới",
        "Minh họa cánh đồng lúa xanh, con đường bê tông và những ngôi nhà mái đỏ ở một làng nông thôn mới.",
        "Chung sức xây dựng nông thôn mới", "fields", (96, 170, 220), (196, 230, 160),
    ),
    DemoImage(
        "doanh-nghiep", "Doanh nghiệp hội nhập và phát triển",
        "Minh họa nhà máy với ống khói, bánh răng và biểu đồ tăng trưởng.",
        "Doanh nghiệp hội nhập và phát triển", "factory", (30, 70, 90), (90, 170, 170),
    ),
    DemoImage(
        "van-hoa", "Đời sống văn hóa xứ Đông",
        "Minh họa mái đình cong, đèn lồng và hoa sen, gợi nét văn hóa xứ Đông.",
        "Xây dựng đời sống văn hóa", "culture", (120, 40, 80), (240, 170, 110),
    ),
    DemoImage(
        "chung-tay", "Chung tay vì người nghèo",
        "Minh họa những ngôi nhà nhỏ trong vòng tròn trái tim, tượng trưng cho tinh thần tương thân tương ái.",
        "Không để ai bị bỏ lại phía sau", "hearts", (200, 70, 60), (250, 200, 120),
    ),
    DemoImage(
        "van-ban", "Văn bản hướng dẫn thi đua, khen thưởng",
        "Minh họa trang văn bản hành chính với các dòng chữ và con dấu đỏ.",
        "Thông báo - Hướng dẫn", "document", (60, 64, 80), (150, 160, 180),
    ),
    DemoImage(
        "chuyen-doi-so", "Chuyển đổi số trong công tác thi đua",
        "Minh họa mạng lưới các điểm kết nối trên nền xanh, tượng trưng cho chuyển đổi số.",
        "Chuyển đổi số giai đoạn 2021 - 2025", "network", (10, 40, 90), (20, 140, 170),
    ),
    DemoImage(
        "giao-duc", "Thi đua dạy tốt, học tốt",
        "Minh họa chồng sách, mũ tốt nghiệp và ngôi trường trên nền trời xanh.",
        "Thi đua dạy tốt, học tốt", "school", (40, 90, 160), (150, 200, 240),
    ),
    DemoImage(
        "y-te", "Tận tụy vì sức khỏe nhân dân",
        "Minh họa chữ thập y tế trên tấm khiên, tượng trưng cho đội ngũ y tế cơ sở.",
        "Tận tụy vì sức khỏe nhân dân", "medical", (20, 110, 110), (140, 210, 190),
    ),
    DemoImage(
        "khac-phuc-bao", "Khắc phục hậu quả bão lũ",
        "Minh họa hàng cây sau mưa bão và những bàn tay cùng dựng lại mái nhà.",
        "Chung sức khắc phục hậu quả bão", "storm", (60, 70, 100), (150, 170, 190),
    ),
]

IMAGES_BY_KEY = {image.key: image for image in IMAGES}


@cache
def _font_path() -> str | None:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return None


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _font_path()
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    width, height = size
    column = Image.new("RGB", (1, height))
    for y in range(height):
        column.putpixel((0, y), _mix(top, bottom, y / max(height - 1, 1)))
    return column.resize(size)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: Colour) -> None:
    import math

    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=fill)


def _flag(draw, w, h, rng):
    pole_x = w * 0.3
    draw.rectangle([pole_x - w * 0.006, h * 0.12, pole_x + w * 0.006, h * 0.8], fill=(235, 225, 210))
    wave = rng.uniform(0.02, 0.05)
    top = [(pole_x + w * 0.4 * i / 20, h * (0.15 + wave * ((-1) ** (i // 5)) * (i % 5) / 5)) for i in range(21)]
    bottom = [(x, y + h * 0.32) for x, y in reversed(top)]
    draw.polygon(top + bottom, fill=(218, 37, 29))
    _star(draw, pole_x + w * 0.2, h * 0.31, h * 0.1, (255, 221, 0))


def _podium(draw, w, h, rng):
    base = h * 0.78
    steps = [(0.28, 0.2, (205, 127, 50)), (0.42, 0.32, (255, 215, 0)), (0.56, 0.14, (192, 192, 192))]
    for x, height, colour in steps:
        draw.rectangle([w * x, base - h * height, w * (x + 0.14), base], fill=colour, outline=(90, 20, 20))
    for x, height, _ in steps:
        _star(draw, w * (x + 0.07), base - h * height - h * 0.09, h * 0.06, (255, 236, 140))
    for _ in range(14):
        _star(draw, rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.35) * h, h * 0.015, (255, 240, 200))


def _hall(draw, w, h, rng):
    draw.rectangle([w * 0.2, h * 0.1, w * 0.8, h * 0.42], fill=(180, 30, 40))
    draw.rectangle([w * 0.24, h * 0.14, w * 0.76, h * 0.38], fill=(240, 236, 220))
    _star(draw, w * 0.5, h * 0.26, h * 0.07, (210, 40, 40))
    for row in range(4):
        y = h * (0.52 + row * 0.07)
        for seat in range(12 + row * 2):
            x = w * (0.5 + (seat - (11 + row * 2) / 2) * 0.055)
            draw.ellipse([x - w * 0.015, y - h * 0.02, x + w * 0.015, y + h * 0.02], fill=(20, 30, 60))


def _fields(draw, w, h, rng):
    for i in range(6):
        y = h * (0.45 + i * 0.07)
        draw.polygon([(0, y), (w, y - h * 0.05), (w, y + h * 0.07), (0, y + h * 0.1)],
                     fill=_mix((80, 150, 60), (170, 200, 70), i / 5))
    draw.polygon([(w * 0.47, h), (w * 0.53, h), (w * 0.51, h * 0.45), (w * 0.5, h * 0.45)], fill=(200, 200, 200))
    for i in range(5):
        x = w * (0.1 + i * 0.18) + rng.uniform(-10, 10)
        draw.rectangle([x, h * 0.34, x + w * 0.08, h * 0.44], fill=(250, 245, 230))
        draw.polygon([(x - w * 0.01, h * 0.34), (x + w * 0.04, h * 0.27), (x + w * 0.09, h * 0.34)], fill=(190, 60, 40))


def _factory(draw, w, h, rng):
    draw.rectangle([w * 0.15, h * 0.45, w * 0.6, h * 0.8], fill=(230, 235, 240))
    for i in range(3):
        x = w * (0.2 + i * 0.12)
        draw.rectangle([x, h * 0.2, x + w * 0.04, h * 0.45], fill=(200, 80, 60))
        draw.ellipse([x - w * 0.01, h * 0.1 - i * h * 0.02, x + w * 0.07, h * 0.19], fill=(235, 235, 235))
    for i in range(5):
        height = h * (0.1 + i * 0.07 + rng.uniform(0, 0.03))
        draw.rectangle([w * (0.66 + i * 0.06), h * 0.8 - height, w * (0.7 + i * 0.06), h * 0.8], fill=(250, 210, 80))


def _culture(draw, w, h, rng):
    draw.polygon([(w * 0.2, h * 0.42), (w * 0.5, h * 0.2), (w * 0.8, h * 0.42), (w * 0.86, h * 0.36),
                  (w * 0.8, h * 0.48), (w * 0.2, h * 0.48), (w * 0.14, h * 0.36)], fill=(140, 40, 30))
    draw.rectangle([w * 0.27, h * 0.48, w * 0.73, h * 0.78], fill=(240, 215, 170))
    for i in range(4):
        x = w * (0.33 + i * 0.11)
        draw.rectangle([x, h * 0.5, x + w * 0.03, h * 0.78], fill=(150, 60, 40))
    for i in range(6):
        x = w * (0.08 + i * 0.17)
        draw.ellipse([x, h * 0.06, x + w * 0.05, h * 0.14], fill=(240, 60, 50))
    for i in range(3):
        x = w * (0.1 + i * 0.35) + rng.uniform(-10, 10)
        draw.ellipse([x, h * 0.82, x + w * 0.1, h * 0.9], fill=(240, 150, 170))


def _hearts(draw, w, h, rng):
    cx, cy, r = w * 0.5, h * 0.45, h * 0.3
    draw.ellipse([cx - r * 1.05, cy - r * 0.9, cx + r * 0.05, cy + r * 0.2], fill=(230, 60, 70))
    draw.ellipse([cx - r * 0.05, cy - r * 0.9, cx + r * 1.05, cy + r * 0.2], fill=(230, 60, 70))
    draw.polygon([(cx - r * 1.0, cy - r * 0.2), (cx + r * 1.0, cy - r * 0.2), (cx, cy + r)], fill=(230, 60, 70))
    for i in range(3):
        x = cx + (i - 1) * r * 0.5
        draw.rectangle([x - r * 0.15, cy - r * 0.1, x + r * 0.15, cy + r * 0.2], fill=(255, 245, 230))
        draw.polygon([(x - r * 0.2, cy - r * 0.1), (x, cy - r * 0.32), (x + r * 0.2, cy - r * 0.1)], fill=(255, 220, 120))


def _document(draw, w, h, rng):
    draw.rectangle([w * 0.3, h * 0.08, w * 0.7, h * 0.82], fill=(252, 252, 248), outline=(120, 120, 120))
    for i in range(11):
        length = rng.uniform(0.22, 0.34) if i not in (0, 1) else 0.18
        draw.rectangle([w * 0.34, h * (0.16 + i * 0.05), w * (0.34 + length), h * (0.16 + i * 0.05) + h * 0.012],
                       fill=(90, 90, 100))
    draw.ellipse([w * 0.53, h * 0.6, w * 0.66, h * 0.6 + w * 0.13], outline=(210, 30, 30), width=max(2, w // 200))
    _star(draw, w * 0.595, h * 0.6 + w * 0.065, w * 0.03, (210, 30, 30))


def _network(draw, w, h, rng):
    nodes = [(rng.uniform(0.08, 0.92) * w, rng.uniform(0.1, 0.8) * h) for _ in range(18)]
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if abs(a[0] - b[0]) + abs(a[1] - b[1]) < w * 0.28:
                draw.line([a, b], fill=(120, 220, 240), width=max(1, w // 400))
    for x, y in nodes:
        r = h * 0.018
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255))


def _school(draw, w, h, rng):
    draw.rectangle([w * 0.5, h * 0.35, w * 0.85, h * 0.78], fill=(250, 240, 200))
    draw.polygon([(w * 0.47, h * 0.35), (w * 0.675, h * 0.18), (w * 0.88, h * 0.35)], fill=(200, 60, 50))
    for i in range(3):
        draw.rectangle([w * (0.54 + i * 0.1), h * 0.45, w * (0.6 + i * 0.1), h * 0.55], fill=(90, 140, 200))
    colours = [(220, 70, 60), (60, 150, 90), (240, 180, 50), (70, 100, 180)]
    for i, colour in enumerate(colours):
        y = h * (0.72 - i * 0.07)
        draw.rectangle([w * 0.12, y, w * 0.4, y + h * 0.06], fill=colour, outline=(40, 40, 40))
    draw.polygon([(w * 0.14, h * 0.44), (w * 0.26, h * 0.38), (w * 0.38, h * 0.44), (w * 0.26, h * 0.5)], fill=(30, 30, 40))


def _medical(draw, w, h, rng):
    draw.polygon([(w * 0.5, h * 0.1), (w * 0.68, h * 0.18), (w * 0.66, h * 0.55), (w * 0.5, h * 0.78),
                  (w * 0.34, h * 0.55), (w * 0.32, h * 0.18)], fill=(250, 250, 250))
    draw.rectangle([w * 0.47, h * 0.22, w * 0.53, h * 0.58], fill=(220, 40, 50))
    draw.rectangle([w * 0.41, h * 0.37, w * 0.59, h * 0.43], fill=(220, 40, 50))


def _storm(draw, w, h, rng):
    for _ in range(60):
        x, y = rng.uniform(0, w), rng.uniform(0, h * 0.6)
        draw.line([(x, y), (x - w * 0.01, y + h * 0.05)], fill=(200, 210, 230), width=max(1, w // 600))
    for i in range(5):
        x = w * (0.1 + i * 0.2)
        draw.rectangle([x, h * 0.5, x + w * 0.015, h * 0.8], fill=(90, 60, 40))
        draw.ellipse([x - w * 0.05, h * 0.36, x + w * 0.065, h * 0.56], fill=(60, 130, 70))
    draw.polygon([(w * 0.4, h * 0.62), (w * 0.5, h * 0.5), (w * 0.6, h * 0.62)], fill=(230, 120, 60))
    draw.rectangle([w * 0.42, h * 0.62, w * 0.58, h * 0.8], fill=(245, 235, 215))


MOTIFS: dict[str, Callable] = {
    "flag": _flag, "podium": _podium, "hall": _hall, "fields": _fields, "factory": _factory,
    "culture": _culture, "hearts": _hearts, "document": _document, "network": _network,
    "school": _school, "medical": _medical, "storm": _storm,
}


def render(spec: DemoImage, size: tuple[int, int] = DEFAULT_SIZE) -> bytes:
    """The JPEG bytes of one illustration; the same spec and size always give the same bytes."""
    width, height = size
    rng = random.Random(zlib.crc32(spec.key.encode()))
    canvas = _gradient(size, spec.top, spec.bottom)
    draw = ImageDraw.Draw(canvas)
    MOTIFS[spec.motif](draw, width, height, rng)

    band_top = round(height * 0.84)
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(overlay).rectangle([0, band_top, width, height], fill=(15, 15, 25, 190))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), overlay).convert("RGB")
    draw = ImageDraw.Draw(canvas)
    # Listings crop the picture (16:10, 4:5 …): keep the words inside the part every crop keeps.
    margin = round(width * 0.12)
    size_px = max(10, round(height * 0.06))
    caption_font = _font(size_px)
    while size_px > 10 and draw.textlength(spec.caption, font=caption_font) > width - 2 * margin:
        size_px -= 2
        caption_font = _font(size_px)
    draw.text((margin, (band_top + height) / 2), spec.caption, font=caption_font, fill=(255, 255, 255), anchor="lm")
    brand_font = _font(max(8, round(height * 0.03)))
    draw.text((margin, round(height * 0.04)), BRAND, font=brand_font, fill=(255, 255, 255), anchor="la")

    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
