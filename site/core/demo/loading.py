"""Puts the demo documents and campaigns in the page tree for ``manage.py load_demo``.

Pages are matched by ``import_id`` ("demo-d01", "demo-c01"), PDF files in Wagtail's document
library by title, so a second run changes nothing unless ``update`` asks to rewrite the demo
pages from the data in ``documents`` and ``campaigns``. Every page is published with its history
dated on the day it was issued or launched, as if the office had published it then.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from campaigns.models import CampaignDocument, CampaignIndexPage, CampaignPage
from core.models import CustomImage, HomePage
from core.taxonomies import Field
from core.text import slugify_vi
from directives.models import DocumentFile, DocumentLibraryPage, DocumentPage, DocumentRelation, DocumentType

from . import pdf
from .campaigns import CAMPAIGNS, DemoCampaign
from .documents import DOC_TYPES, DOCUMENTS, FIELD, DemoDocument

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PUBLISH_TIME = dt.time(8, 0)
SLUG_MAX_LENGTH = 100

LIBRARY = {
    "title": "Văn bản",
    "slug": "van-ban",
    "intro": "Văn bản chỉ đạo, hướng dẫn về thi đua, khen thưởng của Trung ương và của tỉnh: tra cứu theo số ký "
    "hiệu, loại văn bản, cơ quan ban hành và năm ban hành.",
}
CAMPAIGN_INDEX = {
    "title": "Phong trào thi đua",
    "slug": "phong-trao-thi-dua",
    "intro": "Các phong trào thi đua do tỉnh phát động và triển khai: mục tiêu, tiêu chí, văn bản phát động và "
    "tin tức về từng phong trào.",
}

Progress = Callable[[str], None]


@dataclass
class Loaded:
    """What a step made or found: pages by their demo key, and how many were created or rewritten."""

    parent: Page
    pages: dict[int, Page] = field(default_factory=dict)
    created: int = 0
    updated: int = 0

    @property
    def kept(self) -> int:
        return len(self.pages) - self.created - self.updated


def published_at(date: dt.date) -> dt.datetime:
    return dt.datetime.combine(date, PUBLISH_TIME, tzinfo=LOCAL_TZ)


def publish(page: Page, when: dt.datetime) -> None:
    """Publish the page's current state, its history dated ``when``."""
    revision = page.save_revision()
    revision.publish()
    Revision.objects.filter(pk=revision.pk).update(created_at=when)
    Page.objects.filter(pk=page.pk).update(last_published_at=when, latest_revision_created_at=when)


def free_slug(parent: Page, text: str, own: Page | None = None) -> str:
    base = slugify_vi(text, max_length=SLUG_MAX_LENGTH) or "trang"
    slug, suffix = base, 2
    siblings = Page.objects.child_of(parent)
    if own is not None and own.pk:
        siblings = siblings.exclude(pk=own.pk)
    while siblings.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


def section(home: HomePage, model: type[Page], data: dict[str, str], progress: Progress) -> Page:
    """The section page of ``model`` under the home page: the demo's slug first, any other next."""
    page = model.objects.child_of(home).filter(slug=data["slug"]).first() or model.objects.child_of(home).first()
    if page is None:
        page = model(title=data["title"], slug=data["slug"], intro=data["intro"])
        home.add_child(instance=page)
        page.save_revision().publish()
        progress(f"Tạo trang “{page.title}” (/{page.slug}/).")
    return page


# Documents ---------------------------------------------------------------------------------------


def load_documents(home: HomePage, *, update: bool = False, progress: Progress = lambda message: None) -> Loaded:
    """The library page and the demo documents, each with a generated PDF and its relations."""
    library = section(home, DocumentLibraryPage, LIBRARY, progress)
    result = Loaded(parent=library)
    doc_types = {name: _doc_type(name, abbreviation) for name, abbreviation in DOC_TYPES.items()}
    domain = Field.get_or_create_named(FIELD)
    for spec in DOCUMENTS:
        page = DocumentPage.objects.filter(import_id=spec.import_id).first()
        if page is not None and not update:
            result.pages[spec.key] = page
            continue
        is_new = page is None
        page = _document(library, page, spec, doc_types[spec.doc_type], domain, result.pages)
        result.pages[spec.key] = page
        if is_new:
            result.created += 1
        else:
            result.updated += 1
    progress(
        f"Văn bản: {len(result.pages)} văn bản ({result.created} mới, {result.updated} cập nhật), "
        f"mỗi văn bản một tệp PDF."
    )
    return result


def _doc_type(name: str, abbreviation: str) -> DocumentType:
    doc_type = DocumentType.get_or_create_named(name)
    if abbreviation and not doc_type.abbreviation:
        doc_type.abbreviation = abbreviation
        doc_type.save(update_fields=["abbreviation"])
    return doc_type


