"""A profile as a citizen reads it, and as an editor creates it in the admin: name, kind, role,
the place as named then (and what it belongs to now), the cycle, the photo with credit and
licence, the story, the awards timeline with decisions linked, the campaigns; never consent
records or contact details."""

from __future__ import annotations

import datetime as dt

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignIndexPage, CampaignPage
from core.taxonomies import Field
from directives.models import DocumentLibraryPage, DocumentPage
from exemplars.collation import letter_of, sort_name_for
from exemplars.models import CycleStage, ExemplarIndexPage, ExemplarKind, ExemplarPage
from tests.exemplars.factories import (
    ExemplarIndexPageFactory,
    ExemplarPageFactory,
    add_award,
    award_title,
    place,
)
from tests.factories import home_page, make_image, publish


@pytest.fixture
def index(db):
    return ExemplarIndexPageFactory(parent=home_page())


@pytest.fixture
def library(db):
    return home_page().add_child(instance=DocumentLibraryPage(title="Văn bản", slug="van-ban"))


@pytest.fixture
def profile(index, library):
    home = home_page()
    campaigns = home.add_child(instance=CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao-thi-dua"))
    covid = campaigns.add_child(instance=CampaignPage(title="Chung tay phòng, chống dịch Covid-19", slug="covid"))
    draft = campaigns.add_child(instance=CampaignPage(title="Phong trào chưa công bố", slug="nhap", live=False))
    library.add_child(
        instance=DocumentPage(title="Quyết định khen thưởng", slug="qd-1234", number="1234/QĐ-UBND", issued=dt.date(2021, 9, 1))
    )
    photo = make_image("Bác sĩ Nguyễn Thị Lan", credit="Nguyễn Minh Hải / Báo Hải Dương")
    page = ExemplarPageFactory(
        parent=index,
        title="Nguyễn Thị Lan",
        role="Bác sĩ Khoa Truyền nhiễm, Bệnh viện đa khoa tỉnh",
        locality=place("huyện Cẩm Giàng"),
        field=Field.get_or_create_named("Y tế"),
        stage=CycleStage.SUMMED_UP,
        photo=photo,
        photo_caption="Bác sĩ Lan tại khu điều trị",
        story=[("paragraph", rich_text("<p>Chị Lan trực chiến suốt đợt dịch năm 2021.</p>"))],
        consent_note="Đồng ý bằng văn bản, hồ sơ số 7/2023",
    )
    # Decisions are linked when the award is saved: "1234/qđ-ubnd" is the library's 1234/QĐ-UBND.
    add_award(page, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", year=2021, decision="1234/qđ-ubnd", issuer="UBND tỉnh Hải Dương")
    add_award(page, "Chiến sĩ thi đua cơ sở", year=2019, decision="56/QĐ-BV", issuer="Bệnh viện đa khoa tỉnh")
    add_award(page, text="Thầy thuốc trẻ tiêu biểu", year=2020)
    page.campaigns.add(covid, draft)
    page.save()
    return page


@pytest.mark.django_db
def test_profile_shows_name_kind_role_field_and_place_with_what_it_belongs_to_now(client, profile):
    html = client.get(profile.url).content.decode()
    assert '<h1 class="article__title">Nguyễn Thị Lan</h1>' in html
    assert "Cá nhân" in html
    assert "Bác sĩ Khoa Truyền nhiễm, Bệnh viện đa khoa tỉnh" in html
    assert "Y tế" in html
    assert "huyện Cẩm Giàng, tỉnh Hải Dương" in html
    assert "(nay thuộc thành phố Hải Phòng)" in html


@pytest.mark.django_db
def test_profile_marks_the_current_stage_of_the_cycle(client, profile):
    html = client.get(profile.url).content.decode()
    for label in ("Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng"):
        assert label in html
    assert 'aria-current="step">\n            <span class="cycle-steps__label">Tổng kết</span>' in html


@pytest.mark.django_db
def test_profile_photo_has_caption_credit_and_licence(client, profile):
    html = client.get(profile.url).content.decode()
    assert "<picture>" in html or "<picture" in html
    assert "Bác sĩ Lan tại khu điều trị" in html
    assert "Ảnh: Nguyễn Minh Hải / Báo Hải Dương" in html
    assert "Giấy phép sử dụng lại: CC BY 4.0" in html


@pytest.mark.django_db
def test_awards_timeline_is_in_year_order_with_decisions_linked_to_the_library(client, profile):
    html = client.get(profile.url).content.decode()
    timeline = html[html.index("Quá trình khen thưởng") :]
    assert timeline.index("2019") < timeline.index("2020") < timeline.index("2021")
    assert "Thầy thuốc trẻ tiêu biểu" in timeline
    document = DocumentPage.objects.get(slug="qd-1234")
    assert f'<a href="{document.url}">1234/qđ-ubnd</a>' in timeline
    # A number the library lacks is shown, not linked.
    assert "56/QĐ-BV</span>" in timeline


@pytest.mark.django_db
def test_a_decision_is_linked_once_on_save_not_looked_up_per_view(profile):
    award = profile.awards.get(decision="1234/qđ-ubnd")
    assert award.decision_document.number == "1234/QĐ-UBND"
    assert profile.awards.get(decision="56/QĐ-BV").decision_document is None


@pytest.mark.django_db
def test_only_published_campaigns_are_listed(client, profile):
    html = client.get(profile.url).content.decode()
    assert "Chung tay phòng, chống dịch Covid-19" in html
    assert "Phong trào chưa công bố" not in html


@pytest.mark.django_db
def test_story_gallery_shows_each_photo_with_its_credit(client, index):
    first = make_image("Lớp học", credit="Trần Văn Bình")
    second = make_image("Vườn rau", credit="Ảnh minh họa: Ban Thi đua - Khen thưởng")
    page = ExemplarPageFactory(
        parent=index,
        title="Trường Tiểu học Lê Lợi",
        kind=ExemplarKind.COLLECTIVE,
        story=[("gallery", {"images": [{"image": first, "caption": "Giờ học ngoại khóa"}, {"image": second, "caption": ""}]})],
    )
    html = client.get(page.url).content.decode()
    assert 'class="body-gallery"' in html
    assert html.count("body-gallery__item") == 2
    assert "Giờ học ngoại khóa" in html
    assert "Ảnh: Trần Văn Bình" in html
    assert "Ảnh minh họa: Ban Thi đua - Khen thưởng" in html


@pytest.mark.django_db
def test_profile_never_shows_consent_records(client, profile):
    html = client.get(profile.url).content.decode()
    assert "hồ sơ số 7/2023" not in html
    assert "đồng ý" not in html.lower()


@pytest.mark.django_db
def test_campaign_page_lists_its_published_profiles(client, profile, index):
    covid = CampaignPage.objects.get(slug="covid")
    hidden = ExemplarPageFactory(parent=index, title="Hồ sơ chưa duyệt", live=False)
    hidden.campaigns.add(covid)
    hidden.save()
    html = client.get(covid.url).content.decode()
    assert f'<a href="{profile.url}">Nguyễn Thị Lan</a>' in html
    assert "Hồ sơ chưa duyệt" not in html


class ExemplarAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = home_page()
        self.index = self.home.add_child(instance=ExemplarIndexPage(title="Gương điển hình", slug="guong-dien-hinh"))

    def form(self, **values):
        data = {
            "title": "Phạm Văn Hùng",
            "slug": "pham-van-hung",
            "kind": ExemplarKind.INDIVIDUAL,
            "stage": CycleStage.NURTURED,
            "role": "Công nhân Công ty Cơ khí Hải Dương",
            "locality": place("thị xã Kinh Môn").pk,
            "field": Field.get_or_create_named("Công nghiệp").pk,
            "campaigns": [],
            "photo": "",
            "photo_caption": "",
            "summary": "Sáng kiến cải tiến máy dập tiết kiệm 300 triệu đồng mỗi năm.",
            "story": streamfield([("paragraph", rich_text("<p>Anh Hùng có 5 sáng kiến được công nhận.</p>"))]),
            "awards": inline_formset(
                [
                    {
                        "title": award_title("Lao động tiên tiến").pk,
                        "title_text": "",
                        "year": "2022",
                        "decision": "",
                        "decision_document": "",
                        "issuer": "Công ty Cơ khí Hải Dương",
                    }
                ]
            ),
            "is_living_person": "on",
            "consent_recorded": "on",
            "consent_date": "",
            "consent_note": "",
            "date": "",
            "source": "",
        }
        data.update(values)
        return nested_form_data({key: value for key, value in data.items() if value is not None})

    def test_editor_creates_a_profile_with_an_award_inline(self):
        self.assertCanCreate(self.index, ExemplarPage, self.form())
        page = ExemplarPage.objects.get(slug="pham-van-hung")
        assert page.live
        (award,) = page.awards.all()
        assert award.title.name == "Lao động tiên tiến" and award.year == 2022
        response = self.client.get(page.url)
        self.assertContains(response, "Lao động tiên tiến")
        self.assertContains(response, "thị xã Kinh Môn, tỉnh Hải Dương")

    def test_publishing_a_living_person_without_consent_shows_the_error(self):
        data = self.form(consent_recorded=None)
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/add/exemplars/exemplarpage/{self.index.pk}/", data)
        assert response.status_code == 200
        self.assertContains(response, "Cần ghi nhận sự đồng ý của người được giới thiệu trước khi xuất bản.")
        assert not ExemplarPage.objects.filter(slug="pham-van-hung").exists()

    def test_publishing_an_existing_draft_without_consent_through_the_edit_view_is_refused(self):
        draft = self.index.add_child(instance=ExemplarPage(title="Phạm Văn Hùng", slug="pham-van-hung", live=False))
        data = self.form(consent_recorded=None)
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/{draft.pk}/edit/", data)
        assert response.status_code == 200
        self.assertContains(response, "Cần ghi nhận sự đồng ý của người được giới thiệu trước khi xuất bản.")
        draft.refresh_from_db()
        assert not draft.live

    def test_a_draft_without_consent_may_be_saved_and_a_collective_needs_none(self):
        response = self.client.post(
            f"/admin/pages/add/exemplars/exemplarpage/{self.index.pk}/", self.form(consent_recorded=None)
        )
        assert response.status_code == 302
        assert not ExemplarPage.objects.get(slug="pham-van-hung").live
        data = self.form(title="Hợp tác xã Nông nghiệp Đoàn Kết", slug="htx-doan-ket", kind=ExemplarKind.COLLECTIVE, consent_recorded=None)
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/add/exemplars/exemplarpage/{self.index.pk}/", data)
        assert response.status_code == 302
        assert ExemplarPage.objects.get(slug="htx-doan-ket").live

    def test_sort_key_follows_a_renamed_profile(self):
        page = self.index.add_child(instance=ExemplarPage(title="Trần Văn Bình", slug="tran-van-binh", consent_recorded=True))
        assert letter_of(page.sort_name) == "B"
        page.title = "Trần Văn Đức"
        publish(page)
        page = ExemplarPage.objects.get(pk=page.pk)
        assert page.sort_name == sort_name_for("Trần Văn Đức", individual=True)
        assert letter_of(page.sort_name) == "Đ"


def test_index_invites_citizens_to_nominate_and_comment(client, db):
    import datetime as dt

    from django.utils import timezone

    from exemplars.models import ExemplarIndexPage, NominationFormPage, PublicCommentPage
    from tests.factories import home_page

    index = home_page().add_child(instance=ExemplarIndexPage(title="Gương điển hình", slug="guong-dien-hinh"))
    index.add_child(instance=NominationFormPage(title="Đề xuất gương người tốt, việc tốt"))
    now = timezone.now()
    index.add_child(
        instance=PublicCommentPage(title="Lấy ý kiến về đề nghị khen thưởng", opens=now - dt.timedelta(days=1), closes=now + dt.timedelta(days=9))
    )
    index.add_child(
        instance=PublicCommentPage(title="Đợt lấy ý kiến đã xong", opens=now - dt.timedelta(days=40), closes=now - dt.timedelta(days=10))
    )
    html = client.get(index.url).content.decode()
    assert "Đề xuất gương người tốt, việc tốt" in html
    assert "Lấy ý kiến về đề nghị khen thưởng" in html
    assert "đang lấy ý kiến đến hết" in html
    assert "Đợt lấy ý kiến đã xong" not in html
