"""`import_portal` with `type: campaign`: movements land under "Phong trào thi đua" with their
documents found by number, and every mistake is reported as FILE:LINE: field: reason."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from campaigns.models import CampaignDocumentRole, CampaignForm, CampaignIndexPage, CampaignPage
from directives.models import DocumentPage
from tests.campaigns.factories import DocumentPageFactory

pytestmark = pytest.mark.django_db

DIGITAL = {
    "type": "campaign",
    "id": "pt-2021-cds",
    "title": "Chuyển đổi số giai đoạn 2021 - 2025",
    "date": "2021-08-25",
    "slogan": "Chuyển đổi số vì người dân",
    "start": "2021-08-25",
    "end": "2025-12-31",
    "launched_by": "Ủy ban nhân dân tỉnh Hải Dương",
    "form": "Theo chuyên đề",
    "documents": ["13/CT-UBND"],
    "summary": "Phong trào đưa dịch vụ công trực tuyến đến mọi người dân.",
    "body": '<p onclick="x()">Mỗi xã có một tổ công nghệ số.</p><script>alert(1)</script>',
    "source": "Theo Báo Hải Dương",
}
DIRECTIVE = {
    "type": "document",
    "id": "vb-2021-13",
    "title": "Chỉ thị về phát động thi đua thực hiện nhiệm vụ năm 2021 và giai đoạn 2021 - 2025",
    "date": "2021-08-25",
    "number": "13/CT-UBND",
    "doc_type": "Chỉ thị",
    "issuer": "Ủy ban nhân dân tỉnh Hải Dương",
    "issued": "2021-08-25",
}


def write_jsonl(path: Path, *lines) -> Path:
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return path


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_portal", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_portal", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_campaign_record_becomes_a_live_campaign_under_its_index(tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND", title="Chỉ thị 13")

    out, _ = run(write_jsonl(tmp_path / "pt.jsonl", DIGITAL))

    page = CampaignPage.objects.get(import_id="pt-2021-cds")
    assert page.live
    index = page.get_parent()
    assert index.specific_class is CampaignIndexPage
    assert (index.title, index.slug) == ("Phong trào thi đua", "phong-trao-thi-dua")
    assert index.get_parent().pk == home.pk
    assert page.url == "/phong-trao-thi-dua/chuyen-doi-so-giai-doan-2021-2025/"
    assert page.slogan == "Chuyển đổi số vì người dân"
    assert (page.start, page.end, page.date) == (dt.date(2021, 8, 25), dt.date(2025, 12, 31), dt.date(2021, 8, 25))
    assert page.launched_by == "Ủy ban nhân dân tỉnh Hải Dương"
    assert page.form == CampaignForm.THEMATIC
    assert page.summary == DIGITAL["summary"]
    assert page.source == "Theo Báo Hải Dương"
    assert page.document_numbers == ["13/CT-UBND"]
    assert page.document_links[0].role == CampaignDocumentRole.LAUNCHES
    (block,) = page.body.raw_data
    assert block["type"] == "paragraph"
    assert "Mỗi xã có một tổ công nghệ số." in block["value"]
    assert "onclick" not in block["value"] and "script" not in block["value"]
    assert "Phong trào thi đua (campaign): tạo mới 1, cập nhật 0, bị loại 0" in out


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("thường xuyên", CampaignForm.REGULAR),
        ("Theo chuyên đề", CampaignForm.THEMATIC),
        ("ĐỘT XUẤT", CampaignForm.SPECIAL),
        ("cao diem", CampaignForm.PEAK),
        ("cao-diem", CampaignForm.PEAK),
    ],
)
def test_form_is_read_whatever_the_case_and_tone_marks(tmp_path, home, written, expected):
    run(write_jsonl(tmp_path / "pt.jsonl", {**DIGITAL, "documents": [], "form": written}))

    assert CampaignPage.objects.get().form == expected


def test_documents_are_found_however_the_number_is_typed(tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND")
    DocumentPageFactory(number="06/2022/QH15")
    DocumentPageFactory(number="98/2023/NĐ-CP")

    run(write_jsonl(tmp_path / "pt.jsonl", {**DIGITAL, "documents": ["13 ct-ubnd", "6/2022/qh15", "98/2023/ND-CP", ""]}))

    page = CampaignPage.objects.get()
    assert page.document_numbers == ["13/CT-UBND", "06/2022/QH15", "98/2023/NĐ-CP"]
    assert [link.role for link in page.document_links] == [
        CampaignDocumentRole.LAUNCHES,
        CampaignDocumentRole.GUIDES,
        CampaignDocumentRole.GUIDES,
    ]


def test_repeated_number_of_another_year_picks_the_one_issued_before_the_start(tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND", issued=dt.date(2019, 3, 1), title="Chỉ thị 13 năm 2019")
    DocumentPageFactory(number="13/CT-UBND", issued=dt.date(2021, 8, 25), title="Chỉ thị 13 năm 2021")
    DocumentPageFactory(number="13/CT-UBND", issued=dt.date(2023, 5, 1), title="Chỉ thị 13 năm 2023")

    run(write_jsonl(tmp_path / "pt.jsonl", DIGITAL))

    assert CampaignPage.objects.get().document_links[0].document.title == "Chỉ thị 13 năm 2021"


def test_documents_of_the_same_run_resolve_even_on_later_lines_and_files(tmp_path, home):
    campaigns = write_jsonl(tmp_path / "a-phong-trao.jsonl", DIGITAL)
    documents = write_jsonl(tmp_path / "b-van-ban.jsonl", {**DIRECTIVE, "number": "13/ct-ubnd"})

    out, _ = run(campaigns, documents)

    page = CampaignPage.objects.get()
    assert page.document_links[0].document.import_id == "vb-2021-13"
    assert "Văn bản (document): tạo mới 1" in out


def test_unknown_document_number_is_reported_and_nothing_is_written(tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND")
    path = write_jsonl(
        tmp_path / "pt.jsonl",
        {**DIGITAL, "id": "ok", "title": "Dân vận khéo"},
        {**DIGITAL, "documents": ["13/CT-UBND", "99/QĐ-KHONGCO"]},
    )

    out, err = run_failing(path)

    assert f"{path}:2: documents[1]: không tìm thấy văn bản số '99/QĐ-KHONGCO'" in err
    assert "hợp lệ nhưng chưa ghi 1, bị loại 1" in out
    assert not CampaignPage.objects.exists()


def test_several_unknown_numbers_are_named_in_one_report(tmp_path, home):
    path = write_jsonl(tmp_path / "pt.jsonl", {**DIGITAL, "documents": ["1/KH-A", "13/CT-UBND", "2/KH-B"]})

    _, err = run_failing(path)

    assert f"{path}:1: documents[0]: không tìm thấy văn bản số '1/KH-A' (và lỗi ở: documents[1], documents[2])" in err


def test_skip_invalid_imports_the_good_campaigns(tmp_path, home):
    path = write_jsonl(
        tmp_path / "pt.jsonl",
        {**DIGITAL, "id": "bad", "documents": ["99/QĐ-KHONGCO"]},
        {**DIGITAL, "id": "good", "title": "Dân vận khéo", "documents": []},
    )

    out, err = run_failing("--skip-invalid", path)

    assert f"{path}:1: documents[0]: không tìm thấy văn bản số '99/QĐ-KHONGCO'" in err
    assert list(CampaignPage.objects.values_list("import_id", flat=True)) == ["good"]
    assert "Phong trào thi đua (campaign): tạo mới 1, cập nhật 0, bị loại 1" in out


def test_campaign_naming_a_rejected_document_line_is_rejected_too(tmp_path, home):
    path = write_jsonl(tmp_path / "pt.jsonl", {**DIRECTIVE, "issued": "25/08/2021"}, DIGITAL)

    _, err = run_failing("--skip-invalid", path)

    assert f"{path}:1: issued:" in err
    assert f"{path}:2: documents[0]: không tìm thấy văn bản số '13/CT-UBND'" in err
    assert not CampaignPage.objects.exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"form": "hàng tuần"},
            "form: hình thức không hợp lệ 'hàng tuần' (cần một trong: thường xuyên, theo chuyên đề, đột xuất, cao điểm)",
        ),
        ({"form": 3}, "form: phải là chuỗi, không phải số"),
        ({"start": "25/08/2021"}, "start: ngày không hợp lệ '25/08/2021' (cần YYYY-MM-DD)"),
        ({"end": "2025-02-30"}, "end: ngày không hợp lệ '2025-02-30' (cần YYYY-MM-DD)"),
        ({"end": "2020-12-31"}, "end: ngày kết thúc 2020-12-31 trước ngày bắt đầu 2021-08-25"),
        ({"documents": "13/CT-UBND"}, "documents: phải là danh sách số ký hiệu, không phải chuỗi"),
        ({"documents": [13]}, "documents: phần tử [0] phải là chuỗi, không phải số"),
        ({"slogan": "x" * 501}, "slogan: dài 501 ký tự, tối đa 500"),
    ],
)
def test_bad_values_reject_the_line_with_a_reason(tmp_path, home, change, expected):
    path = write_jsonl(tmp_path / "pt.jsonl", {**DIGITAL, **change})

    _, err = run_failing(path)

    assert f"{path}:1: {expected}" in err
    assert not CampaignPage.objects.exists()


def test_reimport_updates_the_campaign_and_keeps_the_editors_roles(tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND")
    DocumentPageFactory(number="120/KH-UBND")
    record = {**DIGITAL, "documents": ["13/CT-UBND", "120/KH-UBND"]}
    run(write_jsonl(tmp_path / "v1.jsonl", record))
    page = CampaignPage.objects.get()
    link = page.documents.get(document__number="120/KH-UBND")
    link.role = CampaignDocumentRole.LAUNCHES
    link.save()
    page.save_revision().publish()

    out, _ = run(write_jsonl(tmp_path / "v1.jsonl", record))
    assert "không đổi 1" in out

    out, _ = run(write_jsonl(tmp_path / "v2.jsonl", {**record, "slogan": "Chuyển đổi số toàn diện", "form": "Cao điểm"}))

    assert "cập nhật 1" in out
    page = CampaignPage.objects.get()
    assert (page.slogan, page.form) == ("Chuyển đổi số toàn diện", CampaignForm.PEAK)
    assert [(link.document.number, link.role) for link in page.document_links] == [
        ("13/CT-UBND", CampaignDocumentRole.LAUNCHES),
        ("120/KH-UBND", CampaignDocumentRole.LAUNCHES),
    ]
    assert DocumentPage.objects.count() == 2


def test_imported_campaign_is_listed_and_shows_its_document(client, tmp_path, home):
    DocumentPageFactory(number="13/CT-UBND", title="Chỉ thị phát động thi đua 2021 - 2025")

    run(write_jsonl(tmp_path / "pt.jsonl", DIGITAL))

    index = client.get("/phong-trao-thi-dua/").content.decode()
    assert "Chuyển đổi số giai đoạn 2021 - 2025" in index
    page = client.get("/phong-trao-thi-dua/chuyen-doi-so-giai-doan-2021-2025/").content.decode()
    assert "13/CT-UBND" in page and "Chỉ thị phát động thi đua 2021 - 2025" in page
