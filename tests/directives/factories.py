"""Factories for the document library: the library page, document types, documents and files."""

from __future__ import annotations

import datetime as dt

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.taxonomies import Field
from core.text import slugify_vi
from directives.models import (
    DocumentLibraryPage,
    DocumentPage,
    DocumentRelation,
    DocumentStatus,
    DocumentType,
)
from tests.factories import home_page


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentType
        django_get_or_create = ("name",)

    name = "Chỉ thị"
    abbreviation = "CT"


class FieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Field
        django_get_or_create = ("name",)

    name = "Thi đua - Khen thưởng"


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DocumentLibraryPage

    title = "Văn bản"
    slug = "van-ban"
    parent = factory.LazyFunction(home_page)


class DocumentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DocumentPage

    title = factory.Sequence(lambda n: f"Văn bản về công tác thi đua số {n}")
    slug = factory.LazyAttribute(lambda page: slugify_vi(page.title, max_length=200))
    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-UBND")
    doc_type = factory.SubFactory(DocumentTypeFactory, name="Quyết định", abbreviation="QĐ")
    issuer = "Ủy ban nhân dân tỉnh Hải Dương"
    signer = "Nguyễn Văn A"
    issued = factory.Sequence(lambda n: dt.date(2020, 1, 1) + dt.timedelta(days=n))
    status = DocumentStatus.IN_FORCE
    summary = "Trích yếu văn bản."
    parent = factory.LazyFunction(lambda: DocumentLibraryPage.objects.first() or DocumentLibraryPageFactory())


def make_document_file(title: str = "Chỉ thị 13", name: str = "chi-thi-13.pdf", content: bytes = b"%PDF-1.4 thu"):
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def relate(source: DocumentPage, kind: str, target: DocumentPage) -> DocumentRelation:
    return DocumentRelation.objects.create(source=source, kind=kind, target=target)
