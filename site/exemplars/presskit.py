"""Press kit of a profile: the original photo as a download, its credit and licence, the text to
cite the profile, and the embed code (shown in the profile's "Bộ tư liệu báo chí" box)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.http import FileResponse, Http404
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.models import OfficeSettings

from .embed import embed_url, iframe_html, public_profile
from .models import ExemplarPage
from .oembed import oembed_url

FORMAT_NAMES = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WebP", "gif": "GIF", "avif": "AVIF"}


def photo_extension(page: ExemplarPage) -> str:
    name = page.photo.file.name if page.photo else ""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def download_filename(page: ExemplarPage) -> str:
    """An ASCII name browsers keep as is: the profile's slug, "-anh-goc" and the file's extension."""
    stem = re.sub(r"[^a-z0-9-]+", "-", page.slug.lower()).strip("-")[:80] or f"ho-so-{page.pk}"
    extension = re.sub(r"[^a-z0-9]", "", photo_extension(page)) or "jpg"
    return f"{stem}-anh-goc.{extension}"


def citation(page: ExemplarPage) -> str:
    """«Name – role, place. Office, “Section”, đăng ngày dd/mm/yyyy, URL», ready to paste."""
    who = page.title
    details = ", ".join(part for part in (page.role, page.locality_label) if part)
    if details:
        who += f" – {details}"
    office = OfficeSettings.for_site(page.get_site()).office_name
    parts = [office, f"“{page.get_parent().title}”"]
    date = page.display_date
    if date:
        parts.append(f"đăng ngày {date:%d/%m/%Y}")
    parts.append(page.full_url)
    return f"{who}. {', '.join(parts)}"


@dataclass(frozen=True)
class PressKit:
    embed_url: str
    embed_code: str
    oembed_url: str
    citation: str
    photo_url: str = ""
    photo_format: str = ""
    photo_size: int | None = None
    photo_credit: str = ""
    photo_licence: str = ""


def press_kit(page: ExemplarPage) -> PressKit:
    values = {
        "embed_url": embed_url(page),
        "embed_code": iframe_html(page),
        "oembed_url": oembed_url(page),
        "citation": citation(page),
    }
    image = page.photo
    if image is not None:
        extension = photo_extension(page)
        try:
            size = image.get_file_size()
        except OSError:
            size = None
        values.update(
            photo_url=reverse("exemplar_photo", args=[page.pk]),
            photo_format=FORMAT_NAMES.get(extension, extension.upper()),
            photo_size=size,
            photo_credit=image.credit,
            photo_licence=image.licence,
        )
    return PressKit(**values)


@require_safe
@cache_control(public=True, max_age=3600)
def original_photo(request, page_id: int):
    """The photo exactly as uploaded, as a download named after the profile."""
    page = public_profile(page_id)
    if page.photo is None:
        raise Http404("Hồ sơ không có ảnh")
    try:
        handle = page.photo.file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404("Không tìm thấy tệp ảnh") from None
    response = FileResponse(handle, as_attachment=True, filename=download_filename(page))
    response["X-Content-Type-Options"] = "nosniff"
    return response
