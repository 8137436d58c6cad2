"""The two public forms: a citizen's nomination and an opinion on proposed commendations.

Both share a honeypot field, NFC normalisation of everything typed, Vietnamese phone checks and
the accessibility attributes (``aria-invalid``, ``aria-describedby``) the templates rely on.
Photos are checked to be real JPEG, PNG or WebP images, then re-encoded so that no EXIF data
(GPS position, camera serial, the sender's name) is kept.
"""

from __future__ import annotations

import io
import re
import uuid
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from PIL import Image, ImageOps, UnidentifiedImageError

from core.text import clean_multiline, clean_text

from .models import Candidate, Nomination, PublicComment

MAX_PHOTO_BYTES = 8 * 1024 * 1024
# Beyond this many pixels an upload is treated as a decompression bomb: a small file that would
# take gigabytes of memory to decode.
MAX_PHOTO_PIXELS = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
# Stored copies are scaled down to this longest side: plenty for verification and for print.
MAX_STORED_SIDE = 4000
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
PHOTO_EXTENSIONS = {"jpg", "jpeg", "png", "webp"}

HONEYPOT_FIELD = "website"

PHOTO_AGAIN = "Vì lý do bảo mật, bạn cần chọn lại ảnh (nếu muốn gửi kèm)."


class PhotoRejected(ValidationError):
    pass


# --- Phone numbers -------------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# After the leading 0: mobiles are 9 digits starting 3, 5, 7, 8 or 9 (0912 345 678);
# landlines are 10 digits starting 2 (0220 3 846 123).
_NATIONAL_RE = re.compile(r"^(?:[35789]\d{8}|2\d{9})$")


def normalise_vn_phone(value: str) -> str:
    """"0912 345 678", "+84 912 345 678", "84-912-345-678" → "0912345678"; ValueError if not Vietnamese."""
    compact = _PHONE_SEPARATORS.sub("", clean_text(value))
    if compact.startswith("+84"):
        national = compact[3:]
    elif compact.startswith("0084"):
        national = compact[4:]
    elif compact.startswith("84") and len(compact) >= 11:
        national = compact[2:]
    elif compact.startswith("0"):
        national = compact[1:]
    else:
        raise ValueError(value)
    national = national.removeprefix("0")  # "+84 (0)912 …"
    if not _NATIONAL_RE.match(national):
        raise ValueError(value)
    return "0" + national


PHONE_ERROR = "Số điện thoại chưa đúng. Ví dụ: 0912 345 678 hoặc +84 912 345 678."


# --- Photos --------------------------------------------------------------------------------


def _photo_error(message: str, code: str) -> PhotoRejected:
    return PhotoRejected(f"{message} {PHOTO_AGAIN}", code=code)


def process_photo(upload) -> ContentFile:
    """Check that ``upload`` is a real JPEG, PNG or WebP photo of sane size and return a clean copy.

    The copy is re-encoded from the pixels, so EXIF (GPS position!), XMP and comments are gone;
    the orientation the camera recorded is applied first so the picture still stands upright.
    The file name is random: the sender's own file name can carry their name.
    """
    if upload.size > MAX_PHOTO_BYTES:
        raise _photo_error("Ảnh lớn hơn 8 MB.", "too_big")
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in PHOTO_EXTENSIONS:
        raise _photo_error("Chỉ nhận ảnh JPEG, PNG hoặc WebP.", "wrong_type")
    bomb = _photo_error("Ảnh có kích thước điểm ảnh quá lớn, không xử lý được.", "too_many_pixels")
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; treat it as the error it is.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as probe:
                if probe.format not in PHOTO_FORMATS:
                    raise _photo_error("Chỉ nhận ảnh JPEG, PNG hoặc WebP.", "wrong_type")
                width, height = probe.size
                if width * height > MAX_PHOTO_PIXELS:
                    raise bomb
                probe.verify()
            # verify() leaves the image unusable: open it again to decode the pixels.
            upload.seek(0)
            with Image.open(upload) as image:
                image_format = image.format
                image.load()
                clean = ImageOps.exif_transpose(image)
    except PhotoRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise bomb from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, TypeError):
        raise _photo_error("Tệp đã chọn không phải là ảnh hợp lệ.", "not_an_image") from None

    if max(clean.size) > MAX_STORED_SIDE:
        clean.thumbnail((MAX_STORED_SIDE, MAX_STORED_SIDE))
    icc_profile = clean.info.get("icc_profile")
    # Encoders read comments and metadata from info: start it afresh.
    clean.info = {}
    options: dict = {"icc_profile": icc_profile} if icc_profile else {}
    if image_format == "JPEG":
        if clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        options.update(quality=88, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=88)
    else:
        options.update(optimize=True)
    buffer = io.BytesIO()
    clean.save(buffer, image_format, **options)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{PHOTO_FORMATS[image_format]}")


