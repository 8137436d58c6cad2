"""Pages, profiles and image files for the tests of the nomination and public comment forms."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from exemplars.models import (
    Candidate,
    ExemplarIndexPage,
    ExemplarPage,
    Locality,
    NominationFormPage,
    PublicCommentPage,
)
from tests.factories import home_page, publish


def exemplar_index() -> ExemplarIndexPage:
    index = ExemplarIndexPage.objects.first()
    if index is None:
        index = ExemplarIndexPage(title="Gương điển hình", slug="guong-dien-hinh")
        home_page().add_child(instance=index)
        publish(index)
    return index


def nomination_page() -> NominationFormPage:
    page = NominationFormPage.objects.first()
    if page is None:
        page = NominationFormPage(
            title="Đề xuất gương người tốt, việc tốt",
            slug="de-xuat",
            intro="Giới thiệu với chúng tôi một người, một tập thể có việc làm tốt.",
        )
        exemplar_index().add_child(instance=page)
        publish(page)
    return page


def profile(title: str, role: str = "", locality: str = "", live: bool = True) -> ExemplarPage:
    page = ExemplarPage(
        title=title,
        role=role,
        locality=Locality.objects.get_or_create(name=locality)[0] if locality else None,
        summary=f"Tấm gương {title}.",
        consent_recorded=True,
        live=live,
    )
    exemplar_index().add_child(instance=page)
    if live:
        publish(page)
    return page


def comment_page(opens, closes, candidates=(), award="Huân chương Lao động hạng Ba") -> PublicCommentPage:
    page = PublicCommentPage(
        title="Lấy ý kiến nhân dân đề nghị tặng Huân chương Lao động",
        intro="Ban Thi đua - Khen thưởng tỉnh thông báo danh sách đề nghị khen thưởng để lấy ý kiến.",
        award=award,
        opens=opens,
        closes=closes,
        contact_note="Gửi thư về Ban Thi đua - Khen thưởng tỉnh.",
    )
    exemplar_index().add_child(instance=page)
    for order, (exemplar, proposal) in enumerate(candidates):
        Candidate.objects.create(page=page, exemplar=exemplar, proposal=proposal, sort_order=order)
    publish(page)
    return PublicCommentPage.objects.get(pk=page.pk)


def image_bytes(fmt: str = "JPEG", size=(640, 480), exif: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    options = {"exif": exif} if exif else {}
    Image.new("RGB", size, (30, 120, 60)).save(buffer, fmt, **options)
    return buffer.getvalue()


def gps_exif() -> bytes:
    """EXIF with a GPS position (Hải Dương) and the camera owner's name."""
    exif = Image.Exif()
    exif[0x013B] = "Nguyen Van Chup"  # Artist
    exif[0x0112] = 1  # Orientation
    gps = {1: "N", 2: (20.0, 56.0, 24.0), 3: "E", 4: (106.0, 18.0, 36.0)}
    exif[0x8825] = gps
    return exif.tobytes()


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
