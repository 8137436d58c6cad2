"""`import_portal` with `type: document`: documents with their legal metadata and files."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model

from core.taxonomies import Field
from directives.models import DocumentFile, DocumentLibraryPage, DocumentPage, DocumentStatus, DocumentType

pytestmark = pytest.mark.django_db

DIRECTIVE = {
    "type": "document",
    "id": "vb-2021-13",
    "title": "Chỉ thị về phát động phong trào thi đua năm 2021",
    "date": "2021-08-26",
    "number": "13/CT-UBND",
    "doc_type": "Chỉ thị",
    "issuer": "Ủy ban nhân dân tỉnh Hải Dương",
    "signer": "Triệu Thế Hùng",
    "issued": "2021-08-25",
    "effective": "2021-08-25",
    "status": "Còn hiệu lực",
    "field": "Thi đua - Khen thưởng",
    "summary": "Phát động thi đua thực hiện nhiệm vụ năm 2021 và giai đoạn 2021 - 2025.",
    "body": "<p>Các cấp, các ngành tổ chức phát động.</p><script>alert(1)</script>",
    "files": [{"title": "Toàn văn Chỉ thị", "path": "tep/chi-thi-13.pdf"}],
}


def write_jsonl(path: Path, *records) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def export(tmp_path) -> Path:
    (tmp_path / "tep").mkdir()
    (tmp_path / "tep" / "chi-thi-13.pdf").write_bytes(b"%PDF-1.4 Chi thi 13")
    return tmp_path


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_portal", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def run_failing(*args) -> str:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_portal", *map(str, args), stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_document_record_becomes_a_live_document_in_the_library(client, export):
    out = run(write_jsonl(export / "vb.jsonl", DIRECTIVE))

    page = DocumentPage.objects.get(import_id="vb-2021-13")
    library = page.get_parent().specific
    assert isinstance(library, DocumentLibraryPage)
    assert (library.title, library.slug) == ("Văn bản", "van-ban")
    assert page.live
    assert page.number == "13/CT-UBND"
    assert page.number_key == "13-ct-ubnd"
    assert page.doc_type.name == "Chỉ thị"
    assert page.issuer == "Ủy ban nhân dân tỉnh Hải Dương"
    assert page.signer == "Triệu Thế Hùng"
    assert page.issued == dt.date(2021, 8, 25)
    assert page.effective == dt.date(2021, 8, 25)
    assert page.status == DocumentStatus.IN_FORCE
    assert page.field.name == "Thi đua - Khen thưởng"
    assert page.date == dt.date(2021, 8, 26)
    assert page.first_published_at.date() == dt.date(2021, 8, 26)
    assert page.summary == DIRECTIVE["summary"]
    assert "Các cấp, các ngành tổ chức phát động." in page.body
    assert "script" not in page.body
    assert "Văn bản (document): tạo mới 1" in out

    (item,) = page.files.select_related("document")
    assert item.title == "Toàn văn Chỉ thị"
    assert item.document.file_size == len(b"%PDF-1.4 Chi thi 13")
    assert item.document.file.read() == b"%PDF-1.4 Chi thi 13"

    response = client.get("/van-ban/", {"q": "13 ct-ubnd"})
    assert response.status_code == 302 and response["Location"] == page.url


def test_new_doc_type_and_field_join_the_managed_lists_existing_ones_are_reused(export):
    records = [
        {**DIRECTIVE, "id": "a", "doc_type": "chỉ thị", "field": "thi dua - khen thuong", "files": []},
        {**DIRECTIVE, "id": "b", "doc_type": "Công điện khẩn", "field": "Phòng chống thiên tai", "files": []},
    ]
    types_before, fields_before = DocumentType.objects.count(), Field.objects.count()

    run(write_jsonl(export / "vb.jsonl", *records))

    assert DocumentPage.objects.get(import_id="a").doc_type.name == "Chỉ thị"
    assert DocumentPage.objects.get(import_id="a").field.name == "Thi đua - Khen thưởng"
    assert DocumentType.objects.count() == types_before + 1
    assert Field.objects.count() == fields_before + 1
    assert DocumentPage.objects.get(import_id="b").doc_type.slug == "cong-dien-khan"


@pytest.mark.parametrize(
    ("status", "expected"),
    [("Hết hiệu lực", "het-hieu-luc"), ("hết hiệu lực một phần", "het-hieu-luc-mot-phan"), ("CHUA CO HIEU LUC", "chua-co-hieu-luc")],
)
def test_status_text_maps_to_the_status_whatever_the_case_or_tone_marks(export, status, expected):
    run(write_jsonl(export / "vb.jsonl", {**DIRECTIVE, "status": status}))

    assert DocumentPage.objects.get().status == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"status": "Tạm ngưng"},
            "vb.jsonl:1: status: tình trạng hiệu lực không hợp lệ 'Tạm ngưng' (cần một trong: "
            "Còn hiệu lực, Hết hiệu lực, Hết hiệu lực một phần, Chưa có hiệu lực)",
        ),
        ({"files": [{"title": "Thiếu", "path": "tep/khong-co.pdf"}]}, "vb.jsonl:1: files[0].path: không tìm thấy tệp 'tep/khong-co.pdf'"),
        (
            {"files": [{"title": "Toàn văn", "path": "tep/chi-thi-13.pdf"}, {"path": "virus.exe"}]},
            "vb.jsonl:1: files[1].path: loại tệp 'exe' không được nhận (chỉ nhận: pdf, doc, docx, xls, xlsx, odt)",
        ),
        ({"files": [{"title": "Không đường dẫn"}]}, "vb.jsonl:1: files: phần tử thứ 1: thiếu 'path'"),
        ({"issued": "25/08/2021"}, "vb.jsonl:1: issued: ngày không hợp lệ '25/08/2021' (cần YYYY-MM-DD)"),
        ({"effective": "2021-02-30"}, "vb.jsonl:1: effective: ngày không hợp lệ '2021-02-30' (cần YYYY-MM-DD)"),
        ({"number": 13}, "vb.jsonl:1: number: phải là chuỗi, không phải số"),
    ],
)
def test_bad_document_lines_are_reported_as_file_line_field_reason(export, changes, expected):
    output = run_failing(write_jsonl(export / "vb.jsonl", {**DIRECTIVE, **changes}))

    assert expected in output
    assert not DocumentPage.objects.exists()


def test_reimport_updates_the_page_without_duplicating_files(export):
    path = write_jsonl(export / "vb.jsonl", DIRECTIVE)
    run(path)
    page = DocumentPage.objects.get()
    file_row = page.files.get()

    out = run(path)
    assert "cập nhật 0" in out
    assert "Văn bản (document): tạo mới 0, cập nhật 0" in out

    run(write_jsonl(path, {**DIRECTIVE, "status": "Hết hiệu lực", "files": [*DIRECTIVE["files"], DIRECTIVE["files"][0]]}))
    page = DocumentPage.objects.get()
    assert page.status == DocumentStatus.EXPIRED
    assert get_document_model().objects.count() == 1
    assert page.files.filter(pk=file_row.pk).exists()
    assert DocumentPage.objects.count() == 1


def test_same_file_in_two_records_is_stored_once(export):
    run(write_jsonl(export / "vb.jsonl", DIRECTIVE, {**DIRECTIVE, "id": "vb-2", "number": "14/CT-UBND"}))

    assert get_document_model().objects.count() == 1
    assert DocumentFile.objects.count() == 2


def test_dropping_a_file_from_the_record_removes_it_from_the_page(export):
    path = write_jsonl(export / "vb.jsonl", DIRECTIVE)
    run(path)

    run(write_jsonl(path, {**DIRECTIVE, "files": []}))

    assert not DocumentPage.objects.get().files.exists()


def test_dev_corpus_documents_import(tmp_path):
    corpus = Path("/work/shared/search-eval/dev_corpus.jsonl")
    documents = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if '"document"' in line]
    documents = [record for record in documents if record["type"] == "document"]

    run(write_jsonl(tmp_path / "docs.jsonl", *documents))

    assert DocumentPage.objects.live().count() == len(documents)
    assert all(page.number_key for page in DocumentPage.objects.all())