# --- Shared behaviour -------------------------------------------------------------------------


class PublicForm(forms.Form):
    """Accessible markup, a honeypot, and NFC text for every public form."""

    website = forms.CharField(
        label="Để trống ô này",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    multiline_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == HONEYPOT_FIELD:
                continue
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self.auto_id % name}-help"
            if field.required:
                field.widget.attrs["required"] = True

    @property
    def is_spam(self) -> bool:
        """People never see the honeypot; whatever fills it is a robot."""
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = clean_multiline(value) if name in self.multiline_fields else clean_text(value)
        return cleaned

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            attrs = self.fields[name].widget.attrs
            attrs["aria-invalid"] = "true"
            described = [f"{self.auto_id % name}-error"]
            if self.fields[name].help_text:
                described.append(f"{self.auto_id % name}-help")
            attrs["aria-describedby"] = " ".join(described)

    def error_list(self) -> list[tuple[str, str]]:
        """(field id, message) pairs for the summary at the top of the form."""
        items = []
        for name, errors in self.errors.items():
            target = self.auto_id % name if name in self.fields else ""
            items.extend((target, message) for message in errors)
        return items


def _contact_kind(value: str) -> tuple[str, str]:
    """("email" | "phone", normalised value) for a phone number or e-mail address; ValueError otherwise."""
    if "@" in value:
        try:
            validate_email(value)
        except ValidationError:
            raise ValueError(value) from None
        return "email", value
    return "phone", normalise_vn_phone(value)


# --- Nomination ---------------------------------------------------------------------------------


