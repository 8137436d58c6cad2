"""`import_portal` with ``type: exemplar`` records: profiles with awards matched to the vocabulary,
places, campaigns by id (also from the same run), decisions linked and photos with credits."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image

from core.models import CustomImage
from directives.models import DocumentLibraryPage, DocumentPage
from exemplars.importers import CONSENT_NOTE
from exemplars.models import ExemplarIndexPage, ExemplarKind, ExemplarPage, Locality
from tests.factories import home_page

pytestmark = pytest.mark.django_db

HUONG = {
    "type": "exemplar",
    "id": "gdh-2023-002",
    "kind": "individual",
    "title": "Bùi Thị Hương",
    "date": "2023-05-10",
    "role": "Bác sĩ Trạm Y tế xã",
    "locality": "huyện Ninh Giang",
    "field": "Y tế",
    "summary": "Bác sĩ tận tụy chăm sóc sức khỏe người dân vùng nông thôn.",
    "body": "<p>Chị Hương nhiều năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở.</p><script>alert(1)</script>",
    "awards": [
        {"title": "chien si thi dua co so", "year": 2022, "decision": "15/QĐ-UBND", "issuer": "UBND huyện Ninh Giang"},
        {"title": "Thầy thuốc trẻ tiêu biểu", "year": 2021},
    ],
}
COVID = {
    "type": "campaign",
    "id": "pt-covid-2021",
    "title": "Chung tay phòng, chống dịch Covid-19",
    "date": "2021-08-25",
}


def write_jsonl(path: Path, *lines) -> Path:
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return path


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_portal", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def run_failing(*args) -> str:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_portal", *map(str, args), stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def portrait(path: Path, colour=(150, 40, 40)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (300, 400), colour).save(path, "JPEG")
    return path


def test_exemplar_becomes_a_live_profile_under_the_index_it_creates(tmp_path):
    home_page()
    run(write_jsonl(tmp_path / "e.jsonl", HUONG))
    index = ExemplarIndexPage.objects.get()
    assert (index.title, index.slug) == ("Gương điển hình", "guong-dien-hinh")
    page = ExemplarPage.objects.get(import_id="gdh-2023-002")
    assert page.live and page.get_parent().pk == index.pk
    assert page.kind == ExemplarKind.INDIVIDUAL
    assert page.role == "Bác sĩ Trạm Y tế xã"
    assert page.locality == Locality.objects.get(name="huyện Ninh Giang")  # the seeded place, not a copy
    assert page.field.name == "Y tế"
    assert "<script>" not in str(page.story.raw_data)


def test_award_titles_match_the_vocabulary_or_stay_as_written(tmp_path):
    run(write_jsonl(tmp_path / "e.jsonl", HUONG))
    first, second = ExemplarPage.objects.get().awards.order_by("sort_order")
    assert first.title.name == "Chiến sĩ thi đua cơ sở" and first.title_text == ""
    assert (first.year, first.decision, first.issuer) == (2022, "15/QĐ-UBND", "UBND huyện Ninh Giang")
    assert second.title is None and second.title_text == "Thầy thuốc trẻ tiêu biểu"


def test_decision_links_the_library_document_with_that_number(tmp_path):
    library = home_page().add_child(instance=DocumentLibraryPage(title="Văn bản", slug="van-ban"))
    document = library.add_child(instance=DocumentPage(title="Quyết định khen thưởng", slug="qd-15", number="15/QĐ-UBND"))
    run(write_jsonl(tmp_path / "e.jsonl", HUONG))
    award = ExemplarPage.objects.get().awards.get(decision="15/QĐ-UBND")
    assert award.decision_document_id == document.pk


def test_living_individuals_are_published_with_the_old_portals_consent_noted(tmp_path):
    run(write_jsonl(tmp_path / "e.jsonl", HUONG))
    page = ExemplarPage.objects.get()
    assert page.consent_recorded and page.consent_note == CONSENT_NOTE


def test_reimport_updates_the_same_page_and_keeps_editors_consent_note(tmp_path):
    path = write_jsonl(tmp_path / "e.jsonl", HUONG)
    run(path)
    page = ExemplarPage.objects.get()
    page.consent_note = "Đã xác nhận lại bằng văn bản ngày 2/3/2024"
    page.save_revision().publish()
    out = run(path)
    # The editor's revision is newer than the import, so the page counts as updated; never a copy.
    assert ExemplarPage.objects.count() == 1
    assert "tạo mới 0" in out
    page = ExemplarPage.objects.get()
    assert page.consent_note == "Đã xác nhận lại bằng văn bản ngày 2/3/2024"
    changed = dict(HUONG, role="Trưởng Trạm Y tế xã", awards=HUONG["awards"][:1])
    run(write_jsonl(tmp_path / "e.jsonl", changed))
    page = ExemplarPage.objects.get()
    assert page.role == "Trưởng Trạm Y tế xã"
    assert page.awards.count() == 1


def test_reimporting_an_unchanged_record_changes_nothing(tmp_path):
    portrait(tmp_path / "huong.jpg")
    path = write_jsonl(tmp_path / "e.jsonl", dict(HUONG, photo={"path": "huong.jpg", "credit": "Báo Hải Dương"}))
    run(path)
    assert "không đổi 1" in run(path)


def test_campaigns_defined_in_the_same_run_resolve_whatever_the_line_order(tmp_path):
    record = dict(HUONG, campaigns=["pt-covid-2021"])
    run(write_jsonl(tmp_path / "e.jsonl", record, COVID))
    page = ExemplarPage.objects.get()
    assert [campaign.import_id for campaign in page.campaigns.all()] == ["pt-covid-2021"]


def test_unknown_campaign_is_reported_with_its_position(tmp_path):
    record = dict(HUONG, campaigns=["pt-covid-2021", "khong-co"])
    path = write_jsonl(tmp_path / "e.jsonl", COVID, record)
    output = run_failing(path)
    assert f"{path}:2: campaigns[1]: không tìm thấy phong trào 'khong-co'" in output
    assert not ExemplarPage.objects.exists()


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"kind": "person"}, "kind", "giá trị không hợp lệ 'person' (cần một trong: individual, collective, household)"),
        ({"awards": [{"year": 2020}]}, "awards", "phần tử [0]: thiếu 'title'"),
        ({"awards": [{"title": "Giấy khen", "year": 1800}]}, "awards", "năm 1800 ngoài khoảng 1945–2100"),
        ({"awards": [{"title": "Giấy khen", "year": "năm ngoái"}]}, "awards", "phải là số năm"),
        ({"awards": "Giấy khen"}, "awards", "phải là danh sách"),
        ({"campaigns": [12]}, "campaigns", "phần tử [0] phải là chuỗi"),
        ({"photo": {"caption": "Chân dung"}}, "photo", "thiếu 'path'"),
    ],
)
def test_invalid_fields_are_rejected_with_the_reason(tmp_path, change, field, reason):
    path = write_jsonl(tmp_path / "e.jsonl", dict(HUONG, **change))
    output = run_failing(path)
    assert f"{path}:1: {field}" in output
    assert reason in output


def test_photo_is_stored_with_its_credit_and_reused_on_reimport(tmp_path):
    portrait(tmp_path / "anh" / "huong.jpg")
    record = dict(HUONG, photo={"path": "anh/huong.jpg", "caption": "Bác sĩ Hương khám bệnh", "credit": "Báo Hải Dương"})
    path = write_jsonl(tmp_path / "e.jsonl", record)
    run(path)
    page = ExemplarPage.objects.get()
    assert page.photo.credit == "Báo Hải Dương"
    assert page.photo_caption == "Bác sĩ Hương khám bệnh"
    assert (page.photo.width, page.photo.height) == (300, 400)
    run(path)
    assert CustomImage.objects.count() == 1
    assert ExemplarPage.objects.get().photo_id == page.photo_id


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("gia.jpg", b"this is not an image", "tệp 'gia.jpg' không phải ảnh hợp lệ"),
        ("tai-lieu.pdf", b"%PDF-1.4", "loại tệp 'pdf' không được nhận"),
        ("mat.jpg", None, "không tìm thấy tệp 'mat.jpg'"),
    ],
)
def test_a_photo_that_is_not_a_real_image_is_rejected(tmp_path, name, content, reason):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    path = write_jsonl(tmp_path / "e.jsonl", dict(HUONG, photo={"path": name}))
    output = run_failing(path)
    assert f"{path}:1: photo.path: {reason}" in output
    assert not CustomImage.objects.exists()


def test_a_place_named_with_its_province_finds_the_seeded_district(tmp_path):
    run(write_jsonl(tmp_path / "e.jsonl", dict(HUONG, locality="huyện Cẩm Giàng, tỉnh Hải Dương")))
    assert ExemplarPage.objects.get().locality.name == "huyện Cẩm Giàng"


def test_a_new_place_is_added_to_the_managed_list(tmp_path):
    run(write_jsonl(tmp_path / "e.jsonl", dict(HUONG, locality="xã Hồng Phong")))
    assert ExemplarPage.objects.get().locality == Locality.objects.get(name="xã Hồng Phong")


def test_collective_from_the_dev_corpus_imports_with_its_award(tmp_path):
    corpus = Path("/work/shared/search-eval/dev_corpus.jsonl")
    if not corpus.exists():
        pytest.skip("shared dev corpus not available")
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if '"type": "exemplar"' in line]
    (tmp_path / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(tmp_path / "dev.jsonl")
    school = ExemplarPage.objects.get(title="Trường Mầm non Hoa Sen")
    assert school.kind == ExemplarKind.COLLECTIVE
    assert school.highest_award.display_title == "Tập thể lao động xuất sắc"
