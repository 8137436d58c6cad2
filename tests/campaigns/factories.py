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
from directives.models import DocumentPage
from tests.directives import factories as directive_factories
from tests.directives.factories import DocumentLibraryPageFactory, DocumentTypeFactory  # noqa: F401 — used by campaign tests
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


class DocumentPageFactory(directive_factories.DocumentPageFactory):
    """A directive that launches campaigns: Chỉ thị numbers and the 2021 issue date by default."""

    title = factory.Sequence(lambda n: f"Văn bản về thi đua số {n}")
    number = factory.Sequence(lambda n: f"{n + 1}/CT-UBND")
    doc_type = factory.SubFactory(directive_factories.DocumentTypeFactory)
    issued = dt.date(2021, 8, 25)


def link_documents(campaign: CampaignPage, *documents: DocumentPage) -> CampaignPage:
    """Attach ``documents`` to ``campaign``: the first launches it, the others guide it."""
    for position, document in enumerate(documents):
        role = CampaignDocumentRole.LAUNCHES if position == 0 else CampaignDocumentRole.GUIDES
        CampaignDocument.objects.create(campaign=campaign, document=document, role=role, sort_order=position)
    return campaign
