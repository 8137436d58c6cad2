"""The public nomination form ("Đề xuất gương người tốt, việc tốt"): what a citizen sees and sends,
how robots and floods are turned away, what happens to photos, and that the nominator's details
never reach a public page, the API or search."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Page

from exemplars.forms import normalise_vn_phone
from exemplars.models import ExemplarIndexPage, ExemplarPage, Locality, Nomination, NominationStatus
from exemplars.nominations import create_draft_profile, match_locality
from tests.exemplars.form_helpers import exemplar_index, gps_exif, image_bytes, nomination_page, png_bomb
from tests.factories import publish

pytestmark = pytest.mark.django_db

VALID = {
    "nominee_name": "Bà Nguyễn Thị Hiền",
    "deed": "Bà may 2.000 khẩu trang vải tặng chốt kiểm soát dịch Covid-19.\n\nBà còn nấu cơm cho lực lượng trực chốt.",
    "place": "xã Cẩm Hưng, huyện Cẩm Giàng, tỉnh Hải Dương",
    "when": "tháng 8/2021",
    "nominator_name": "Trần Văn Đề Xuất",
    "nominator_phone": "0912 345 678",
    "nominator_email": "de.xuat@example.vn",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def page(home):
    return nomination_page()


def post(client, page, data=None, files=None, ip="203.0.113.7", **extra):
    payload = {**VALID, **(data or {})}
    payload.update(files or {})
    return client.post(page.url, payload, REMOTE_ADDR=ip, **extra)


def jpeg_upload(name="anh.jpg", **kwargs):
    return SimpleUploadedFile(name, image_bytes("JPEG", **kwargs), content_type="image/jpeg")


# --- The form -----------------------------------------------------------------------------------


def test_form_has_labelled_fields_privacy_note_csrf_and_is_never_cached(client, page):
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Người hoặc tập thể được đề xuất", "Việc tốt, thành tích", "Ở đâu", "Khi nào", "Ảnh", "Họ và tên của bạn", "Số điện thoại", "Thư điện tử"]:
        assert label in html
    assert '<label for="id_nominee_name">' in html
    assert "Thông tin của bạn được giữ kín" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'enctype="multipart/form-data"' in html
    cache_control = response["Cache-Control"]
    assert "no-cache" in cache_control and "no-store" in cache_control and "private" in cache_control


def test_honeypot_is_hidden_from_people_and_screen_readers(client, page):
    html = client.get(page.url).content.decode()
    trap = re.search(r'<div class="form-trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap, "the honeypot must sit in an aria-hidden container"
    field = re.search(r"<input[^>]*name=\"website\"[^>]*>", trap.group(1)).group(0)
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field
    css = Path("static/css/exemplars-forms.css").read_text()
    assert re.search(r"\.form-trap \{[^}]*left: -10000px", css)


def test_csrf_is_enforced(page):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(page.url, VALID, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 403
    assert not Nomination.objects.exists()


# --- Valid and invalid submissions ------------------------------------------------------------------


def test_valid_nomination_is_stored_as_new_and_redirects_to_thanks(client, page):
    decomposed = unicodedata.normalize("NFD", "Bà Nguyễn Thị Hiền")
    response = post(client, page, {"nominee_name": decomposed, "nominator_phone": "+84 912-345-678"})
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?da-gui=1"
    nomination = Nomination.objects.get()
    assert nomination.status == NominationStatus.NEW
    assert nomination.nominee_name == "Bà Nguyễn Thị Hiền"  # NFC
    assert nomination.nominator_phone == "0912345678"
    assert nomination.nominator_email == "de.xuat@example.vn"
    assert nomination.deed.startswith("Bà may 2.000 khẩu trang")
    assert "\n\nBà còn nấu cơm" in nomination.deed
    assert nomination.when == "tháng 8/2021"

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert "Cảm ơn bạn đã gửi đề xuất" in html
    assert "no-store" in thanks["Cache-Control"]
    for private in ["Trần Văn Đề Xuất", "0912", "de.xuat@example.vn", "Nguyễn Thị Hiền"]:
        assert private not in html


def test_email_alone_is_enough_contact(client, page):
    response = post(client, page, {"nominator_phone": ""})
    assert response.status_code == 302
    assert Nomination.objects.get().nominator_phone == ""


def test_invalid_submission_reshows_the_input_with_linked_errors(client, page):
    response = post(client, page, {"place": "", "nominator_phone": "12345", "nominator_email": "khong-phai-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert not Nomination.objects.exists()
    # What the citizen typed is still there.
    assert 'value="Bà Nguyễn Thị Hiền"' in html
    assert "Bà may 2.000 khẩu trang vải" in html
    assert 'value="Trần Văn Đề Xuất"' in html
    assert 'value="12345"' in html
    # The summary at the top links to each field in error.
    summary = re.search(r'<div class="error-summary" role="alert".*?</div>', html, re.S).group(0)
    assert 'href="#id_place"' in summary and "Cho biết việc tốt diễn ra ở đâu." in summary
    assert 'href="#id_nominator_phone"' in summary and "Số điện thoại chưa đúng" in summary
    assert 'href="#id_nominator_email"' in summary and "Địa chỉ thư điện tử chưa đúng" in summary
    place_input = re.search(r'<input[^>]*id="id_place"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in place_input
    assert 'aria-describedby="id_place-error id_place-help"' in place_input
    assert 'id="id_place-error"' in html
    assert "<title>Có lỗi" in html


def test_phone_or_email_is_required(client, page):
    response = post(client, page, {"nominator_phone": "", "nominator_email": ""})
    assert response.status_code == 200
    assert "Cho chúng tôi số điện thoại hoặc thư điện tử để liên hệ xác minh." in response.content.decode()
    assert not Nomination.objects.exists()


def test_consent_to_be_contacted_is_required(client, page):
    response = post(client, page, {"consent": ""})
    assert "Cần bạn đồng ý để chúng tôi liên hệ xác minh thông tin." in response.content.decode()
    assert not Nomination.objects.exists()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0386-123-456", "0386123456"),
        ("0220 3 846 123", "02203846123"),
    ],
)
def test_vietnamese_phone_formats_are_accepted(typed, stored):
    assert normalise_vn_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "0123 456 789", "0912 345 67", "+1 202 555 0100", "091234567890", "số điện thoại"])
def test_other_phone_numbers_are_refused(typed):
    with pytest.raises(ValueError):
        normalise_vn_phone(typed)


# --- Spam and floods --------------------------------------------------------------------------


def test_filled_honeypot_pretends_success_and_stores_nothing(client, page):
    response = post(client, page, {"website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?da-gui=1"
    assert not Nomination.objects.exists()


def test_sixth_submission_within_the_hour_is_refused_politely(client, page):
    for n in range(5):
        assert post(client, page, {"nominee_name": f"Người tốt số {n}"}).status_code == 302
    refused = post(client, page, {"nominee_name": "Người thứ sáu"})
    assert refused.status_code == 429
    assert "Bạn đã gửi nhiều đề xuất trong thời gian ngắn" in refused.content.decode()
    assert Nomination.objects.count() == 5
    # Another address is not affected.
    assert post(client, page, {"nominee_name": "Người ở nơi khác"}, ip="198.51.100.20").status_code == 302


def test_forged_forwarded_for_header_does_not_escape_the_limit(client, page, settings):
    settings.FORMS_RATE_LIMIT = 1
    assert post(client, page, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 302
    assert post(client, page, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, page, settings):
    settings.FORMS_RATE_LIMIT = 1
    settings.FORMS_TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.5"
    assert post(client, page, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 302
    assert post(client, page, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 429
    # A client cannot pose as someone else by prefixing its own entry.
    assert post(client, page, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.9, 192.0.2.1").status_code == 429
    assert post(client, page, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 302


def test_only_a_hash_of_the_address_is_stored(client, page):
    post(client, page, ip="203.0.113.77")
    nomination = Nomination.objects.get()
    assert re.fullmatch(r"[0-9a-f]{64}", nomination.client_hash)
    assert "203.0.113.77" not in nomination.client_hash


# --- Photos -----------------------------------------------------------------------------------------


def test_photo_is_stored_privately_without_exif(client, page, settings):
    upload = jpeg_upload("Tran_Van_De_Xuat_IMG_0001.jpg", size=(1200, 800), exif=gps_exif())
    assert Image.open(io.BytesIO(upload.read())).getexif().get_ifd(0x8825), "the test photo carries GPS data"
    upload.seek(0)
    response = post(client, page, files={"photo": upload})
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    stored = Path(nomination.photo.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "Tran_Van" not in stored.name
    with Image.open(stored) as image:
        assert image.format == "JPEG"
        assert image.size == (1200, 800)
        exif = image.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0x013B not in exif
        assert "exif" not in image.info


def test_photo_is_not_served_from_media(client, page):
    post(client, page, files={"photo": jpeg_upload()})
    nomination = Nomination.objects.get()
    assert client.get(f"/media/{nomination.photo.name}").status_code == 404


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("anh.jpg", b"day khong phai la anh", content_type="image/jpeg"), "không phải là ảnh hợp lệ"),
        (SimpleUploadedFile("anh.gif", image_bytes("GIF"), content_type="image/gif"), "Chỉ nhận ảnh JPEG, PNG hoặc WebP"),
        (SimpleUploadedFile("anh.jpg", image_bytes("GIF"), content_type="image/jpeg"), "Chỉ nhận ảnh JPEG, PNG hoặc WebP"),
        (SimpleUploadedFile("anh.pdf", b"%PDF-1.4", content_type="application/pdf"), "Chỉ nhận ảnh JPEG, PNG hoặc WebP"),
        (SimpleUploadedFile("bom.png", png_bomb(), content_type="image/png"), "điểm ảnh quá lớn"),
    ],
    ids=["not-an-image", "gif", "gif-named-jpg", "pdf", "decompression-bomb"],
)
def test_bad_photos_are_refused_with_a_clear_message(client, page, upload, message):
    response = post(client, page, files={"photo": upload})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "chọn lại ảnh" in html
    assert 'href="#id_photo"' in html
    assert 'value="Bà Nguyễn Thị Hiền"' in html
    assert not Nomination.objects.exists()


def test_image_just_over_the_pixel_limit_is_refused(client, page, monkeypatch):
    monkeypatch.setattr("exemplars.forms.MAX_PHOTO_PIXELS", 100 * 100)
    response = post(client, page, files={"photo": jpeg_upload(size=(101, 100))})
    assert "điểm ảnh quá lớn" in response.content.decode()
    assert not Nomination.objects.exists()


def test_photo_over_8_mb_is_refused(client, page):
    big = SimpleUploadedFile("lon.jpg", image_bytes("JPEG") + b"\0" * (8 * 1024 * 1024), content_type="image/jpeg")
    response = post(client, page, files={"photo": big})
    assert "Ảnh lớn hơn 8 MB" in response.content.decode()
    assert not Nomination.objects.exists()


def test_a_good_photo_must_be_chosen_again_when_another_field_fails(client, page):
    response = post(client, page, {"place": ""}, files={"photo": jpeg_upload()})
    assert "Ảnh bạn đã chọn chưa được lưu" in response.content.decode()


# --- Privacy ----------------------------------------------------------------------------------------

PRIVATE = {
    "nominator_name": "Quách Thị Riêngtư",
    "nominator_phone": "0987 654 321",
    "nominator_email": "bimat.riengtu@example.vn",
}


def test_nominator_details_reach_no_public_output(client, page, admin_client):
    response = post(client, page, {"nominee_name": "Ông Lê Văn Tốt", **PRIVATE})
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    profile = create_draft_profile(nomination)
    draft_view = admin_client.get(f"/admin/pages/{profile.pk}/view_draft/")
    assert draft_view.status_code == 200
    # Even once an editor publishes the draft as it was created.
    profile.consent_recorded = True
    profile.save()
    publish(profile)

    secrets = ["Quách Thị Riêngtư", "Riêngtư", "0987654321", "0987 654 321", "bimat.riengtu@example.vn"]
    outputs = {
        "draft": draft_view.content.decode(),
        "home": client.get("/").content.decode(),
        "index": client.get(exemplar_index().url).content.decode(),
        "profile": client.get(profile.url).content.decode(),
        "form": client.get(page.url).content.decode(),
        "api-search": client.get("/api/v2/pages/?search=Riêngtư").content.decode(),
        "api-detail": client.get(f"/api/v2/pages/{profile.pk}/").content.decode(),
    }
    site_search = client.get("/tim-kiem/", {"q": "Quách Thị Riêngtư"}).content.decode()
    assert "Không tìm thấy kết quả nào" in site_search
    # The search page repeats the query itself; nothing else may carry the name.
    outputs["site-search"] = site_search.replace("Quách Thị Riêngtư", "")
    assert "Ông Lê Văn Tốt" in outputs["draft"] and "Ông Lê Văn Tốt" in outputs["profile"]
    assert "Ông Lê Văn Tốt" in outputs["home"] and "Ông Lê Văn Tốt" in outputs["index"], "the profile is listed"
    for where, text in outputs.items():
        for secret in secrets:
            assert secret not in text, f"{secret!r} leaked into {where}"
    assert not Page.objects.search("Riêngtư")
    assert not Page.objects.search("bimat.riengtu@example.vn")
    assert client.get("/api/v2/pages/", {"search": "Riêngtư"}).json()["meta"]["total_count"] == 0


def test_api_has_no_nomination_endpoint(client):
    assert client.get("/api/v2/nominations/").status_code == 404


# --- Admin: list, inspect, private photo, draft profile -------------------------------------------


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="bientap", password="mat-khau-thu")
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def nomination(home):
    return Nomination.objects.create(
        nominee_name="Cô giáo Phạm Thị Mai",
        deed="Cô dạy miễn phí cho trẻ em nghèo trong xã suốt mười năm.",
        place="xã Cẩm Hưng, huyện Cẩm Giàng, tỉnh Hải Dương",
        when="2015–2025",
        **PRIVATE,
    )


def test_editorial_groups_may_view_and_change_nominations_and_comments():
    for name in ["Biên tập viên", "Lãnh đạo duyệt tin"]:
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_nomination", "change_nomination", "view_publiccomment", "change_publiccomment"} <= codenames
        assert "add_nomination" not in codenames and "delete_nomination" not in codenames


def test_editor_lists_filters_and_searches_nominations(editor_client, nomination):
    Nomination.objects.create(nominee_name="Hợp tác xã Đông Xuyên", deed="Giúp bà con tiêu thụ vải thiều.", place="Thanh Hà", nominator_name="X", status=NominationStatus.REJECTED)
    response = editor_client.get("/admin/nominations/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cô giáo Phạm Thị Mai" in html and "Hợp tác xã Đông Xuyên" in html
    for heading in ["Người / tập thể được đề xuất", "Ở đâu", "Trạng thái", "Ngày gửi"]:
        assert heading in html
    assert "Mới" in html
    filtered = editor_client.get("/admin/nominations/", {"status": NominationStatus.REJECTED}).content.decode()
    assert "Hợp tác xã Đông Xuyên" in filtered and "Cô giáo Phạm Thị Mai" not in filtered
    searched = editor_client.get("/admin/nominations/", {"q": "Thanh Hà"}).content.decode()
    assert "Hợp tác xã Đông Xuyên" in searched and "Cô giáo Phạm Thị Mai" not in searched


def _menu_labels(html: str) -> str:
    import json

    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    return json.dumps(json.loads(props.group(1)), ensure_ascii=False)


def test_admin_menu_has_the_nominations_and_comments_entries(editor_client):
    labels = _menu_labels(editor_client.get("/admin/").content.decode())
    assert "Đề xuất gương" in labels
    assert "Ý kiến nhân dân" in labels


def test_inspect_shows_everything_and_links_the_private_photo(editor_client, nomination):
    nomination.photo.save("x.jpg", SimpleUploadedFile("x.jpg", image_bytes("JPEG")))
    html = editor_client.get(f"/admin/nominations/inspect/{nomination.pk}/").content.decode()
    for text in ["Cô giáo Phạm Thị Mai", "dạy miễn phí", "Quách Thị Riêngtư", "0987 654 321", "bimat.riengtu@example.vn", "Tạo hồ sơ nháp"]:
        assert text in html
    assert f"/admin/nominations/photo/{nomination.pk}/" in html


def test_private_photo_is_streamed_only_to_editors(client, editor_client, nomination, django_user_model):
    nomination.photo.save("x.jpg", SimpleUploadedFile("x.jpg", image_bytes("JPEG")))
    url = f"/admin/nominations/photo/{nomination.pk}/"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"

    editor_client.logout()
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    outsider = django_user_model.objects.create_user(username="khach", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.get(url)
    # The admin answers a permission error by sending the user back to its dashboard.
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_editor_turns_a_nomination_into_a_draft_profile(editor_client, nomination):
    locality = Locality.objects.get_or_create(name="huyện Cẩm Giàng")[0]
    response = editor_client.post(f"/admin/nominations/convert/{nomination.pk}/")
    nomination.refresh_from_db()
    profile = nomination.profile
    assert profile is not None
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{profile.pk}/edit/"
    assert nomination.status == NominationStatus.VERIFYING
    profile = ExemplarPage.objects.get(pk=profile.pk)
    assert not profile.live
    assert profile.title == "Cô giáo Phạm Thị Mai"
    assert profile.get_parent().specific_class is ExemplarIndexPage
    assert "dạy miễn phí" in profile.summary
    assert "dạy miễn phí" in str(profile.story)
    assert profile.locality == locality
    assert profile.photo is None
    revision_content = str(profile.latest_revision.content)
    for secret in ["Quách Thị Riêngtư", "0987", "bimat.riengtu"]:
        assert secret not in revision_content and secret not in str(profile.story)
    # A second click does not make a second page.
    editor_client.post(f"/admin/nominations/convert/{nomination.pk}/")
    assert ExemplarPage.objects.count() == 1


def test_conversion_creates_the_index_when_missing(nomination):
    assert not ExemplarIndexPage.objects.exists()
    profile = create_draft_profile(nomination)
    index = ExemplarIndexPage.objects.get()
    assert (index.title, index.slug) == ("Gương điển hình", "guong-dien-hinh")
    assert profile.get_parent().pk == index.pk


def test_photo_is_copied_into_the_library_only_when_asked(editor_client, nomination):
    from core.models import CustomImage

    nomination.photo.save("x.jpg", SimpleUploadedFile("x.jpg", image_bytes("JPEG")))
    editor_client.post(f"/admin/nominations/convert/{nomination.pk}/")
    assert not CustomImage.objects.exists()

    second = Nomination.objects.create(nominee_name="Anh Vũ Văn Hùng", deed="Cứu người đuối nước.", place="Kinh Môn", nominator_name="Y", nominator_phone="0912345678")
    second.photo.save("y.jpg", SimpleUploadedFile("y.jpg", image_bytes("JPEG")))
    editor_client.post(f"/admin/nominations/convert/{second.pk}/", {"copy_photo": "1"})
    second.refresh_from_db()
    image = CustomImage.objects.get()
    assert ExemplarPage.objects.get(pk=second.profile_id).photo == image
    assert image.title == "Anh Vũ Văn Hùng"
    assert image.credit == "Ảnh do người dân cung cấp"


def test_conversion_needs_change_permission(client, nomination, django_user_model):
    outsider = django_user_model.objects.create_user(username="khach", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.post(f"/admin/nominations/convert/{nomination.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert not ExemplarPage.objects.exists()


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("huyện Cẩm Giàng", "huyện Cẩm Giàng"),
        ("Thôn Đông, xã Cẩm Hưng, Huyen Cam Giang, tinh Hai Duong", "huyện Cẩm Giàng"),
        ("xã An Bình, huyện Nam Sách", "huyện Nam Sách"),
        ("xã An Bình", None),
        ("TỈNH HẢI DƯƠNG", "tỉnh Hải Dương"),
    ],
)
def test_place_is_matched_to_a_managed_locality(db, place, expected):
    for name in ["huyện Cẩm Giàng", "huyện Nam Sách", "tỉnh Hải Dương", "xã An"]:
        Locality.objects.get_or_create(name=name)
    found = match_locality(place)
    assert (found.name if found else None) == expected


def test_editor_changes_the_status_while_the_citizens_text_stays_as_sent(editor_client, nomination):
    url = f"/admin/nominations/edit/{nomination.pk}/"
    form = editor_client.get(url)
    html = form.content.decode()
    assert form.status_code == 200
    assert "Cô giáo Phạm Thị Mai" in html and "Quách Thị Riêngtư" in html
    assert 'name="nominee_name"' not in html, "what the citizen sent is shown read-only"
    response = editor_client.post(
        url, {"status": NominationStatus.REJECTED, "editor_note": "Đã gọi điện, không xác minh được."}
    )
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.REJECTED
    assert nomination.editor_note == "Đã gọi điện, không xác minh được."
    assert nomination.nominee_name == "Cô giáo Phạm Thị Mai"


def test_nobody_adds_a_nomination_in_the_admin(admin_client):
    response = admin_client.get("/admin/nominations/new/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert 'href="/admin/nominations/new/"' not in admin_client.get("/admin/nominations/").content.decode()


def test_editors_preview_the_form_page(page):
    page.intro = "Hướng dẫn mới cho người đề xuất."
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Hướng dẫn mới cho người đề xuất." in response.content.decode()
