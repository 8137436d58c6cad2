"""The exemplar index: filters a citizen can type or share, Vietnamese A–Z order, cards with the
highest award, polite notices for values it cannot use, and a bounded number of queries."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from campaigns.models import CampaignIndexPage, CampaignPage
from core.taxonomies import Field
from exemplars.models import AwardCategory, AwardTitle, ExemplarKind
from tests.exemplars.factories import ExemplarIndexPageFactory, ExemplarPageFactory, add_award, place
from tests.factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return ExemplarIndexPageFactory(parent=home, per_page=24)


@pytest.fixture
def campaign(home):
    campaigns = home.add_child(instance=CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao-thi-dua"))
    return campaigns.add_child(
        instance=CampaignPage(title="Chung tay phòng, chống dịch Covid-19", slug="chung-tay-covid", import_id="pt-covid")
    )


@pytest.fixture
def profiles(index, campaign):
    education = Field.get_or_create_named("Giáo dục")
    health = Field.get_or_create_named("Y tế")
    teacher = ExemplarPageFactory(
        parent=index, title="Trần Thị Đào", role="Giáo viên Trường Tiểu học Cẩm Văn", field=education,
        locality=place("huyện Cẩm Giàng"),
    )
    doctor = ExemplarPageFactory(
        parent=index, title="Nguyễn Văn Dũng", role="Bác sĩ Trung tâm Y tế huyện Ninh Giang", field=health,
        locality=place("huyện Ninh Giang"),
    )
    school = ExemplarPageFactory(
        parent=index, title="Trường Mầm non Hoa Sen", kind=ExemplarKind.COLLECTIVE, field=education,
        locality=place("thành phố Hải Dương"),
    )
    household = ExemplarPageFactory(
        parent=index, title="Hộ ông Vũ Văn Ân", kind=ExemplarKind.HOUSEHOLD, locality=place("huyện Thanh Hà"),
    )
    add_award(teacher, "Chiến sĩ thi đua cơ sở", year=2021)
    add_award(teacher, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", year=2022)
    add_award(doctor, "Huân chương Lao động hạng Ba", year=2022, decision="1234/QĐ-CTN")
    add_award(doctor, "Chiến sĩ thi đua cơ sở", year=2020)
    add_award(school, "Tập thể lao động xuất sắc", year=2023)
    add_award(household, text="Hộ sản xuất, kinh doanh giỏi cấp tỉnh", year=2019)
    add_award(household, text="Gia đình tiêu biểu xã Thanh Sơn", year=2022)
    doctor.campaigns.add(campaign)
    doctor.save()
    return {"teacher": teacher, "doctor": doctor, "school": school, "household": household}


def names(response) -> list[str]:
    return [profile.title for profile in response.context["page_obj"].object_list]


def test_vocabulary_is_seeded_with_ranks_that_make_highest_award_meaningful():
    ranks = {term.name: term.rank for term in AwardTitle.objects.all()}
    assert ranks["Huân chương Sao vàng"] > ranks["Huân chương Hồ Chí Minh"] > ranks["Huân chương Độc lập hạng Nhất"]
    assert ranks["Huân chương Lao động hạng Nhất"] > ranks["Huân chương Lao động hạng Nhì"] > ranks["Huân chương Lao động hạng Ba"]
    assert ranks["Chiến sĩ thi đua toàn quốc"] > ranks["Chiến sĩ thi đua cấp tỉnh"] > ranks["Chiến sĩ thi đua cơ sở"]
    assert ranks["Chiến sĩ thi đua cơ sở"] > ranks["Lao động tiên tiến"]
    assert ranks["Bằng khen của Thủ tướng Chính phủ"] > ranks["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"] > ranks["Giấy khen"]
    assert AwardTitle.objects.get(name="Nhà giáo Ưu tú").category == AwardCategory.COMMENDATION
    assert AwardTitle.objects.get(name="Cờ thi đua của Chính phủ").category == AwardCategory.EMULATION_TITLE


def test_places_of_hai_duong_record_the_2025_merger():
    province = place("tỉnh Hải Dương")
    assert province.valid_until == dt.date(2025, 6, 30)
    assert province.successor.name == "thành phố Hải Phòng"
    districts = province.children.all()
    assert districts.count() == 12
    assert {d.name for d in districts} >= {"thành phố Chí Linh", "thị xã Kinh Môn", "huyện Cẩm Giàng", "huyện Tứ Kỳ"}
    assert all(d.valid_until == dt.date(2025, 6, 30) for d in districts)


def test_index_lists_profiles_in_vietnamese_order_by_given_name(client, profiles, index):
    response = client.get(index.url)
    assert response.status_code == 200
    # Individuals by given name (Dũng before Đào), collectives and households by their name.
    assert names(response) == ["Nguyễn Văn Dũng", "Trần Thị Đào", "Hộ ông Vũ Văn Ân", "Trường Mầm non Hoa Sen"]


def test_card_shows_the_highest_award_by_rank_not_the_latest(client, profiles, index):
    html = client.get(index.url).content.decode()
    card = re.search(r"Trần Thị Đào.*?</li>", html, re.S).group(0)
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (2022)" in card
    card = re.search(r"Nguyễn Văn Dũng.*?</li>", html, re.S).group(0)
    assert "Huân chương Lao động hạng Ba (2022)" in card
    assert "Chiến sĩ thi đua cơ sở" not in card


def test_card_without_vocabulary_award_shows_the_latest_free_text_award(client, profiles, index):
    html = client.get(index.url).content.decode()
    card = re.search(r"Hộ ông Vũ Văn Ân.*?</li>", html, re.S).group(0)
    assert "Gia đình tiêu biểu xã Thanh Sơn (2022)" in card
    assert "Hộ sản xuất" not in card


def test_card_shows_role_and_place_with_its_province(client, profiles, index):
    html = client.get(index.url).content.decode()
    assert "huyện Cẩm Giàng, tỉnh Hải Dương" in html
    assert "Giáo viên Trường Tiểu học Cẩm Văn" in html


@pytest.mark.parametrize(
    "value", ["collective", "Tập thể", "tap the", "TẬP THỂ", "tap-the"]
)
def test_kind_filter_reads_import_values_and_vietnamese_names(client, profiles, index, value):
    response = client.get(index.url, {"kind": value})
    assert names(response) == ["Trường Mầm non Hoa Sen"]


def test_household_and_individual_kinds(client, profiles, index):
    assert names(client.get(index.url, {"kind": "hộ gia đình"})) == ["Hộ ông Vũ Văn Ân"]
    assert names(client.get(index.url, {"kind": "ca nhan"})) == ["Nguyễn Văn Dũng", "Trần Thị Đào"]


@pytest.mark.parametrize("value", ["Giáo dục", "giao duc", "giao-duc", "GIÁO DỤC"])
def test_field_filter_by_name_or_slug_with_or_without_tone_marks(client, profiles, index, value):
    assert names(client.get(index.url, {"field": value})) == ["Trần Thị Đào", "Trường Mầm non Hoa Sen"]


def test_locality_filter_by_name_id_or_bare_name(client, profiles, index):
    assert names(client.get(index.url, {"locality": "huyện Cẩm Giàng"})) == ["Trần Thị Đào"]
    assert names(client.get(index.url, {"locality": "cam giang"})) == ["Trần Thị Đào"]
    assert names(client.get(index.url, {"locality": str(place("huyện Ninh Giang").pk)})) == ["Nguyễn Văn Dũng"]


def test_a_province_matches_the_places_under_it_and_its_successor_too(client, profiles, index):
    everyone = ["Nguyễn Văn Dũng", "Trần Thị Đào", "Hộ ông Vũ Văn Ân", "Trường Mầm non Hoa Sen"]
    assert names(client.get(index.url, {"locality": "tỉnh Hải Dương"})) == everyone
    # Hải Dương merged into Hải Phòng: its profiles belong to the new city's list as well.
    assert names(client.get(index.url, {"locality": "Hải Phòng"})) == everyone


def test_award_filter_by_vocabulary_title_any_spelling(client, profiles, index):
    for value in ("Chiến sĩ thi đua cơ sở", "chien si thi dua co so", "chien-si-thi-dua-co-so"):
        assert names(client.get(index.url, {"award": value})) == ["Nguyễn Văn Dũng", "Trần Thị Đào"]


def test_award_filter_by_text_contained_in_titles(client, profiles, index):
    assert names(client.get(index.url, {"award": "huân chương lao động"})) == ["Nguyễn Văn Dũng"]
    assert names(client.get(index.url, {"award": "kinh doanh giỏi"})) == ["Hộ ông Vũ Văn Ân"]


def test_year_filter_and_award_with_year_mean_the_same_award(client, profiles, index):
    assert names(client.get(index.url, {"year": "2023"})) == ["Trường Mầm non Hoa Sen"]
    assert names(client.get(index.url, {"year": "2022"})) == ["Nguyễn Văn Dũng", "Trần Thị Đào", "Hộ ông Vũ Văn Ân"]
    # Đào was Chiến sĩ thi đua cơ sở in 2021, Dũng in 2020: neither in 2022.
    assert names(client.get(index.url, {"award": "Chiến sĩ thi đua cơ sở", "year": "2021"})) == ["Trần Thị Đào"]


def test_campaign_filter_by_id_slug_or_import_id(client, profiles, index, campaign):
    for value in (str(campaign.pk), campaign.slug, "pt-covid"):
        assert names(client.get(index.url, {"campaign": value})) == ["Nguyễn Văn Dũng"]


def test_letter_filter_and_bar(client, profiles, index):
    response = client.get(index.url, {"letter": "đ"})
    assert names(response) == ["Trần Thị Đào"]
    html = response.content.decode()
    assert re.search(r'aria-current="true"><span class="visually-hidden">Vần </span>Đ<', html)
    # D has a name (Dũng) and is a link that keeps the other filters; B has none and is not a link.
    bar = {item["letter"]: item for item in response.context["letters"]}
    assert bar["D"]["present"] and bar["H"]["present"] and not bar["B"]["present"]
    filtered = client.get(index.url, {"kind": "individual", "letter": "D"})
    assert names(filtered) == ["Nguyễn Văn Dũng"]
    assert 'href="?kind=individual&amp;letter=%C4%90"' in filtered.content.decode()


def test_free_text_finds_names_and_roles(client, profiles, index):
    assert names(client.get(index.url, {"q": "Hoa Sen"})) == ["Trường Mầm non Hoa Sen"]


def test_filters_combine(client, profiles, index):
    response = client.get(index.url, {"kind": "individual", "field": "y-te", "locality": "Ninh Giang", "year": "2022"})
    assert names(response) == ["Nguyễn Văn Dũng"]


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"kind": "robot"}, "Loại: không có loại “robot”"),
        ({"field": "Thiên văn"}, "Lĩnh vực: không có lĩnh vực “Thiên văn”"),
        ({"locality": "Sao Hỏa"}, "Địa bàn: không có địa bàn “Sao Hỏa”"),
        ({"campaign": "khong-co"}, "Phong trào thi đua: không tìm thấy phong trào “khong-co”"),
        ({"year": "20x2"}, "Năm khen thưởng: “20x2” không phải một năm"),
        ({"year": "1800"}, "Năm khen thưởng: “1800” không phải một năm"),
        ({"letter": "W"}, "Chữ cái: “W” không phải một chữ cái"),
        ({"page": "abc"}, "Trang: không có trang “abc”"),
    ],
)
def test_bad_values_are_ignored_with_a_polite_notice(client, profiles, index, params, notice):
    response = client.get(index.url, params)
    assert response.status_code == 200
    assert notice in response.content.decode()
    # The value was left out: the whole list is shown.
    assert len(names(response)) == 4


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 5000},
        {"kind": "\x00individual"},
        {"locality": "9" * 40},
        {"campaign": "9" * 40},
        {"year": "9" * 40},
        {"page": "9" * 40},
        {"page": "-1"},
        {"award": "<script>alert(1)</script>"},
        {"field": "' OR 1=1 --"},
        {"letter": "Đ" * 300},
    ],
)
def test_hostile_parameters_never_fail_the_page(client, profiles, index, params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_repeated_parameters_use_the_last_value(client, profiles, index):
    response = client.get(f"{index.url}?kind=collective&kind=household")
    assert names(response) == ["Hộ ông Vũ Văn Ân"]


def test_drafts_are_not_listed(client, profiles, index):
    profiles["school"].unpublish()
    assert "Trường Mầm non Hoa Sen" not in names(client.get(index.url))


def test_pagination_keeps_filters_and_forgives_bad_pages(client, index):
    index.per_page = 2
    index.save()
    for number in range(5):
        ExemplarPageFactory(parent=index, title=f"Lê Văn An {number}", kind=ExemplarKind.COLLECTIVE)
    response = client.get(index.url, {"kind": "collective", "page": "99"})
    assert response.context["page_obj"].number == 3
    assert 'href="?kind=collective&amp;page=2"' in response.content.decode()


def test_sixty_profiles_cost_a_bounded_number_of_queries(client, index, django_assert_max_num_queries):
    index.per_page = 60
    index.save()
    photo = make_image("Chân dung", credit="Ảnh: Ban Thi đua")
    titles = ["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Huân chương Lao động hạng Ba"]
    places = ["huyện Cẩm Giàng", "huyện Tứ Kỳ", "thành phố Chí Linh"]
    field = Field.get_or_create_named("Giáo dục")
    for number in range(60):
        profile = ExemplarPageFactory(
            parent=index, title=f"Phạm Thị Mai {number}", photo=photo, field=field, locality=place(places[number % 3])
        )
        add_award(profile, titles[number % 3], year=2020 + number % 4)
        add_award(profile, text="Giáo viên dạy giỏi cấp tỉnh", year=2021)
    client.get(index.url)  # renditions made once, as on a live site
    with django_assert_max_num_queries(25):
        response = client.get(index.url)
    assert len(response.context["page_obj"].object_list) == 60
    assert response.content.decode().count('class="exemplar-card__award"') == 60


def test_free_text_without_tone_marks_finds_the_profile(client, profiles, index):
    assert names(client.get(index.url, {"q": "mam non hoa sen"})) == ["Trường Mầm non Hoa Sen"]


def test_an_empty_index_says_so(client, index):
    response = client.get(index.url)
    assert response.status_code == 200
    assert "Chưa có gương điển hình nào phù hợp." in response.content.decode()