class NominationForm(PublicForm):
    """Đề xuất gương người tốt, việc tốt."""

    nominee_name = forms.CharField(
        label="Người hoặc tập thể được đề xuất",
        max_length=255,
        help_text="Họ tên người, tên tập thể (trường học, trạm y tế, hợp tác xã…) hoặc hộ gia đình.",
    )
    deed = forms.CharField(
        label="Việc tốt, thành tích",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text="Kể ngắn gọn người đó đã làm gì, giúp được ai, kết quả ra sao.",
    )
    place = forms.CharField(
        label="Ở đâu",
        max_length=255,
        help_text="Thôn, xã hoặc phường, huyện hoặc thị xã, thành phố.",
    )
    when = forms.CharField(
        label="Khi nào (không bắt buộc)",
        max_length=100,
        required=False,
        help_text="Ví dụ: tháng 8/2021, trong đợt dịch Covid-19.",
    )
    photo = forms.FileField(
        label="Ảnh (không bắt buộc)",
        required=False,
        help_text="Ảnh JPEG, PNG hoặc WebP, tối đa 8 MB. Thông tin vị trí trong ảnh sẽ được xóa.",
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    nominator_name = forms.CharField(
        label="Họ và tên của bạn",
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    nominator_phone = forms.CharField(
        label="Số điện thoại",
        max_length=30,
        required=False,
        help_text="Ví dụ: 0912 345 678. Cần ít nhất số điện thoại hoặc thư điện tử.",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
    )
    nominator_email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        error_messages={"invalid": "Địa chỉ thư điện tử chưa đúng. Ví dụ: ten@example.vn."},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label="Tôi đồng ý để Ban Thi đua - Khen thưởng liên hệ với tôi để xác minh thông tin đề xuất.",
        error_messages={"required": "Cần bạn đồng ý để chúng tôi liên hệ xác minh thông tin."},
    )

    multiline_fields = ("deed",)

    error_messages_required = {
        "nominee_name": "Cho biết người hoặc tập thể bạn muốn đề xuất.",
        "deed": "Kể việc tốt, thành tích của người được đề xuất.",
        "place": "Cho biết việc tốt diễn ra ở đâu.",
        "nominator_name": "Cho biết họ và tên của bạn.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, message in self.error_messages_required.items():
            self.fields[name].error_messages["required"] = message

    def clean_nominator_phone(self) -> str:
        value = clean_text(self.cleaned_data.get("nominator_phone"))
        if not value:
            return ""
        try:
            return normalise_vn_phone(value)
        except ValueError:
            raise ValidationError(PHONE_ERROR, code="invalid_phone") from None

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return process_photo(upload)

    def clean(self):
        cleaned = super().clean()
        if (
            "nominator_phone" not in self.errors
            and "nominator_email" not in self.errors
            and not cleaned.get("nominator_phone")
            and not cleaned.get("nominator_email")
        ):
            self.add_error(
                "nominator_phone",
                ValidationError(
                    "Cho chúng tôi số điện thoại hoặc thư điện tử để liên hệ xác minh.", code="no_contact"
                ),
            )
        return cleaned

    def save(self, client_hash: str = "") -> Nomination:
        data = self.cleaned_data
        nomination = Nomination(
            nominee_name=data["nominee_name"],
            deed=data["deed"],
            place=data["place"],
            when=data.get("when", ""),
            nominator_name=data["nominator_name"],
            nominator_phone=data.get("nominator_phone", ""),
            nominator_email=data.get("nominator_email", ""),
            client_hash=client_hash,
        )
        if data.get("photo"):
            nomination.photo.save(data["photo"].name, data["photo"], save=False)
        nomination.save()
        return nomination


# --- Public comment ---------------------------------------------------------------------------


class CandidateChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Candidate) -> str:
        label = obj.exemplar.title
        return f"{label} – {obj.proposal}" if obj.proposal else label


class PublicCommentForm(PublicForm):
    """An opinion on one candidate (or on the whole list) while the comment period is open."""

    name = forms.CharField(
        label="Họ và tên",
        max_length=255,
        error_messages={"required": "Cho biết họ và tên của bạn."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact = forms.CharField(
        label="Điện thoại hoặc thư điện tử",
        max_length=255,
        help_text="Để chúng tôi xác minh ý kiến khi cần. Ví dụ: 0912 345 678 hoặc ten@example.vn.",
        error_messages={"required": "Cho biết số điện thoại hoặc thư điện tử để liên hệ."},
    )
    candidate = CandidateChoiceField(
        label="Ý kiến về",
        queryset=Candidate.objects.none(),
        required=False,
        empty_label="Chung cho cả danh sách",
    )
    message = forms.CharField(
        label="Ý kiến của bạn",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 7}),
        error_messages={"required": "Viết ý kiến của bạn."},
    )

    multiline_fields = ("message",)

    def __init__(self, *args, page, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["candidate"].queryset = (
            Candidate.objects.filter(page=page).select_related("exemplar").order_by("sort_order", "pk")
        )

    def clean_contact(self) -> str:
        value = clean_text(self.cleaned_data.get("contact"))
        try:
            _kind, normalised = _contact_kind(value)
        except ValueError:
            raise ValidationError(
                "Nhập số điện thoại (ví dụ 0912 345 678) hoặc thư điện tử (ví dụ ten@example.vn).",
                code="invalid_contact",
            ) from None
        return normalised

    def save(self, client_hash: str = "") -> PublicComment:
        data = self.cleaned_data
        return PublicComment.objects.create(
            page=self.page,
            candidate=data.get("candidate"),
            name=data["name"],
            contact=data["contact"],
            message=data["message"],
            client_hash=client_hash,
        )
