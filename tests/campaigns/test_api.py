"""The API v2 exposes a campaign's import-format fields under the same names."""

from __future__ import annotations

import datetime as dt

import pytest

from campaigns.models import CampaignForm
from tests.campaigns.factories import CampaignPageFactory, DocumentPageFactory, link_documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(home):
    page = CampaignPageFactory(
        title="Chuyển đổi số giai đoạn 2021 - 2025",
        slogan="Chuyển đổi số vì người dân",
        form=CampaignForm.SPECIAL,
        start=dt.date(2021, 8, 25),
        end=dt.date(2025, 12, 31),
        launched_by="Ủy ban nhân dân tỉnh Hải Dương",
    )
    hidden = DocumentPageFactory(number="5/KH-UBND", live=False)
    return link_documents(page, DocumentPageFactory(number="13/CT-UBND"), hidden, DocumentPageFactory(number="06/2022/QH15"))


def test_campaign_detail_uses_the_import_field_names(client, campaign):
    response = client.get(f"/api/v2/pages/{campaign.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "campaigns.CampaignPage"
    assert data["slogan"] == "Chuyển đổi số vì người dân"
    assert data["form"] == "Đột xuất"
    assert data["start"] == "2021-08-25"
    assert data["end"] == "2025-12-31"
    assert data["launched_by"] == "Ủy ban nhân dân tỉnh Hải Dương"
    # Only published documents are named, in the editors' order.
    assert data["documents"] == ["13/CT-UBND", "06/2022/QH15"]


def test_campaign_listing_can_ask_for_the_fields(client, campaign):
    response = client.get("/api/v2/pages/?type=campaigns.CampaignPage&fields=slogan,form,start,end,documents")

    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["form"] == "Đột xuất"
    assert item["documents"] == ["13/CT-UBND", "06/2022/QH15"]


def test_campaign_without_dates_or_documents_gives_nulls_and_an_empty_list(client, home):
    page = CampaignPageFactory(start=None, end=None, launched_by="")

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert (data["start"], data["end"], data["launched_by"], data["documents"]) == (None, None, "", [])