def _document(
    library: DocumentLibraryPage,
    page: DocumentPage | None,
    spec: DemoDocument,
    doc_type: DocumentType,
    domain: Field,
    earlier: dict[int, Page],
) -> DocumentPage:
    is_new = page is None
    if is_new:
        page = DocumentPage(import_id=spec.import_id, slug=free_slug(library, spec.label))
    page.title = page.draft_title = spec.title
    page.number = spec.number
    page.doc_type = doc_type
    page.issuer = spec.issuer
    page.signer = spec.signer[0]
    page.issued = spec.issued
    page.effective = spec.effective
    page.status = spec.status
    page.field = domain
    page.date = spec.issued
    page.summary = spec.summary
    page.body = "".join(f"<p>{paragraph}</p>" for paragraph in spec.body)
    page.source = spec.source
    page.first_published_at = published_at(spec.issued)
    page.files = [DocumentFile(document=_pdf(spec, page), sort_order=0)]
    # DOCUMENTS lists a relation's target before its source, so the target is already in ``earlier``.
    page.relations = [
        DocumentRelation(kind=kind, target=earlier[target], sort_order=order)
        for order, (kind, target) in enumerate(spec.relations)
    ]
    if is_new:
        page.live = False
        library.add_child(instance=page)
    else:
        page.save()
    publish(page, published_at(spec.issued))
    return page


def _pdf(spec: DemoDocument, page: DocumentPage):
    """The document's PDF in Wagtail's document library, drawn again when the data changed."""
    Document = get_document_model()
    content = pdf.render(spec.pdf_page())
    document = Document.objects.filter(title=spec.label).first()
    # Wagtail fingerprints files with SHA-1; the same fingerprint means the same drawing.
    if document is not None and document.file_hash == hashlib.sha1(content).hexdigest():  # noqa: S324
        return document
    if document is None:
        document = Document(title=spec.label)
    else:
        document.file.delete(save=False)
    document.file = ContentFile(content, name=f"{slugify_vi(spec.label)}.pdf")
    document._set_document_file_metadata()
    document.save()
    return document


# Campaigns ---------------------------------------------------------------------------------------


def load_campaigns(
    home: HomePage,
    documents: dict[int, Page],
    images: dict[str, CustomImage],
    *,
    update: bool = False,
    progress: Progress = lambda message: None,
) -> Loaded:
    """The campaign index and the demo movements with their documents, review reports and images."""
    index = section(home, CampaignIndexPage, CAMPAIGN_INDEX, progress)
    result = Loaded(parent=index)
    for spec in CAMPAIGNS:
        page = CampaignPage.objects.filter(import_id=spec.import_id).first()
        if page is not None and not update:
            result.pages[spec.key] = page
            continue
        is_new = page is None
        result.pages[spec.key] = _campaign(index, page, spec, documents, images)
        if is_new:
            result.created += 1
        else:
            result.updated += 1
    progress(f"Phong trào thi đua: {len(result.pages)} phong trào ({result.created} mới, {result.updated} cập nhật).")
    return result


def _campaign(
    index: CampaignIndexPage,
    page: CampaignPage | None,
    spec: DemoCampaign,
    documents: dict[int, Page],
    images: dict[str, CustomImage],
) -> CampaignPage:
    is_new = page is None
    if is_new:
        page = CampaignPage(import_id=spec.import_id, slug=free_slug(index, spec.title))
    page.title = page.draft_title = spec.title
    page.slogan = spec.slogan
    page.form = spec.form
    page.scope = spec.scope
    page.scope_detail = spec.scope_detail
    page.launched_by = spec.launched_by
    page.launch_date = spec.launch_date
    page.start = spec.start
    page.end = spec.end
    page.review_stage = spec.review_stage
    page.interim_report = documents.get(spec.interim_report) if spec.interim_report else None
    page.final_report = documents.get(spec.final_report) if spec.final_report else None
    page.hero_image = images.get(spec.image)
    page.date = spec.launch_date
    page.summary = spec.summary
    page.goals = spec.goals
    page.criteria = spec.criteria
    page.field = Field.get_or_create_named(spec.field)
    page.source = spec.source
    page.first_published_at = published_at(spec.launch_date)
    page.documents = [
        CampaignDocument(document=documents[key], role=role, sort_order=order)
        for order, (key, role) in enumerate(spec.documents)
    ]
    if is_new:
        page.live = False
        index.add_child(instance=page)
    else:
        page.save()
    publish(page, published_at(spec.launch_date))
    return page


def news_campaigns(campaigns: dict[int, Page]) -> dict[str, Page]:
    """The campaign each demo article belongs to, by the article's import_id."""
    return {news_id: campaigns[spec.key] for spec in CAMPAIGNS for news_id in spec.news if spec.key in campaigns}
