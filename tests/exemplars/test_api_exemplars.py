"""The API of profiles for partners: the import format's values, the photo with credit and licence,
and nothing private (no consent records, no contacts)."""

from __future__ import annotations

import json

import pytest

from campaigns.models import CampaignIndexPage, CampaignPage
from core.taxonomies import Field
from exemplars.models import CycleStage, ExemplarKind
from tests.exemplars.factories import ExemplarIndexPageFactory, ExemplarPageFactory, add_award, place
from tests.factories import home_page, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile():
    home = home_page()
    index = ExemplarIndexPageFactory(parent=home)
    campaigns = home.add_child(instance=CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao-thi-dua"))
    covid = campaigns.add_child(instance=CampaignPage(title="Chung tay phòng, chống dịch Covid-19", slug="covid", import_id="pt-covid"))
    campaigns.add_child(instance=CampaignPage(title="Phong trào nháp", slug="nhap", live=False))
    page = ExemplarPageFactory(
        parent=index,
        title="Hợp tác xã Nông nghiệp Thanh Hà",
        kind=ExemplarKind.COLLECTIVE,
        role="Hợp tác xã trồng vải thiều",
        locality=place("huyện Thanh Hà"),
        field=Field.get_or_create_named("Nông nghiệp"),
        stage=CycleStage.REPLICATED,
        photo=make_image("Vườn vải Thanh Hà", credit="Ảnh: Lê Thu"),
        photo_caption="Mùa thu hoạch vải",
        summary="Đưa vải thiều Thanh Hà ra thị trường quốc tế.",
        consent_note="Liên hệ ông Tâm, điện thoại 0912 345 678",
    )
    add_award(page, "Huân chương Lao động hạng Ba", year=2022, decision="789/QĐ-CTN", issuer="Chủ tịch nước")
    add_award(page, text="Hợp tác xã tiêu biểu toàn quốc", year=2020)
    page.campaigns.add(covid, CampaignPage.objects.get(slug="nhap"))
    page.save()
    return page


def test_detail_exposes_the_import_format_values(client, profile):
    response = client.get(f"/api/v2/pages/{profile.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "exemplars.ExemplarPage"
    assert data["kind"] == "collective"
    assert data["kind_display"] == "Tập thể"
    assert data["role"] == "Hợp tác xã trồng vải thiều"
    assert data["locality"] == "huyện Thanh Hà"
    assert data["field"] == "Nông nghiệp"
    assert data["stage"] == "nhan-rong" and data["stage_display"] == "Nhân rộng"
    assert data["awards"] == [
        {"title": "Huân chương Lao động hạng Ba", "year": 2022, "decision": "789/QĐ-CTN", "issuer": "Chủ tịch nước"},
        {"title": "Hợp tác xã tiêu biểu toàn quốc", "year": 2020, "decision": "", "issuer": ""},
    ]


def test_campaigns_are_published_ones_with_page_id_title_and_import_id(client, profile):
    data = client.get(f"/api/v2/pages/{profile.pk}/").json()
    covid = CampaignPage.objects.get(slug="covid")
    assert data["campaigns"] == [{"id": covid.pk, "title": "Chung tay phòng, chống dịch Covid-19", "import_id": "pt-covid"}]


def test_photo_carries_caption_credit_and_licence(client, profile):
    photo = client.get(f"/api/v2/pages/{profile.pk}/").json()["photo"]
    assert photo["id"] == profile.photo_id
    assert photo["caption"] == "Mùa thu hoạch vải"
    assert photo["credit"] == "Ảnh: Lê Thu"
    assert photo["licence"] == "CC BY 4.0"
    assert photo["url"].endswith((".jpg", ".jpeg"))


def test_empty_relations_are_null_or_empty(client):
    index = ExemplarIndexPageFactory(parent=home_page())
    page = ExemplarPageFactory(parent=index, title="Lê Văn Tám")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["locality"] is None and data["field"] is None and data["photo"] is None
    assert data["awards"] == [] and data["campaigns"] == []


def test_listing_filters_by_type_and_shows_requested_fields(client, profile):
    response = client.get("/api/v2/pages/?type=exemplars.ExemplarPage&fields=kind,locality,awards")
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["kind"] == "collective" and item["locality"] == "huyện Thanh Hà"
    assert item["awards"][0]["title"] == "Huân chương Lao động hạng Ba"


@pytest.mark.parametrize("field", ["consent_recorded", "consent_note", "consent_date", "is_living_person", "sort_name", "import_id"])
def test_private_fields_cannot_be_requested(client, profile, field):
    response = client.get(f"/api/v2/pages/?type=exemplars.ExemplarPage&fields={field}")
    assert response.status_code == 400


def test_nothing_private_appears_anywhere_in_the_output(client, profile):
    for url in (f"/api/v2/pages/{profile.pk}/", "/api/v2/pages/?type=exemplars.ExemplarPage&fields=*"):
        text = json.dumps(client.get(url).json(), ensure_ascii=False)
        assert "0912 345 678" not in text
        assert "consent" not in text
        assert "is_living_person" not in text
