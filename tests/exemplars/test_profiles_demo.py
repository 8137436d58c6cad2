"""Demo profiles: varied, published, with drawn portraits credited and licensed, linked to the demo
campaigns that exist, and loaded once however many times the demo runs."""

from __future__ import annotations

import io

import pytest

from campaigns.models import CampaignIndexPage, CampaignPage
from core.models import CustomImage
from exemplars import demo
from exemplars.models import ExemplarKind, ExemplarPage
from tests.factories import home_page

pytestmark = pytest.mark.django_db

SMALL = (120, 150)


def test_demo_loads_at_least_twenty_varied_published_profiles():
    out = io.StringIO()
    summary = demo.load(out, size=SMALL)
    profiles = ExemplarPage.objects.live()
    assert profiles.count() == summary.created >= 20
    kinds = {page.kind for page in profiles}
    assert kinds == {ExemplarKind.INDIVIDUAL, ExemplarKind.COLLECTIVE, ExemplarKind.HOUSEHOLD}
    assert {page.field.name for page in profiles} >= {"Giáo dục", "Y tế", "Nông nghiệp", "Công nghiệp", "An ninh - Quốc phòng"}
    assert all(page.locality and page.photo for page in profiles)
    assert sum(1 for page in profiles if page.highest_award) >= 20
    assert "Gương điển hình: tạo mới" in out.getvalue()


def test_demo_portraits_are_credited_licensed_and_deterministic():
    demo.load(None, size=SMALL)
    image = ExemplarPage.objects.get(import_id="demo-e01").photo
    assert image.credit == "Ảnh minh họa: Ban Thi đua - Khen thưởng"
    assert image.licence == "CC BY 4.0"
    profile = demo.PROFILES[0]
    assert demo.render_portrait(profile, SMALL) == demo.render_portrait(profile, SMALL)
    assert demo.render_portrait(profile, SMALL) != demo.render_portrait(demo.PROFILES[1], SMALL)


def test_second_run_changes_nothing():
    demo.load(None, size=SMALL)
    images = CustomImage.objects.count()
    summary = demo.load(None, size=SMALL)
    assert summary.created == 0 and summary.unchanged == len(demo.PROFILES)
    assert CustomImage.objects.count() == images
    assert ExemplarPage.objects.count() == len(demo.PROFILES)


def test_profiles_link_the_demo_campaigns_that_exist_and_skip_the_others():
    campaigns = home_page().add_child(instance=CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao-thi-dua"))
    covid = campaigns.add_child(instance=CampaignPage(title="Phòng, chống Covid-19", slug="covid", import_id="demo-c04"))
    summary = demo.load(None, size=SMALL)
    doctor = ExemplarPage.objects.get(import_id="demo-e02")
    assert list(doctor.campaigns.all()) == [covid]
    assert "demo-c01" in summary.missing_campaigns


def test_demo_index_lists_profiles_in_vietnamese_order(client):
    demo.load(None, size=SMALL)
    index = ExemplarPage.objects.first().get_parent()
    response = client.get(index.url, {"letter": "Ơ"})
    assert [page.title for page in response.context["page_obj"].object_list] == ["Ngô Thị Ơn"]
