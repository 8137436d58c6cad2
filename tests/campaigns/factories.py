"""Factories for campaign tests: the campaign index and campaigns, and the documents they name
(a document library under the home page with document pages created directly)."""

from __future__ import annotations

import datetime as dt

import factory
import wagtail_factories

from campaigns.models import (
    CampaignDocument,
    CampaignDocumentRole,
    CampaignForm,
    CampaignIndexPage,
    CampaignPage,
)
from directives.models import DocumentLibraryPage, DocumentPage, DocumentType
from tests.factories import home_page


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Phong trào thi đua"
    slug = "phong-trao-thi-dua"
    parent = factory.LazyFunction(home_page)


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Phong trào thi đua số {n}")
    slogan = "Đoàn kết, đổi mới, sáng tạo, thi đua hoàn thành thắng lợi nhiệm vụ"
    form = CampaignForm.THEMATIC
    launched_by = "Ủy ban nhân dân tỉnh Hải Dương"
    start = dt.date(2021, 8, 25)
    end = dt.date(2025, 12, 31)
    date = dt.date(2021, 8, 25)
    parent = factory.LazyFunction(lambda: CampaignIndexPage.objects.first() or CampaignIndexPageFactory())


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentType
        django_get_or_create = ("name",)

    name = "Chỉ thị"
    abbreviation = "CT"


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DocumentLibraryPage

    title = "Văn bản"
    slug = "van-ban"
    parent = factory.LazyFunction(home_page)


class DocumentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DocumentPage

    title = factory.Sequence(lambda n: f"Văn bản về thi đua số {n}")
    number = factory.Sequence(lambda n: f"{n + 1}/CT-UBND")
    doc_type = factory.SubFactory(DocumentTypeFactory)
    issuer = "Ủy ban nhân dân tỉnh Hải Dương"
    issued = dt.date(2021, 8, 25)
    parent = factory.LazyFunction(lambda: DocumentLibraryPage.objects.first() or DocumentLibraryPageFactory())


def link_documents(campaign: CampaignPage, *documents: DocumentPage) -> CampaignPage:
    """Attach ``documents`` to ``campaign``: the first launches it, the others guide it."""
    for position, document in enumerate(documents):
        role = CampaignDocumentRole.LAUNCHES if position == 0 else CampaignDocumentRole.GUIDES
        CampaignDocument.objects.create(campaign=campaign, document=document, role=role, sort_order=position)
    return campaign
