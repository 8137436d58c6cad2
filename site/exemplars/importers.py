"""``type: exemplar`` records of a portal export become profiles under "Gương điển hình".

Beyond the common fields a record has ``kind`` (``individual``, ``collective``, ``household``),
``role``, ``locality`` (the place as named at the time: matched to the managed list by name, any
tone marks, and added to it when new), ``field``, ``awards`` (``{"title", "year", "decision",
"issuer"}``, only ``title`` required), ``campaigns`` (campaign ``id``s of the export) and ``photo``
(``{"path", "caption", "credit"}``, the path relative to the JSONL file).

An award's title is matched to the award vocabulary by name (any case, tone marks or not); a title
the vocabulary lacks is kept as written. A decision number links the library's document with that
number. A campaign id must name a campaign on the site or one defined by a ``type: campaign`` line of
the same run: campaigns are written first (``order``). An unknown id rejects the line as
``FILE:LINE: campaigns[N]: không tìm thấy phong trào '…'``.

Consent: the export has no consent field. Living people are published as the old portal had them,
with ``consent_recorded`` set and the note "Nhập từ cổng cũ" so editors can tell where it came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.images import ImageFile
from PIL import Image, UnidentifiedImageError
from wagtail.utils.file import hash_filelike

from core.importing import FieldType, Invalid, Object, PageImporter, Record, Text, register, stream_blocks
from core.importing.fields import describe, shorten
from core.models import CustomImage
from core.taxonomies import Field
from core.text import clean_text, fold, slugify_vi

from .filters import match_places
from .models import Award, AwardTitle, ExemplarIndexPage, ExemplarKind, ExemplarPage, Locality, find_decision

CONSENT_NOTE = "Nhập từ cổng cũ"
MIN_YEAR, MAX_YEAR = 1945, 2100
PHOTO_EXTENSIONS = ("jpg", "jpeg", "png", "webp", "gif")
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_PHOTO_PIXELS = 60_000_000


class KindField(FieldType):
    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        text = clean_text(value)
        if text not in ExemplarKind.values:
            raise Invalid(f"giá trị không hợp lệ '{shorten(text)}' (cần một trong: {', '.join(ExemplarKind.values)})")
        return text


class Year(FieldType):
    def clean(self, value: Any) -> int:
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"phải là số năm, không phải {describe(value)}")
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise Invalid(f"năm {value} ngoài khoảng {MIN_YEAR}–{MAX_YEAR}")
        return value


class Awards(FieldType):
    """A list of awards; each reported by its position in the JSON list (``awards[1].year``)."""

    item = Object(
        {
            "title": Text(max_length=255, required=True),
            "year": Year(),
            "decision": Text(max_length=100),
            "issuer": Text(max_length=255),
        },
        required=["title"],
    )

    def clean(self, value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách, không phải {describe(value)}")
        awards = []
        for position, item in enumerate(value):
            try:
                awards.append(self.item.clean(item))
            except Invalid as exc:
                raise Invalid(f"phần tử [{position}]: {exc}") from None
        return awards


class CampaignIds(FieldType):
    """Campaign ids as ``(position in the JSON list, id)``, repeats dropped."""

    def clean(self, value: Any) -> list[tuple[int, str]]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách mã phong trào, không phải {describe(value)}")
        ids: list[tuple[int, str]] = []
        for position, item in enumerate(value):
            if not isinstance(item, str):
                raise Invalid(f"phần tử [{position}] phải là chuỗi, không phải {describe(item)}")
            text = clean_text(item)
            if len(text) > 255:
                raise Invalid(f"phần tử [{position}] dài {len(text)} ký tự, tối đa 255")
            if text and text not in {known for _, known in ids}:
                ids.append((position, text))
        return ids


def check_photo(path: Path) -> str | None:
    """Why ``path`` cannot be a profile photo, or None: it must be a real image of a web format."""
    extension = path.suffix.lower().lstrip(".")
    if extension not in PHOTO_EXTENSIONS:
        return f"loại tệp '{extension or path.name}' không được nhận (chỉ nhận: {', '.join(PHOTO_EXTENSIONS)})"
    if not path.is_file():
        return f"không tìm thấy tệp '{path.name}'"
    if path.stat().st_size > MAX_PHOTO_BYTES:
        return f"tệp '{path.name}' lớn quá {MAX_PHOTO_BYTES // (1024 * 1024)} MB"
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                return f"ảnh '{path.name}' quá lớn ({width}×{height} điểm ảnh)"
            if image.format not in PHOTO_FORMATS:
                return f"tệp '{path.name}' không phải ảnh JPEG, PNG, WebP hoặc GIF"
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return f"tệp '{path.name}' không phải ảnh hợp lệ"
    return None


@register
class ExemplarImporter(PageImporter):
    """Profiles of exemplary individuals, collectives and households with their awards, campaigns and photo."""

    type = "exemplar"
    label = "Điển hình tiên tiến"
    # After campaigns (200), which profiles name, and documents (10), which decisions name.
    order = 300
    fields = {
        "kind": KindField(),
        "role": Text(max_length=255),
        "locality": Text(max_length=255),
        "field": Text(max_length=150),
        "awards": Awards(),
        "campaigns": CampaignIds(),
        "photo": Object(
            {"path": Text(required=True), "caption": Text(max_length=500), "credit": Text(max_length=255)},
            required=["path"],
        ),
    }

    model = ExemplarPage
    index_model = ExemplarIndexPage
    index_title = "Gương điển hình"
    index_slug = "guong-dien-hinh"

    def check(self, record: Record) -> list[tuple[str, str]]:
        photo = record.data.get("photo")
        if photo:
            reason = check_photo(Path(record.file).parent / photo["path"])
            if reason:
                return [("photo.path", reason)]
        return []

    def check_references(self, records: list[Record], batch: list[Record]) -> list[tuple[Record, str, str]]:
        wanted = {campaign_id for record in records for _, campaign_id in record.data.get("campaigns", [])}
        if not wanted:
            return []
        known = {record.id for record in batch if record.type == "campaign"}
        Campaign = ExemplarPage._meta.get_field("campaigns").related_model
        known |= set(Campaign.objects.filter(import_id__in=wanted - known).values_list("import_id", flat=True))
        problems = []
        for record in records:
            for position, campaign_id in record.data.get("campaigns", []):
                if campaign_id not in known:
                    problems.append((record, f"campaigns[{position}]", f"không tìm thấy phong trào '{shorten(campaign_id)}'"))
        return problems

    def prepare(self) -> None:
        super().prepare()
        self.places: list[Locality] = list(Locality.objects.all())
        self.titles: list[AwardTitle] = list(AwardTitle.objects.all())
        self.field_terms: dict[str, Field] = {}

    def rolled_back(self) -> None:
        super().rolled_back()
        self.places = list(Locality.objects.all())
        self.field_terms.clear()

    # Looking things up ---------------------------------------------------------------------

    def locality(self, name: str) -> Locality | None:
        if not name:
            return None
        folded = fold(name)
        found = next((place for place in self.places if fold(place.name) == folded), None)
        if found is None:
            candidates = match_places(name, self.places)
            if "," in name:
                # "huyện Cẩm Giàng, tỉnh Hải Dương": that district of that province, no other.
                wider = fold(name.split(",", 1)[1])
                by_pk = {place.pk: place for place in self.places}
                candidates = [
                    place for place in candidates if place.parent_id in by_pk and fold(by_pk[place.parent_id].name) == wider
                ]
            # An ambiguous bare name ("Hải Dương": the province or its city) is kept as written.
            found = candidates[0] if len(candidates) == 1 else None
        if found is None:
            found = Locality.objects.create(name=name)
            self.places.append(found)
        return found

    def field_term(self, name: str) -> Field | None:
        if not name:
            return None
        if name not in self.field_terms:
            self.field_terms[name] = Field.get_or_create_named(name)
        return self.field_terms[name]

    def award_title(self, name: str) -> AwardTitle | None:
        folded, slug = fold(name), slugify_vi(name)
        return next((term for term in self.titles if term.slug == slug or fold(term.name) == folded), None)

    def stored_photo(self, path: Path, title: str, credit: str) -> CustomImage:
        """The image with this file's content imported before (its credit updated), else a new one."""
        with path.open("rb") as handle:
            digest = hash_filelike(handle)
        image = CustomImage.objects.filter(file_hash=digest).order_by("pk").first()
        if image is None:
            image = CustomImage(title=title[:255], description=title[:255], credit=credit)
            name = f"{slugify_vi(path.stem, max_length=80) or 'anh'}{path.suffix.lower()}"
            with path.open("rb") as handle:
                image.file = ImageFile(handle, name=name)
                image._set_image_file_metadata()
                image.save()
            return image
        if credit and image.credit != credit:
            image.credit = credit
            image.save(update_fields=["credit"])
        return image

    # Writing -------------------------------------------------------------------------------

    def assign(self, page: ExemplarPage, record: Record) -> None:
        data = record.data
        page.kind = data.get("kind", ExemplarKind.INDIVIDUAL)
        page.role = data.get("role", "")
        page.locality = self.locality(data.get("locality", ""))
        page.field = self.field_term(data.get("field", ""))
        page.date = data["date"]
        page.summary = data.get("summary", "")
        page.source = data.get("source", "")
        body = data.get("body", "")
        page.story = [{"type": "paragraph", "value": body}] if body else []
        if page.pk is None and page.kind == ExemplarKind.INDIVIDUAL:
            # Published on the old portal; a re-import keeps whatever the editors recorded since.
            page.consent_recorded = True
            page.consent_note = CONSENT_NOTE

        photo = data.get("photo")
        if photo:
            path = Path(record.file).parent / photo["path"]
            page.photo = self.stored_photo(path, photo.get("caption") or data["title"], photo.get("credit", ""))
            page.photo_caption = photo.get("caption", "")
        else:
            page.photo = None
            page.photo_caption = ""

        # Keep the rows of awards already recorded, so an unchanged record stays unchanged.
        existing = list(page.awards.all()) if page.pk else []
        awards = []
        for position, item in enumerate(data.get("awards", [])):
            title = self.award_title(item["title"])
            values = {
                "title": title,
                "title_text": "" if title else item["title"],
                "year": item.get("year"),
                "decision": item.get("decision", ""),
                "issuer": item.get("issuer", ""),
            }
            award = existing[position] if position < len(existing) else Award()
            for name, value in values.items():
                setattr(award, name, value)
            award.decision_document = find_decision(award.decision, award.year) if award.decision else None
            award.sort_order = position
            awards.append(award)
        page.awards = awards

        Campaign = ExemplarPage._meta.get_field("campaigns").related_model
        ids = [campaign_id for _, campaign_id in data.get("campaigns", [])]
        found = {c.import_id: c for c in Campaign.objects.filter(import_id__in=ids).order_by("pk")} if ids else {}
        missing = [campaign_id for campaign_id in ids if campaign_id not in found]
        if missing:
            # Checked before writing; only a campaign line the database refused gets here.
            raise LookupError(f"campaigns: không tìm thấy phong trào '{shorten(missing[0])}'")
        page.campaigns = [found[campaign_id] for campaign_id in ids]

    def content(self, page: ExemplarPage) -> tuple[Any, ...]:
        return (
            page.kind,
            page.role,
            page.locality_id,
            page.field_id,
            page.date,
            page.summary,
            page.source,
            stream_blocks(page.story),
            page.photo_id,
            page.photo_caption,
            [
                (a.title_id, a.title_text, a.year, a.decision, a.decision_document_id, a.issuer)
                for a in page.awards.all()
            ],
            sorted(campaign.pk for campaign in page.campaigns.all()),
        )
