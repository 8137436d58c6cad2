"""Editors create the campaign index and a campaign with its launching document in the admin."""

from __future__ import annotations

import datetime as dt

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import (
    CampaignDocumentRole,
    CampaignForm,
    CampaignIndexPage,
    CampaignPage,
    CampaignScope,
)
from core.models import HomePage
from tests.campaigns.factories import DocumentPageFactory
from tests.factories import home_page


class CampaignAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = home_page()

    def test_campaigns_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})

    def test_editor_creates_a_campaign_with_its_launching_document(self):
        directive = DocumentPageFactory(number="13/CT-UBND", title="Chỉ thị phát động thi đua năm 2021")
        self.assertCanCreate(
            self.home,
            CampaignIndexPage,
            nested_form_data({"title": "Phong trào thi đua", "slug": "phong-trao-thi-dua", "intro": ""}),
        )
        index = CampaignIndexPage.objects.get(slug="phong-trao-thi-dua")
        self.assertCanCreate(
            index,
            CampaignPage,
            nested_form_data(
                {
                    "title": "Chuyển đổi số giai đoạn 2021 - 2025",
                    "slug": "chuyen-doi-so",
                    "slogan": "Chuyển đổi số vì người dân",
                    "summary": "",
                    "hero_image": "",
                    "form": CampaignForm.THEMATIC,
                    "scope": CampaignScope.PROVINCE,
                    "scope_detail": "",
                    "launched_by": "Ủy ban nhân dân tỉnh Hải Dương",
                    "launch_date": "25/08/2021",
                    "start": "25/08/2021",
                    "end": "31/12/2025",
                    "field": "",
                    "goals": rich_text("<p>Mọi thủ tục hành chính đủ điều kiện được cung cấp trực tuyến.</p>"),
                    "criteria": rich_text(""),
                    "documents": inline_formset([{"document": directive.pk, "role": CampaignDocumentRole.LAUNCHES}]),
                    "review_stage": "",
                    "interim_report": "",
                    "final_report": "",
                    "body": streamfield([]),
                    "date": "25/08/2021",
                    "source": "",
                }
            ),
        )
        page = CampaignPage.objects.get(slug="chuyen-doi-so")
        assert page.live
        assert (page.start, page.end) == (dt.date(2021, 8, 25), dt.date(2025, 12, 31))
        assert page.document_numbers == ["13/CT-UBND"]

        html = self.client.get(page.url).content.decode()
        assert "Chuyển đổi số vì người dân" in html
        assert "Chỉ thị phát động thi đua năm 2021" in html
        assert "Mọi thủ tục hành chính đủ điều kiện được cung cấp trực tuyến." in html
